import {
  CLAIM_REPORTS, COPULAS, DISMISSAL_INTENSIFIERS, DISMISSAL_PREDICATES, DISMISSED_POINTERS, OPEN_POINTERS, POINTER_PRONOUNS, POINTING_VERDICTS,
  VAGUE_POINTERS, WHOLE_DEGREES, WHOLE_QUANTIFIERS,
} from '../lexicon/stance';
import { ARTICLES } from '../lexicon/determiners';
import { ACCURACY_VERDICTS, FIGURE_POINTERS, POINTER_SOURCE_VERBS } from '../lexicon/pointer-words';
import { NEGATION_CUES } from '../lexicon/negation';
import { lowerWords } from '../text/lower-words';
import { statesCount } from '../text/stated-figures';
import { propositionWords } from './claim-denial';
import { circumstanceOf, withoutCircumstance } from './pointer-circumstance';
import { pointerRun, type PointerRun } from './pointer-run';
import { pointerSubject } from './pointer-verdict';
import { baseFormOf, type FeatureContext } from './features';
import { indicesBy } from './indices-by';
import { sameSpeaker, speakerTokens, type ReportPlace } from './statement-places';

const made = new WeakMap<FeatureContext, Set<string>>();

/** The base forms of the words a pointing denial is made of ("called the claims 'plainly false'", "It's all lies"); made once per context. */
export function pointingWords(ctx: FeatureContext): Set<string> {
  let out = made.get(ctx);
  if (out === undefined) {
    const words = [...CLAIM_REPORTS, ...DISMISSED_POINTERS, ...DISMISSAL_PREDICATES, ...DISMISSAL_INTENSIFIERS, ...COPULAS, ...POINTING_VERDICTS];
    out = new Set(words.flatMap((w) => [w, baseFormOf(w, ctx)]));
    made.set(ctx, out);
  }
  return out;
}

const SOURCE_VERBS: ReadonlySet<string> = new Set(POINTER_SOURCE_VERBS);

const BARE_PRONOUNS: ReadonlySet<string> = new Set(POINTER_PRONOUNS);
/**
 * The most characters between a pointer that is a bare pronoun ("That is a lie", "I never said
 * that") and the statement it answers in its report, either way: a demonstrative takes up what
 * was just said, a paragraph or so back, not a claim two thousand characters before it (Axelrod's
 * "She has nothing to prove on that", read against census figures on a debate's viewers). A
 * pointer with a noun ("the report", "Kerry's claims") names what it answers and reaches any
 * distance.
 */
const PRONOUN_REACH = 500;

/**
 * A denial's text read for its pointer: the circumstance after its pointer noun (`cut`, see
 * `circumstanceOf`), the text without it (see `withoutCircumstance`), and its pointer run there.
 */
export interface PointerReading {
  cut: [number, number] | null;
  bare: string;
  run: PointerRun | null;
}

/** The `PointerReading` of a denial's text: what `pointerRest`, `judgesPiece`, `namesFigure` and `contentPointer` read, made once when a caller asks several. */
export function readPointer(text: string): PointerReading {
  const cut = circumstanceOf(text);
  const bare = withoutCircumstance(text, cut);
  return { cut, bare, run: pointerRun(bare) };
}

/**
 * The words of a denial's proposition (see `propositionWords`) that are not pointing words:
 * what it names besides a pointer, the circumstance after its pointer noun aside (see
 * `withoutCircumstance`), and, for a pointer it opens with (see `pointerSubject`), the verbs by
 * which it names whose claim it is ("the number he gave", "the figures quoted by the ministry":
 * `POINTER_SOURCE_VERBS`) and what follows its verdict. `read`: the text's `readPointer`, when the
 * caller made it already.
 */
export function pointerRest(text: string, ctx: FeatureContext, words: ReadonlySet<string> = pointingWords(ctx), read: PointerReading = readPointer(text)): string[] {
  const { bare } = read;
  const subject = pointerSubject(bare, read.run);
  const end = subject?.verdictEnd ?? null;
  const naming = new Set<string>();
  if (subject !== null) {
    for (const w of lowerWords(bare.slice(...subject.naming))) if (SOURCE_VERBS.has(w)) naming.add(w).add(baseFormOf(w, ctx));
  }
  return propositionWords(end === null ? bare : bare.slice(0, end), ctx).filter((w) => !words.has(w) && !naming.has(w));
}

/**
 * Whether a denial points to what it denies instead of repeating it: its denied proposition
 * holds no word but pointers, claim nouns and verdicts ("called the claims 'plainly false'", "All
 * of this is a lie", "the story was inaccurate"). A denial that names the content
 * ("did not pour dye") does not point.
 */
export function isPointing(text: string, ctx: FeatureContext, words: ReadonlySet<string> = pointingWords(ctx)): boolean {
  return pointerRest(text, ctx, words).length === 0;
}

const LEADING = /(?:(?:the|these|those|such|his|her|its|their|our|[\p{L}\p{N}]+['’]s?)\s+)+$/iu;

const OPEN: ReadonlySet<string> = new Set(OPEN_POINTERS);
const DEGREES: ReadonlySet<string> = new Set(WHOLE_DEGREES);
const QUANTIFIERS: ReadonlySet<string> = new Set(WHOLE_QUANTIFIERS);
const VAGUE: ReadonlySet<string> = new Set(VAGUE_POINTERS);
const NEGATIONS: ReadonlySet<string> = new Set(NEGATION_CUES);
const ARTICLE_WORDS: ReadonlySet<string> = new Set(ARTICLES);
const ACCURACY: ReadonlySet<string> = new Set(ACCURACY_VERDICTS);

/**
 * Whether a denial's verdict takes in the whole of what it names ("completely false", "any truth
 * to"), see `WHOLE_DEGREES` and `WHOLE_QUANTIFIERS`: a degree word counts unless a negation stands
 * right before it, an article between them aside ("not entirely accurate", "not a complete
 * fabrication").
 */
function deniesWhole(text: string): boolean {
  const words = lowerWords(text);
  return words.some((w, k) => {
    if (QUANTIFIERS.has(w)) return true;
    if (!DEGREES.has(w)) return false;
    const before = ARTICLE_WORDS.has(words[k - 1] ?? '') ? words[k - 2] : words[k - 1];
    return !NEGATIONS.has(before ?? '');
  });
}

/**
 * Where a pointing denial's pointer is in its text, when it points at a claim's content: the
 * first run of claim nouns and pointer words with the determiners and possessives before it
 * ("the mayor's accusation", "These allegations", "This"). Null when it holds none, when the
 * run's last word is a bare "it" ("it was false"), or when it is an outlet's piece with a verdict
 * after it that leaves open what is denied ("the report was inaccurate", "the story was not a
 * complete fabrication": see `OPEN_POINTERS`) as it does not take in the whole of it ("the report
 * was completely false" does: see `deniesWhole`). A deny verb's bare object ("denied the
 * reports", the circumstance aside: see `withoutCircumstance`) points at what the reports say.
 * O(text length).
 */
export function contentPointer(text: string): [number, number] | null {
  // The circumstance after the pointer goes (see `circumstanceOf`). It starts where the pointer
  // noun ends, so offsets before it are the text's; the pointer stops there too, whatever
  // pointer word the cut brought next to it ("the report, in the Herald, that …").
  const { cut, bare, run } = readPointer(text);
  if (run === null) return null;
  const { start, head } = run;
  const end = cut === null ? run.end : Math.min(run.end, cut[0]);
  if (VAGUE.has(head) || (OPEN.has(head) && lowerWords(bare.slice(end)).length > 0 && !deniesWhole(bare))) return null;
  const lead = LEADING.exec(bare.slice(0, start));
  return [lead === null ? start : start - lead[0].length, end];
}

/**
 * Whether a pointing denial judges the outlet's piece rather than what it says: its pointer is a
 * report, a story or an article (see `OPEN_POINTERS`; a bare "it" may stand for either) and the
 * verdict after it is on the piece's accuracy (see `ACCURACY_VERDICTS`) without taking in the
 * whole ("its report was inaccurate", against "the report was completely false" or "such reports
 * are untrue"). Such a denial is a statement of its own, on the report's accuracy: it answers no
 * claim. A bare pointer ("denied the reports", the circumstance aside: see `withoutCircumstance`)
 * is what a deny verb takes: it denies what the reports say. `read`: as for `pointerRest`.
 */
export function judgesPiece(text: string, read: PointerReading = readPointer(text)): boolean {
  const { bare, run } = read;
  if (run === null || !OPEN.has(run.head) || VAGUE.has(run.head)) return false;
  return lowerWords(bare.slice(run.end)).some((w) => ACCURACY.has(w)) && !deniesWhole(bare);
}

const FIGURES: ReadonlySet<string> = new Set(FIGURE_POINTERS);

/** Whether a denial's pointer names a figure ("the number he gave was fake", see `FIGURE_POINTERS`): it answers a claim that states one. `read`: as for `pointerRest`. */
export function namesFigure(text: string, read: PointerReading = readPointer(text)): boolean {
  const { run } = read;
  return run !== null && FIGURES.has(run.head);
}

/** Lower-case words and base forms of a speaker's name and aliases: what a pointer may name ("the mayor's claim"). */
export function speakerWords(speaker: ReportPlace['speaker'], ctx: FeatureContext): Set<string> {
  const out = new Set<string>();
  for (const w of speakerTokens(speaker)) out.add(w).add(baseFormOf(w, ctx));
  return out;
}

/** Whether a denial only points at a claim of `claimant`: pointing words and words naming that speaker ("the mayor's accusation"), see `isPointing`. */
export function pointsAt(denial: string, claimant: ReportPlace['speaker'], ctx: FeatureContext): boolean {
  const named = speakerWords(claimant, ctx);
  return pointerRest(denial, ctx).every((w) => named.has(w));
}

/** Optional narrowing of `pointedStatement`: a named claimant, and the statements to look at. */
export interface PointedScope {
  /** Whether statement i's speaker is the one the pointer names ("the mayor's account"). */
  named?: (i: number) => boolean;
  /** The indices of the statements of the denial's report, in order. */
  inReport?: readonly number[];
  /** Ascending indices holding every statement `named` may accept. */
  namedAmong?: readonly number[];
  /** Whether claim i is of the kind the pointer names ("the number he gave": a claim stating a figure). */
  fits?: (i: number) => boolean;
  /** The most characters between the pointer and what it answers in its report (see `PRONOUN_REACH`). */
  reach?: number;
}

/**
 * What a pointing denial answers, in its own report: the nearest statement before it that is
 * not a pointing denial and not nested in it, either a denial of the same speaker (a dismissal
 * that closes a speaker's denial: "… denied a role in the crash. 'It is all lies,' he said") or
 * a claim of another speaker (the claim answered). When none comes before, the nearest claim
 * after it, unless another voice's denial is nearer: a run of dismissals by several voices
 * answers the claim they all answer, as that denial does, not one the report quotes only later.
 * A pointer that names its claimant ("the mayor's account", `named` holding "mayor") answers
 * the nearest claim of a speaker so named, in its report or else the first in another. When
 * its report quotes no claim to answer, it answers the nearest denial of another voice there
 * ("such reports are untrue" beside "Iran has sent no team to Muscat": two voices, one denial).
 * -1 when there is none, or places are unknown. `inReport`, the indices of the statements of
 * its report in order, lets it look at those only (and at the others for a named claimant
 * found in none of them, or only at `namedAmong`, ascending indices holding every statement
 * `named` may accept); without it every statement is looked at.
 */
export function pointedStatement(p: number, places: readonly ReportPlace[], denies: ArrayLike<number>, pointing: ReadonlySet<number>, scope: PointedScope = {}): number {
  const { named, inReport, namedAmong, fits, reach = Number.POSITIVE_INFINITY } = scope;
  const at = places[p];
  if (at?.report === undefined || at.start === undefined) return -1;
  const { report, start } = at;
  const end = at.end ?? start;
  let before = -1;
  let after = -1;
  let elsewhere = -1;
  let alongside = -1;
  const distance = (i: number): number => Math.abs((places[i]?.start as number) - start);
  const look = (x: ReportPlace, i: number): void => {
    if (i === p || pointing.has(i) || x.start === undefined || x.end === undefined) return;
    if (fits !== undefined && denies[i] !== 1 && !fits(i)) return;
    if (named !== undefined) {
      if (denies[i] === 1 || !named(i)) return;
      if (x.report !== report) {
        if (elsewhere < 0) elsewhere = i;
        return;
      }
    } else {
      if (x.report !== report) return;
      const voiceFits = denies[i] === 1 ? sameSpeaker(x.speaker, at.speaker) : !sameSpeaker(x.speaker, at.speaker);
      if (!voiceFits) {
        // Another voice's denial: what this one answers too when the report quotes no claim.
        if (denies[i] === 1 && !(x.start < end && start < x.end) && (alongside < 0 || distance(i) < distance(alongside))) alongside = i;
        return;
      }
    }
    if (x.start < end && start < x.end) return;
    if (x.report === report && (start - x.end > reach || x.start - end > reach)) return;
    if (x.start < start && (before < 0 || x.start > (places[before]?.start as number))) before = i;
    if (x.start > start && (after < 0 || x.start < (places[after]?.start as number))) after = i;
  };
  if (inReport === undefined) places.forEach(look);
  else {
    // The same answer as looking at every statement: the report's own, in index order, then
    // (for a named claimant, when none there fits) the first of another report.
    for (const i of inReport) look(places[i] as ReportPlace, i);
    if (named !== undefined && before < 0 && after < 0) {
      const among = namedAmong ?? places.keys();
      for (const i of among) {
        if ((places[i] as ReportPlace).report !== report) look(places[i] as ReportPlace, i);
        if (elsewhere >= 0) break;
      }
    }
  }
  if (before >= 0) return before;
  if (after >= 0 && alongside >= 0 && distance(alongside) < distance(after)) return alongside;
  return after >= 0 ? after : elsewhere >= 0 ? elsewhere : alongside;
}

/**
 * The statement each pointing denial answers (see `pointedStatement`), by the denial's index.
 * A denial points when its proposition holds only pointing words (see `isPointing`) and words
 * naming the speaker of a claim, in its report or another, unless it judges the outlet's piece
 * ("its report was inaccurate", see `judgesPiece`). A pointer that names a figure ("the number
 * he gave was fake", see `namesFigure`) answers only a claim that states a count. O(d · r) for d denials and r
 * statements a report, plus O(n) for a named claimant found in no report of its own.
 */
export function pointedTargets(texts: readonly string[], denies: ArrayLike<number>, places: readonly ReportPlace[], ctx: FeatureContext): Map<number, number> {
  const words = pointingWords(ctx);
  const spoken = places.map((x) => speakerWords(x.speaker, ctx));
  // The words naming the claimants of any report: "rejected the mayor's account" answers the
  // mayor's claim in another report when its own report does not carry it.
  const claimants = new Set<string>();
  places.forEach((_, k) => {
    if (denies[k] !== 1) for (const w of spoken[k] as Set<string>) claimants.add(w);
  });
  // Each pointing denial's named words, and its text read once for its pointer.
  const pointing = new Map<number, { named: string[]; read: PointerReading }>();
  for (let i = 0; i < texts.length; i++) {
    if (denies[i] !== 1) continue;
    const text = texts[i] as string;
    const read = readPointer(text);
    const rest = pointerRest(text, ctx, words, read);
    if (rest.every((w) => claimants.has(w)) && !judgesPiece(text, read)) pointing.set(i, { named: rest, read });
  }
  const statesFigure = (i: number): boolean => statesCount(texts[i] as string);
  const out = new Map<number, number>();
  const points = new Set(pointing.keys());
  const byReport = indicesBy(places, (x) => (x.report === undefined ? [] : [x.report]));
  // The statements whose speaker a word names, for pointers that name a claimant.
  const speaking = indicesBy(spoken, (ws) => ws);
  for (const [p, { named, read }] of pointing) {
    const inReport = byReport.get(places[p]?.report as string) ?? [];
    const among = named.map((w) => speaking.get(w) ?? []).reduce<number[] | undefined>((x, y) => (x === undefined || y.length < x.length ? y : x), undefined);
    const target = pointedStatement(p, places, denies, points, {
      named: named.length === 0 ? undefined : (i) => named.every((w) => (spoken[i] as Set<string>).has(w)),
      inReport,
      namedAmong: among,
      ...(namesFigure(texts[p] as string, read) ? { fits: statesFigure } : {}),
      ...(read.run !== null && BARE_PRONOUNS.has(read.run.head) ? { reach: PRONOUN_REACH } : {}),
    });
    if (target >= 0) out.set(p, target);
  }
  return out;
}
