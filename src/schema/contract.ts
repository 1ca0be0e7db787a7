// The output contract (version 1) as plain interfaces: what the public types say. They do not
// mention zod, so the published .d.ts compile under any TypeScript setting (zod's own type
// files need `esModuleInterop` under `"module": "commonjs"`). The zod schemas beside them check
// the same shapes at run time; test/schema/types.test.ts fails when the two drift apart.

export const LABELS = ['match', 'paraphrase', 'contradict', 'added', 'removed'] as const;
export type Label = (typeof LABELS)[number];

export const REASONS = [
  'identical', 'case', 'punctuation', 'spelling',
  'inflection', 'synonym', 'function-word', 'reorder', 'voice', 'contraction', 'number', 'date',
  'negation', 'antonym', 'entity', 'quantifier', 'modality', 'stance', 'judge', 'hedge', 'attribution',
] as const;
export type Reason = (typeof REASONS)[number];

export const RELATIONS = ['match', 'paraphrase', 'contradict', 'differ'] as const;
export type Relation = (typeof RELATIONS)[number];

export const STATEMENT_KINDS = ['direct', 'partial', 'indirect'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const STANCES = ['asserts', 'denies'] as const;
export type Stance = (typeof STANCES)[number];

/** `[start, end)` UTF-16 offsets into the original text of one side. */
export type Span = [number, number];

/**
 * A problem found in the data (not a misuse of the API): the work goes on and the
 * result says what was skipped, truncated or guessed.
 */
export interface Issue {
  /** Stable, machine-readable code, e.g. `alignment-capped`, `empty-text`. */
  code: string;
  message: string;
  /** The report the issue belongs to, when there is one. */
  report?: string;
  /** Where in that text, as `[start, end)` UTF-16 offsets. */
  span?: [number, number];
}

/** One input document. Offsets everywhere refer to `text` exactly as given. */
export interface Report {
  id: string;
  text: string;
  source?: string;
  title?: string;
  url?: string;
  /** ISO 8601 date or date-time; anchors relative dates such as "on Friday". */
  publishedAt?: string;
}

/** An aligned piece of the two wordings; `a` is null for `added`, `b` for `removed`. */
export interface Segment {
  label: Label;
  a: Span | null;
  b: Span | null;
  reasons: Reason[];
  /**
   * How sure the rule behind the label is, in [0, 1]: what share of segments labelled this
   * way, for these reasons, were right on the labelled dev sets (see eval/ and docs/accuracy.md).
   */
  confidence?: number;
}

/** The result of `diffClaims`: the `diff` JSON of DESIGN.md, version 1. */
export interface ClaimDiff {
  relation: Relation;
  /** Similarity of meaning in [0, 1]: 1 for the same wording, near 0 for unrelated ones. */
  score: number;
  segments: Segment[];
  issues: Issue[];
  /** How sure the verdict `relation` is, in [0, 1], read as the expected precision (see docs/accuracy.md). */
  confidence?: number;
}

/** Who made a statement: a canonical name and the span of the mention in this report. */
export interface Speaker {
  /** Canonical name: titles and roles folded away, pronouns resolved ("Shafqat Ali Khan"). */
  name: string;
  /** The mention in the report: `[start, end)` ("he", "Foreign Office spokesperson Shafqat Ali Khan"). */
  start: number;
  end: number;
  /** Other ways the same speaker is named, in this report or across the reports merged (`[]` when none). */
  aliases: string[];
  /** `person`, `organisation`, or `unknown` when the phrase gives no sign. */
  type?: 'person' | 'organisation' | 'unknown';
}

/** The reporting cue: "said", "denied", "according to", "a claim denied by". */
export interface Cue {
  text: string;
  start: number;
  end: number;
  /** Lemma of the reporting verb ("say", "deny"), or the phrase for other cues. */
  lemma?: string;
}

/** Something a source is reported to have said, with offsets into its report's text. */
export interface Statement {
  id: string;
  report: string;
  start: number;
  end: number;
  /** Always `report.text.slice(start, end)`. */
  text: string;
  kind: StatementKind;
  stance: Stance;
  speaker: Speaker | null;
  cue: Cue | null;
  /** Verbatim pieces inside a partial quote, as `[start, end)` spans of the report; `[]` for other kinds. */
  quoted: [number, number][];
  /**
   * The pieces of the report, in order, that read as the statement's proposition when it is not
   * the span itself, as `[start, end)` spans inside `[start, end)`: "X accused Y of Z" holds "Y Z",
   * the pieces "Y" and "Z" with "of" left out. Absent when the proposition is the span. Grouping
   * and comparison read the pieces joined by a space (see `propositionText`).
   */
  content?: [number, number][];
  /** Id of the statement this one denies (an appositive "…, a claim X denies"). */
  denies?: string;
}

/** What `extractStatementsWithIssues` returns. */
export interface ExtractResult {
  statements: Statement[];
  issues: Issue[];
}
