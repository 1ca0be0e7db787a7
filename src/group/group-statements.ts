import { GroupInputSchema, GroupOptionsSchema, type Group, type GroupInput, type GroupOptions, type GroupProgress } from '../schema/analysis';
import { ClaimdiffError, describeValue, parseArgument } from '../schema/error';
import type { Issue } from '../schema/issue';
import { isGroupInput } from '../schema/group-input';
import { StatementCollector, type CollectHooks, type StatementColumns } from './collect';
import type { FeatureTable } from './features';
import { findPairs } from './find-pairs';
import { canonicalsOf, groupColumns } from './group-columns';
import { groupsOf, type IndexGroup } from './group-layout';
import { joinContext, joinGroups } from './join-groups';
import type { ReportPlace } from './statement-places';
import type { TextWords } from './text-words';
import { resolveGroupSettings, type GroupSettings } from './settings';

export interface GroupingResult {
  groups: Group[];
  issues: Issue[];
}

/** The hooks of the library functions: `groupStatements(statements)[3]: found duplicate id …`. */
export function argumentHooks(name: string): CollectHooks {
  const invalid = (value: unknown, index: number): never => {
    parseArgument(GroupInputSchema, value, `${name}[${index}]`, 'a statement { id, text, stance? }');
    // isGroupInput tests what the schema does: a value it rejects fails the schema above.
    throw new ClaimdiffError('invalid-argument', `${name}[${index}]: found ${describeValue(value)}, expected a statement { id, text, stance? }`);
  };
  return {
    invalid,
    duplicate: (later, _first, id) => {
      throw new ClaimdiffError('invalid-argument', `${name}[${later}]: found duplicate id ${JSON.stringify(id)}, expected ids unique`);
    },
  };
}

/** Checks the argument cheaply (a corpus may hold millions) and names the first bad item. */
export function validateStatements(statements: unknown, where: string): GroupInput[] {
  if (!Array.isArray(statements)) parseArgument(GroupInputSchema.array(), statements, where, 'an array of statements { id, text }');
  const list = statements as unknown[];
  const ids = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const s = list[i] as Partial<GroupInput> | null;
    if (!isGroupInput(s)) parseArgument(GroupInputSchema, s, `${where}[${i}]`, 'a statement { id, text, stance? }');
    if (ids.has((s as GroupInput).id)) throw new ClaimdiffError('invalid-argument', `${where}[${i}]: found duplicate id ${JSON.stringify((s as GroupInput).id)}, expected ids unique`);
    ids.add((s as GroupInput).id);
  }
  return list as GroupInput[];
}

/**
 * The grouping core over features alone, for corpora: candidate pairs, verification by the
 * exact overlap, clusters without chaining, as `groupStatements` with `coreMargin` 0 and no
 * claim–denial joining (both need the texts). Returns the canonical of each statement (see
 * `canonicalsOf`). Same cost and order guarantees as `groupStatements`.
 *
 * @param keys optional band keys of every statement (see `findPairs`), e.g. from workers.
 */
export function groupFeatureTable(table: FeatureTable, s: GroupSettings, keys?: Uint32Array): { canonical: Int32Array; issues: Issue[] } {
  const found = findPairs(table, { ...s, coreMargin: 0 }, keys);
  return { canonical: canonicalsOf(found, found.edges), issues: found.issues };
}

/**
 * The grouping of statements already in canonical order (sorted by id, ids unique: the caller's
 * guarantee), as `analyze` holds them, groups as index lists: one fitted decision per candidate
 * pair over words, names, figures, speakers, reports and stance, clustered without chaining
 * (see `joinGroups`). The report, span and speaker statements carry keep apart what overlaps in
 * one report and a denial from its own speaker's claims (see `keptApart`). `pointed`: each
 * denial that only points ("called the accusation false") and the claim it was resolved to
 * answer (see `pointedTargets`), by index. `read`: the reader of the texts' content words, when
 * the caller has read them already (see `textWordsOf`).
 */
export function groupIndices(items: readonly (GroupInput & ReportPlace & { topic?: number | undefined })[], s: GroupSettings, read?: TextWords): { groups: IndexGroup[]; issues: Issue[]; pointed: Map<number, number> } {
  const index = new Map(items.map((x, i) => [x.id, i]));
  const joinItems = items.map((x) => ({ ...x, answers: x.denies === undefined ? undefined : index.get(x.denies) }));
  const context = joinContext(joinItems, s.features, read);
  const pointed = new Map([...context.targets].filter(([p, t]) => joinItems[p]?.answers === undefined && joinItems[t]?.stance !== 'denies'));
  return { groups: joinGroups(joinItems, s.features, { claimDenial: s.claimDenial, context }), issues: [], pointed };
}

/** Statements read between two progress calls. */
export const PROGRESS_EVERY = 10_000;

/** The options checked, the settings resolved, and a collector ready for the statements. */
function start(name: string, options: GroupOptions): { s: GroupSettings; collector: StatementCollector; progress: (p: GroupProgress) => void } {
  const opts = parseArgument(GroupOptionsSchema, options, `${name}(statements, options)`, 'group options (see GroupOptions)', 'invalid-options');
  const s = resolveGroupSettings(opts);
  return { s, collector: new StatementCollector(s.features, argumentHooks(`${name}(statements)`)), progress: opts.onProgress ?? (() => {}) };
}

function notIterable(name: string, statements: unknown, async: boolean): never {
  throw new ClaimdiffError('invalid-argument', `${name}(statements): found ${describeValue(statements)}, expected an array${async ? ', iterable or async iterable' : ' or iterable'} of statements { id, text }`);
}

/**
 * Groups statements that report the same underlying statement, with the issues met (capped
 * buckets, skipped frequent words). Groups are `g1`, `g2`, … ordered by their first member;
 * members are in natural id order ("s4" before "s17"). Input order does not matter. Takes an
 * array or any iterable (a generator over a file, say): each statement is reduced to its
 * features as it comes. Runs on the calling thread; the command (and `claimdiff/node`) run the
 * same steps in worker threads, with the same groups.
 *
 * @throws ClaimdiffError when `statements` is not an iterable of `{ id, text }` with unique ids, or an option is invalid.
 */
export function groupStatementsWithIssues(statements: Iterable<GroupInput>, options: GroupOptions = {}): GroupingResult {
  const name = 'groupStatements';
  if (statements === null || typeof (statements as Partial<Iterable<GroupInput>>)?.[Symbol.iterator] !== 'function' || typeof statements === 'string') notIterable(name, statements, false);
  const { s, collector, progress } = start(name, options);
  const total = Array.isArray(statements) ? statements.length : undefined;
  for (const item of statements) {
    collector.add(item);
    if (collector.size % PROGRESS_EVERY === 0) progress({ stage: 'read', done: collector.size, total });
  }
  progress({ stage: 'read', done: collector.size, total: collector.size });
  return groupCollected(collector.finish(), s, progress);
}

/**
 * The statements of an iterable or async iterable collected as columns (see
 * `StatementCollector`), with the settings of the options: the reading half of
 * `groupStatementsAsync`, which other runners of the grouping share.
 *
 * @throws ClaimdiffError as `groupStatementsWithIssues`.
 */
export async function collectStatements(name: string, statements: AsyncIterable<GroupInput> | Iterable<GroupInput>, options: GroupOptions): Promise<{ cols: StatementColumns; s: GroupSettings; progress: (p: GroupProgress) => void }> {
  const isAsync = statements !== null && typeof (statements as Partial<AsyncIterable<GroupInput>>)?.[Symbol.asyncIterator] === 'function';
  const isSync = statements !== null && typeof statements !== 'string' && typeof (statements as Partial<Iterable<GroupInput>>)?.[Symbol.iterator] === 'function';
  if (!isAsync && !isSync) notIterable(name, statements, true);
  const { s, collector, progress } = start(name, options);
  const total = Array.isArray(statements) ? statements.length : undefined;
  for await (const item of statements) {
    collector.add(item);
    if (collector.size % PROGRESS_EVERY === 0) progress({ stage: 'read', done: collector.size, total });
  }
  progress({ stage: 'read', done: collector.size, total: collector.size });
  return { cols: collector.finish(), s, progress };
}

/**
 * `groupStatementsWithIssues` over an async iterable too (a stream of JSON lines, say), read as it
 * comes: memory holds the index, not the input. The same groups as the synchronous function.
 *
 * @throws ClaimdiffError as `groupStatementsWithIssues`.
 */
export async function groupStatementsAsync(statements: AsyncIterable<GroupInput> | Iterable<GroupInput>, options: GroupOptions = {}): Promise<GroupingResult> {
  const { cols, s, progress } = await collectStatements('groupStatementsAsync', statements, options);
  return groupCollected(cols, s, progress);
}

function groupCollected(cols: StatementColumns, s: GroupSettings, progress: (p: GroupProgress) => void): GroupingResult {
  const n = cols.ids.length;
  progress({ stage: 'group', done: 0, total: n });
  const { layout, issues } = groupColumns(cols, s);
  progress({ stage: 'group', done: n, total: n });
  return { groups: groupsOf(cols, layout), issues };
}

/** Groups statements that report the same underlying statement; see `groupStatementsWithIssues`. */
export function groupStatements(statements: Iterable<GroupInput>, options: GroupOptions = {}): Group[] {
  return groupStatementsWithIssues(statements, options).groups;
}

