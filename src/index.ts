export { diffClaims } from './compare/diff-claims';
export { diffClaimsAsync } from './compare/judge';
export { defaultWordLists } from './compare/word-lists';
export type { WordLists } from './compare/word-lists';
export { extractStatements, extractStatementsWithIssues, mergeSpeakers } from './extract/index';
export { createWordNetLexicon } from './lexicon/wordnet/wordnet-lexicon';
export type { Lexicon, LexicalRelation } from './lexicon/lexicon';
export { renderDiffText } from './render/diff-text';
export { render, RENDER_FORMATS, renderHtml, renderMarkdown, renderTerminal } from './render/index';
export type { HtmlOptions, MarkdownOptions, RenderFormat, RenderOptions, ReportInfo, TerminalOptions } from './render/index';
export type { DiffTextOptions } from './render/diff-text';
export { ClaimdiffError } from './schema/error';
export type { ClaimdiffErrorCode } from './schema/error';
export {
  ClaimDiffSchema, LabelSchema, ReasonSchema, RelationSchema, SegmentSchema, SpanSchema, LABELS, REASONS, RELATIONS,
} from './schema/diff';
export type { ClaimDiff, Label, Reason, Relation, Segment, Span } from './schema/diff';
export { IssueSchema } from './schema/issue';
export type { Issue } from './schema/issue';
export { DiffAsyncOptionsSchema, DiffOptionsSchema } from './schema/options';
export type { DiffAsyncOptions, DiffOptions, Judge, JudgeRequest, JudgeVerdict } from './schema/options';
export { ReportSchema } from './schema/report';
export {
  CueSchema, ExtractOptionsSchema, ExtractResultSchema, SpeakerSchema, StanceSchema, StatementKindSchema, StatementSchema,
} from './schema/statement';
export type { Cue, ExtractOptions, ExtractResult, Speaker, Stance, Statement, StatementKind } from './schema/statement';
export type { Report } from './schema/report';
export { normalizeText, splitSentences, tokenize } from './text/index';
export type { NormalizedText, SentenceOptions, SentenceSpan, Token, TokenizeOptions, TokenKind } from './text/index';
export { alignGroup, createIndex, groupStatements, groupStatementsAsync, groupStatementsWithIssues, indexFromJSON } from './group/index';
export type { AlignRow, GroupingResult, StatementIndex } from './group/index';
export { analyze, analyzeAsync } from './pipeline/index';
export {
  AlignmentTableSchema, AnalysisSchema, AnalyzeAsyncOptionsSchema, AnalyzeOptionsSchema, ComparisonSchema, GroupInputSchema, GroupOptionsSchema, GroupOutputSchema,
  GroupSchema, IndexOptionsSchema, IndexSnapshotSchema, TableCellSchema,
} from './schema/analysis';
export type {
  AlignmentTable, Analysis, AnalyzeAsyncOptions, AnalyzeOptions, AnalyzeProgress, Comparison, Group, GroupInput, GroupOptions, GroupOutput, GroupProgress, IndexOptions,
  IndexSnapshot, TableCell,
} from './schema/analysis';
