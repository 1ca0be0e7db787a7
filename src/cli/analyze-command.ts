import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyzeWithPool, defaultThreadsFrom } from '../node/analyze-with-pool';
import { renderJsonl } from '../render/jsonl';
import { render } from '../render/render';
import { terminalOf } from '../render/terminal';
import { bad, describeFsError } from './decode';
import { createProgress } from './progress';
import { readReports } from './read-reports';
import { type CliIo, EXIT, formatFlag, parseFlags, UsageError, useColor } from './command';
import { threadsFlag } from './threads-flag';
import type { Report } from '../schema/report';

const FORMATS = ['json', 'jsonl', 'markdown', 'html', 'text'] as const;

/** The `--time-budget` flag: milliseconds, a number ≥ 0. */
function timeBudgetFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Number(value);
  if (value.trim() === '' || !Number.isFinite(ms) || ms < 0) throw new UsageError(`--time-budget: found ${JSON.stringify(value)}, expected milliseconds (a number ≥ 0)`);
  return ms;
}

/**
 * `claimdiff analyze <files… | -> [--format text|json|jsonl|markdown|html] [--out FILE] [--time-budget MS] [--no-topics] [--threads N] [--quiet]`.
 * Extraction and comparisons run on `--threads` threads when the command has a worker entry
 * (`io.workerEntry`), by default only where they pay (`defaultThreadsFrom`); the analysis is
 * the same for any number.
 */
export async function analyzeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(() =>
    parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string', default: 'text' }, out: { type: 'string' }, 'time-budget': { type: 'string' }, 'no-topics': { type: 'boolean' }, threads: { type: 'string' }, quiet: { type: 'boolean' } },
    }),
  );
  const format = formatFlag(values.format, FORMATS);
  const timeBudget = timeBudgetFlag(values['time-budget']);
  const threads = threadsFlag(values.threads);
  if (positionals.length === 0) throw new UsageError('expected one or more files, or - for stdin');
  const reports: Report[] = [];
  for await (const report of readReports(positionals, io)) reports.push(report);
  const bar = createProgress(io, { items: reports.length * 10, quiet: values.quiet === true });
  const choice = { threads, entry: io.workerEntry, from: values.threads === undefined ? defaultThreadsFrom() : 0 };
  const analysis = await analyzeWithPool('analyze', reports, {
    onProgress: (p) => bar.update(p.stage, p.done, p.total),
    ...(timeBudget === undefined ? {} : { timeBudget }),
    ...(values['no-topics'] === true ? { topics: false } : {}),
  }, choice);
  bar.finish();
  const output =
    format === 'json' ? `${JSON.stringify(analysis)}\n`
    : format === 'jsonl' ? renderJsonl(analysis)
    : format === 'markdown' || format === 'html' ? render(analysis, format, { reports })
    : terminalOf(analysis, { reports, color: values.out === undefined && useColor(io) });
  if (values.out !== undefined) {
    try {
      await writeFile(values.out, output, 'utf8');
    } catch (error) {
      bad(values.out, `cannot be written: ${describeFsError(error)}`);
    }
  } else {
    io.stdout.write(output);
  }
  return EXIT.ok;
}
