/**
 * A quotation that answers a question instead of repeating it: "'No,' the spokesman said when
 * asked whether the minister would resign." The answer denies (or, "Yes", asserts) the
 * questioned proposition, so the statement runs from the answer to the end of that proposition
 * and its content is the proposition alone: it groups with "the minister would resign" said
 * elsewhere.
 */
import { AFFIRMING_ANSWERS, DENYING_ANSWERS, QUESTION_HEADS, QUESTION_LINKS } from '../lexicon/answers';
import { RELATIVE_PRONOUNS } from '../lexicon/attribution';
import { DISMISSAL_INTENSIFIERS, DISMISSAL_PREDICATES } from '../lexicon/stance';
import type { Cue, Speaker, Stance } from '../schema/statement';
import { nextContent, prevContent, rangeOffsets, tok, tokenIndexAt, type Doc, type Range } from './doc';
import type { Draft } from './drafts';
import type { QuoteSpan } from './quotes';
import { trimRange } from './reported-speech';
import { contentEnd } from './content-end';

const ANSWERS = new Map<string, Stance>([
  ...DENYING_ANSWERS.map((a): [string, Stance] => [a, 'denies']),
  ...AFFIRMING_ANSWERS.map((a): [string, Stance] => [a, 'asserts']),
]);
const HEADS = new Set(QUESTION_HEADS);
/** "asked by reporters whether": the askers between the head and the link, at most this many tokens. */
const MAX_ASKER_TOKENS = 8;

/** The stance of a bare answer ("No.", "Absolutely not!", "That is a lie"), or null when the wording says more. */
export function answerStance(words: string): Stance | null {
  const key = words.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^\p{L}\s']+/gu, ' ').trim().replace(/\s+/g, ' ');
  return ANSWERS.get(key) ?? (dismissesBare(key) ? 'denies' : null);
}

const DISMISSAL: ReadonlySet<string> = new Set(DISMISSAL_PREDICATES);
const INTENSIFIER: ReadonlySet<string> = new Set(DISMISSAL_INTENSIFIERS);
/** "that is", "that's", "this was", "it's": a bare pointer and its "be". */
const POINTER_BE = /^(?:that|this|it)(?:'s| is| was)\s/u;

/**
 * Whether an answer is a bare pointer called untrue, nothing more ("That is a lie", "That's
 * completely false", "This is not true"): said when asked whether P, it denies P as "No" does.
 */
function dismissesBare(key: string): boolean {
  if (!POINTER_BE.test(key)) return false;
  const rest = key.replace(POINTER_BE, '').split(' ').filter((w) => !INTENSIFIER.has(w));
  if (rest.length === 2 && rest[0] === 'not') return rest[1] === 'true' || rest[1] === 'correct' || rest[1] === 'accurate';
  return rest.length > 0 && rest.every((w) => DISMISSAL.has(w));
}

/** The token after a link of QUESTION_LINKS starting at `i`, or -1. */
function afterLink(doc: Doc, i: number, hi: number): number {
  for (const link of QUESTION_LINKS) {
    let k = i;
    let n = 0;
    while (k >= 0 && n < link.length && tok(doc, k).norm === link[n]) {
      n++;
      k = n < link.length ? nextContent(doc, k, hi) : k;
    }
    if (n === link.length) return nextContent(doc, k, hi);
  }
  return -1;
}

/** The first token of the questioned proposition after a head word at `head`, or -1. */
function questionedFrom(doc: Doc, head: number, hi: number): number {
  for (let i = nextContent(doc, head, hi), steps = 0; i >= 0 && steps <= MAX_ASKER_TOKENS; i = nextContent(doc, i, hi), steps++) {
    if ((doc.quoteOf[i] ?? -1) >= 0 || /^[,;:.!?]$/.test(tok(doc, i).text)) return -1;
    const from = afterLink(doc, i, hi);
    if (from >= 0) return from;
  }
  return -1;
}

/** The end of a proposition starting at `from`: before a quotation it ends at the first comma. */
function questionedEnd(doc: Doc, from: number, hi: number, open: number): number {
  if (from > open) return contentEnd(doc, from, hi);
  for (let i = from; i < open; i++) if (tok(doc, i).text === ',') return i;
  return open;
}

/** The questioned proposition of sentence `range`, outside any quotation, or null. */
function questioned(doc: Doc, range: Range, open: number): Range | null {
  for (let i = range.lo; i < range.hi; i++) {
    if (!HEADS.has(tok(doc, i).norm) || (doc.quoteOf[i] ?? -1) >= 0) continue;
    const from = questionedFrom(doc, i, range.hi);
    if (from >= 0) return trimRange(doc, from, questionedEnd(doc, from, range.hi, open));
  }
  return null;
}

/**
 * The statement of quotation `q` in sentence `range` when it is a bare answer to a question the
 * sentence names, or the sentence before it (`previous`) asks of the one who answers ("Reporters
 * asked Brask about rumours that he was ill. 'That is a lie,' Brask said."), else null. The
 * speaker and cue are the quotation's; the stance is the answer's.
 */
export function answerDraft(doc: Doc, q: QuoteSpan, range: Range, speaker: Speaker | null, cue: Cue | null, previous?: Range): Draft | null {
  const stance = answerStance(doc.text.slice(q.start, q.end));
  if (stance === null) return null;
  const asked = previous === undefined ? null : askedOf(doc, previous, speaker);
  const prop = questioned(doc, range, tokenIndexAt(doc, q.open)) ?? (asked === null ? null : questioned(doc, asked, asked.hi));
  if (prop === null) return null;
  const p = rangeOffsets(doc, prop);
  let answer = q.end;
  while (answer > q.start && /[\s,.!?;:]/.test(doc.text[answer - 1] as string)) answer--;
  return {
    start: Math.min(q.start, p[0]), end: Math.max(answer, p[1]), kind: 'partial', stance, speaker, cue,
    quoted: [[q.start, answer]], content: [p],
  };
}

/**
 * The question a sentence puts to the speaker, from its question word on, or null: "asked Brask
 * about …", "Brask was asked whether …", in a sentence with no quotation; not a question of a
 * relative clause ("Marr accused Brask, who was asked whether he would step down, of …"), which
 * the answer after it need not answer.
 */
function askedOf(doc: Doc, range: Range, speaker: Speaker | null): Range | null {
  if (speaker === null) return null;
  const names = new Set(speaker.name.toLowerCase().split(/\s+/u).filter((w) => /^\p{L}{2,}$/u.test(w)));
  for (let i = range.lo; i < range.hi; i++) if ((doc.quoteOf[i] ?? -1) >= 0) return null;
  for (let i = range.lo; i < range.hi; i++) {
    if (!HEADS.has(tok(doc, i).norm)) continue;
    // The one asked, right after the question word: "asked Brask", "asked Bram Osei", "asked Mr. Osei".
    const next = nextContent(doc, i, range.hi);
    const second = next >= 0 ? nextContent(doc, next, range.hi) : -1;
    const after = next >= 0 && (names.has(tok(doc, next).norm) || (second >= 0 && /^\p{Lu}/u.test(tok(doc, next).text) && names.has(tok(doc, second).norm)));
    const be = prevContent(doc, i, range.lo);
    const subject = be >= 0 ? prevContent(doc, be, range.lo) : -1;
    const before = be >= 0 && (tok(doc, be).norm === 'was' || tok(doc, be).norm === 'were') && subject >= 0 && names.has(tok(doc, subject).norm)
      && !RELATIVE_OPENERS.has(tok(doc, prevContent(doc, subject, range.lo))?.norm ?? '');
    const relative = be >= 0 && RELATIVE_OPENERS.has(tok(doc, be).norm);
    if ((after || before) && !relative) return { lo: i, hi: range.hi };
  }
  return null;
}

/** The relative pronouns that stand for a subject or object ("who was asked", "which Brask was asked"); "whose" takes a noun after it. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(RELATIVE_PRONOUNS.filter((w) => w !== 'whose'));

/**
 * Drops, in place, the drafts that read the questioned proposition as said by the one who
 * answers: "said when asked about reports that P" is no assertion of P by the same cue.
 */
export function dropQuestionEchoes(drafts: Draft[]): void {
  const answered = new Set<string>();
  for (const d of drafts) {
    const [p, more] = d.content ?? [];
    if (d.kind === 'partial' && p !== undefined && more === undefined && d.cue !== null) answered.add(`${d.cue.start}:${p[0]}:${p[1]}`);
  }
  if (answered.size === 0) return;
  const kept = drafts.filter((d) => d.content !== undefined || d.cue === null || !answered.has(`${d.cue.start}:${d.start}:${d.end}`));
  drafts.splice(0, drafts.length, ...kept);
}
