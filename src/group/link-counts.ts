import type { Lexicon } from '../lexicon/lexicon';
import { sameMeaning } from '../lexicon/same-meaning';

/**
 * The word counts `linkFeatures` reads for one denial × claim pair: proposition words held in
 * the claim (all, and those that are not names), and claim words held in the proposition.
 */
export interface LinkCounts {
  held: number;
  predicateHeld: number;
  covered: number;
}

/** Word lists as ids into one vocabulary. */
type Ids = Int32Array;

/**
 * The same counts as `heldIn` gives word by word, for one set of claims against many denials
 * at once. `heldIn` tests each word of one side against the keys of the other for every pair
 * (O(pairs · words · keys)), and at a few hundred denials against ten thousand claims nearly
 * all the time of `analyze`'s denial joining went there. Here each word's same-meaning partners
 * among the claims' words are found once, through an index of the words by their meaning keys
 * (`Lexicon.meaningKeys`: two words can mean the same only when one's own keys meet the other's
 * near keys), and a pair is then counted in O(claim words) array look-ups. Word x is held in a
 * list when it is in it or `sameMeaning(x, v)` for a word v of it, as `heldIn` has it.
 */
export class LinkCounter {
  private readonly ids = new Map<string, number>();
  /** near key -> claim-vocabulary words whose near keys hold it */
  private readonly byNear = new Map<string | number, number[]>();
  /** own key -> claim-vocabulary words whose own keys hold it */
  private readonly byOwn = new Map<string | number, number[]>();
  private readonly same: (a: string, b: string) => boolean;
  /** word (any) -> the claim-vocabulary words it is held in (itself, or the same meaning): x's side of `held` */
  private readonly heldBy = new Map<string, Ids>();
  /** word (any) -> the claim-vocabulary words held in a list holding it: v's side of `covered` */
  private readonly holds = new Map<string, Ids>();
  /**
   * `heldBy` by vocabulary id, for `held`: one slot per word from the start, as ids are first
   * asked in any order and an array filled at scattered indices turns into a slow dictionary.
   */
  private readonly heldById: (Ids | undefined)[] = [];
  /** A stamp per vocabulary word, so no array is cleared between pairs. */
  private mark = new Int32Array(0);
  private stamp = 0;
  private words: string[] = [];

  private constructor(lexicon: Lexicon, private readonly keysOf: NonNullable<Lexicon['meaningKeys']>) {
    this.same = sameMeaning(lexicon);
  }

  /** A counter for `lexicon`, or undefined when it gives no meaning keys (then only `heldIn` can count). */
  static of(lexicon: Lexicon): LinkCounter | undefined {
    const keysOf = lexicon.meaningKeys?.bind(lexicon);
    return keysOf === undefined ? undefined : new LinkCounter(lexicon, keysOf);
  }

  /** A claim's distinct words as ids; each new word is indexed by its keys. */
  claim(words: readonly string[]): Ids {
    const out = new Int32Array(words.length);
    words.forEach((w, k) => {
      let id = this.ids.get(w);
      if (id === undefined) {
        id = this.words.length;
        this.ids.set(w, id);
        this.words.push(w);
        const keys = this.keysOf(w);
        for (const key of keys.near) push(this.byNear, key, id);
        for (const key of keys.own) push(this.byOwn, key, id);
      }
      out[k] = id;
    });
    return out;
  }

  /**
   * The counts of a denial's `proposition` (distinct words, `names` among them) against a
   * claim given by `claim` (ids, distinct). All claims must be given before the first count.
   */
  count(proposition: readonly string[], names: ReadonlySet<string>, claim: Ids): LinkCounts {
    if (this.mark.length < this.words.length) this.mark = new Int32Array(this.words.length * 2);
    const inClaim = ++this.stamp;
    for (let k = 0; k < claim.length; k++) this.mark[claim[k] as number] = inClaim;
    let held = 0;
    let predicateHeld = 0;
    for (const x of proposition) {
      if (!this.anyMarked(this.heldByOf(x), inClaim)) continue;
      held++;
      if (!names.has(x)) predicateHeld++;
    }
    let covered = 0;
    if (held > 0) {
      // A claim word counts once, however many proposition words hold it: restamped when counted.
      const counted = ++this.stamp;
      for (const v of proposition) {
        for (const w of this.holdsOf(v)) {
          if (this.mark[w] !== inClaim) continue;
          this.mark[w] = counted;
          covered++;
        }
      }
    }
    return { held, predicateHeld, covered };
  }

  /**
   * How many of `words` (ids, as `claim` gives them) are held in `claim`: `count`'s `held` for
   * a list of the vocabulary, each word's partners looked up by id once. The join decision's
   * `soft` feature counts this way both sides of every candidate pair.
   */
  held(words: Ids, claim: Ids): number {
    if (this.mark.length < this.words.length) this.mark = new Int32Array(this.words.length * 2);
    while (this.heldById.length < this.words.length) this.heldById.push(undefined);
    const inClaim = ++this.stamp;
    for (let k = 0; k < claim.length; k++) this.mark[claim[k] as number] = inClaim;
    let n = 0;
    for (let k = 0; k < words.length; k++) {
      const id = words[k] as number;
      const partners = (this.heldById[id] ??= this.heldByOf(this.words[id] as string));
      if (this.anyMarked(partners, inClaim)) n++;
    }
    return n;
  }

  /** Whether one of `words` holds `stamp`. */
  private anyMarked(words: Ids, stamp: number): boolean {
    for (let t = 0; t < words.length; t++) if (this.mark[words[t] as number] === stamp) return true;
    return false;
  }

  /** The claim-vocabulary words v with x = v or `sameMeaning(x, v)`. */
  private heldByOf(x: string): Ids {
    return this.heldBy.get(x) ?? this.partners(this.heldBy, x, this.keysOf(x).own, this.byNear, (v) => this.same(x, v));
  }

  /** The claim-vocabulary words w with w = v or `sameMeaning(w, v)`. */
  private holdsOf(v: string): Ids {
    return this.holds.get(v) ?? this.partners(this.holds, v, this.keysOf(v).near, this.byOwn, (w) => this.same(w, v));
  }

  /** `word` itself if a claim word, and the claim words `index` files under one of `keys` that pass `test`; kept in `cache`. */
  private partners(cache: Map<string, Ids>, word: string, keys: Iterable<string | number>, index: Map<string | number, number[]>, test: (other: string) => boolean): Ids {
    const out = new Set<number>();
    const self = this.ids.get(word);
    if (self !== undefined) out.add(self);
    for (const key of keys) for (const o of index.get(key) ?? []) if (!out.has(o) && test(this.words[o] as string)) out.add(o);
    const found = Int32Array.from(out);
    cache.set(word, found);
    return found;
  }
}

function push(map: Map<string | number, number[]>, key: string | number, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
