import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import * as analysis from '../../src/schema/analysis';
import type * as contract from '../../src/schema/contract';
import type * as results from '../../src/schema/analysis-contract';
import type * as analyzeOptions from '../../src/schema/analyze-option-types';
import * as diff from '../../src/schema/diff';
import { IssueSchema } from '../../src/schema/issue';
import type * as optionTypes from '../../src/schema/option-types';
import * as options from '../../src/schema/options';
import { ReportSchema } from '../../src/schema/report';
import { SentenceOptionsSchema, type SentenceOptions } from '../../src/text/sentences';
import { TokenizeOptionsSchema } from '../../src/text/tokenize';
import type { TokenizeOptions } from '../../src/text/tokens';
import * as statement from '../../src/schema/statement';

// The public types are plain interfaces, written apart from the zod schemas that check the
// same shapes. These checks run in `npm run typecheck` (tsc reads the test files): a field added
// to one and not the other, or typed differently, is a compile error here.

/** Each assignable to the other: the same shape for every caller. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** What a schema gives back (outputs) or accepts (options). */
type Out<S extends z.ZodType> = z.output<S>;
type In<S extends z.ZodType> = z.input<S>;
/** Compiles only when `T` is `true`. */
const same = <T extends true>(): T => true as T;

const outputs = {
  Segment: same<Same<Out<typeof diff.SegmentSchema>, contract.Segment>>(),
  ClaimDiff: same<Same<Out<typeof diff.ClaimDiffSchema>, contract.ClaimDiff>>(),
  Span: same<Same<Out<typeof diff.SpanSchema>, contract.Span>>(),
  Issue: same<Same<Out<typeof IssueSchema>, contract.Issue>>(),
  Report: same<Same<Out<typeof ReportSchema>, contract.Report>>(),
  Speaker: same<Same<Out<typeof statement.SpeakerSchema>, contract.Speaker>>(),
  Cue: same<Same<Out<typeof statement.CueSchema>, contract.Cue>>(),
  Statement: same<Same<Out<typeof statement.StatementSchema>, contract.Statement>>(),
  ExtractResult: same<Same<Out<typeof statement.ExtractResultSchema>, contract.ExtractResult>>(),
  Comparison: same<Same<Out<typeof analysis.ComparisonSchema>, results.Comparison>>(),
  TableCell: same<Same<Out<typeof analysis.TableCellSchema>, results.TableCell>>(),
  AlignmentTable: same<Same<Out<typeof analysis.AlignmentTableSchema>, results.AlignmentTable>>(),
  AnalysisGroup: same<Same<Out<typeof analysis.GroupSchema>, results.AnalysisGroup>>(),
  Group: same<Same<Omit<results.AnalysisGroup, 'comparisons'> & { comparisons?: results.Comparison[] }, results.Group>>(),
  Topic: same<Same<Out<typeof analysis.TopicSchema>, results.Topic>>(),
  Analysis: same<Same<Out<typeof analysis.AnalysisSchema>, results.Analysis>>(),
  GroupOutput: same<Same<Out<typeof analysis.GroupOutputSchema>, results.GroupOutput>>(),
  IndexSnapshot: same<Same<Out<typeof analysis.IndexSnapshotSchema>, results.IndexSnapshot>>(),
  DiffOptions: same<Same<In<typeof options.DiffOptionsSchema>, optionTypes.DiffOptions>>(),
  DiffAsyncOptions: same<Same<In<typeof options.DiffAsyncOptionsSchema>, optionTypes.DiffAsyncOptions>>(),
  ExtractOptions: same<Same<In<typeof statement.ExtractOptionsSchema>, optionTypes.ExtractOptions>>(),
  GroupOptions: same<Same<In<typeof analysis.GroupOptionsSchema>, analyzeOptions.GroupOptions>>(),
  AnalyzeOptions: same<Same<In<typeof analysis.AnalyzeOptionsSchema>, analyzeOptions.AnalyzeOptions>>(),
  AnalyzeAsyncOptions: same<Same<In<typeof analysis.AnalyzeAsyncOptionsSchema>, analyzeOptions.AnalyzeAsyncOptions>>(),
  TokenizeOptions: same<Same<In<typeof TokenizeOptionsSchema>, TokenizeOptions>>(),
  SentenceOptions: same<Same<In<typeof SentenceOptionsSchema>, SentenceOptions>>(),
};

describe('the public types', () => {
  it('have the shapes the zod schemas check (checked by tsc; listed here)', () => {
    expect(Object.values(outputs).every((v) => v)).toBe(true);
  });

  it('read a group input as what the schema keeps: id, text, stance, denies', () => {
    expectTypeOf<results.GroupInput>().toHaveProperty('denies');
    expectTypeOf<Out<typeof analysis.GroupInputSchema>>().toExtend<results.GroupInput>();
  });
});
