import * as z from 'zod';
import { AnalysisSchema, type Analysis } from '../schema/analysis';
import { ClaimDiffSchema, type ClaimDiff } from '../schema/diff';
import { ClaimdiffError, parseArgument } from '../schema/error';
import { ReportSchema } from '../schema/report';

/** The reports of a render call: only what names an outlet is read; other fields are allowed. */
const ReportInfosSchema = z.array(ReportSchema.pick({ id: true, source: true, title: true, url: true }).loose());

export const HtmlOptionsSchema = z.strictObject({ title: z.string().optional(), reports: ReportInfosSchema.optional(), openGroups: z.number().int().nonnegative().optional() });
export const MarkdownOptionsSchema = z.strictObject({ title: z.string().optional(), reports: ReportInfosSchema.optional() });
export const TerminalOptionsSchema = z.strictObject({ color: z.boolean().optional(), reports: ReportInfosSchema.optional() });
export const DiffTextOptionsSchema = z.strictObject({ color: z.boolean().optional() });

/** The analysis argument of a render function, checked once at the boundary. */
export function checkAnalysis(analysis: unknown, where: string): Analysis {
  return parseArgument(AnalysisSchema, analysis, `${where}(analysis)`, 'the result of analyze() (version 1)');
}

/** The options argument of a render function. */
export function checkOptions<S extends z.ZodType>(schema: S, options: unknown, where: string): z.infer<S> {
  return parseArgument(schema, options, `${where}(analysis, options)`, `${where} options`, 'invalid-options');
}

/**
 * The arguments of `renderDiffText`: a diff whose spans lie in the two texts given (a diff of
 * other texts would paint the wrong words, or none).
 */
export function checkDiffText(diff: unknown, a: unknown, b: unknown): ClaimDiff {
  const d = parseArgument(ClaimDiffSchema, diff, 'renderDiffText(diff)', 'the result of diffClaims()');
  const x = parseArgument(z.string(), a, 'renderDiffText(diff, a)', 'a string');
  const y = parseArgument(z.string(), b, 'renderDiffText(diff, a, b)', 'a string');
  d.segments.forEach((s, k) => {
    for (const [side, text] of [['a', x], ['b', y]] as const) {
      const span = s[side];
      if (span !== null && (span[0] < 0 || span[1] > text.length || span[0] > span[1])) {
        throw new ClaimdiffError('invalid-argument', `renderDiffText(diff, a, b): found segments[${k}].${side} [${span[0]}, ${span[1]}] outside ${side} (${text.length} characters), expected the diff of these two texts`);
      }
    }
  });
  return d;
}
