import {
  CLAIM_REPORTS, COPULAS, DISMISSAL_INTENSIFIERS, DISMISSAL_PHRASES, DISMISSAL_PREDICATES, DISMISSED_POINTERS, OPEN_POINTERS, POINTER_HEAD_NOUNS, POINTING_VERDICTS,
  VAGUE_POINTERS, WHOLE_DEGREES, WHOLE_QUANTIFIERS,
} from '../lexicon/stance';
import { ARTICLES } from '../lexicon/determiners';
import { ACCURACY_VERDICTS, FIGURE_POINTERS, NEGATED_VERDICT_WORDS, POINTER_SOURCE_VERBS } from '../lexicon/pointer-words';
import { NEGATION_CUES } from '../lexicon/negation';
import { FINITE_AUXILIARIES } from '../lexicon/function-words';
import { lowerWords } from '../text/lower-words';
import { propositionWords } from './claim-denial';
import { circumstanceOf, withoutCircumstance } from './pointer-circumstance';
import { pointerRun, type PointerRun } from './pointer-run';
import { pointerSubject } from './pointer-verdict';
import { baseFormOf, type FeatureContext } from './features';
import { speakerTokens, type ReportPlace } from './statement-places';

const made = new WeakMap<FeatureContext, Set<string>>();

/** The base forms of the words a pointing denial is made of ("called the claims 'plainly false'", "It's all lies"); made once per context. */
export function pointingWords(ctx: FeatureContext): Set<string> {
  let out = made.get(ctx);
  if (out === undefined) {
    // A dismissal phrase's words point as a verdict does ("the report was far from the truth").
    const words = [...CLAIM_REPORTS, ...DISMISSED_POINTERS, ...DISMISSAL_PREDICATES, ...DISMISSAL_INTENSIFIERS, ...COPULAS, ...POINTING_VERDICTS, ...DISMISSAL_PHRASES.flat()];
    out = new Set(words.flatMap((w) => [w, baseFormOf(w, ctx)]));
    made.set(ctx, out);
  }
  return out;
}

const SOURCE_VERBS: ReadonlySet<string> = new Set(POINTER_SOURCE_VERBS);

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
 * ("did not pour dye") does not point, nor does a bare negation of one's own with no verdict
 * ("This is not who we are", see `bareNegation`).
 */
export function isPointing(text: string, ctx: FeatureContext, words: ReadonlySet<string> = pointingWords(ctx)): boolean {
  return pointerRest(text, ctx, words).length === 0 && !bareNegation(text);
}

const VERDICTS: ReadonlySet<string> = new Set([...DISMISSAL_PREDICATES, ...POINTING_VERDICTS, ...NEGATED_VERDICT_WORDS, ...POINTER_HEAD_NOUNS]);
/** First words of a predicate cut from its subject ("was untrue", "won't be true"): no sentence of its own. */
const SUBJECTLESS: ReadonlySet<string> = new Set([...FINITE_AUXILIARIES, "won't", "wasn't", "isn't", "aren't", "weren't", "can't", "couldn't", "wouldn't", 'what']);

/**
 * Whether a text negates only function words, with no verdict, truth word or pointer noun
 * ("This is not who we are", "I never said that"): a speaker's own negation, which points at no
 * claim. "This is not true", "This is not so", "the reports are false" and "denied it" (no
 * negation of its own) point.
 */
function bareNegation(text: string): boolean {
  const words = lowerWords(text);
  return words.some((w) => NEGATIONS.has(w)) && !words.some((w) => VERDICTS.has(w));
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
 * The span of a dismissal that names nothing it dismisses, no pointer noun and no pronoun,
 * only a verdict ("Nothing could be further from the truth", "Utter lies"): the whole of it
 * stands for what it answers, as "That" does in "That is false". Null when it holds a pointer
 * (see `contentPointer`) or a vague one ("it": `VAGUE_POINTERS`). O(text length).
 */
export function wholeVerdict(text: string): [number, number] | null {
  const words = lowerWords(text);
  if (readPointer(text).run !== null || words.some((w) => VAGUE.has(w))) return null;
  // A sentence of its own with a verdict in it: not a predicate cut from its subject ("was untrue").
  if (words.length === 0 || SUBJECTLESS.has(words[0] as string) || !words.some((w) => VERDICTS.has(w))) return null;
  const start = text.search(/\S/u);
  const end = text.trimEnd().replace(/[.!"”’']+$/u, '').length;
  return start < 0 || end <= start ? null : [start, end];
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
  return pointerRest(denial, ctx).every((w) => named.has(w)) && !bareNegation(denial);
}
