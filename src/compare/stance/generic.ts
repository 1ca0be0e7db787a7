import { FREQUENCY_ADVERBS } from '../../lexicon/frequency';
import { lowerWords } from '../../text/lower-words';

const FREQUENCY: ReadonlySet<string> = new Set(FREQUENCY_ADVERBS);

/** Words read from a statement's start: its subject and its verb, where a generic claim says so. */
const FIRST_WORDS = 6;

/**
 * Whether a claim is generic: an adverb of frequency among its first words, by its verb
 * ("militant networks often operate across borders", "such groups usually act alone"). It says
 * what happens as a rule, not that one thing happened, so a denial of one thing ("denied that
 * militant groups staging attacks in its border provinces operate from Afghan territory")
 * denies it no more than it confirms it. O(length).
 */
export function statesGeneric(claim: string): boolean {
  return lowerWords(claim, FIRST_WORDS).some((w) => FREQUENCY.has(w));
}
