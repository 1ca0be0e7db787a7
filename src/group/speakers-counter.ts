import type { JoinItem } from './join-groups';

/**
 * How many speakers the statements of `items` at the given indices (the first `n`) name, each
 * name once whatever its case; statements of unknown speaker count for none.
 */
export function speakersCounter(items: readonly JoinItem[]): (holders: ArrayLike<number>, n: number) => number {
  const ids = new Map<string, number>();
  const speakerOf = items.map((x) => {
    const name = x.speaker?.name.toLowerCase();
    if (name === undefined) return -1;
    let id = ids.get(name);
    if (id === undefined) ids.set(name, (id = ids.size));
    return id;
  });
  return (holders, n) => {
    const seen = new Set<number>();
    for (let t = 0; t < n; t++) {
      const s = speakerOf[holders[t] as number] as number;
      if (s >= 0) seen.add(s);
    }
    return seen.size;
  };
}
