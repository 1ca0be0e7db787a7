/**
 * Whether reported content denies: by a negation of its main clause ("Kabul has not sent
 * troops"), or by calling its subject untrue without a "not" ("the claims are false", "it's
 * all lies", "have nothing to do with reality"). A negation that states a view or a degree
 * ("I'm not surprised", "not much happens without him", "not whether …, but how") or classes
 * something ("this is not a humanitarian issue") is a claim: it answers no one.
 */
import {
  COPULA_CONTRACTIONS, COPULAS, DEGREE_AFTER_NEGATION, DISMISSAL_INTENSIFIERS, DISMISSAL_PHRASES, DISMISSAL_PREDICATES, JUDGING_MODALS,
  JUDGING_NEGATED_MODALS, OWN_MIND_NEXT_PREDICATES, OWN_MIND_PREDICATES,
} from '../lexicon/stance';
import { FIRST_PERSON_PRONOUNS, OWN_MIND_SUBJECTS as SUBJECT_WORDS } from '../lexicon/pronouns';
import { negationInMainClause } from './denials';
import { tok, wordIndices, type Doc, type Range } from './doc';
import { INDEFINITE_ARTICLES } from '../lexicon/determiners';
import { CONFIRMING_VERBS, EMPHATIC_DEGREE_PHRASES, NEGATION_PHRASES } from '../lexicon/negation';

const COPULA = new Set(COPULAS);
const CONTRACTED = new Set(COPULA_CONTRACTIONS);
const INTENSIFIER = new Set(DISMISSAL_INTENSIFIERS);
const DISMISSAL = new Set(DISMISSAL_PREDICATES);
const DEGREE = new Set(DEGREE_AFTER_NEGATION);
/** Words after a negation a word of degree may stand at and make it a claim of degree: the verb, an adverb ("doesn't care very much"). */
const DEGREE_REACH = 3;
const OWN_MIND = new Set(OWN_MIND_PREDICATES);
const OWN_MIND_NEXT = new Set(OWN_MIND_NEXT_PREDICATES);
const OWN_MIND_SUBJECTS = new Set(SUBJECT_WORDS);
const INDEFINITE = new Set(INDEFINITE_ARTICLES);
const JUDGING = new Set(JUDGING_MODALS);
const JUDGING_NEGATED = new Set(JUDGING_NEGATED_MODALS);

/** Whether the word at `j` of `words` is part of one of `EMPHATIC_DEGREE_PHRASES` ("in the least", "much less"). */
function inEmphaticPhrase(words: readonly { norm: string }[], j: number): boolean {
  return EMPHATIC_DEGREE_PHRASES.some((phrase) => phrase.some((_, p) => phrase.every((w, q) => words[j - p + q]?.norm === w)));
}

/** Word norms of a range, quotation marks and punctuation left out, with their token indices. */
function words(doc: Doc, range: Range): { norm: string; at: number }[] {
  return wordIndices(doc, range).map((at) => ({ norm: tok(doc, at).norm, at }));
}

/** "… is (utterly) false", "it's all lies", "are but mere lies and fabrications", "have nothing to do with reality". */
export function dismissesContent(doc: Doc, range: Range): boolean {
  const w = words(doc, range);
  for (let k = 0; k < w.length; k++) {
    const norm = (w[k] as { norm: string }).norm;
    if (DISMISSAL_PHRASES.some((p) => p.every((word, d) => w[k + d]?.norm === word))) return true;
    if (!COPULA.has(norm) && !CONTRACTED.has(norm)) continue;
    // "there are lies everywhere" says lies exist, of nothing.
    if (w[k - 1]?.norm === 'there') continue;
    for (let d = k + 1; d < w.length && d <= k + 6; d++) {
      const next = (w[d] as { norm: string }).norm;
      if (DISMISSAL.has(next)) return true;
      if (!INTENSIFIER.has(next)) break;
    }
  }
  return false;
}

/**
 * A negation of the main clause that denies: not one of degree ("not much", "doesn't care very much") or of addition ("not just"), of the speaker's
 * own mind ("I don't know", reported "he was not surprised"), of ability or duty ("can not be
 * trusted"), of a class ("is not a … issue"), contrasted ("not X but Y"), cancelled ("nothing
 * happens without him"), an exhortation ("Let us never …") or a question ("Why won't he …?").
 */
function negationDenies(doc: Doc, range: Range): boolean {
  const at = negationInMainClause(doc, range);
  if (at < 0) return false;
  const w = words(doc, range);
  const k = w.findIndex((x) => x.at === at);
  const after = w.slice(k + 1);
  // "not much happens", and a degree after the verb: "the party doesn't care very much about …";
  // not a degree word inside an emphatic phrase ("did not in the least mislead").
  if (after.slice(0, DEGREE_REACH).some((x, j) => DEGREE.has(x.norm) && !inEmphaticPhrase(after, j))) return false;
  // "he's not just a one-issue candidate", "it isn't only about jobs": more than X, not a denial of X.
  const negation = w[k]?.norm ?? '';
  if ((negation === 'not' || negation.endsWith("n't")) && NEGATION_PHRASES[`not ${after[0]?.norm ?? ''}`] === 'also') return false;
  const before = w.slice(0, k);
  const ownMind = after.slice(0, 3).some((x) => OWN_MIND.has(x.norm)) || OWN_MIND_NEXT.has(after[0]?.norm ?? '');
  if (before.some((x) => OWN_MIND_SUBJECTS.has(x.norm)) && ownMind) return false;
  if (OWN_MIND.has(w[k]?.norm.replace(/n't$/, '') ?? '') && before.some((x) => OWN_MIND_SUBJECTS.has(x.norm))) return false;
  const prev = before.at(-1)?.norm ?? '';
  if (JUDGING_NEGATED.has(w[k]?.norm ?? '') || JUDGING.has(prev)) return false;
  if ((COPULA.has(prev) || CONTRACTED.has(prev)) && INDEFINITE.has(after[0]?.norm ?? '')) return false;
  if (after.some((x) => x.norm === 'but') || (/^no/.test(w[k]?.norm ?? '') && after.some((x) => x.norm === 'without'))) return false;
  // "Let us never be neutral": an exhortation; "Why won't he release his returns?": a question.
  if (exhorts(before) || asks(doc, at, range)) return false;
  // "could not say whether …", "it is not clear if …": a question left open, not a denial; so is
  // what one could not confirm ("could not immediately confirm the figures").
  if (leavesOpen(after) || leavesUnconfirmed(doc, at, after)) return false;
  // "We are not saying people should panic", "I'm not suggesting he lied": a hedge on what one says now, no denial.
  if (HEDGED_SAYING.has(after[0]?.norm ?? '') && before.some((x) => FIRST_PERSON.has(x.norm))) return false;
  return true;
}

/** Verbs of saying in the progressive, whose negation by the speaker hedges ("we are not saying …"); "did not say …" denies having said it. */
const HEDGED_SAYING: ReadonlySet<string> = new Set(['saying', 'suggesting', 'implying']);
/** The speaker's own subject: only what one says oneself is hedged so ("the rebels were not claiming responsibility" denies). */
const FIRST_PERSON: ReadonlySet<string> = new Set([...FIRST_PERSON_PRONOUNS, "i'm", "we're"]);

/** The words of saying or knowing after which an "if" asks ("could not say if …"); after "decide" it is a condition ("would not decide if the board objected"). */
const OPEN_IF_WORDS: readonly string[] = ['say', 'tell', 'know', 'clear', 'sure', 'certain', 'confirm', 'known'];
/** Words whose negation leaves a "whether" after them open: "could not say whether", "has not decided whether". */
const OPEN_WHETHER: ReadonlySet<string> = new Set([...OPEN_IF_WORDS, 'determine', 'decided', 'decide']);
const OPEN_IF: ReadonlySet<string> = new Set(OPEN_IF_WORDS);

const CONFIRMING: ReadonlySet<string> = new Set(CONFIRMING_VERBS);
/** How many words after a negation a verb of confirming may stand: "could not independently confirm", "has not yet been verified". */
const CONFIRM_REACH = 3;

/**
 * Whether a verb of confirming follows the negation within `CONFIRM_REACH` words and no comma
 * ("could not confirm the figures"; not "did not withdraw, verifying reports …", whose participle
 * is another clause's).
 */
function leavesUnconfirmed(doc: Doc, at: number, after: readonly { norm: string; at: number }[]): boolean {
  const found = after.slice(0, CONFIRM_REACH).find((x) => CONFIRMING.has(x.norm));
  if (found === undefined) return false;
  for (let i = at + 1; i < found.at; i++) if (tok(doc, i).text === ',') return false;
  return true;
}

/** How many words after a negation a question it leaves open may start: "could not immediately say whether". */
const OPEN_REACH = 4;

/** Whether the words after a negation ask an open question: "whether …" or "if …" right after a word of saying or knowing. */
function leavesOpen(after: readonly { norm: string }[]): boolean {
  return after.slice(0, OPEN_REACH).some((x, j) => (x.norm === 'whether' && OPEN_WHETHER.has(after[j - 1]?.norm ?? '')) || (x.norm === 'if' && OPEN_IF.has(after[j - 1]?.norm ?? '')));
}

/** Whether the negation comes right after "let us" ("Let us never …", "Let's not …"). */
function exhorts(before: readonly { norm: string }[]): boolean {
  const last = before.at(-1)?.norm.replace(/’/g, "'");
  return last === "let's" || (before.at(-2)?.norm === 'let' && last === 'us');
}

/** Whether the sentence of token `at` ends with a question mark. */
function asks(doc: Doc, at: number, range: Range): boolean {
  for (let i = at + 1; i < range.hi; i++) {
    const t = tok(doc, i).text;
    if (t === '?') return true;
    if (t === '.' || t === '!') return false;
  }
  return false;
}

/** Whether the content of a statement denies (see the file comment). */
export function deniesContent(doc: Doc, range: Range): boolean {
  return negationDenies(doc, range) || dismissesContent(doc, range);
}


/** Words after "a"/"an" that can end the class named: "not a humanitarian issue" → humanitarian, issue. */
const CLASS_WORDS = 3;

/**
 * The content words of the class that content says something is not ("this is not a
 * humanitarian issue" → ["humanitarian", "issue"]), or null when it says no such thing. Such a
 * statement is a claim, unless another party in the report claims the thing is of that class:
 * then it answers that claim and denies it (see `answerClassClaims`).
 */
export function classNegation(doc: Doc, range: Range): string[] | null {
  const at = negationInMainClause(doc, range);
  if (at < 0) return null;
  const w = words(doc, range);
  const k = w.findIndex((x) => x.at === at);
  const prev = w[k - 1]?.norm ?? '';
  if (!(COPULA.has(prev) || CONTRACTED.has(prev)) || !INDEFINITE.has(w[k + 1]?.norm ?? '')) return null;
  const named = w.slice(k + 2, k + 2 + CLASS_WORDS).map((x) => x.norm).filter((n) => !doc.words.functionWords.has(n));
  return named.length > 0 ? named : null;
}
