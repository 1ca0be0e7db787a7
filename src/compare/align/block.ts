import type { Reason } from '../../schema/diff';
import { coalesce, CONTRADICTION, type Draft } from './draft';
import { equalReason, hasPassive, isContentTerm, matchOrdered, matchUnordered, MAX_BLOCK_PAIRS, type RelateContext, type Term, type TermPair } from '../terms';
import type { WordLists } from '../../lexicon/word-lists';
import { CORPORATE_SUFFIXES } from '../../lexicon/titles';

/** A run `[lo, hi)` of terms on one side. */
type Range = readonly [number, number];

const indices = (terms: readonly Term[], r: Range, keep: (t: Term) => boolean): number[] => {
  const out: number[] = [];
  for (let i = r[0]; i < r[1]; i++) if (keep(terms[i] as Term)) out.push(i);
  return out;
};
const notPunct = (t: Term): boolean => t.kind !== 'punct';

/** Labels one aligned pair of equal terms. */
export function equalDraft(a: readonly Term[], b: readonly Term[], i: number, j: number): Draft {
  const { label, reason } = equalReason(a[i] as Term, b[j] as Term);
  return { label, a: [i, i + 1], b: [j, j + 1], reasons: new Set<Reason>([reason]) };
}

/**
 * Labels a run present on one side only. Only punctuation: a match. Only function words: a
 * paraphrase. A negation cue with at most one content word ("not", "never again"): a
 * contradiction, since it flips the clause around it, unless that whole clause lies in the run
 * (", who did not attend,"): then it flips nothing the other side says. Otherwise: added or
 * removed, with reason
 * `hedge` when its only content is hedges ("reportedly"): the claim is the same, but one side
 * no longer vouches for it.
 */
export function oneSidedDraft(terms: readonly Term[], r: Range, side: 'a' | 'b'): Draft {
  const words = indices(terms, r, notPunct).map((i) => terms[i] as Term);
  const place = (label: Draft['label'], reasons: Reason[]): Draft =>
    ({ label, a: side === 'a' ? r : null, b: side === 'b' ? r : null, reasons: new Set(reasons) });
  if (words.length === 0) return place('match', ['punctuation']);
  const negations = words.filter((t) => t.neg && !clauseWithin(terms, t.clause, r)).length;
  const content = words.filter((t) => !t.fn && !t.neg).length;
  if (negations % 2 === 1 && content <= 1) return place('contradict', ['negation']);
  if (content === 0 && negations === 0) return place('paraphrase', ['function-word']);
  const hedged = negations === 0 && words.every((t) => t.fn || t.hedge);
  return place(side === 'a' ? 'removed' : 'added', hedged ? ['hedge'] : []);
}

/** Whether every term of clause `clause` lies in the run `r`. */
function clauseWithin(terms: readonly Term[], clause: number, r: Range): boolean {
  for (let i = r[0] - 1; i >= 0 && (terms[i] as Term).clause === clause; i--) if ((terms[i] as Term).kind !== 'punct') return false;
  for (let i = r[1]; i < terms.length && (terms[i] as Term).clause === clause; i++) if ((terms[i] as Term).kind !== 'punct') return false;
  return true;
}

/** Labels a run whose every content word found its counterpart: one segment. */
function wholeDraft(a: readonly Term[], b: readonly Term[], ra: Range, rb: Range, pairs: readonly TermPair[]): Draft {
  const reasons = new Set<Reason>();
  let flips = 0;
  let hard = false;
  for (const { rel } of pairs) {
    if (rel.label === 'contradict') {
      if (rel.reason === 'number' || rel.reason === 'date') hard = true;
      else flips += 1;
    }
    if (rel.reason !== 'identical') reasons.add(rel.reason);
  }
  const pairedX = new Set(pairs.map((p) => p.x));
  const pairedY = new Set(pairs.map((p) => p.y));
  const loose = [...indices(a, ra, notPunct).filter((i) => !pairedX.has(i)).map((i) => a[i] as Term), ...indices(b, rb, notPunct).filter((j) => !pairedY.has(j)).map((j) => b[j] as Term)];
  const looseNegations = loose.filter((t) => t.neg).length;
  if (looseNegations > 0) reasons.add('negation');
  flips += looseNegations;
  if (loose.some((t) => t.fn)) reasons.add('function-word');
  for (let k = 1; k < pairs.length; k++) if ((pairs[k] as TermPair).y < (pairs[k - 1] as TermPair).y) reasons.add('reorder');
  if (hasPassive(a, ra[0], ra[1]) !== hasPassive(b, rb[0], rb[1])) reasons.add('voice');
  let label: Draft['label'] = 'match';
  if (hard || flips % 2 === 1) label = 'contradict';
  else if ([...reasons].some((r) => !['case', 'punctuation', 'spelling'].includes(r))) label = 'paraphrase';
  const kept = label === 'contradict' ? [...reasons].filter((r) => CONTRADICTION.has(r)) : [...reasons].filter((r) => !CONTRADICTION.has(r) || flips > 0 || r === 'number' || r === 'date');
  return { label, a: ra, b: rb, reasons: new Set(kept) };
}

/** Replaced words with nothing in common: names in the same slot contradict, the rest is removed and added. */
function unrelatedDrafts(a: readonly Term[], b: readonly Term[], ra: Range, rb: Range, ctx: RelateContext): Draft[] {
  const { lexicon } = ctx;
  const ca = indices(a, ra, isContentTerm).map((i) => a[i] as Term);
  const cb = indices(b, rb, isContentTerm).map((j) => b[j] as Term);
  if (ca.length === 0 && cb.length === 0) {
    const wa = indices(a, ra, notPunct).length;
    const wb = indices(b, rb, notPunct).length;
    if (wa === 0 && wb === 0) return [{ label: 'match', a: ra, b: rb, reasons: new Set(['punctuation']) }];
  }
  // A particle against its opposite, one of them a content word: "go up" ~ "go down".
  if ((ca.length === 0) !== (cb.length === 0) && ca.length + cb.length === 1) {
    const wa = indices(a, ra, notPunct).map((i) => a[i] as Term);
    const wb = indices(b, rb, notPunct).map((j) => b[j] as Term);
    if (wa.length === 1 && wb.length === 1 && lexicon.relate((wa[0] as Term).key, (wb[0] as Term).key) === 'antonym') {
      return [{ label: 'contradict', a: ra, b: rb, reasons: new Set(['antonym']) }];
    }
  }
  if (ca.length === 0 && cb.length === 0) {
    // Replaced function words: "on" ~ "off" flips the action, "about" ~ "on" changes it.
    const fa = indices(a, ra, notPunct).map((i) => a[i] as Term);
    const fb = indices(b, rb, notPunct).map((j) => b[j] as Term);
    if (fa.some((x) => fb.some((y) => lexicon.relate(x.key, y.key) === 'antonym'))) return [{ label: 'contradict', a: ra, b: rb, reasons: new Set(['antonym']) }];
    // The same auxiliary in another tense or person ("has" ~ "had", "is" ~ "was") says the same.
    if (fa.length === fb.length && fa.length > 0 && fa.every((x, k) => lexicon.relate(x.key, (fb[k] as Term).key) === 'inflection')) {
      return [{ label: 'paraphrase', a: ra, b: rb, reasons: new Set(['inflection']) }];
    }
    if (fa.length > 0 && fb.length > 0 && ![...fa, ...fb].some((t) => t.neg)) {
      return [{ label: 'removed', a: ra, b: null, reasons: new Set(['function-word']) }, { label: 'added', a: null, b: rb, reasons: new Set(['function-word']) }];
    }
  }
  const namesOnly = (ts: readonly Term[]): boolean => ts.length > 0 && ts.length <= 4 && ts.every((t) => t.name);
  // At the start of a sentence a capital proves nothing, so there a name is read only as the
  // same entity (an acronym, an alias, "the group"), never as another one: a name of several
  // capitalised words, or one word in capitals.
  const nameLike = (ts: readonly Term[]): boolean => namesOnly(ts) || (ts.length > 0 && ts.length <= 6 && ts.every((t) => /^\p{Lu}/u.test(t.text)) && (ts.length > 1 || /^\p{Lu}{2,}$/u.test(ts[0]?.text ?? '')));
  const sameEntity = (nameLike(ca) && nameLike(cb) && (acronymOf(ca, cb) || acronymOf(cb, ca) || aliases(ca, cb, ctx.words)))
    || (nameLike(ca) && refersBack(b, rb, cb, ctx.words)) || (nameLike(cb) && refersBack(a, ra, ca, ctx.words));
  if (sameEntity) return [{ label: 'paraphrase', a: ra, b: rb, reasons: new Set(['entity']) }];
  if (namesOnly(ca) && namesOnly(cb)) {
    const same = abbreviates(ca, cb) || abbreviates(cb, ca) || aliases(ca, cb, ctx.words) || sameLetters(ca, cb);
    return [{ label: same ? 'paraphrase' : 'contradict', a: ra, b: rb, reasons: new Set(['entity']) }];
  }
  // A name against a pronoun ("Khan" ~ "he") is one entity named two ways.
  const wordsOnly = (terms: readonly Term[], r: Range): boolean => indices(terms, r, notPunct).length > 0;
  if ((namesOnly(ca) && cb.length === 0 && wordsOnly(b, rb)) || (namesOnly(cb) && ca.length === 0 && wordsOnly(a, ra))) {
    return [{ label: 'paraphrase', a: ra, b: rb, reasons: new Set(['entity']) }];
  }
  return [oneSidedDraft(a, ra, 'a'), oneSidedDraft(b, rb, 'b')];
}

/**
 * One name written with or without its apostrophes, spaces or possessive: "O'Neill's" ~
 * "ONeills", "Mc Donald" ~ "McDonald".
 */
function sameLetters(x: readonly Term[], y: readonly Term[]): boolean {
  const letters = (ts: readonly Term[]): string => ts.map((t) => t.text).join('').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '').replace(/s$/u, '');
  return letters(x) === letters(y);
}

/**
 * A run that refers back to a named body: "the" and one noun of REFERRING_NOUNS ("the group",
 * "the company"), nothing else of content.
 */
function refersBack(terms: readonly Term[], r: Range, content: readonly Term[], words: WordLists): boolean {
  const only = content.length === 1 ? content[0] : undefined;
  if (only === undefined || words.referringNouns?.has(only.key) !== true) return false;
  const k = terms.indexOf(only);
  return k > r[0] && (terms[k - 1] as Term).key === 'the';
}

const CORPORATE = new Set(CORPORATE_SUFFIXES);

/**
 * A single all-capitals word spelling the initials of a name's parts: "TTP" ~ "Tehreek-e-
 * Taliban Pakistan" (hyphenated parts count, lower-case particles such as "e" do not).
 */
function acronymOf(long: readonly Term[], short: readonly Term[]): boolean {
  const only = short.length === 1 ? short[0] : undefined;
  if (only === undefined || !/^\p{Lu}{2,}$/u.test(only.text)) return false;
  const initials = long.filter((t) => !CORPORATE.has(t.key)).flatMap((t) => {
    const parts = t.text.split(/[-‐]/).filter((p) => p !== '');
    const capitals = parts.filter((p) => /^\p{Lu}/u.test(p));
    return (capitals.length > 0 ? capitals : parts).map((p) => p[0]?.toLowerCase() ?? '');
  });
  return initials.join('') === only.key;
}

/** Two names listed as one entity in the word lists' aliases ("Pentagon" ~ "Defense Department"). */
function aliases(x: readonly Term[], y: readonly Term[], words: WordLists): boolean {
  const group = (ts: readonly Term[]): number | undefined => words.aliases?.get(ts.map((t) => t.key).join(' '));
  const gx = group(x);
  return gx !== undefined && gx === group(y);
}

/**
 * A name against its short form, the same entity: an acronym ("Americans with Disabilities
 * Act" ~ "ADA") or abbreviated parts, in order ("Colo." ~ "Colorado", "D-Neb." ~ "Democrat
 * of Nebraska").
 */
function abbreviates(long: readonly Term[], short: readonly Term[]): boolean {
  const only = short.length === 1 ? short[0] : undefined;
  if (only === undefined) return false;
  if (/^\p{Lu}{2,}$/u.test(only.text)) return long.length >= 2 && long.map((t) => t.key[0]).join('') === only.key;
  const parts = only.text.toLowerCase().split(/[-.]/).filter((p) => p !== '');
  if (parts.length === 0 || (parts.length < 2 && !only.text.endsWith('.'))) return false;
  let k = 0;
  for (const part of parts) {
    while (k < long.length && !(long[k] as Term).key.startsWith(part)) k++;
    if (k === long.length || (long[k] as Term).key === part) return false;
    k++;
  }
  return true;
}

/**
 * Content words that trade places without a change of voice swap roles ("a monkey is pulling
 * a dog" ~ "a dog is pulling a monkey"): that is another statement, not a reordering.
 */
function swapsRoles(a: readonly Term[], b: readonly Term[], ra: Range, rb: Range, pairs: readonly TermPair[]): boolean {
  if (hasPassive(a, ra[0], ra[1]) !== hasPassive(b, rb[0], rb[1])) return false;
  const content = pairs.filter((p) => isContentTerm(a[p.x] as Term));
  for (let k = 1; k < content.length; k++) if ((content[k] as TermPair).y < (content[k - 1] as TermPair).y) return true;
  return false;
}

/** Whether the pairs hold every content word of the terms `xs` of A and `ys` of B. */
function pairsEveryContentWord(a: readonly Term[], b: readonly Term[], xs: readonly number[], ys: readonly number[], pairs: readonly TermPair[]): boolean {
  const px = new Set(pairs.map((p) => p.x));
  const py = new Set(pairs.map((p) => p.y));
  return pairs.length > 0 && xs.every((i) => px.has(i) || !isContentTerm(a[i] as Term)) && ys.every((j) => py.has(j) || !isContentTerm(b[j] as Term));
}

/**
 * Labels a clause restated in the other voice (align/voice-ops.ts): one paraphrase with reason
 * `voice` when every content word pairs up, whatever the order; else as any other change.
 */
export function labelVoice(a: readonly Term[], b: readonly Term[], ra: Range, rb: Range, ctx: RelateContext): Draft[] {
  const xs = indices(a, ra, notPunct);
  const ys = indices(b, rb, notPunct);
  const pairs = xs.length * ys.length > MAX_BLOCK_PAIRS ? [] : matchUnordered(a, b, xs, ys, ctx);
  if (!pairsEveryContentWord(a, b, xs, ys, pairs)) return labelChange(a, b, ra, rb, ctx);
  const whole = wholeDraft(a, b, ra, rb, pairs);
  return [whole.label === 'contradict' ? whole : { ...whole, label: 'paraphrase', reasons: new Set([...whole.reasons, 'voice']) }];
}

function joinedKey(terms: readonly Term[], r: Range): string {
  return indices(terms, r, notPunct).map((i) => (terms[i] as Term).key).join('');
}

/**
 * Labels a change: the run `ra` of A replaced by the run `rb` of B. One side may be empty.
 * If every content word on both sides pairs with one on the other (in any order), the run is
 * one segment; otherwise the pairs found in order split it, and the stretches between pairs
 * are labelled on their own.
 */
export function labelChange(a: readonly Term[], b: readonly Term[], ra: Range, rb: Range, ctx: RelateContext): Draft[] {
  if (ra[0] === ra[1]) return [oneSidedDraft(b, rb, 'b')];
  if (rb[0] === rb[1]) return [oneSidedDraft(a, ra, 'a')];
  const ka = joinedKey(a, ra);
  if (ka !== '' && ka === joinedKey(b, rb)) return [{ label: 'match', a: ra, b: rb, reasons: new Set(['spelling']) }];
  const xs = indices(a, ra, notPunct);
  const ys = indices(b, rb, notPunct);
  if (xs.length * ys.length > MAX_BLOCK_PAIRS) return [oneSidedDraft(a, ra, 'a'), oneSidedDraft(b, rb, 'b')];
  const pairs = matchUnordered(a, b, xs, ys, ctx);
  if (pairsEveryContentWord(a, b, xs, ys, pairs) && !swapsRoles(a, b, ra, rb, pairs)) {
    return [wholeDraft(a, b, ra, rb, pairs)];
  }
  const ordered = matchOrdered(a, b, xs, ys, ctx);
  const drafts: Draft[] = [];
  let i = ra[0];
  let j = rb[0];
  for (const p of ordered) {
    // A pair takes the rest of its tokens with it ("Afghanistan’s" is afghanistan + 's), so a
    // gap never starts inside the token of the pair before it.
    const xa = tokenRange(a, p.x, i, ra[1]);
    const yb = tokenRange(b, p.y, j, rb[1]);
    if (xa[0] > i || yb[0] > j) drafts.push(...gapDrafts(a, b, [i, xa[0]], [j, yb[0]], ctx));
    drafts.push(wholeDraft(a, b, xa, yb, [p]));
    i = xa[1];
    j = yb[1];
  }
  if (i < ra[1] || j < rb[1]) drafts.push(...gapDrafts(a, b, [i, ra[1]], [j, rb[1]], ctx));
  return coalesce(drafts);
}

/** The terms around `k`, within `[lo, hi)`, read from the same token as `k`. */
function tokenRange(terms: readonly Term[], k: number, lo: number, hi: number): Range {
  const group = (terms[k] as Term).group;
  let start = k;
  let end = k + 1;
  while (start > lo && (terms[start - 1] as Term).group === group) start--;
  while (end < hi && (terms[end] as Term).group === group) end++;
  return [start, end];
}

function gapDrafts(a: readonly Term[], b: readonly Term[], ra: Range, rb: Range, ctx: RelateContext): Draft[] {
  if (ra[0] === ra[1]) return rb[0] === rb[1] ? [] : [oneSidedDraft(b, rb, 'b')];
  if (rb[0] === rb[1]) return [oneSidedDraft(a, ra, 'a')];
  return unrelatedDrafts(a, b, ra, rb, ctx);
}
