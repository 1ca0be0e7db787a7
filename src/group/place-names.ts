import type { Lexicon } from '../lexicon/lexicon';

/** Whether two one-word speaker names, lower case, name one government (see `placeNamesOf`). */
export type PlaceNames = (a: string, b: string) => boolean;

const made = new WeakMap<Lexicon, PlaceNames>();
/** Name pairs kept per lexicon, at most: a long-running process meets ever more names. */
const PAIRS_KEPT = 1 << 16;

/**
 * Whether two one-word names, lower case, are a national capital and its country, or the seat of
 * its government ("kabul" ~ "afghanistan", "kremlin" ~ "moscow" ~ "russia"), as the lexicon
 * relates them (`similar`, or `synonym`): news names a government by either ("Kabul denies",
 * "Afghanistan has warned"), and one government is one voice. Made once per lexicon; each pair
 * asked once while it stays in the cache (emptied past PAIRS_KEPT).
 */
export function placeNamesOf(lexicon: Lexicon): PlaceNames {
  let test = made.get(lexicon);
  if (test === undefined) {
    const known = new Map<string, boolean>();
    test = (a, b) => {
      if (a === b) return false;
      const key = a < b ? `${a} ${b}` : `${b} ${a}`;
      let yes = known.get(key);
      if (yes === undefined) {
        if (known.size >= PAIRS_KEPT) known.clear();
        const r = lexicon.relate(a, b);
        known.set(key, (yes = r === 'similar' || r === 'synonym'));
      }
      return yes;
    };
    made.set(lexicon, test);
  }
  return test;
}
