import { POINTER_PRONOUNS } from '../lexicon/stance';
import { HONORIFICS, ROLE_WORDS, SPEAKER_MODIFIERS, SPEAKER_NOUNS, TITLE_HEADS, TITLE_QUALIFIERS } from '../lexicon/titles';
import { statesCount } from '../text/stated-figures';
import type { FeatureContext } from './features';
import { indicesBy } from './indices-by';
import { judgesPiece, namesFigure, pointerRest, pointingWords, readPointer, speakerWords, type PointerReading } from './pointing-denials';
import { sameSpeaker, speakerTokens, type ReportPlace } from './statement-places';

// What a pointing denial ("This is utterly false", "rejected the mayor's account") answers.

const BARE_PRONOUNS: ReadonlySet<string> = new Set(POINTER_PRONOUNS);
/**
 * The most characters between a pointer that is a bare pronoun ("That is a lie", "This is not
 * so") and the statement it answers in its report, either way: a demonstrative takes up what
 * was just said, a paragraph or so back, not a claim two thousand characters before it (Axelrod's
 * "She has nothing to prove on that", read against census figures on a debate's viewers). A
 * pointer with a noun ("the report", "Kerry's claims") names what it answers and reaches any
 * distance.
 */
const PRONOUN_REACH = 500;

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

/** Words of a title or a role, not of a body ("Mayor", "Press Secretary", "Mr."). */
const TITLE_WORDS: ReadonlySet<string> = new Set([...HONORIFICS, ...ROLE_WORDS, ...SPEAKER_NOUNS, ...SPEAKER_MODIFIERS, ...TITLE_HEADS, ...TITLE_QUALIFIERS].map((w) => w.toLowerCase()));

/**
 * The bodies a speaker speaks for, as runs of capitalised words of their aliases that are not of
 * their name nor of a title ("Brannock spokeswoman Delia Ruiz": "Brannock"; "White House press
 * secretary Jo Lane": "White House"), each read as one phrase: a claim naming "the House" names
 * no "White House". None for a speaker of no such alias.
 */
function affiliation(speaker: ReportPlace['speaker']): string[] {
  if (!speaker) return [];
  const own = new Set(speaker.name.split(/\s+/u));
  const runs: string[] = [];
  for (const alias of speaker.aliases ?? []) {
    let run: string[] = [];
    for (const w of [...alias.split(/\s+/u), '']) {
      if (/^\p{Lu}\p{Ll}/u.test(w) && !own.has(w) && !TITLE_WORDS.has(w.toLowerCase().replace(/\.$/u, ''))) run.push(w);
      else {
        if (run.length > 0) runs.push(run.join(' '));
        run = [];
      }
    }
  }
  return [...new Set(runs)];
}

/**
 * Whether a text names one of `phrases` as whole words: one pattern for all of them, made once
 * for a pointer's phrases and asked of each statement of its report (a pattern compiled per
 * statement took a tenth of the pointers' look-up).
 */
function namingAny(phrases: readonly string[]): (text: string) => boolean {
  const escaped = phrases.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return (text) => pattern.test(text);
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
  // One set per speaker's name and aliases (`speakerTokens` gives one list for each), shared by
  // its statements: a run's statements share a few hundred speakers. The sets are only read.
  const byName = new Map<readonly string[], Set<string>>();
  const spoken = places.map((x) => {
    const tokens = speakerTokens(x.speaker);
    let words = byName.get(tokens);
    if (words === undefined) byName.set(tokens, (words = speakerWords(x.speaker, ctx)));
    return words;
  });
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
    const bare = read.run !== null && BARE_PRONOUNS.has(read.run.head);
    const scope: PointedScope = {
      named: named.length === 0 ? undefined : (i) => named.every((w) => (spoken[i] as Set<string>).has(w)),
      inReport,
      namedAmong: among,
      ...(namesFigure(texts[p] as string, read) ? { fits: statesFigure } : {}),
      ...(bare ? { reach: PRONOUN_REACH } : {}),
    };
    // A bare "That's false" of a body's voice answers the nearest claim that names the body, if one does (see `affiliation`).
    const body = bare && scope.fits === undefined ? affiliation(places[p]?.speaker) : [];
    const namesBody = body.length === 0 ? undefined : namingAny(body);
    const ownBody = namesBody === undefined ? -1 : pointedStatement(p, places, denies, points, { ...scope, fits: (i) => namesBody(texts[i] as string) });
    const target = ownBody >= 0 ? ownBody : pointedStatement(p, places, denies, points, scope);
    if (target >= 0) out.set(p, target);
  }
  return out;
}
