import type { Evidence } from '../../schema/evidence';
import type { RelateContext, Term } from '../terms';
import { contentIn, dismissalCues, dismisses, plainContent } from './denials';
import { echoes } from './stance-guards';
import { CALLING_VERBS, VERDICT_INTENSIFIERS } from '../../lexicon/stance';

/**
 * A dismissal answers a claim without repeating it: "Every word of that is an absolute lie", "the
 * number he gave was fake", "called the report false", "denied the reports". It names nothing
 * of the claim, so the stance check, which asks a denial to speak of what the other side
 * states, cannot see it; compared with a claim, it can only be that claim's denial.
 */

/** Content terms the stating side must have to be a claim at all ("It happened" is none). */
const MIN_CLAIM = 3;

/**
 * How sure a dismissal against a claim is a contradiction: lower than a denial that names its
 * proposition (STANCE_CONFIDENCE), since nothing but the pairing says the two are about one thing.
 */
const DISMISSAL_CONFIDENCE = 0.7;

/** Words that may stand between a pointer's "be" and the verdict: "is [an absolute] lie", "are [utterly] false". */
const MAX_BETWEEN = 3;

/**
 * Whether the cue at `at` is said of a pointer (DISMISSED_POINTERS): as the predicate of a
 * "be" whose subject is a pointer ("All of that is a lie", "such reports are not true", "the
 * number [that he gave] was fake"), after a pointer a verb of calling takes as its object
 * ("called the report false"), or with a pointer as the object of the cue itself ("denied the
 * reports", "made it all up").
 */
function saidOfPointer(terms: readonly Term[], at: number, ctx: RelateContext): boolean {
  const pointers = ctx.words.dismissedPointers;
  const be = ctx.words.beForms;
  if (pointers === undefined) return false;
  const pointer = (k: number): boolean => terms[k]?.kind === 'word' && pointers.has((terms[k] as Term).key);
  const calling = (k: number): boolean => k >= 0 && ctx.lexicon.lemmas((terms[k] as Term).key).concat((terms[k] as Term).key).some((l) => CALLING.has(l));
  const slack = (t: Term): boolean => t.fn || t.neg || t.kind === 'punct' || t.key.endsWith('ly') || INTENSIFIERS.has(t.key);
  // "called the report [completely] false": a pointer that a verb of calling takes as its object.
  for (let k = at - 1; k >= Math.max(0, at - 2 * MAX_BETWEEN); k--) {
    if (pointer(k) && (calling(k - 1) || ((terms[k - 1] as Term | undefined)?.fn === true && calling(k - 2)))) return true;
    if (!slack(terms[k] as Term) && !pointer(k)) break;
  }
  // Backwards from the cue over a few words that only frame it, to a "be".
  let k = at - 1;
  for (let n = 0; k >= 0 && !(be?.has((terms[k] as Term).key) === true || (terms[k] as Term).key === "'s"); n++, k--) {
    if (n >= MAX_BETWEEN || !slack(terms[k] as Term)) return false;
  }
  // The subject of that "be": the word before it, or the noun a relative clause follows.
  if (k < 1) return false;
  if (pointer(k - 1)) return true;
  for (let r = k - 1; r > 0; r--) {
    if (RELATIVES.has((terms[r] as Term).key)) return pointer(r - 1);
    if ((terms[r] as Term).kind === 'punct') return false;
  }
  return false;
}

/** Whether a pointer is the object of the cue at `at`: "denied the reports", "made it all up". */
function pointsAfter(terms: readonly Term[], at: number, ctx: RelateContext): boolean {
  const pointers = ctx.words.dismissedPointers;
  if (pointers === undefined) return false;
  for (let k = at + 1; k < Math.min(terms.length, at + MAX_BETWEEN + 1); k++) {
    const t = terms[k] as Term;
    if (pointers.has(t.key)) return true;
    if (!t.fn) return false;
  }
  return false;
}

const INTENSIFIERS: ReadonlySet<string> = new Set(VERDICT_INTENSIFIERS);
const CALLING: ReadonlySet<string> = new Set(CALLING_VERBS);
/** Words that open a relative clause after the noun it describes ("whom" and "whose" never follow a dismissed pointer). */
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who']);

/** The cues of `terms` that dismiss something pointed to (see saidOfPointer, pointsAfter). */
function pointedDismissals(terms: readonly Term[], ctx: RelateContext): number[] {
  return dismissalCues(terms, ctx).flatMap(({ at, clause }) => {
    // "it is no hoax", "do not say it is fake": a negation before the cue affirms.
    for (let k = clause[0]; k < at; k++) if ((terms[k] as Term).neg) return [];
    const t = terms[at] as Term;
    const verdict = ctx.words.falsityWords.has(t.key) || ctx.words.truthWords.has(t.key) || t.neg || t.key === 'lie' || t.key === 'lies';
    return (verdict ? saidOfPointer(terms, at, ctx) : pointsAfter(terms, at, ctx)) ? [at] : [];
  });
}

/**
 * Check `dismissal`: one side dismisses something it points to (see pointedDismissals) and the
 * other states a claim plainly (no denial of its own, at least MIN_CLAIM content terms). Its
 * run is the dismissal's cue.
 */
export function dismissalCheck(a: readonly Term[], b: readonly Term[], ctx: RelateContext): Evidence | null {
  // A cue the other side repeats ("made-up stories" ~ "made up stories") is said by both.
  const da = pointedDismissals(a, ctx).filter((i) => !echoes(a, [i, i + 1], b, ctx));
  const db = pointedDismissals(b, ctx).filter((i) => !echoes(b, [i, i + 1], a, ctx));
  if ((da.length > 0) === (db.length > 0)) return null;
  const [cues, plain, side] = da.length > 0 ? [da, b, 'A'] : [db, a, 'B'];
  // The claim states plainly: a negation in a clause it reports ("hinted that they weren't
  // surprised") is part of what it states; one in its main clause, of any word ("… have
  // nothing to do with reality"), may be a denial of its own.
  if (dismisses(plain, ctx) || plainContent(plain, ctx) === null) return null;
  const subordinate = (clause: number): boolean => ctx.words.subordinators.has(plain.find((t) => t.clause === clause && t.kind === 'word')?.key ?? '');
  if (plain.some((t) => t.neg && t.key !== 'without' && !subordinate(t.clause))) return null;
  if (contentIn(plain, [0, plain.length], ctx).length < MIN_CLAIM) return null;
  const runs = cues.map((i) => [i, i + 1] as const);
  return {
    check: 'dismissal', found: `side ${side} dismisses what it points to, and the other side states a claim`,
    a: side === 'A' ? runs : [], b: side === 'B' ? runs : [], reason: 'stance', strength: DISMISSAL_CONFIDENCE,
  };
}
