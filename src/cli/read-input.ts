import type * as z from 'zod';
import { describeValue, firstProblem } from '../schema/error';
import { bad } from './decode';

/**
 * A value checked against a schema; on failure one line naming the field:
 * `reports.jsonl:2: field text: found number 5, expected a string`.
 */
export function check<S extends z.ZodType>(schema: S, value: unknown, where: string, expected: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return bad(where, `found ${describeValue(value)}, expected ${expected}`);
  const p = firstProblem(r.error, value);
  const found = p.missing ? 'nothing (the field is missing)' : describeValue(p.found);
  return bad(where, `field ${p.path}: found ${found}, expected ${p.expected}`);
}

/** Where in `text` offset `at` is, as `line:column` (1-based). */
function lineColumn(text: string, at: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return `${line}:${at - start + 1}`;
}

/**
 * JSON or one line naming where it breaks: `data.json:3:14: not valid JSON (Expected ',' or '}'
 * after property value)`; `line` is the line number of a JSON line, added before the column.
 */
export function parseJson(text: string, name: string, line?: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
    const at = position === null ? null : Number(position[1]);
    const where = line === undefined
      ? (at === null ? name : `${name}:${lineColumn(text, at)}`)
      : `${name}:${line}${at === null ? '' : `:${at + 1}`}`;
    return bad(where, text.trim() === '' ? 'empty, expected JSON' : `not valid JSON (${reason})`);
  }
}
