import { ADVERBIAL_SUBORDINATORS, RELATIVE_PRONOUNS } from '../../lexicon/attribution';
import type { Term } from '../terms';

/**
 * Where a term stands in its clause: what opens the clause, and whether a subordinator stands
 * before the term. Denials and stance read a cue, or a claim's content, by the clause it is in.
 */

/** A run `[lo, hi)` of terms on one side. */
type Range = readonly [number, number];

/**
 * Words that open a relative or adverbial clause whose cue says nothing of the rest. "that" is
 * left out: after a verb it opens the reported content ("police said that they deny …"); "as"
 * too, since "X absent as Kremlin denies reports" states the denial.
 */
const SUBORDINATE_OPENERS = new Set([...RELATIVE_PRONOUNS.filter((w) => w !== 'that'), ...ADVERBIAL_SUBORDINATORS, 'whether']);

/** Words that open an adverbial clause of circumstance, "as" among them ("… as he left"). */
const CIRCUMSTANCE_OPENERS = new Set([...ADVERBIAL_SUBORDINATORS, 'as']);

const RELATIVES = new Set(RELATIVE_PRONOUNS);

/** Whether the clause `r` opens with a relative or adverbial subordinator. */
export function opensSubordinate(terms: readonly Term[], r: Range): boolean {
  const first = terms.slice(r[0], r[1]).find((t) => t.kind === 'word');
  return first !== undefined && SUBORDINATE_OPENERS.has(first.key);
}

/** Whether term `i` of clause `r` stands after a relative or adverbial subordinator in it. */
export function subordinateAt(terms: readonly Term[], r: Range, i: number): boolean {
  for (let k = r[0]; k < i; k++) if (SUBORDINATE_OPENERS.has((terms[k] as Term).key)) return true;
  return false;
}

/** The first word of clause number `clause` (see Term.clause), or ''. */
function clauseOpener(terms: readonly Term[], clause: number): string {
  return terms.find((t) => t.clause === clause && t.kind === 'word')?.key ?? '';
}

/** Whether clause number `clause` opens with a relative pronoun ("… who did not attend"). */
export function inRelativeClause(terms: readonly Term[], clause: number): boolean {
  return RELATIVES.has(clauseOpener(terms, clause));
}

/** Whether clause number `clause` is an adverbial clause of circumstance ("… while fighting"). */
export function inCircumstance(terms: readonly Term[], clause: number): boolean {
  return CIRCUMSTANCE_OPENERS.has(clauseOpener(terms, clause));
}
