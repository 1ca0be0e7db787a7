/**
 * A word's entry in a word table, own properties only: a token such as "constructor" or
 * "__proto__" must not reach `Object.prototype` through a plain `table[word]`.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
