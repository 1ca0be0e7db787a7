import { basename, extname } from 'node:path';
import { ReportSchema, type Report } from '../schema/report';
import { readStreamText, readTextFile, textLines } from './decode';
import { check, parseJson } from './read-input';
import type { CliIo } from './command';

const REPORT = 'a report {"id": "…", "text": "…"}';

/**
 * Reports from files: `.txt` (one report, id = the file name), `.json` (a report or an array),
 * `.jsonl` (one report a line, read line by line), `-` for stdin (JSON lines when it starts
 * with `{`, a JSON array with `[`, else one text report with id `stdin`). Bad input stops with
 * one line naming the file, line (or item) and field.
 */
export async function* readReports(paths: readonly string[], io: CliIo): AsyncGenerator<Report> {
  for (const path of paths) {
    const ext = extname(path).toLowerCase();
    if (ext === '.jsonl') {
      for await (const [line, n] of textLines({ path })) {
        if (line.trim() === '') continue;
        yield check(ReportSchema, parseJson(line, path, n), `${path}:${n}`, REPORT);
      }
      continue;
    }
    const name = path === '-' ? 'stdin' : path;
    const text = path === '-' ? await readStreamText(io.stdin, name) : await readTextFile(path);
    const head = text.trimStart()[0];
    if (ext === '.json' || (path === '-' && head === '[')) {
      const value = parseJson(text, name);
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) yield check(ReportSchema, value[i], `${name}: item ${i + 1}`, REPORT);
      } else {
        yield check(ReportSchema, value, name, `${REPORT} or an array of reports`);
      }
    } else if (path === '-' && head === '{') {
      let n = 0;
      for (const line of text.split('\n')) {
        n++;
        if (line.trim() === '') continue;
        yield check(ReportSchema, parseJson(line, name, n), `${name}:${n}`, REPORT);
      }
    } else {
      yield { id: path === '-' ? 'stdin' : basename(path), text };
    }
  }
}
