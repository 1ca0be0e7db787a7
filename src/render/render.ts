import * as z from 'zod';
import { AnalysisSchema, type Analysis } from '../schema/analysis';
import { ClaimdiffError, parseArgument } from '../schema/error';
import { ReportSchema } from '../schema/report';
import { htmlOf } from './html';
import { markdownOf } from './markdown';
import { terminalOf } from './terminal';
import type { ReportInfo } from './view';

export const RENDER_FORMATS = ['json', 'markdown', 'html', 'terminal'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** Options of `render`. Every field is optional; each format reads the ones it needs. */
export interface RenderOptions {
  /**
   * The reports analysed: their `source`, `title` and `url` name the outlet of each wording
   * (`html`, `markdown`, `terminal`). Their text is not needed.
   * @default [] (outlets are named by report id)
   */
  reports?: readonly ReportInfo[];
  /**
   * Title of the page (`html`) or document (`markdown`).
   * @default 'claimdiff report'
   */
  title?: string;
  /**
   * ANSI colours (`terminal`); plain marks otherwise.
   * @default false
   */
  color?: boolean;
  /**
   * Groups of two or more wordings that start open (`html`).
   * @default 25
   */
  openGroups?: number;
  /**
   * Indentation of the JSON (`json`); 0 writes one line.
   * @default 0
   */
  indent?: number;
}

const RenderOptionsSchema = z.strictObject({
  reports: z.array(ReportSchema.pick({ id: true, source: true, title: true, url: true }).loose()).optional(),
  title: z.string().optional(),
  color: z.boolean().optional(),
  openGroups: z.number().int().nonnegative().optional(),
  indent: z.number().int().min(0).max(10).optional(),
});

/**
 * The `analyze` result as a string to show or save: `json` (the version 1 contract), `markdown`
 * (notebooks, pull-request comments), `html` (one self-contained page) or `terminal` (painted
 * with ANSI colours when `color` is set). Every piece of report text is escaped for its format.
 *
 * @throws ClaimdiffError when `analysis` is not an analysis, `format` is unknown, or an option is invalid.
 */
export function render(analysis: Analysis, format: RenderFormat, options: RenderOptions = {}): string {
  if (!(RENDER_FORMATS as readonly unknown[]).includes(format)) {
    throw new ClaimdiffError('invalid-argument', `render(analysis, format): found ${JSON.stringify(format)}, expected one of ${RENDER_FORMATS.join(', ')}`);
  }
  const data = parseArgument(AnalysisSchema, analysis, 'render(analysis)', 'the result of analyze() (version 1)');
  const opts = parseArgument(RenderOptionsSchema, options, 'render(analysis, format, options)', 'render options (see RenderOptions)', 'invalid-options');
  const reports = opts.reports ?? [];
  switch (format) {
    case 'json':
      // The object as given: validation must not reorder its keys.
      return JSON.stringify(analysis, null, opts.indent ?? 0);
    case 'markdown':
      return markdownOf(data, { reports, ...(opts.title === undefined ? {} : { title: opts.title }) });
    case 'html':
      return htmlOf(data, {
        reports,
        ...(opts.title === undefined ? {} : { title: opts.title }),
        ...(opts.openGroups === undefined ? {} : { openGroups: opts.openGroups }),
      });
    case 'terminal':
      return terminalOf(data, { reports, color: opts.color ?? false });
  }
}
