/** Each table as a map, made on its first look-up: a map finds a word without internalising it. */
const maps = new WeakMap<object, ReadonlyMap<string, unknown>>();

/**
 * A word's entry in a word table, own properties only: a token such as "constructor" or
 * "__proto__" must not reach `Object.prototype` through a plain `table[word]`. Tables are
 * read-only data: one changed after its first look-up would not be seen. Asked of every token
 * of both sides of every pair, so it reads a map rather than the object: a token's key is a
 * fresh string, which a property look-up would first internalise.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  let map = maps.get(table);
  if (map === undefined) maps.set(table, (map = new Map(Object.keys(table).map((k) => [k, table[k]]))));
  return map.get(key) as T | undefined;
}
