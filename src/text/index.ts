export { normalizeText, foldText } from './normalize';
export type { NormalizedText } from './normalize';
export { tokenize, contentTokens } from './tokenize';
export type { Token, TokenKind, TokenizeOptions } from './tokenize';
export { splitSentences } from './sentences';
export type { SentenceSpan, SentenceOptions } from './sentences';
