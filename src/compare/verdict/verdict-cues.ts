import { negatedAt } from '../negation';
import type { RelateContext, Term, TermPair } from '../terms';
import type { KinTest, VerdictCues } from './features';

/**
 * Letters two words must share from the start, each being at least one longer, to be read as
 * forms of one stem ("presidency" ~ "presidential", "acquired" ~ "acquisition"). Shorter
 * stems join unrelated words; 4 and 6 did no better on MRPC dev.
 */
const STEM_PREFIX = 5;

const sameStem: KinTest = (x, y) => x.key.length > STEM_PREFIX && y.key.length > STEM_PREFIX && x.key.slice(0, STEM_PREFIX) === y.key.slice(0, STEM_PREFIX);

/**
 * What the verdict alone accepts as a restated word, beyond the segments' relations: one word
 * a kind of the other (`isA`, when the lexicon has it), then a shared stem, then two words
 * that each name a claim, or each deny one (translations of one denial word it differently). Each adds about
 * 0.002 MRPC dev accuracy by cross-validation, 0.0045 together; WordNet sister terms (a
 * shared direct hypernym) cost 0.0004 and are left out.
 */
function verdictKin(ctx: RelateContext, negatedTruth: ReadonlySet<Term>): KinTest[] {
  const isA = ctx.lexicon.isA?.bind(ctx.lexicon);
  const kindOf: KinTest[] = isA === undefined ? [] : [(x, y) => isA(x.key, y.key) || isA(y.key, x.key)];
  return [...kindOf, sameStem, pointerKin(ctx), denialKin(ctx, negatedTruth)];
}

/** The words of truth a negation governs ("is not true", "not accurate"): each calls something untrue as "false" does. */
function negatedTruthWords(terms: readonly Term[], ctx: RelateContext): Term[] {
  return terms.filter((t, i) => ctx.words.truthWords.has(t.key) && negatedAt(terms, i, [0, terms.length]) !== null);
}

/** Two nouns that each name what was said ("this information" ~ "such reports"): one claim pointed to two ways. */
function pointerKin(ctx: RelateContext): KinTest {
  const w = ctx.words;
  const pointer = (k: string): boolean => w.claimReports?.has(k) === true || (w.dismissedPointers?.has(k) === true && k.length > 4);
  return (x, y) => pointer(x.key) && pointer(y.key);
}

/**
 * Two words that each call something untrue or deny it ("untrue" ~ "denied", "false" ~
 * "lies"): two denials of one claim, however each is worded.
 */
function denialKin(ctx: RelateContext, negatedTruth: ReadonlySet<Term>): KinTest {
  const w = ctx.words;
  const listed = (k: string): boolean => w.falsityWords.has(k) || w.dismissalPredicates?.has(k) === true;
  const denial = (t: Term): boolean => negatedTruth.has(t) || listed(t.key) || ctx.lexicon.lemmas(t.key).some((l) => w.denyVerbs.has(l) || listed(l));
  return (x, y) => denial(x) && denial(y);
}

/**
 * What the verdict reads beyond the alignment: the looser kinship (only where the order-free
 * pairing ran, as its cost is of the same order) and the reporting verbs, by lemma, so that
 * "…, he said" on one side only reads as an attribution added rather than a claim.
 */
export function verdictCues(loose: readonly TermPair[] | null, ctx: RelateContext, a: readonly Term[] = [], b: readonly Term[] = []): VerdictCues {
  // The negated words of truth only serve the kin tests, which are left out without the pairing.
  return {
    kin: loose === null ? [] : verdictKin(ctx, new Set([...negatedTruthWords(a, ctx), ...negatedTruthWords(b, ctx)])),
    reporting: (t) => ctx.lexicon.lemmas(t.key).some((l) => ctx.words.assertVerbs?.has(l) === true),
  };
}
