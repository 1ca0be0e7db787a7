/**
 * One clause in the active voice on one side and in the passive on the other, read from the
 * verb outwards so that the participants' roles are compared, not only their words: "the
 * militants launched the attack" ~ "the attack was launched by the militants" restates (the
 * object is the passive's subject, the subject its agent), "the rebels accused the army" ~
 * "the rebels were accused by the army" does not (the same participants in each other's roles).
 */
import { BE_FORMS, DO_FORMS, HAVE_FORMS, OTHER_ROLE_PREPOSITIONS } from '../../lexicon/function-words';
import { relateTerms, type RelateContext } from './term-relation';
import { isContentTerm, type Term } from './terms';
import { PHRASE_DETERMINERS } from '../../lexicon/determiners';

type Range = readonly [number, number];

/** A clause restated in the other voice: the run it covers on each side. */
export interface VoiceRestatement {
  readonly a: Range;
  readonly b: Range;
}

/** Participants of one act named in other roles on the two sides: term indices of A and of B. */
export interface VoiceRoleChange {
  readonly a: readonly number[];
  readonly b: readonly number[];
}

/** Pairs of an active and a passive verb weighed at most: each costs up to MAX_PHRASE² phrase comparisons. */
const MAX_VERB_PAIRS = 64;
/** The longest noun phrase read as one participant. */
const MAX_PHRASE = 6;
/** The weakest relation two words of a participant may have: a synonym, not a looser link. */
const MIN_STRENGTH = 0.8;
const BE = new Set(BE_FORMS);
const OTHER_ROLE = new Set(OTHER_ROLE_PREPOSITIONS);
const DO = new Set(DO_FORMS);
const DETERMINERS = new Set(PHRASE_DETERMINERS);

/**
 * A verb, and where the auxiliaries before it start: a passive one (a participle right after a
 * form of "be") or an active one ("have launched", "will use").
 */
interface VerbAt {
  readonly verb: number;
  readonly auxStart: number;
}

function isAuxiliary(t: Term, ctx: RelateContext): boolean {
  return BE.has(t.key) || HAVE_FORMS.includes(t.key) || DO.has(t.key) || ctx.words.certainModals.has(t.key) || ctx.words.possibleModals.has(t.key);
}

function auxStart(terms: readonly Term[], verb: number, ctx: RelateContext): number {
  let k = verb;
  while (k > 0 && isAuxiliary(terms[k - 1] as Term, ctx)) k--;
  return k;
}

const isVerbLike = (t: Term | undefined): boolean => t !== undefined && t.kind === 'word' && isContentTerm(t);

/** Whether the word at `k` follows a form of "be" and is no progressive: "were hidden", not "were hiding". */
const afterBe = (terms: readonly Term[], k: number): boolean => k > 0 && BE.has((terms[k - 1] as Term).key) && !(terms[k] as Term).key.endsWith('ing');

function passives(terms: readonly Term[], ctx: RelateContext): VerbAt[] {
  const out: VerbAt[] = [];
  for (let p = 1; p < terms.length; p++) {
    if (isVerbLike(terms[p]) && afterBe(terms, p)) out.push({ verb: p, auxStart: auxStart(terms, p, ctx) });
  }
  return out;
}

function actives(terms: readonly Term[], ctx: RelateContext): VerbAt[] {
  const out: VerbAt[] = [];
  for (let v = 0; v < terms.length; v++) {
    const before = terms[v - 1];
    // After "be" only a progressive is active; after "the", a noun.
    if (!isVerbLike(terms[v]) || afterBe(terms, v) || (before !== undefined && DETERMINERS.has(before.key))) continue;
    out.push({ verb: v, auxStart: auxStart(terms, v, ctx) });
  }
  return out;
}

const memo = new WeakMap<RelateContext, WeakMap<Term, Map<Term, boolean>>>();

/**
 * Whether two words may name one participant: a synonym at least, no contradiction. Memoised
 * per context and term (the phrase search asks of the same pair many times); the terms of a
 * pair are made afresh, so the memo lives as long as they do.
 */
function oneWord(x: Term, y: Term, ctx: RelateContext): boolean {
  let byTerm = memo.get(ctx);
  if (byTerm === undefined) memo.set(ctx, (byTerm = new WeakMap()));
  let row = byTerm.get(x);
  if (row === undefined) byTerm.set(x, (row = new Map()));
  let same = row.get(y);
  if (same === undefined) {
    const rel = relateTerms(x, y, ctx);
    same = rel !== null && rel.label !== 'contradict' && rel.strength >= MIN_STRENGTH;
    row.set(y, same);
  }
  return same;
}

/** A run `[at, at + n)` of terms on one side. */
interface Run {
  readonly at: number;
  readonly n: number;
}

/**
 * Whether two runs name one participant: their content words pair in order (a synonym at
 * least), however many articles each has ("a man" ~ "the man"). With `edges`, each run is a
 * noun phrase: no punctuation, opening with a content word or a determiner, closing on a
 * content word, so a phrase never takes the "that" or "on" beside it.
 */
function samePhrase(x: readonly Term[], rx: Run, y: readonly Term[], ry: Run, ctx: RelateContext, edges = true): boolean {
  const content = (terms: readonly Term[], r: Run): Term[] | null => {
    if (r.n <= 0 || r.at < 0 || r.at + r.n > terms.length) return null;
    const run = terms.slice(r.at, r.at + r.n);
    if (run.some((t) => t.kind === 'punct')) return null;
    const [first, last] = [run[0] as Term, run[run.length - 1] as Term];
    if (edges && (!isContentTerm(last) || !(isContentTerm(first) || DETERMINERS.has(first.key)))) return null;
    return run.filter(isContentTerm);
  };
  const cx = content(x, rx);
  const cy = content(y, ry);
  if (cx === null || cy === null || cx.length === 0 || cx.length !== cy.length) return false;
  return cx.every((s, k) => oneWord(s, cy[k] as Term, ctx));
}

/** The lengths `[n, m]`, each up to MAX_PHRASE terms, longest in all, at which `test` holds; null when none. */
function longest(test: (n: number, m: number) => boolean): readonly [number, number] | null {
  for (let total = 2 * MAX_PHRASE; total >= 2; total--) {
    for (let n = Math.min(MAX_PHRASE, total - 1); n >= 1 && total - n <= MAX_PHRASE; n--) if (test(n, total - n)) return [n, total - n];
  }
  return null;
}

type VerbPair = { act: readonly Term[]; pas: readonly Term[]; v: VerbAt; p: VerbAt; passiveSide: 'a' | 'b' };

/** The verb pairs last found for a side A, with the side B and context they were found against. */
const lastPairs = new WeakMap<readonly Term[], { readonly b: readonly Term[]; readonly ctx: RelateContext; readonly pairs: readonly VerbPair[] }>();

/**
 * `findVerbPairs`, found once per pair of sides: the alignment (`voiceRestatements`) and the
 * role-swap check (`voiceRoleChange`) both ask it of the same terms of one pair.
 */
function verbPairs(a: readonly Term[], b: readonly Term[], ctx: RelateContext): readonly VerbPair[] {
  const last = lastPairs.get(a);
  if (last !== undefined && last.b === b && last.ctx === ctx) return last.pairs;
  const pairs = findVerbPairs(a, b, ctx);
  lastPairs.set(a, { b, ctx, pairs });
  return pairs;
}

/**
 * A passive verb and an active one of the same verb (the same word or lemma: "uses" ~
 * "used"), in every pairing of the sides. The active verbs are indexed by form and lemma, so
 * this is O(n) lemma look-ups for n terms; at most MAX_VERB_PAIRS pairs, in text order.
 */
function findVerbPairs(a: readonly Term[], b: readonly Term[], ctx: RelateContext): VerbPair[] {
  const out: VerbPair[] = [];
  for (const [pas, act, passiveSide] of [[a, b, 'a'], [b, a, 'b']] as const) {
    const ps = passives(pas, ctx);
    if (ps.length === 0) continue;
    // Forms of one verb share their first letter ("hid" ~ "hidden", "took" ~ "taken"): only
    // such active words are looked up in the lexicon.
    const initials = new Set(ps.map((p) => (pas[p.verb] as Term).key[0]));
    const byForm = new Map<string, VerbAt[]>();
    for (const v of actives(act, ctx)) {
      const key = (act[v.verb] as Term).key;
      if (!initials.has(key[0])) continue;
      for (const form of new Set([key, ...ctx.lexicon.lemmas(key)])) {
        const list = byForm.get(form);
        if (list === undefined) byForm.set(form, [v]);
        else list.push(v);
      }
    }
    for (const p of ps) {
      if (out.length >= MAX_VERB_PAIRS) return out;
      const key = (pas[p.verb] as Term).key;
      const found = new Set<VerbAt>();
      for (const form of [key, ...ctx.lexicon.lemmas(key)]) for (const v of byForm.get(form) ?? []) found.add(v);
      for (const v of [...found].sort((x, y) => x.verb - y.verb)) if (out.length < MAX_VERB_PAIRS) out.push({ act, pas, v, p, passiveSide });
    }
  }
  return out;
}

/**
 * Clauses restated in the other voice: an active verb's object named, word by word, as the
 * subject of the same verb in the passive; and its subject as the passive's agent, when the
 * passive names one ("by the militants"). Without an agent ("Afghan soil is used") the run is
 * the verb and its object. O(n) for n terms (see `verbPairs`).
 */
export function voiceRestatements(a: readonly Term[], b: readonly Term[], ctx: RelateContext): VoiceRestatement[] {
  const out: VoiceRestatement[] = [];
  for (const { act, pas, v, p, passiveSide } of verbPairs(a, b, ctx)) {
    const object = objectAsSubject(act, pas, v, p, ctx);
    if (object === null) continue;
    const [on, sm] = object;
    const by = agentAt(pas, p.verb);
    const subject = by === null ? null : longest((n, m) => samePhrase(act, { at: v.auxStart - n, n }, pas, { at: by + 1, n: m }, ctx));
    // What stands between the verb and its agent ("filled with water by a boy") follows the object on the active side.
    const middle = by === null ? 0 : by - p.verb - 1;
    const agented = subject !== null && (middle === 0 || samePhrase(act, { at: v.verb + 1 + on, n: middle }, pas, { at: p.verb + 1, n: middle }, ctx, false));
    const actRun: Range = agented ? [v.auxStart - subject[0], v.verb + 1 + on + middle] : [v.verb, v.verb + 1 + on];
    const pasRun: Range = [p.auxStart - sm, agented && by !== null ? by + 1 + subject[1] : p.verb + 1];
    out.push(passiveSide === 'a' ? { a: pasRun, b: actRun } : { a: actRun, b: pasRun });
  }
  return out.sort((x, y) => x.a[0] - y.a[0]);
}

/** The active's object named as the passive's subject: the lengths of the two phrases, or null. */
function objectAsSubject(act: readonly Term[], pas: readonly Term[], v: VerbAt, p: VerbAt, ctx: RelateContext): readonly [number, number] | null {
  return longest((n, m) => samePhrase(act, { at: v.verb + 1, n }, pas, { at: p.auxStart - m, n: m }, ctx));
}

/**
 * The participants of one act in other roles across the voices: the passive's subject is the
 * active's subject and its agent the active's object ("the rebels were accused by the army" ~
 * "the rebels accused the army"); or the passive restates the object but names the active's
 * doer after the verb in another role ("launched the attack" by the militants ~ "was launched
 * against the militants"). Returns the participants' content terms on each side.
 */
export function voiceRoleChange(a: readonly Term[], b: readonly Term[], ctx: RelateContext): VoiceRoleChange | null {
  for (const { act, pas, v, p, passiveSide } of verbPairs(a, b, ctx)) {
    const by = agentAt(pas, p.verb);
    const subject = longest((n, m) => samePhrase(act, { at: v.auxStart - n, n }, pas, { at: p.auxStart - m, n: m }, ctx));
    const agent = by === null ? null : longest((n, m) => samePhrase(act, { at: v.verb + 1, n }, pas, { at: by + 1, n: m }, ctx));
    let actTerms: number[] = [];
    let pasTerms: number[] = [];
    if (subject !== null && agent !== null && by !== null) {
      actTerms = [...contentIn(act, v.auxStart - subject[0], v.auxStart), ...contentIn(act, v.verb + 1, v.verb + 1 + agent[0])];
      pasTerms = [...contentIn(pas, p.auxStart - subject[1], p.auxStart), ...contentIn(pas, by + 1, by + 1 + agent[1])];
    } else if (by === null && objectAsSubject(act, pas, v, p, ctx) !== null) {
      const doer = strandedDoer(act, pas, v, p, ctx);
      if (doer === null) continue;
      [actTerms, pasTerms] = [[doer[0]], [doer[1]]];
    } else continue;
    return passiveSide === 'a' ? { a: pasTerms, b: actTerms } : { a: actTerms, b: pasTerms };
  }
  return null;
}

/** The "by" that brings in a passive verb's agent: the first after it in its clause, a few phrases on at most. */
function agentAt(pas: readonly Term[], verb: number): number | null {
  for (let k = verb + 1; k < pas.length && k <= verb + 2 * MAX_PHRASE && (pas[k] as Term).clause === (pas[verb] as Term).clause; k++) {
    if ((pas[k] as Term).key === 'by') return k;
  }
  return null;
}

function contentIn(terms: readonly Term[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) if (isContentTerm(terms[k] as Term)) out.push(k);
  return out;
}

/**
 * The active's subject named again after the passive verb, in its clause, as the whole noun
 * phrase after a preposition of another role (OTHER_ROLE_PREPOSITIONS): the doer put in
 * another role. Returns the doer's term on each side.
 */
function strandedDoer(act: readonly Term[], pas: readonly Term[], v: VerbAt, p: VerbAt, ctx: RelateContext): [number, number] | null {
  const clauseOf = (terms: readonly Term[], k: number): number => (terms[k] as Term).clause;
  const inPhrase = (t: Term): boolean => isContentTerm(t) || DETERMINERS.has(t.key);
  for (let s = v.auxStart - 1; s >= 0 && s >= v.auxStart - MAX_PHRASE && clauseOf(act, s) === clauseOf(act, v.verb) && inPhrase(act[s] as Term); s--) {
    const doer = act[s] as Term;
    if (!isContentTerm(doer)) continue;
    for (let k = p.verb + 1; k < pas.length && clauseOf(pas, k) === clauseOf(pas, p.verb); k++) {
      const t = pas[k] as Term;
      if (!isContentTerm(t) || !oneWord(doer, t, ctx)) continue;
      const next = pas[k + 1];
      if (next !== undefined && isContentTerm(next)) continue;
      let j = k - 1;
      while (j > p.verb && inPhrase(pas[j] as Term) && !OTHER_ROLE.has((pas[j] as Term).key)) j--;
      if (OTHER_ROLE.has((pas[j] as Term).key)) return [s, k];
    }
  }
  return null;
}
