/**
 * The indices of `items` under each key `keysOf` gives them, ascending: posting lists ("the
 * statements of each report", "the statements holding each word"), one pass over the items. An
 * index is listed once for each time its item gives the key. O(items · keys).
 */
export function indicesBy<T, K>(items: Iterable<T>, keysOf: (item: T, index: number) => Iterable<K>): Map<K, number[]> {
  const out = new Map<K, number[]>();
  let i = 0;
  for (const item of items) {
    for (const key of keysOf(item, i)) {
      const list = out.get(key);
      if (list === undefined) out.set(key, [i]);
      else list.push(i);
    }
    i++;
  }
  return out;
}
