import type { Idf, JoinSide } from './join-features';

/** The shared words of one pair and their summed idf. */
export interface SharedWords {
  count: number;
  weight: number;
}

/**
 * The words of a set of sides as ids of one vocabulary, with each word's idf and each side's
 * summed idf, for the join decision's features over its candidate pairs. Asking a word set and
 * the idf map string by string for every one of some 100,000 candidate pairs (`analyze` over a
 * thousand articles) cost about as much as all the rest of a pair's features; here a pair's
 * shared words are a stamp per id and an array read. The numbers are those the strings give:
 * the same idf values, added in the same order.
 */
export class JoinTable {
  /** A stamp per vocabulary word, so no array is cleared between pairs. */
  private readonly mark: Int32Array;
  private stamp = 0;

  private constructor(
    private readonly ids: readonly Int32Array[],
    private readonly idf: Float64Array,
    /** Each side's words' summed idf, added in word order (as `idfWeight`). */
    readonly weight: Float64Array,
  ) {
    this.mark = new Int32Array(idf.length);
  }

  /** The table of `sides` under `idf`. O(total words). */
  static of(sides: readonly Pick<JoinSide, 'words'>[], idf: Idf): JoinTable {
    const vocabulary = new Map<string, number>();
    const values: number[] = [];
    const ids = sides.map((s) => Int32Array.from(s.words, (w) => {
      let id = vocabulary.get(w);
      if (id === undefined) {
        id = values.length;
        vocabulary.set(w, id);
        values.push(idf(w));
      }
      return id;
    }));
    const table = new Float64Array(values);
    const weight = Float64Array.from(ids, (list) => {
      let s = 0;
      for (let k = 0; k < list.length; k++) s += table[list[k] as number] as number;
      return s;
    });
    return new JoinTable(ids, table, weight);
  }

  /** The words sides `a` and `b` (indices given to `of`) share, and their summed idf in `a`'s word order. */
  shared(a: number, b: number): SharedWords {
    const x = this.ids[a] as Int32Array;
    const y = this.ids[b] as Int32Array;
    const inB = ++this.stamp;
    for (let k = 0; k < y.length; k++) this.mark[y[k] as number] = inB;
    let count = 0;
    let weight = 0;
    for (let k = 0; k < x.length; k++) {
      const id = x[k] as number;
      if (this.mark[id] !== inB) continue;
      count++;
      weight += this.idf[id] as number;
    }
    return { count, weight };
  }
}
