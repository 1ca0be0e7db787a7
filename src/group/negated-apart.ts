import { contentWords, type FeatureContext } from './features';
import { heldIn } from '../lexicon/same-meaning';
import { PHRASE_NEGATIONS } from '../lexicon/negation';
import { negationsOf, type Negations } from './negated-heads';
import { lowerWords } from '../text/lower-words';

/**
 * Negations of a noun phrase ("no messages were marked", "none of the material was marked"):
 * the word after them is the thing, not what is denied of it, so their heads say too little.
 */
const NOMINAL: ReadonlySet<string> = new Set(['no', ...PHRASE_NEGATIONS]);

/**
 * Whether two denials negate two different things: both deny by a negation of a verb of their
 * own with a head ("not", "never", "hasn't": see `negationsOf`), none of a noun phrase ("no
 * messages", "none of the material"), neither a verdict on the whole, and neither names the
 * other's head, negated or not, nor a word of its meaning or a kind of it ("I have not left
 * Tehran with the team" against "Iran has not sent any team to Muscat": leave, send). Such
 * denials are two statements, whatever words they share; "Iran has not sent a team" and "the
 * team was not sent by Iran" name each other's heads. Read lazily, once per statement. O(words)
 * per pair.
 */
export function negateTwoThings(items: readonly { text: string }[], ctx: FeatureContext): (a: number, b: number) => boolean {
  const read = new Map<number, { n: Negations; words: string[] } | null>();
  const of = (k: number): { n: Negations; words: string[] } | null => {
    let r = read.get(k);
    if (r === undefined) {
      const text = (items[k] as { text: string }).text;
      const n = negationsOf(text, ctx);
      const nominal = lowerWords(text).some((w) => NOMINAL.has(w));
      r = n.count === 0 || n.verdict || n.heads.size === 0 || nominal ? null : { n, words: contentWords(text, ctx) };
      read.set(k, r);
    }
    return r;
  };
  const names = (heads: ReadonlySet<string>, words: readonly string[]): boolean => {
    const meets = heldIn(ctx.lexicon, words);
    return [...heads].some((h) => meets(h) || words.some((w) => ctx.lexicon.relate(h, w) === 'hypernym'));
  };
  return (a, b) => {
    const x = of(a);
    const y = x === null ? null : of(b);
    if (x === null || y === null) return false;
    return !names(x.n.heads, y.words) && !names(y.n.heads, x.words);
  };
}
