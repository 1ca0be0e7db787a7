// The `analyze`, `group` and index outputs as plain interfaces (see contract.ts for why).
import type { Issue, Reason, Relation, Segment, Span, Stance, Statement, Label } from './contract';

/**
 * Two wordings of one group side by side. Segment spans are absolute `[start, end)` offsets into
 * the report text of statement `a` and of statement `b`, so a viewer can highlight the originals.
 */
export interface Comparison {
  /** Statement id of side A (the group's canonical statement, the claim of a claim–denial pair, or the first of two claims giving two figures for one count). */
  a: string;
  /** Statement id of side B. */
  b: string;
  relation: Relation;
  /** Similarity of meaning in [0, 1], as in `diffClaims`. */
  score: number;
  segments: Segment[];
  /**
   * Why the whole pair got its relation when it is not read off the segments: `["stance"]` for a
   * claim and its denial (same proposition, opposite stance); `[]` otherwise.
   */
  reasons: Reason[];
  /** How sure the pair verdict is, in [0, 1], as in `diffClaims`. */
  confidence?: number;
  /**
   * For a claim and a denial that only points ("called the report 'utterly false'"): the id of
   * the claim the denial was found to answer (in its own report, or through the like dismissals
   * of the same voice), when this pair's claim is another wording of it (the two compare as
   * `match` or `paraphrase`) or another claim of the same account (its speaker's, in its report).
   * The denial is read as denying this claim through it. Absent otherwise.
   */
  via?: string;
}

/** One cell of the alignment table: a piece of one wording, labelled against the canonical one. */
export interface TableCell {
  /** Absolute `[start, end)` into the report of the row's statement (or into its text for `group`). */
  span: Span;
  /** `match` / `paraphrase` / `contradict` against the canonical cell of the column; `added` when the canonical row has a gap there. The canonical row's own cells are `match`. */
  label: Label;
  reasons: Reason[];
}

/**
 * All wordings of a group in aligned columns (like CollateX's alignment table): one row per
 * member, the canonical first, every row as long as `columns`; `null` is a gap (the wording has
 * nothing in that column, i.e. it was removed against the canonical one).
 */
export interface AlignmentTable {
  columns: number;
  rows: { statement: string; cells: (TableCell | null)[] }[];
}

/** A group of `analyze` output: the statements that report one underlying statement or proposition. */
export interface AnalysisGroup {
  /** `g1`, `g2`, … in output order. */
  id: string;
  /** Statement ids, in statement order (report, then position; natural order of ids for `group`). */
  members: string[];
  /** The most central wording: the member closest, on average, to all the others. */
  canonical: string;
  /** Each member against the canonical, then every claim–denial pair, then two other claims of two figures for one count that contradict by a number; `[]` for a group of one. */
  comparisons: Comparison[];
  /** All wordings aligned in columns, for groups of two or more. */
  table?: AlignmentTable;
}

/**
 * A group as `groupStatements` and the index return it (id, members, canonical), or as `analyze`
 * gives it (`AnalysisGroup`, which always has `comparisons`).
 */
export interface Group {
  id: string;
  members: string[];
  canonical: string;
  comparisons?: Comparison[];
  table?: AlignmentTable;
}

/**
 * A topic of `analyze` output: the groups about one story, as wire-copy deduplication means it
 * ("these 12 reports are one story"). A level above groups, found over the finished groups: it
 * never merges or changes them.
 */
export interface Topic {
  /** `t1`, `t2`, … in output order (by first group). */
  id: string;
  /** Its group ids, in group order; every group is in exactly one topic. */
  groups: string[];
  /** The reports its groups' statements come from, in report order. */
  reports: string[];
  /** Its most telling words (content words in base form, the rarest shared ones first), joined by ", ". */
  label: string;
  /** Why its groups are together. */
  why: {
    /** Content words found in two or more of its reports, most telling first (at most 8). */
    words: string[];
    /** Its groups reported in two or more of its reports: the same statement carried by several. */
    groups: string[];
  };
  /**
   * Claims read in its reports, of two groups, that give two figures for one count ("killed
   * 1,429 people" against "had killed 355"): `contradict` comparisons, reason `number` on the
   * figures, that no group's comparisons hold, since the two are two statements. A claim's group
   * may be another topic's (a group goes to the topic of most of its members). `[]` when there are none;
   * absent from analyses saved before it was added (version 1 still): a reader takes a missing
   * list as none.
   */
  conflicts?: Comparison[];
}

/** The `analyze` JSON of DESIGN.md, version 1: a contract other programs read. */
export interface Analysis {
  version: 1;
  reports: {
    id: string;
    /** Length of the report text in UTF-16 code units. */
    length: number;
    /** Problems found while extracting from this report (`[]` when none). */
    issues: Issue[];
  }[];
  /** Every statement, ids `s1`, `s2`, … unique across reports, ordered by report id, then offset. */
  statements: Statement[];
  /** Every statement is in exactly one group; groups ordered by their first member. */
  groups: AnalysisGroup[];
  /** The stories above the groups: every group is in exactly one topic. Absent with `topics: false`. */
  topics?: Topic[];
  issues: Issue[];
}

/** The `group` JSON of DESIGN.md, version 1. */
export interface GroupOutput {
  version: 1;
  groups: { id: string; members: string[]; canonical: string }[];
  issues: Issue[];
}

/**
 * What `groupStatements` and the index need of a statement: an id and its text. A full
 * `Statement` fits; `stance` lets a denial join the claim it denies; other fields are kept as they are.
 */
export interface GroupInput {
  id: string;
  text: string;
  /** @default 'asserts' */
  stance?: Stance;
  /** The id of the statement this one denies, as on a `Statement`. */
  denies?: string;
}

/** What `StatementIndex.toJSON()` returns and `fromJSON` reads back. */
export interface IndexSnapshot {
  version: 1;
  /** The serialisable options (hooks such as `lexicon` are passed again to `fromJSON`). */
  options: Record<string, unknown>;
  /** Statements in the order they were added: id, text, stance and group id. */
  statements: { id: string; text: string; stance?: Stance; group: string }[];
  /** Each group's id and canonical statement, in output order. */
  groups: { id: string; canonical: string }[];
  /** The next group number to hand out, so ids stay stable across adds. */
  nextGroup: number;
}
