import { PHRASE_DETERMINERS } from '../../lexicon/determiners';
import { CALL_NOUNS } from '../../lexicon/stance';
import { lowerWords } from '../../text/lower-words';

const CALLS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(CALL_NOUNS).map(([w, next]) => [w, new Set(next)]));
const DETERMINERS: ReadonlySet<string> = new Set(PHRASE_DETERMINERS);

/** Words read from a statement's start: where its main clause and its predicate are. */
const FIRST_WORDS = 8;

/**
 * Whether a claim's main clause is about a call or a demand, named as a noun after a determiner
 * or a possessive (see `CALL_NOUNS`: "this report strengthens Pakistan's call for Afghan
 * authorities to take actions that prevent their soil being used against any country", "his
 * request that the court release the file"): it states something of the call, and what the call
 * asks for is asked, neither true nor false, so no denial denies it ("Afghanistan's territory is
 * not being used for hostile actions" answers the charge, not the call). A verb ("Obama has
 * long called for tax fairness") states that the call was made, which a denial may deny: not
 * such a claim. Read from the first words only, where the main clause is. O(length).
 */
export function statesCall(claim: string): boolean {
  const words = lowerWords(claim, FIRST_WORDS);
  return words.some((w, k) => {
    const before = words[k - 1];
    const named = before !== undefined && (DETERMINERS.has(before) || before.endsWith("'s"));
    return named && (CALLS.get(w)?.has(words[k + 1] as string) ?? false);
  });
}
