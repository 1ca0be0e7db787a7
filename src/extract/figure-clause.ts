import { ADVERBIAL_SUBORDINATORS } from '../lexicon/attribution';
import { DURATION_WORDS } from '../lexicon/dates';
import { FINITE_AUXILIARIES } from '../lexicon/function-words';
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
/** Words after the count that carry the statement on: a verb's auxiliary or a modal, a joined clause. */
const AUXILIARY_FORMS: ReadonlySet<string> = new Set(FINITE_AUXILIARIES);
// "after", "before", "since" and "until" are prepositions as often ("40 floods since the war"): not among them.
const JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'so', ...ADVERBIAL_SUBORDINATORS.filter((w) => !['after', 'before', 'since', 'until'].includes(w))]);
/** Words after a comma that add to the counted things rather than open a clause: ", as well as adults", ", including 426 children". */
const ASIDES: ReadonlySet<string> = new Set(['as', 'including', 'mostly', 'mainly', 'many', 'most', 'among', 'some', 'all', 'both']);

/**
 * The last token of the count the verb at `v` takes as its object, after at most `MAX_LEADS`
 * words that bound it ("killed more than 1,400", "20 and 50"), or -1 for none, or for a time or
 * a date ("died four days before", "happened 20 and 50 years ago", "the 9/11 plotter").
 */
function countAfter(doc: Doc, v: number, hi: number): number {
  let k = nextContent(doc, v, hi);
  for (let leads = 0; k >= 0 && leads < MAX_LEADS && COUNT_LEADS.has(tok(doc, k).norm); leads++) k = nextContent(doc, k, hi);
  if (k < 0 || tok(doc, k).text.includes('/') || !statesCount(tok(doc, k).text)) return -1;
  let unit = nextContent(doc, k, hi);
  const then = unit < 0 ? -1 : nextContent(doc, unit, hi);
  if (unit >= 0 && RANGE_JOINERS.has(tok(doc, unit).norm) && then >= 0 && statesCount(tok(doc, then).text)) {
    k = then;
    unit = nextContent(doc, then, hi);
  }
  return unit >= 0 && (DURATIONS.has(tok(doc, unit).norm) || tok(doc, unit).text === '/') ? -1 : k;
}

/**
 * Whether the statement goes on after the count at `k` with more than the counted things and a
 * circumstance ("300 people in the capital", "426 children, as well as adults"): a verb of the
 * main clause ("who treated 40 patients were arrested"), a clause joined to it ("… and must
 * face trial", "… because sales fell"), a clause after a comma ("…, stays open") or a sentence
 * after it. Then the relative clause does not close the statement.
 */
function goesOn(doc: Doc, k: number, hi: number): boolean {
  for (let i = nextContent(doc, k, hi); i >= 0; i = nextContent(doc, i, hi)) {
    const t = tok(doc, i);
    if (t.kind === 'word' && (AUXILIARY_FORMS.has(t.norm) || JOINERS.has(t.norm))) return true;
    if (t.text === ',') {
      const n = nextContent(doc, i, hi);
      if (n >= 0 && !ASIDES.has(tok(doc, n).norm)) return true;
    }
    if (/^[.!?;:]$/u.test(t.text) && nextContent(doc, i, hi) >= 0) return true;
  }
  return false;
}

/**
 * Where a claim's closing relative clause states a count of its own: "the regime was behind a
 * chemical attack last week which killed more than 1,400 people", "fired shells that killed at
 * least 426 children". Who did it and how many died are two facts, each reported, checked and
 * contradicted on its own (another outlet's toll against this one), so the claim is cut in two:
 * the main clause, up to the pronoun, and the phrase the clause is about with the clause ("a
 * chemical attack last week which killed more than 1,400 people"). Null when the clause holds no
 * count (a year is a date), when what follows the pronoun is no verb (a "that" opening a
 * complement: "reports that 12 soldiers died"), when the statement goes on after it (see
 * `goesOn`), when the phrase it is about is not found whole (a preposition reached before a
 * determiner: "an attack on [Tuesday] which killed 40", "in [Homs], which killed 40", where the
 * clause may be about either), when the main clause is too short, or when the pronoun is inside
 * a quotation the statement only partly is (`quoted`). Offsets: where the main clause ends and
 * where the second statement starts. O(span length).
 */
export function figureClause(doc: Doc, start: number, end: number, quoted = false): { before: number; from: number } | null {
  const lo = tokenIndexAt(doc, start);
  const hi = tokenIndexAt(doc, end);
  for (let r = lo; r < hi; r++) {
    const t = tok(doc, r);
    if (t.kind !== 'word' || !RELATIVES.has(t.norm) || countWords(doc, lo, r) < MIN_MAIN_WORDS) continue;
    if (quoted && (doc.quoteOf[r] ?? -1) >= 0) continue;
    // "they say that happened …": after a reporting verb, "that" opens what was said.
    const before = prevContent(doc, r, lo);
    if (before >= 0 && doc.words.verbs.has(tok(doc, before).norm)) continue;
    let v = nextContent(doc, r, hi);
    if (v >= 0 && AUXILIARIES.has(tok(doc, v).norm)) v = nextContent(doc, v, hi);
    if (v < 0 || tok(doc, v).kind !== 'word' || !tok(doc, v).norm.endsWith('ed')) continue;
    const count = countAfter(doc, v, hi);
    if (count < 0 || goesOn(doc, count, hi)) continue;
    const phrase = phraseBefore(doc, r, lo);
    if (phrase === null) continue;
    return { before: tok(doc, phrase.last).end, from: tok(doc, phrase.first).start };
  }
  return null;
}

/**
 * The phrase a relative pronoun at `r` is about: back from it (past a comma) to its determiner,
 * over at most `MAX_PHRASE_WORDS` words, and never past a verb ("stormed [rebel camps] which
 * …": a word in -ed, unless hyphened, "gas-filled shells", or a reporting verb). Null when a
 * preposition or another function word comes first (the phrase may be the object of the
 * preposition or what it modifies), when no word is found, or when the phrase opens the span
 * (no main clause is left).
 */
function phraseBefore(doc: Doc, r: number, lo: number): { first: number; last: number } | null {
  let k = prevContent(doc, r, lo);
  if (k >= 0 && tok(doc, k).text === ',') k = prevContent(doc, k, lo);
  const last = k;
  let first = -1;
  for (let words = 0; k >= lo && tok(doc, k).kind !== 'punct' && words < MAX_PHRASE_WORDS; k = prevContent(doc, k, lo), words++) {
    const w = tok(doc, k).norm;
    if (DETERMINERS.has(w)) return k === lo || last < 0 ? null : { first: k, last };
    if (doc.words.functionWords.has(w) || w === 'including') return null;
    if ((w.endsWith('ed') && !w.includes('-')) || doc.words.verbs.has(w)) break;
    first = k;
  }
  return first < 0 || last < 0 || first === lo ? null : { first, last };
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
    const cut = figureClause(doc, d.start, d.end, d.kind === 'partial');
    if (cut === null) continue;
    cutDraft(drafts, d, cut.before, cut.from);
  }
}
