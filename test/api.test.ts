import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

/**
 * The public surface, pinned: adding or removing an export is a decision, made here on purpose.
 */
const EXPORTS = [
  'AlignmentTableSchema', 'AnalysisSchema', 'AnalyzeAsyncOptionsSchema', 'AnalyzeOptionsSchema', 'ClaimDiffSchema', 'ClaimdiffError', 'ComparisonSchema',
  'CueSchema', 'DiffAsyncOptionsSchema', 'DiffOptionsSchema', 'ExtractOptionsSchema', 'ExtractResultSchema', 'GroupInputSchema', 'GroupOptionsSchema',
  'GroupOutputSchema', 'GroupSchema', 'IndexOptionsSchema', 'IndexSnapshotSchema', 'IssueSchema', 'LABELS', 'LabelSchema',
  'REASONS', 'RELATIONS', 'RENDER_FORMATS', 'ReasonSchema', 'RelationSchema', 'ReportSchema', 'SegmentSchema', 'SpanSchema',
  'SpeakerSchema', 'StanceSchema', 'StatementKindSchema', 'StatementSchema', 'TableCellSchema', 'TopicSchema', 'alignGroup', 'analyze', 'analyzeAsync',
  'createIndex', 'createWordNetLexicon', 'defaultWordLists', 'diffClaims', 'diffClaimsAsync', 'extractStatements', 'extractStatementsWithIssues', 'findTopics', 'propositionText',
  'groupStatements', 'groupStatementsAsync', 'groupStatementsWithIssues', 'indexFromJSON', 'mergeSpeakers', 'normalizeText', 'render', 'renderDiffText',
  'renderHtml', 'renderMarkdown', 'renderTerminal', 'splitSentences', 'tokenize',
];

describe('the public API', () => {
  it('exports exactly the pinned names from the source entry', () => {
    expect(Object.keys(api).sort()).toEqual([...EXPORTS].sort());
  });

  it('exports the same names from the built ESM and CommonJS files (npm test builds first)', async () => {
    const esm = (await import('../dist/index.js')) as Record<string, unknown>;
    const cjs = createRequire(import.meta.url)('../dist/index.cjs') as Record<string, unknown>;
    expect(Object.keys(esm).sort()).toEqual([...EXPORTS].sort());
    expect(Object.keys(cjs).filter((k) => k !== '__esModule').sort()).toEqual([...EXPORTS].sort());
  });

  it('gives the same diff from the built CommonJS file as from the source', () => {
    const cjs = createRequire(import.meta.url)('../dist/index.cjs') as typeof api;
    const pair = ['Exports increased last year', 'Exports decreased last year'] as const;
    expect(cjs.diffClaims(...pair)).toEqual(api.diffClaims(...pair));
  });
});
