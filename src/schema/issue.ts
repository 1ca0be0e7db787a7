import * as z from 'zod';

/**
 * A problem found in the data (not a misuse of the API): the work goes on and the
 * result says what was skipped, truncated or guessed.
 */
export const IssueSchema = z.object({
  /** Stable, machine-readable code, e.g. `alignment-capped`, `empty-text`. */
  code: z.string(),
  message: z.string(),
  /** The report the issue belongs to, when there is one. */
  report: z.string().optional(),
  /** Where in that text, as `[start, end)` UTF-16 offsets. */
  span: z.tuple([z.number().int(), z.number().int()]).optional(),
});
export type Issue = z.infer<typeof IssueSchema>;
