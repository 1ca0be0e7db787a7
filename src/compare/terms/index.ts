/**
 * Terms: a wording's tokens as the units compared (keys, kinds, flags), the injectable word
 * lists, the relation of two terms (same, synonym, antonym, another figure…), order-free
 * pairing, name links and the voice of a run. Every later stage reads terms.
 */
export { matchOrdered, matchUnordered, MAX_BLOCK_PAIRS } from './matching';
export type { TermPair } from './matching';
export { nameLinks } from './name-links';
export type { Links } from './name-links';
export { equalReason, formIn, relateTerms, sameTerm, WORD_RELATIONS_LIMIT } from './term-relation';
export type { RelateContext, WordRelations } from './term-relation';
export { isContentTerm, participleForm, toTerms, weight } from './terms';
export type { Term } from './terms';
export { hasPassive, passiveLike } from './voice';
export { voiceRestatements, voiceRoleChange } from './voice-frames';
export type { VoiceRestatement, VoiceRoleChange } from './voice-frames';
export { defaultWordLists } from './word-lists';
