/**
 * A word's near meaning keys (see `Lexicon.meaningKeys`) as a read-only set over one sorted
 * array: its string keys (lemmas), then its number keys (synsets, families, lemma numbers). The
 * lexicon keeps the keys of every word a run meets until the run ends; as a `Set` each cost a
 * hash table sized for growth, several times the bytes of a packed array of small integers,
 * and the collector copied them all to the old generation. `has` is a binary search of the
 * numbers (a word has a few dozen at most) or a scan of the strings (one per lemma).
 * Iterates the strings, then the numbers, each ascending.
 */
export class KeySet implements ReadonlySet<string | number> {
  /** The strings, then the numbers, each ascending and distinct; one array of the exact length. */
  private readonly list: readonly (string | number)[];
  /** Where the numbers start in `list`. */
  private readonly split: number;

  /** The distinct keys of `keys`. */
  constructor(keys: Iterable<string | number>) {
    const numbers: number[] = [];
    const strings: string[] = [];
    for (const k of keys) {
      if (typeof k === 'number') insertNumber(numbers, k);
      else if (!strings.includes(k)) strings.push(k);
    }
    strings.sort();
    // `concat` allocates the exact length: the pushed arrays' spare room would outlive them.
    this.list = (strings as (string | number)[]).concat(numbers);
    this.split = strings.length;
  }

  get size(): number {
    return this.list.length;
  }

  has(key: string | number): boolean {
    const list = this.list;
    if (typeof key !== 'number') {
      for (let k = 0; k < this.split; k++) if (list[k] === key) return true;
      return false;
    }
    let lo = this.split;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = list[mid] as number;
      if (at === key) return true;
      if (at < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  values(): IterableIterator<string | number> {
    return this.list.values();
  }

  keys(): IterableIterator<string | number> {
    return this.values();
  }

  *entries(): IterableIterator<[string | number, string | number]> {
    for (const k of this.values()) yield [k, k];
  }

  [Symbol.iterator](): IterableIterator<string | number> {
    return this.values();
  }

  forEach(visit: (value: string | number, key: string | number, set: ReadonlySet<string | number>) => void, self?: unknown): void {
    for (const k of this.values()) visit.call(self, k, k, this);
  }
}

/**
 * The set methods of ES2024 (Node 22): a caller whose TypeScript library has them sees them on
 * `ReadonlySet`, so a `KeySet` answers them as a `Set` of the same keys does, and where the
 * runtime's `Set` lacks one, fails as that `Set` would.
 */
const SET_METHODS = ['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf', 'isSupersetOf', 'isDisjointFrom'] as const;
for (const name of SET_METHODS) {
  Object.defineProperty(KeySet.prototype, name, {
    value(this: KeySet, other: unknown): unknown {
      const copy = new Set(this) as unknown as Record<string, unknown>;
      const method = copy[name];
      if (typeof method !== 'function') throw new TypeError(`Set.prototype.${name} is not a function in this runtime`);
      return (method as (o: unknown) => unknown).call(copy, other);
    },
    writable: true,
    configurable: true,
  });
}

/**
 * `k` put in its place in the ascending `sorted` unless there: most words have a few keys, and
 * this beat sorting with a comparator afterwards (the keys of every word met are made once).
 */
function insertNumber(sorted: number[], k: number): void {
  let at = sorted.length;
  while (at > 0 && (sorted[at - 1] as number) > k) at--;
  if (at > 0 && sorted[at - 1] === k) return;
  if (at === sorted.length) sorted.push(k);
  else sorted.splice(at, 0, k);
}
