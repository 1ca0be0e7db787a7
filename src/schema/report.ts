import * as z from 'zod';

/** One input document. Offsets everywhere refer to `text` exactly as given. */
export const ReportSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  source: z.string().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  /** ISO 8601 date or date-time; anchors relative dates such as "on Friday". */
  publishedAt: z.string().optional(),
});
export type Report = z.infer<typeof ReportSchema>;
