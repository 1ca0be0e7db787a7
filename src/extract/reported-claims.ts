/**
 * The claim inside the object of a denial: "rejected a new report by X that the US was behind
 * the blast", "disputed the Ledger's report that said Y", "denied allegations that it was behind
 * the crash", "rejected as untrue a newspaper report which suggested that the minister had
 * resigned". The denial denies the whole object; the clause after the noun is the claim, which
 * its source (the "by" phrase, the possessive, or "reports" itself) asserts.
 */
import { COPULAS, DISMISSAL_INTENSIFIERS } from '../lexicon/stance';
import { isPossessive, nextContent, tok, type Doc, type Range } from './doc';
import { phraseStartingAt, type Mention } from './speakers';

/** A claim found inside a denial's content. */
export interface ReportedClaim {
  /** The claimed clause, token range. */
  readonly content: Range;
  /** Who made the claim, when the object names them ("by X", "X's report"). */
  readonly source: Mention | null;
  /** The noun that names the claim ("report"): the speaker when no source is named, for report nouns. */
  readonly noun: number;
}

/** Words that may stand between a determiner and the claim noun: "a new report", "Western speculation". */
const MAX_LEAD = 4;

/** Skips "as untrue" / "as baseless" right after the denying verb: the verdict, not the object. */
function skipVerdict(doc: Doc, lo: number, hi: number): number {
  if (tok(doc, lo).norm !== 'as') return lo;
  let k = nextContent(doc, lo, hi);
  for (let n = 0; n < 3 && k >= 0; n++) {
    if (doc.words.dismissals.has(tok(doc, k).norm)) return nextContent(doc, k, hi);
    k = nextContent(doc, k, hi);
  }
  return lo;
}

/** Skips a parenthesis that opens the object: "rejected Wednesday (Feb 8) a report …". */
function skipParenthesis(doc: Doc, lo: number, hi: number): number {
  if (tok(doc, lo).text !== '(') return lo;
  for (let k = lo, n = 0; k >= 0 && n < 8; k = nextContent(doc, k, hi), n++) if (tok(doc, k).text === ')') return nextContent(doc, k, hi);
  return lo;
}

/**
 * The claim inside the content of a denial, or null when its object names no claim with a
 * clause. `judged`: the content is its own verdict on the claim, reported by a verb of saying
 * ("said claims that the Front bombed the pipeline were false"), so the verdict closing it is
 * left out of the claim (see `verdictStart`); after a verb of denying ("denied reports that the
 * claims were false") a verdict there is the claim's own.
 */
export function reportedClaim(doc: Doc, range: Range, judged = false): ReportedClaim | null {
  const w = doc.words;
  let k = skipVerdict(doc, skipParenthesis(doc, range.lo, range.hi), range.hi);
  let source: Mention | null = null;
  let noun = -1;
  for (let n = 0; n <= MAX_LEAD && k >= 0; n++) {
    const t = tok(doc, k);
    if (w.reportedClaimNouns.has(t.norm) || w.remarkNouns.has(t.norm)) {
      noun = k;
      break;
    }
    if (isPossessive(t) && source === null) source = { first: k, last: k };
    else if (t.kind !== 'word' || w.verbs.has(t.norm) || w.subordinators.has(t.norm)) return null;
    k = nextContent(doc, k, range.hi);
  }
  if (noun < 0) return null;
  // "a news report": the last of the nouns names the claim.
  for (let next = nextContent(doc, noun, range.hi); next >= 0 && w.reportedClaimNouns.has(tok(doc, next).norm); next = nextContent(doc, next, range.hi)) noun = next;
  k = nextContent(doc, noun, range.hi);
  // "a report by X", "a report in the Times", "the report Thursday", "reports emanating from X".
  for (let n = 0; n < 3 && k >= 0; n++) {
    const t = tok(doc, k);
    if (w.reportOrigins.has(t.norm)) k = nextContent(doc, k, range.hi);
    else if (t.norm === 'by' || t.norm === 'from' || t.norm === 'in') {
      const m = phraseStartingAt(doc, nextContent(doc, k, range.hi), range.hi);
      if (m === null) return null;
      if (t.norm === 'by' || source === null) source = m;
      k = nextContent(doc, m.last, range.hi);
    } else if (w.timeWords.has(t.norm)) k = nextContent(doc, k, range.hi);
    else break;
  }
  if (k < 0) return null;
  // "remarks by Kerry, who said earlier that …": the source's own relative clause says it.
  const said = source !== null && tok(doc, k).text === ',' ? sourceClause(doc, k, range.hi) : null;
  if (said !== null) return said === range.hi ? null : { content: { lo: said, hi: claimEnd(doc, said, range.hi, judged) }, source, noun };
  // "denied the remarks that he made at the rally": nothing else names a claim after a remark noun.
  if (w.remarkNouns.has(tok(doc, noun).norm)) return null;
  // "that …", "which said (that) …", "suggesting that …", "saying …".
  const opener = tok(doc, k).norm;
  if (opener === 'that' || opener === 'which') {
    const v = nextContent(doc, k, range.hi);
    const verb = v < 0 ? undefined : w.verbs.get(tok(doc, v).norm);
    if (verb !== undefined && verb.stance === 'asserts') k = v;
    else if (opener === 'which') return null;
  } else if (w.verbs.get(opener)?.form !== 'ing') return null;
  if (w.verbs.has(tok(doc, k).norm)) {
    k = nextContent(doc, k, range.hi);
    if (k >= 0 && tok(doc, k).norm === 'that') k = nextContent(doc, k, range.hi);
  } else k = nextContent(doc, k, range.hi);
  if (k < 0) return null;
  const hi = claimEnd(doc, k, range.hi, judged);
  return hi > k ? { content: { lo: k, hi }, source, noun } : null;
}

/**
 * The end of a claim starting at `lo`: `hi` less the punctuation before it, outside quotations,
 * and, when the content is `judged`, less the verdict its report takes after it ("claims that
 * the Front bombed the pipeline were false": the claim is "the Front bombed the pipeline"; see
 * `verdictStart`).
 */
function claimEnd(doc: Doc, lo: number, hi: number, judged: boolean): number {
  const verdict = judged ? verdictStart(doc, lo, hi) : -1;
  if (verdict >= 0) hi = verdict;
  while (hi > lo && tok(doc, hi - 1).kind !== 'word' && tok(doc, hi - 1).kind !== 'number' && (doc.quoteOf[hi - 1] ?? -1) < 0) hi--;
  return hi;
}

const COPULA: ReadonlySet<string> = new Set(COPULAS);
const INTENSIFIER: ReadonlySet<string> = new Set(DISMISSAL_INTENSIFIERS);

/**
 * Where a verdict on the claim's report starts inside `[lo, hi)`: a copula followed, past
 * intensifiers, by a dismissal that ends the range ("were false", "are all lies", "is
 * completely baseless"); -1 when there is none.
 */
function verdictStart(doc: Doc, lo: number, hi: number): number {
  for (let k = lo; k >= 0 && k < hi; k = nextContent(doc, k, hi)) {
    if (!COPULA.has(tok(doc, k).norm) || (doc.quoteOf[k] ?? -1) >= 0) continue;
    let j = nextContent(doc, k, hi);
    while (j >= 0 && INTENSIFIER.has(tok(doc, j).norm)) j = nextContent(doc, j, hi);
    if (j >= 0 && doc.words.dismissals.has(tok(doc, j).norm) && rest(doc, j, hi)) return k;
  }
  return -1;
}

/** Whether nothing but punctuation and quotation marks follows token `j` up to `hi`. */
function rest(doc: Doc, j: number, hi: number): boolean {
  for (let k = nextContent(doc, j, hi); k >= 0; k = nextContent(doc, k, hi)) if (tok(doc, k).kind === 'word' || tok(doc, k).kind === 'number') return false;
  return true;
}

/** Words that may stand between "who said" and its content: "who said earlier that". */
const MAX_CLAUSE_LEAD = 3;

/**
 * Where the content of a source's relative clause starts (", who said earlier that …", ", which
 * reported that …"), given the comma after the source; null when none follows; `hi` when the
 * clause has a verb but no "that" (the content is not told apart from the clause's setting).
 */
function sourceClause(doc: Doc, comma: number, hi: number): number | null {
  const w = doc.words;
  const rel = nextContent(doc, comma, hi);
  if (rel < 0 || (tok(doc, rel).norm !== 'who' && tok(doc, rel).norm !== 'which')) return null;
  const v = nextContent(doc, rel, hi);
  const verb = v < 0 ? undefined : w.verbs.get(tok(doc, v).norm);
  if (verb === undefined || verb.stance !== 'asserts' || verb.form !== 'ed') return null;
  let k = nextContent(doc, v, hi);
  for (let n = 0; n <= MAX_CLAUSE_LEAD && k >= 0; n++, k = nextContent(doc, k, hi)) {
    if (tok(doc, k).norm === 'that') {
      const after = nextContent(doc, k, hi);
      return after < 0 ? null : after;
    }
    if (tok(doc, k).kind !== 'word' || (doc.quoteOf[k] ?? -1) >= 0) break;
  }
  return hi;
}
