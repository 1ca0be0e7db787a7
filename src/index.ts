export { diffClaims } from './compare/diff-claims';
export { diffClaimsAsync } from './compare/judge';
export { defaultWordLists } from './compare/terms';
export type { WordLists } from './lexicon/word-lists';
export { extractStatements, extractStatementsWithIssues, mergeSpeakers } from './extract/index';
export { createWordNetLexicon } from './lexicon/wordnet/wordnet-lexicon';
export type { Lexicon, LexicalRelation, MeaningKeys } from './lexicon/lexicon';
export { renderDiffText } from './render/diff-text';
export { render, RENDER_FORMATS, renderHtml, renderMarkdown, renderTerminal } from './render/index';
export type { HtmlOptions, MarkdownOptions, RenderFormat, RenderOptions, ReportInfo, TerminalOptions } from './render/index';
export type { DiffTextOptions } from './render/diff-text';
export { ClaimdiffError } from './schema/error';
export { propositionText } from './schema/proposition';
export type { ClaimdiffErrorCode } from './schema/error';
export { LABELS, REASONS, RELATIONS } from './schema/contract';
export type {
  ClaimDiff, Cue, ExtractResult, Issue, Label, Reason, Relation, Report, Segment, Span, Speaker, Stance, Statement, StatementKind,
} from './schema/contract';
export type { DiffAsyncOptions, DiffOptions, ExtractOptions } from './schema/option-types';
export type { Judge, JudgeRequest, JudgeVerdict } from './schema/options';
export {
  AlignmentTableSchema, AnalysisSchema, AnalyzeAsyncOptionsSchema, AnalyzeOptionsSchema, ClaimDiffSchema, ComparisonSchema, CueSchema,
  DiffAsyncOptionsSchema, DiffOptionsSchema, ExtractOptionsSchema, ExtractResultSchema, GroupInputSchema, GroupOptionsSchema,
  GroupOutputSchema, GroupSchema, IndexOptionsSchema, IndexSnapshotSchema, IssueSchema, LabelSchema, ReasonSchema, RelationSchema,
  ReportSchema, SegmentSchema, SpanSchema, SpeakerSchema, StanceSchema, StatementKindSchema, StatementSchema, TableCellSchema, TopicSchema,
} from './schema/public';
export type { Schema } from './schema/public';
export { normalizeText, splitSentences, tokenize } from './text/index';
export type { NormalizedText, SentenceOptions, SentenceSpan, Token, TokenizeOptions, TokenKind } from './text/index';
export { alignGroup, createIndex, groupStatements, groupStatementsAsync, groupStatementsWithIssues, indexFromJSON } from './group/index';
export type { AlignRow, GroupingResult, StatementIndex } from './group/index';
export { analysisTopics as findTopics, analyze, analyzeAsync } from './pipeline/index';
export type {
  AlignmentTable, Analysis, AnalysisGroup, Comparison, Group, GroupInput, GroupOutput, IndexSnapshot, TableCell, Topic,
} from './schema/analysis-contract';
export type { AnalyzeAsyncOptions, AnalyzeOptions, AnalyzeProgress, GroupOptions, GroupProgress, IndexOptions } from './schema/analyze-option-types';
