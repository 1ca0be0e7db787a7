import { NUMBER_WORDS } from '../lexicon/numbers';
import { POLL_ANSWER_VERBS, RESPONDENT_PARTICIPLES, SHARE_WORDS } from '../lexicon/quantifiers';
import { nextContent, prevContent, tok, type Doc } from './doc';
import type { Mention } from './speakers';

const SHARES: ReadonlySet<string> = new Set(SHARE_WORDS);
const RESPONDENTS: ReadonlySet<string> = new Set(RESPONDENT_PARTICIPLES);
const POLL_VERBS: ReadonlySet<string> = new Set(POLL_ANSWER_VERBS);
/** Words that open the clause before a share's phrase: "…, and three in 10 say", "with 22 percent saying". */
const CLAUSE_BOUNDARY: ReadonlySet<string> = new Set(['and', 'but', 'with', 'while', 'whereas', 'that', 'who', 'as']);
/** The most words a share's phrase takes: "Among likely voters, about two-thirds of Republicans in Iowa". */
const MAX_SHARE_WORDS = 8;

/** Words that may come before the share itself: "about two-thirds", "at least half", "nearly nine out of 10". */
const APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'roughly', 'some', 'only', 'just', 'over', 'under', 'more', 'fewer', 'less', 'than', 'at', 'least', 'most', 'around', 'even']);

/**
 * The phrase ending at token `j` that names a share of people, a poll's respondents, as the
 * speaker of a reporting verb after it, when no speaker phrase reads it: "Six in 10 say",
 * "Majorities in all five say", "nearly nine out of 10 say", "Those surveyed say". Its words run
 * back to the clause's start (the sentence's, a comma, "and", "with"), at most
 * `MAX_SHARE_WORDS`, and open with the share, maybe after an approximator ("about", "at
 * least"): a figure, a number word or a share word (`SHARE_WORDS`); or they are "those" and a
 * respondent participle; and the verb (`cueLemma`) reports an answer (`POLL_ANSWER_VERBS`: "say",
 * "believe", not "pledged delegates"). Null otherwise ("to the 35 states would").
 */
export function quantitySubject(doc: Doc, j: number, lo: number, cueLemma: string): Mention | null {
  if (!POLL_VERBS.has(cueLemma)) return null;
  let first = j;
  for (let k = j, n = 0; k >= 0; k = prevContent(doc, k, lo), n++) {
    const t = tok(doc, k);
    if (n >= MAX_SHARE_WORDS || (doc.quoteOf[k] ?? -1) >= 0 || (t.kind === 'punct' && t.text !== '%')) break;
    if (CLAUSE_BOUNDARY.has(t.norm)) break;
    first = k;
  }
  const head = shareHead(doc, first, j);
  const respondents = head !== j && tok(doc, head).norm === 'those' && RESPONDENTS.has(tok(doc, j).norm);
  return isShare(doc, head) || respondents ? { first, last: j } : null;
}

/** The first token of a phrase from `first` past its approximators ("at least", "about"), no further than `j`. */
function shareHead(doc: Doc, first: number, j: number): number {
  let head = first;
  while (head < j && APPROXIMATORS.has(tok(doc, head).norm)) head = nextWord(doc, head, j);
  return head;
}

/** A figure, a number word (not the article "a") or a share word. */
function isShare(doc: Doc, k: number): boolean {
  const h = tok(doc, k);
  return h.kind === 'number' || SHARES.has(h.norm) || (h.norm in NUMBER_WORDS && h.norm !== 'a' && h.norm !== 'an');
}

/**
 * Whether a share's clause opens at token `n`: a share (past approximators) and, within
 * `MAX_SHARE_WORDS` words and no punctuation, a verb reporting an answer in a finite form ("… and
 * one in five say it's not an improvement", "…, while 22 percent said …"). Where one claim of a
 * poll ends and the next begins.
 */
export function startsShareClause(doc: Doc, n: number, hi: number): boolean {
  let last = n;
  for (let k = n, c = 0; k >= 0 && c < MAX_SHARE_WORDS; k = nextContent(doc, k, hi), c++) {
    const t = tok(doc, k);
    if ((doc.quoteOf[k] ?? -1) >= 0 || (t.kind === 'punct' && t.text !== '%')) return false;
    const verb = doc.words.verbs.get(t.norm);
    if (k !== n && verb !== undefined) return (verb.form === 's' || verb.form === 'ed') && POLL_VERBS.has(verb.lemma) && isShare(doc, shareHead(doc, n, last));
    last = k;
  }
  return false;
}

/** The next word or number after `k`, no further than `j`. */
function nextWord(doc: Doc, k: number, j: number): number {
  for (let i = k + 1; i <= j; i++) if (tok(doc, i).kind === 'word' || tok(doc, i).kind === 'number') return i;
  return j;
}
