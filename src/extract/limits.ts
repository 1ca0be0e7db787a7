import type { Issue } from '../schema/issue';
import type { Token } from '../text/tokens';
import type { Range } from './doc';

/** The bounds of one extraction, resolved from `ExtractOptions`; see there for what each means. */
export interface ExtractLimits {
  readonly maxLength: number;
  readonly maxStatements: number;
  readonly maxSentenceTokens: number;
  readonly maxIssues: number;
}

export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = {
  maxLength: 1_000_000,
  maxStatements: 5_000,
  maxSentenceTokens: 1_000,
  maxIssues: 100,
};

/** Share of junk characters at or above which a text is taken for binary data and not read. */
const BINARY_SHARE = 0.1;
/** Blank space searched backwards for a clean place to cut a text that is too long. */
const CUT_WINDOW = 10_000;

/** What to read of a report, and what was wrong with its text as a whole. */
export interface PreparedText {
  /** Read `text.slice(0, end)`; offsets stay those of the whole text. */
  readonly end: number;
  /** The text is empty or binary: nothing is read. */
  readonly skip: boolean;
  readonly issues: Issue[];
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Where to cut a text longer than `max`: after the last line break (else blank) in a window before it, never inside a surrogate pair. */
function cutPoint(text: string, max: number): number {
  for (let i = max; i > Math.max(0, max - CUT_WINDOW); i--) if (text[i - 1] === '\n') return i;
  for (let i = max; i > Math.max(0, max - CUT_WINDOW); i--) if (/\s/u.test(text[i - 1] as string)) return i;
  return isHigh(text.charCodeAt(max - 1)) && isLow(text.charCodeAt(max)) ? max - 1 : max;
}

/**
 * Checks a report's text as a whole before extraction: empty, too long (cut, with
 * `report-truncated`), holding replacement characters or unpaired surrogates (bytes that could
 * not be decoded: `replacement-characters`), or mostly control and replacement characters
 * (`binary-text`, not read). One pass over at most `maxLength` characters.
 */
export function prepareText(text: string, report: string, limits: ExtractLimits): PreparedText {
  const issues: Issue[] = [];
  if (text.trim() === '') return { end: 0, skip: true, issues: [{ code: 'empty-text', message: 'the report has no text', report }] };
  let end = text.length;
  if (end > limits.maxLength) {
    end = cutPoint(text, limits.maxLength);
    issues.push({
      code: 'report-truncated',
      message: `the report has ${text.length} characters; only the first ${end} were read (maxLength ${limits.maxLength})`,
      report,
      span: [end, text.length],
    });
  }
  let junk = 0;
  let undecoded = 0;
  let first = -1;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    let bad = false;
    if (c === 0xfffd) bad = true;
    else if (isHigh(c)) {
      if (isLow(text.charCodeAt(i + 1))) i++;
      else bad = true;
    } else if (isLow(c)) bad = true;
    if (bad) {
      undecoded++;
      junk++;
      if (first < 0) first = i;
    } else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c < 0xa0)) {
      junk++;
    }
  }
  if (undecoded > 0) {
    issues.push({
      code: 'replacement-characters',
      message: `${undecoded} replacement character${undecoded === 1 ? '' : 's'} (U+FFFD) or unpaired surrogates: bytes that could not be decoded as text`,
      report,
      span: [first, first + 1],
    });
  }
  if (junk >= BINARY_SHARE * end && junk > 0) {
    issues.push({
      code: 'binary-text',
      message: `${Math.round((100 * junk) / end)}% of the text is control or replacement characters: taken for binary data and not read`,
      report,
      span: [0, end],
    });
    return { end, skip: true, issues };
  }
  return { end, skip: false, issues };
}

/**
 * Cuts sentences longer than `max` tokens into pieces of at most `max` tokens, so that the
 * work per reporting cue (bounded by its sentence) stays bounded; each cut sentence gives one
 * `sentence-split` issue. O(sentences + pieces).
 */
export function boundRanges(ranges: readonly Range[], tokens: readonly Token[], max: number, report: string, issues: Issue[]): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    if (r.hi - r.lo <= max) {
      out.push(r);
      continue;
    }
    const start = (tokens[r.lo] as Token).start;
    const end = (tokens[r.hi - 1] as Token).end;
    issues.push({
      code: 'sentence-split',
      message: `a sentence of ${r.hi - r.lo} tokens was read in pieces of at most ${max} (maxSentenceTokens): statements across the cuts may be missed`,
      report,
      span: [start, end],
    });
    for (let lo = r.lo; lo < r.hi; lo += max) out.push({ lo, hi: Math.min(r.hi, lo + max) });
  }
  return out;
}

/**
 * Keeps at most `max` issues of each code, in order, and says how many of each were left out,
 * so that hostile input (fifty thousand stray quotation marks) cannot flood the result.
 */
export function capIssues(issues: readonly Issue[], max: number, report: string): Issue[] {
  const counts = new Map<string, number>();
  const out: Issue[] = [];
  for (const issue of issues) {
    const n = (counts.get(issue.code) ?? 0) + 1;
    counts.set(issue.code, n);
    if (n <= max) out.push(issue);
  }
  for (const [code, n] of counts) {
    if (n > max) out.push({ code: 'issues-capped', message: `${n - max} more ${code} issues left out (maxIssues ${max} per code)`, report });
  }
  return out;
}
