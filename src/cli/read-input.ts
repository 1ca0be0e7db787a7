import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import { GroupInputSchema, type GroupInput } from '../schema/analysis';
import { ClaimdiffError, describeValue } from '../schema/error';
import { ReportSchema, type Report } from '../schema/report';
import type { CliIo } from './run';

/** Bad input: `file:line: field …: found …, expected …`, exit status 2, no stack. */
function bad(where: string, message: string): never {
  throw new ClaimdiffError('invalid-input', `${where}: ${message}`);
}

function check<S extends z.ZodType>(schema: S, value: unknown, where: string, expected: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  const path = first?.path.join('.') ?? '';
  let found: unknown = value;
  for (const key of first?.path ?? []) found = found !== null && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
  return bad(where, path ? `field ${path}: found ${describeValue(found)}, expected ${first?.message ?? 'a valid value'}` : `found ${describeValue(value)}, expected ${expected}`);
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return bad(where, `not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Lines of a file or of stdin, one at a time, with their 1-based numbers: memory stays one line. */
async function* lines(path: string, io: CliIo): AsyncGenerator<[string, number]> {
  const input = path === '-' ? io.stdin : createReadStream(path, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of rl) yield [line, ++n];
  } catch (error) {
    bad(path === '-' ? 'stdin' : path, `cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function readWhole(path: string, io: CliIo): Promise<string> {
  if (path !== '-') {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      return bad(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
  const chunks: string[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8'));
  return chunks.join('');
}

/**
 * Reports from files: `.txt` (one report, id = the file name), `.json` (a report or an array),
 * `.jsonl` (one report a line, read line by line), `-` for stdin (JSON lines when it starts
 * with `{`, a JSON array with `[`, else one text report with id `stdin`).
 */
export async function* readReports(paths: readonly string[], io: CliIo): AsyncGenerator<Report> {
  for (const path of paths) {
    const ext = extname(path).toLowerCase();
    if (ext === '.jsonl') {
      for await (const [line, n] of lines(path, io)) {
        if (line.trim() === '') continue;
        yield check(ReportSchema, parseJson(line, `${path}:${n}`), `${path}:${n}`, 'a report { id, text }');
      }
      continue;
    }
    const text = await readWhole(path, io);
    const name = path === '-' ? 'stdin' : path;
    const head = text.trimStart()[0];
    if (ext === '.json' || (path === '-' && head === '[')) {
      const value = parseJson(text, name);
      const items = Array.isArray(value) ? value : [value];
      for (let i = 0; i < items.length; i++) yield check(ReportSchema, items[i], Array.isArray(value) ? `${name}[${i}]` : name, 'a report { id, text }');
    } else if (path === '-' && head === '{') {
      let n = 0;
      for (const line of text.split('\n')) {
        n++;
        if (line.trim() === '') continue;
        yield check(ReportSchema, parseJson(line, `stdin:${n}`), `stdin:${n}`, 'a report { id, text }');
      }
    } else {
      yield { id: path === '-' ? 'stdin' : basename(path), text };
    }
  }
}

/**
 * Statements for `claimdiff group`: one a line, `{"id", "text", …}` (other fields kept) or a bare
 * JSON string (its id is its line number). Read line by line from each file or stdin.
 */
export async function* readStatements(paths: readonly string[], io: CliIo): AsyncGenerator<GroupInput> {
  const ids = new Set<string>();
  for (const path of paths) {
    const name = path === '-' ? 'stdin' : path;
    for await (const [line, n] of lines(path, io)) {
      if (line.trim() === '') continue;
      const where = `${name}:${n}`;
      const value = parseJson(line, where);
      const statement = typeof value === 'string' ? { id: String(n), text: value } : check(GroupInputSchema, value, where, 'a statement {"id", "text"} or a JSON string');
      if (ids.has(statement.id)) bad(where, `field id: found duplicate ${JSON.stringify(statement.id)}, expected ids unique`);
      ids.add(statement.id);
      yield statement;
    }
  }
}
