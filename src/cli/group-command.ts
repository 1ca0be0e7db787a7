import { parseArgs } from 'node:util';
import { StatementCollector } from '../group/collect';
import { resolveGroupSettings } from '../group/settings';
import { groupColumnsInThreads } from '../node/group-in-threads';
import { createJobPool, type JobPool } from '../node/job-pool';
import { createProgress } from './progress';
import { allRegularFiles, readStatementsInto, StatementPlaces } from './read-statements';
import { type CliIo, EXIT, formatFlag, parseFlags, UsageError } from './command';
import { threadsFlag } from './threads-flag';
import { GROUP_FORMATS, writeGroups } from './write-groups';

/**
 * Statements from which the default thread count starts workers: below it a worker's start (its
 * copy of the program and the lexicon) costs more than it saves.
 */
const THREADS_FROM = 50_000;

const STAGES = ['sign', 'pairs', 'verify', 'cluster'];

/**
 * `claimdiff group <statements.jsonl | -> [--format json|jsonl|text] [--threads N] [--quiet]`.
 * Statements are read as a stream into the grouping index (features, ids, texts); the heavy
 * steps then run on `--threads` threads when the command has a worker entry (`io.workerEntry`),
 * with the same groups for any number (by default only from `THREADS_FROM` statements); groups
 * are written one by one.
 */
export async function groupCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(() =>
    parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string', default: 'json' }, threads: { type: 'string' }, quiet: { type: 'boolean' } },
    }),
  );
  const format = formatFlag(values.format, GROUP_FORMATS);
  const threads = threadsFlag(values.threads);
  if (positionals.length === 0) throw new UsageError('expected a statements file (.jsonl), or - for stdin');
  // Workers start as soon as they will pay (at once when --threads is given), so they load while the input is read.
  let pool: JobPool | undefined;
  const startFrom = values.threads === undefined ? THREADS_FROM : 0;
  const startPool = (count: number): void => {
    if (pool === undefined && threads > 1 && io.workerEntry !== undefined && count >= startFrom) pool = createJobPool(threads, io.workerEntry);
  };
  startPool(0);
  try {
    const s = resolveGroupSettings({});
    const places = new StatementPlaces();
    // Texts of regular files are read again where needed, not kept: a fifth of the memory at 1M.
    const rereadable = allRegularFiles(positionals);
    const collector = new StatementCollector(s.features, places, !rereadable);
    const bar = createProgress(io, { quiet: values.quiet === true });
    await readStatementsInto(positionals, io, collector, places, (n) => {
      startPool(n);
      bar.update('read', n);
    }, !rereadable);
    bar.update('read', collector.size, collector.size);
    const cols = collector.finish();
    if (rereadable) cols.loadTexts = places.textLoader(cols.texts, cols.arrival);
    const { layout, issues } = await groupColumnsInThreads(cols, s, pool, (stage) => bar.update('group', STAGES.indexOf(stage), STAGES.length));
    bar.finish();
    await writeGroups(io, format, cols, layout, issues);
  } finally {
    await (pool as JobPool | undefined)?.close();
  }
  return EXIT.ok;
}
