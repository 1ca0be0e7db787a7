import type { Lexicon } from '../lexicon/lexicon';
import { countedLinkFeatures, linkProbability } from './denial-link';
import type { JoinSide } from './join-features';
import { LinkCounter } from './link-counts';

/**
 * The lexicon counts of the join decision over one set of statements, through one
 * `LinkCounter` holding all their words: each word's same-meaning partners among them are
 * found once, and a pair is then counted in array look-ups. Asking `heldIn` pair by pair
 * (each word's meaning keys against the other side's) took most of the time of the pairs'
 * features in `analyze`. The counts are those `heldIn` gives (see `LinkCounter`).
 */
export class JoinCounts {
  private constructor(
    private readonly counter: LinkCounter,
    private readonly ids: ReadonlyMap<JoinSide, Int32Array>,
  ) {}

  /** Counts over `sides`, or undefined when the lexicon gives no meaning keys (then `heldIn` counts). */
  static of(sides: readonly JoinSide[], lexicon: Lexicon): JoinCounts | undefined {
    const counter = LinkCounter.of(lexicon);
    if (counter === undefined) return undefined;
    return new JoinCounts(counter, new Map(sides.map((s) => [s, counter.claim(s.words)])));
  }

  /** Whether both sides were given to `of`. */
  has(a: JoinSide, b: JoinSide): boolean {
    return this.ids.has(a) && this.ids.has(b);
  }

  /** Words of each side with a same-meaning word in the other, both ways summed: the join's `soft` count. */
  soft(a: JoinSide, b: JoinSide): number {
    const x = this.ids.get(a) as Int32Array;
    const y = this.ids.get(b) as Int32Array;
    return this.counter.held(x, y) + this.counter.held(y, x);
  }

  /** The denial link's probability that `denial` (a side with `denied`) denies `claim` (see `linkProbability`). */
  link(denial: Required<Pick<JoinSide, 'denied'>>, claim: JoinSide): number {
    const { proposition, names } = denial.denied;
    return linkProbability(countedLinkFeatures(this.counter, proposition, names, this.ids.get(claim) as Int32Array));
  }
}
