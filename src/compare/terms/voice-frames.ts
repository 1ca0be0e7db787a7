/**
 * One clause in the active voice on one side and in the passive on the other, read from the
 * verb outwards so that the participants' roles are compared, not only their words: "the
 * militants launched the attack" ~ "the attack was launched by the militants" restates (the
 * object is the passive's subject, the subject its agent), "the rebels accused the army" ~
 * "the rebels were accused by the army" does not (the same participants in each other's roles).
 */
import { BE_FORMS, HAVE_FORMS } from '../../lexicon/function-words';
import { relateTerms, type RelateContext } from './term-relation';
import { isContentTerm, type Term } from './terms';

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

/** The longest noun phrase read as one participant. */
const MAX_PHRASE = 6;
/** The weakest relation two words of a participant may have: a synonym, not a looser link. */
const MIN_STRENGTH = 0.8;
const BE = new Set(BE_FORMS);
const DO_FORMS = new Set(['do', 'does', 'did']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** A passive verb: a participle right after a form of "be", and where its auxiliaries start. */
interface Passive {
  readonly verb: number;
  readonly auxStart: number;
}

/** An active verb, and where the auxiliaries before it start ("have launched", "will use"). */
interface Active {
  readonly verb: number;
  readonly auxStart: number;
}

function isAuxiliary(t: Term, ctx: RelateContext): boolean {
  return BE.has(t.key) || HAVE_FORMS.includes(t.key) || DO_FORMS.has(t.key) || ctx.words.certainModals.has(t.key) || ctx.words.possibleModals.has(t.key);
}

function auxStart(terms: readonly Term[], verb: number, ctx: RelateContext): number {
  let k = verb;
  while (k > 0 && isAuxiliary(terms[k - 1] as Term, ctx)) k--;
  return k;
}

const isVerbLike = (t: Term | undefined): boolean => t !== undefined && t.kind === 'word' && isContentTerm(t);

function passives(terms: readonly Term[], ctx: RelateContext): Passive[] {
  const out: Passive[] = [];
  for (let p = 1; p < terms.length; p++) {
    const t = terms[p] as Term;
    // "was leading" is a progressive, not a passive.
    if (isVerbLike(t) && BE.has((terms[p - 1] as Term).key) && !t.key.endsWith('ing')) out.push({ verb: p, auxStart: auxStart(terms, p, ctx) });
  }
  return out;
}

function actives(terms: readonly Term[], ctx: RelateContext): Active[] {
  const out: Active[] = [];
  for (let v = 0; v < terms.length; v++) {
    const before = terms[v - 1];
    // After "be" only a progressive is active ("were hiding", not "were hidden"); after "the", a noun.
    const passive = before !== undefined && BE.has(before.key) && !(terms[v] as Term).key.endsWith('ing');
    if (!isVerbLike(terms[v]) || passive || (before !== undefined && DETERMINERS.has(before.key))) continue;
    out.push({ verb: v, auxStart: auxStart(terms, v, ctx) });
  }
  return out;
}

/** Two forms of one verb: the same word or lemma ("uses" ~ "used", "launched" ~ "launched"). */
function sameVerb(x: Term, y: Term, ctx: RelateContext): boolean {
  if (x.key === y.key) return true;
  const lx = ctx.lexicon.lemmas(x.key);
  return ctx.lexicon.lemmas(y.key).some((l) => lx.includes(l));
}

/** Whether the runs of `n` terms at `i` in `x` and at `j` in `y` name one participant, word by word. */
function samePhrase(x: readonly Term[], i: number, y: readonly Term[], j: number, n: number, ctx: RelateContext): boolean {
  if (i < 0 || j < 0 || i + n > x.length || j + n > y.length) return false;
  let content = false;
  for (let k = 0; k < n; k++) {
    const s = x[i + k] as Term;
    const t = y[j + k] as Term;
    if (s.kind === 'punct' || t.kind === 'punct') return false;
    const rel = relateTerms(s, t, ctx);
    if (rel === null || rel.label === 'contradict' || rel.strength < MIN_STRENGTH) return false;
    content ||= isContentTerm(s);
  }
  return content;
}

/** The longest length, up to MAX_PHRASE terms, at which `test` holds; 0 when none. */
function longest(test: (n: number) => boolean): number {
  for (let n = MAX_PHRASE; n > 0; n--) if (test(n)) return n;
  return 0;
}

/** A passive verb and an active one of the same verb, in every pairing of the sides. */
function verbPairs(a: readonly Term[], b: readonly Term[], ctx: RelateContext): { act: readonly Term[]; pas: readonly Term[]; v: Active; p: Passive; passiveSide: 'a' | 'b' }[] {
  const out: { act: readonly Term[]; pas: readonly Term[]; v: Active; p: Passive; passiveSide: 'a' | 'b' }[] = [];
  for (const [pas, act, passiveSide] of [[a, b, 'a'], [b, a, 'b']] as const) {
    const ps = passives(pas, ctx);
    if (ps.length === 0) continue;
    for (const v of actives(act, ctx)) {
      for (const p of ps) if (sameVerb(act[v.verb] as Term, pas[p.verb] as Term, ctx)) out.push({ act, pas, v, p, passiveSide });
    }
  }
  return out;
}

/**
 * Clauses restated in the other voice: an active verb's object named, word by word, as the
 * subject of the same verb in the passive; and its subject as the passive's agent, when the
 * passive names one ("by the militants"). Without an agent ("Afghan soil is used") the run is
 * the verb and its object. O(p·n) for p passive verbs and n terms.
 */
export function voiceRestatements(a: readonly Term[], b: readonly Term[], ctx: RelateContext): VoiceRestatement[] {
  const out: VoiceRestatement[] = [];
  for (const { act, pas, v, p, passiveSide } of verbPairs(a, b, ctx)) {
    const object = longest((n) => samePhrase(act, v.verb + 1, pas, p.auxStart - n, n, ctx));
    if (object === 0) continue;
    const agented = (pas[p.verb + 1] as Term | undefined)?.key === 'by';
    const subject = agented ? longest((n) => samePhrase(act, v.auxStart - n, pas, p.verb + 2, n, ctx)) : 0;
    const actRun: Range = [subject > 0 ? v.auxStart - subject : v.verb, v.verb + 1 + object];
    const pasRun: Range = [p.auxStart - object, subject > 0 ? p.verb + 2 + subject : p.verb + 1];
    out.push(passiveSide === 'a' ? { a: pasRun, b: actRun } : { a: actRun, b: pasRun });
  }
  return out.sort((x, y) => x.a[0] - y.a[0]);
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
    const agented = (pas[p.verb + 1] as Term | undefined)?.key === 'by';
    const subject = longest((n) => samePhrase(act, v.auxStart - n, pas, p.auxStart - n, n, ctx));
    const agent = agented ? longest((n) => samePhrase(act, v.verb + 1, pas, p.verb + 2, n, ctx)) : 0;
    let actTerms: number[] = [];
    let pasTerms: number[] = [];
    if (subject > 0 && agent > 0) {
      actTerms = [...contentIn(act, v.auxStart - subject, v.auxStart), ...contentIn(act, v.verb + 1, v.verb + 1 + agent)];
      pasTerms = [...contentIn(pas, p.auxStart - subject, p.auxStart), ...contentIn(pas, p.verb + 2, p.verb + 2 + agent)];
    } else if (!agented && longest((n) => samePhrase(act, v.verb + 1, pas, p.auxStart - n, n, ctx)) > 0) {
      const doer = strandedDoer(act, pas, v, p, ctx);
      if (doer === null) continue;
      [actTerms, pasTerms] = [[doer[0]], [doer[1]]];
    } else continue;
    return passiveSide === 'a' ? { a: pasTerms, b: actTerms } : { a: actTerms, b: pasTerms };
  }
  return null;
}

function contentIn(terms: readonly Term[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) if (isContentTerm(terms[k] as Term)) out.push(k);
  return out;
}

/** The active's subject named again after the passive verb, in its clause: the doer put in another role. */
function strandedDoer(act: readonly Term[], pas: readonly Term[], v: Active, p: Passive, ctx: RelateContext): [number, number] | null {
  const clauseOf = (terms: readonly Term[], k: number): number => (terms[k] as Term).clause;
  for (let s = v.auxStart - 1; s >= 0 && s >= v.auxStart - MAX_PHRASE && clauseOf(act, s) === clauseOf(act, v.verb); s--) {
    const doer = act[s] as Term;
    if (!isContentTerm(doer)) continue;
    for (let k = p.verb + 1; k < pas.length && clauseOf(pas, k) === clauseOf(pas, p.verb); k++) {
      const rel = relateTerms(doer, pas[k] as Term, ctx);
      if (isContentTerm(pas[k] as Term) && rel !== null && rel.label !== 'contradict' && rel.strength >= MIN_STRENGTH) return [s, k];
    }
  }
  return null;
}
