import { DURATION_WORDS } from '../lexicon/dates';
import { statesCount } from '../text/stated-figures';
import { countWords, nextContent, prevContent, tok, tokenIndexAt, type Doc } from './doc';
import { cutDraft } from './cut-draft';
import type { Draft } from './drafts';

/** Relative pronouns that open a clause about the phrase before them. */
const RELATIVES: ReadonlySet<string> = new Set(['which', 'that', 'who']);
/** Words that open a finite verb phrase right after a relative pronoun ("which had killed", "who were wounded"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'will', 'would']);
/** Words that open the phrase a relative clause is about: "a chemical attack last week which …". */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);
/** The fewest words the main clause keeps: less is no statement of its own. */
const MIN_MAIN_WORDS = 4;
/** The most words the phrase before the pronoun holds when no determiner opens it sooner. */
const MAX_PHRASE_WORDS = 6;

/** Words that may stand between a verb and the count it takes: "killed more than 1,400", "wounded at least 53". */
const COUNT_LEADS: ReadonlySet<string> = new Set(['more', 'less', 'fewer', 'than', 'at', 'least', 'most', 'about', 'around', 'nearly', 'almost', 'over', 'some', 'up', 'to', 'an', 'estimated', 'roughly', 'approximately']);
const DURATIONS: ReadonlySet<string> = new Set(DURATION_WORDS);
/** Words joining two counts: "20 and 50 years", "10 to 12 people". */
const RANGE_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'to']);
/** The most such words before the count. */
const MAX_LEADS = 3;

/** Whether the verb at `v` takes a count as its object, after at most `MAX_LEADS` words that bound it. */
function countFollows(doc: Doc, v: number, hi: number): boolean {
  let k = nextContent(doc, v, hi);
  for (let leads = 0; k >= 0 && leads < MAX_LEADS && COUNT_LEADS.has(tok(doc, k).norm); leads++) k = nextContent(doc, k, hi);
  if (k < 0 || tok(doc, k).text.includes('/') || !statesCount(tok(doc, k).text)) return false;
  // "died four days before", "happened 20 and 50 years ago", "the 9/11 plotter": a time or a date, no count of things.
  let unit = nextContent(doc, k, hi);
  const then = unit < 0 ? -1 : nextContent(doc, unit, hi);
  if (unit >= 0 && RANGE_JOINERS.has(tok(doc, unit).norm) && then >= 0 && statesCount(tok(doc, then).text)) unit = nextContent(doc, then, hi);
  return unit < 0 || (!DURATIONS.has(tok(doc, unit).norm) && tok(doc, unit).text !== '/');
}

/**
 * Where a claim's closing relative clause states a count of its own: "the regime was behind a
 * chemical attack last week which killed more than 1,400 people", "fired shells that killed at
 * least 426 children". Who did it and how many died are two facts, each reported, checked and
 * contradicted on its own (another outlet's toll against this one), so the claim is cut in two:
 * the main clause, up to the pronoun, and the phrase the clause is about with the clause ("a
 * chemical attack last week which killed more than 1,400 people"). Null when the clause holds no
 * count (a year is a date), when what follows the pronoun is no verb (a "that" opening a
 * complement: "reports that 12 soldiers died"), or when the main clause is too short. Offsets:
 * where the main clause ends and where the second statement starts. O(span length).
 */
export function figureClause(doc: Doc, start: number, end: number): { before: number; from: number } | null {
  const lo = tokenIndexAt(doc, start);
  const hi = tokenIndexAt(doc, end);
  for (let r = lo; r < hi; r++) {
    const t = tok(doc, r);
    if (t.kind !== 'word' || !RELATIVES.has(t.norm) || countWords(doc, lo, r) < MIN_MAIN_WORDS) continue;
    // "they say that happened …": after a reporting verb, "that" opens what was said.
    const before = prevContent(doc, r, lo);
    if (before >= 0 && doc.words.verbs.has(tok(doc, before).norm)) continue;
    let v = nextContent(doc, r, hi);
    if (v >= 0 && AUXILIARIES.has(tok(doc, v).norm)) v = nextContent(doc, v, hi);
    if (v < 0 || tok(doc, v).kind !== 'word' || !tok(doc, v).norm.endsWith('ed') || !countFollows(doc, v, hi)) continue;
    // The clause closes the statement: no sentence goes on after it.
    if (/[.!?;:]\s+\S/u.test(doc.text.slice(tok(doc, v).end, end).trimEnd())) continue;
    // The phrase the clause is about: back from the pronoun (past a comma) to its determiner.
    let k = prevContent(doc, r, lo);
    if (k >= 0 && tok(doc, k).text === ',') k = prevContent(doc, k, lo);
    const last = k;
    let first = -1;
    for (let words = 0; k >= lo && tok(doc, k).kind !== 'punct' && words < MAX_PHRASE_WORDS; k = prevContent(doc, k, lo), words++) {
      const w = tok(doc, k).norm;
      // A preposition or another function word ends the phrase before it ("homeless due to [flooding]").
      if (!DETERMINERS.has(w) && (doc.words.functionWords.has(w) || w === 'including')) break;
      first = k;
      if (DETERMINERS.has(w)) break;
    }
    if (first < 0 || last < 0 || first === lo) continue;
    return { before: tok(doc, last).end, from: tok(doc, first).start };
  }
  return null;
}

/**
 * Each claim with a closing relative clause that states a count (see `figureClause`) cut into
 * its main clause and that clause with its phrase, a statement of the same speaker and cue.
 * Denials are left whole: what a denial's relative clause says is not what it denies. A draft
 * whose proposition is read in pieces (`content`) is left whole too. In place.
 */
export function splitFigureClauses(doc: Doc, drafts: Draft[]): void {
  for (const d of [...drafts]) {
    if (d.stance !== 'asserts' || d.content !== undefined || d.notOfClass !== undefined) continue;
    const cut = figureClause(doc, d.start, d.end);
    if (cut === null) continue;
    cutDraft(drafts, d, cut.before, cut.from);
  }
}
