import { DESCRIBING_NEGATIONS } from '../../lexicon/negation';
import type { Evidence } from '../../schema/evidence';
import { draftRuns, type Draft } from '../align';
import { isContentTerm, participleForm, type RelateContext, type Term } from '../terms';

/*
 * Whether a flip between two wordings tells two individuals apart ("a man" ~ "a woman", "a
 * diver with no mask") rather than saying two opposite things of one.
 */

/**
 * Whether the text opens with an indefinite noun phrase ("A young man is …", "There are two
 * men …", "Someone is …"): a determiner or a bare figure as its first word.
 */
export function opensIndefinite(terms: readonly Term[], ctx: RelateContext): boolean {
  let i = 0;
  while (terms[i]?.kind === 'punct') i++;
  if (terms[i]?.key === 'there' && terms[i + 1]?.fn) i += 2;
  const det = terms[i];
  if (det === undefined) return false;
  if (det.kind === 'number') return det.quantity?.unit === '' && !det.quantity.ordinal;
  return ctx.words.indefiniteDeterminers.has(det.key);
}

/**
 * A flip between small words only ("turning on" ~ "turning off", "jumping on" ~ "jumping off"):
 * it reverses the action itself rather than describing another individual.
 */
function particleFlip(d: Draft, a: readonly Term[], b: readonly Term[]): boolean {
  const small = (r: readonly [number, number] | null, terms: readonly Term[]): boolean => {
    if (r === null) return false;
    for (let i = r[0]; i < r[1]; i++) if (!(terms[i] as Term).fn && (terms[i] as Term).kind !== 'punct') return false;
    return true;
  };
  return small(d.a, a) && small(d.b, b);
}

/**
 * A statement about an indefinite subject says that some such individual exists: "a man is
 * sitting" and "a man is standing" (or "a woman is sitting") may both be true, of two people.
 * So a lexical flip (antonym, another name) between two such statements tells individuals
 * apart rather than contradicting one; only a denial ("no man is sitting") contradicts. A
 * definite subject ("the minister") names one individual, and the flip stands; but a flip of
 * the subject's own noun ("the man" ~ "the woman") names two people, definite or not. Names
 * are not read so: "Senator Smith said" ~ "Senator Jones said" misattributes one statement.
 */
export function tellsApartIndividuals(d: Draft, a: readonly Term[], b: readonly Term[], ctx: RelateContext): boolean {
  if (![...d.reasons].every((r) => r === 'antonym' || r === 'entity')) return false;
  if (particleFlip(d, a, b)) return false;
  if (opensIndefinite(a, ctx) && opensIndefinite(b, ctx)) return true;
  return [...d.reasons].every((r) => r === 'antonym') && opensText(d.a, a) && opensText(d.b, b);
}

const DESCRIBING = new Set(DESCRIBING_NEGATIONS);


/**
 * "A man with no shirt is posing" ~ "A man with a shirt is posing": a negation inside an
 * indefinite subject's own phrase ("with no …", "without …" after its noun, before its first
 * "be") describes which man, as an antonym there would; it denies nothing. "No man is posing"
 * opens with its cue and denies; "A man wears no helmet and is riding" negates a verb's object.
 */
export function describesSubject(d: Draft, a: readonly Term[], b: readonly Term[], ctx: RelateContext): boolean {
  if (![...d.reasons].every((r) => r === 'negation') || !opensIndefinite(a, ctx) || !opensIndefinite(b, ctx)) return false;
  const be = ctx.words.beForms;
  if (be === undefined) return false;
  const inside = (r: readonly [number, number] | null, terms: readonly Term[]): boolean => {
    if (r === null) return true;
    const verb = terms.findIndex((t) => be.has(t.key));
    const noun = terms.findIndex(isContentTerm);
    if (!(verb > 0 && noun >= 0 && noun < r[0] && r[1] <= verb)) return false;
    for (let i = r[0]; i < r[1]; i++) {
      const t = terms[i] as Term;
      if (t.neg && !DESCRIBING.has(t.key) && !DESCRIBING.has(`${terms[i - 1]?.key ?? ''} ${t.key}`)) return false;
    }
    return true;
  };
  return (d.a !== null || d.b !== null) && inside(d.a, a) && inside(d.b, b);
}

/**
 * Whether the run `r` is the head noun of the subject that opens `terms`: small words only
 * before it, at least one (its determiner: "The man …"), and after it no content word but a
 * participle ("The man wearing a hat …"): "The higher taxes …" flips an adjective. "Rise in
 * rates expected" ~ "Fall in …" and "Buy the shares" ~ "Sell …" open with the flipped word
 * itself, and contradict.
 */
function opensText(r: readonly [number, number] | null, terms: readonly Term[]): boolean {
  if (r === null) return false;
  let determiners = 0;
  for (let i = 0; i < r[0]; i++) {
    const t = terms[i] as Term;
    if (isContentTerm(t)) return false;
    if (t.kind === 'word') determiners++;
  }
  const next = terms[r[1]];
  return determiners > 0 && (next === undefined || !isContentTerm(next) || participleForm(next.key));
}

/**
 * Check `individuals`: every contradicting segment only tells two individuals apart ("a man"
 * ~ "another man") or describes the subject ("the man who is not …"): the flips are about
 * who, not about what was said of them, so they make no contradiction.
 */
export function individualsCheck(contra: readonly Draft[], a: readonly Term[], b: readonly Term[], ctx: RelateContext): Evidence | null {
  if (contra.length === 0 || !contra.every((d) => tellsApartIndividuals(d, a, b, ctx) || describesSubject(d, a, b, ctx))) return null;
  return { check: 'individuals', found: `${contra.length} contradicting segment(s) that only tell individuals apart`, a: draftRuns(contra, 'a'), b: draftRuns(contra, 'b'), reason: 'entity', strength: 1 };
}
