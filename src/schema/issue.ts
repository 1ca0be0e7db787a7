// The zod schema of an issue; documented on `Issue` in contract.ts.
import * as z from 'zod';

export const IssueSchema = z.object({
  code: z.string(),
  message: z.string(),
  report: z.string().optional(),
  span: z.tuple([z.number().int(), z.number().int()]).optional(),
});

export type { Issue } from './contract';
