// The zod schema of a report; documented on `Report` in contract.ts.
import * as z from 'zod';

export const ReportSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  source: z.string().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
});

export type { Report } from './contract';
