import { parseArgs } from 'node:util';
import { groupStore, putStatements, resolveGroupSettings, storedOf, type StatementStore, type StoredStatement } from '../group/index';
import { ClaimdiffError } from '../schema/error';
import type { Issue } from '../schema/issue';
import { type CliIo, EXIT, formatFlag, parseFlags, UsageError } from './command';
import { eachStatement } from './read-statements';
import { GROUP_FORMATS, writeGroups } from './write-groups';

/** Statements sent to Redis at once: enough to keep the server busy, few enough to read ahead little. */
const BATCH = 4096;

const SUBCOMMANDS = ['add', 'groups', 'drop'] as const;

/**
 * The store of `--redis` / `--name`. `claimdiff/redis` is loaded only here, so the command runs
 * without the optional `ioredis` package until an index is used.
 */
async function openStore(url: string, name: string, cluster: boolean): Promise<StatementStore> {
  let redis: typeof import('../redis/index');
  try {
    redis = await import('../redis/index');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/ioredis/.test(message)) throw new ClaimdiffError('invalid-argument', 'claimdiff index: found no ioredis package, expected it installed beside claimdiff (npm install ioredis)');
    throw error;
  }
  return redis.openRedisStore({ url, name, cluster });
}

/** Adds the statements of the inputs batch by batch as read; a repeated id within a batch waits for the next. */
async function addAll(store: StatementStore, paths: string[], io: CliIo): Promise<{ added: number; present: number; issues: Issue[] }> {
  const total = { added: 0, present: 0, issues: [] as Issue[] };
  let batch: StoredStatement[] = [];
  let ids = new Set<string>();
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const done = await putStatements(store, batch);
    total.added += done.added;
    total.present += done.present;
    total.issues.push(...done.issues);
    batch = [];
    ids = new Set();
  };
  const pending: StoredStatement[] = [];
  await eachStatement(paths, io, (statement) => pending.push(storedOf(statement)), async () => {
    for (const s of pending.splice(0)) {
      if (ids.has(s.id) || batch.length >= BATCH) await flush();
      batch.push(s);
      ids.add(s.id);
    }
    // What was read is sent before more is read: a writer acknowledges as it goes.
    await flush();
  });
  await flush();
  return total;
}

/**
 * `claimdiff index add|groups|drop --redis URL --name NAME …`: a statement index kept in Redis
 * and shared by any number of processes (see `openRedisIndex`). `add` prints how many
 * statements were added and how many were already there (conflicting ids as issues on stderr);
 * `groups` prints what `claimdiff group` prints for every statement held; `drop` removes it.
 */
export async function indexCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || !(SUBCOMMANDS as readonly string[]).includes(sub)) throw new UsageError(`expected one of ${SUBCOMMANDS.join(', ')} after index, found ${sub === undefined ? 'nothing' : `"${sub}"`}`);
  const { values, positionals } = parseFlags(() =>
    parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { redis: { type: 'string' }, name: { type: 'string' }, cluster: { type: 'boolean' }, format: { type: 'string' } },
    }),
  );
  const url = values.redis ?? io.env['REDIS_URL'];
  if (url === undefined || url === '') throw new UsageError('expected --redis URL (or REDIS_URL set)');
  if (values.name === undefined) throw new UsageError('expected --name NAME');
  if (sub === 'add' && positionals.length === 0) throw new UsageError('expected a statements file (.jsonl), or - for stdin');
  if (sub !== 'add' && positionals.length > 0) throw new UsageError(`index ${sub} takes no files, found "${positionals[0]}"`);
  const store = await openStore(url, values.name, values.cluster === true);
  try {
    if (sub === 'add') {
      const format = formatFlag(values.format ?? 'text', ['text', 'json'] as const);
      const { added, present, issues } = await addAll(store, positionals, io);
      if (format === 'json') io.stdout.write(`${JSON.stringify({ added, present, issues })}\n`);
      else {
        io.stdout.write(`added ${added}, already there ${present}${issues.length > 0 ? `, not applied ${issues.length}` : ''}\n`);
        for (const issue of issues) io.stderr.write(`claimdiff index add: issue ${issue.code}: ${issue.message}\n`);
      }
    } else if (sub === 'groups') {
      const format = formatFlag(values.format ?? 'json', GROUP_FORMATS);
      const { cols, layout, issues } = await groupStore(store, resolveGroupSettings({}));
      await writeGroups(io, format, cols, layout, issues);
    } else {
      await store.drop();
      io.stdout.write(`dropped ${values.name}\n`);
    }
  } finally {
    await store.close();
  }
  return EXIT.ok;
}
