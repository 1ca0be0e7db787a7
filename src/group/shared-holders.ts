import type { JoinSide } from './join-features';
import { indicesBy } from './indices-by';

/**
 * How many statements hold every word two statements share: the reach of the evidence that
 * joins them. "raise money" or "foreign policy" shared by two fragments of a large corpus is
 * held by dozens of statements of many topics; the words two wordings of one statement share
 * are held by few. O(total words) to build; each pair O(d · s) for the shared word held by the
 * fewest statements, d of them, and s shared words. With `above`, a pair whose rarest shared
 * word is held by at most `above` statements is not counted: its count, at most that word's,
 * is given as that word's (an upper bound no greater than `above`), as the caller asks only
 * whether it exceeds `above`.
 */
export function sharedHolders(sides: readonly Pick<JoinSide, 'words'>[], above = 0): (i: number, j: number) => number {
  const postings = indicesBy(sides, (s) => s.words);
  const sets = sides.map((s) => new Set(s.words));
  // Many pairs of a large batch share the very same words ("white house"): each set is counted once.
  const counted = new Map<string, number>();
  const df = (w: string): number => (postings.get(w) as number[]).length;
  return (i, j) => {
    const b = sets[j] as Set<string>;
    const words = (sides[i] as Pick<JoinSide, 'words'>).words;
    // Most pairs share a word held by at most `above` statements: the fewest holders of one
    // shared word is then the answer, found without listing and sorting the shared words.
    let fewest = Infinity;
    for (const w of words) if (b.has(w) && df(w) < fewest) fewest = df(w);
    if (fewest === Infinity) return 0;
    if (fewest <= above) return fewest;
    // Rarest first: the rarest word's statements are the ones to check, and the next rarest
    // rules most of them out at once.
    const shared = words.filter((w) => b.has(w)).sort((x, y) => df(x) - df(y) || (x < y ? -1 : x > y ? 1 : 0));
    const rarest = postings.get(shared[0] as string) as number[];
    const key = shared.join(' ');
    let n = counted.get(key);
    if (n !== undefined) return n;
    n = 0;
    for (const k of rarest) if (shared.every((w) => (sets[k] as Set<string>).has(w))) n++;
    counted.set(key, n);
    return n;
  };
}

/**
 * A join probability `p` whose shared words are held by `holders` statements, discounted when
 * they are more than `reach`, the most statements one proposition held where the decision was
 * fitted: the odds fall by `holders / reach`. The decision was fitted on stories, where the
 * statements that share a phrase are few and mostly one; among the dozens of a day's wire that
 * share "foreign policy", at most `reach` can be one statement with a given one, so the prior
 * odds of any pair of them are that much lower. Unchanged at or below `reach`. O(1).
 */
export function discountCommon(p: number, holders: number, reach: number): number {
  if (holders <= reach || p <= 0) return p;
  if (p >= 1) return 1;
  return 1 / (1 + ((1 - p) / p) * (holders / reach));
}
