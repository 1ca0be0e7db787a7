export { normalizeText, foldText } from './normalize';
export type { NormalizedText } from './normalize';
export { tokenize } from './tokenize';
export { contentTokens } from './tokens';
export type { Token, TokenKind, TokenizeOptions } from './tokens';
export { splitSentences } from './sentences';
export type { SentenceSpan, SentenceOptions } from './sentences';
