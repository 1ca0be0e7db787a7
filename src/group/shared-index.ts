import { GroupOptionsSchema, type Group, type GroupInput, type GroupOptions } from '../schema/analysis';
import { parseArgument } from '../schema/error';
import type { Issue } from '../schema/issue';
import { collectStatements, validateStatements, type GroupingResult } from './group-statements';
import { groupsOf } from './group-layout';
import type { StatementColumns } from './collect';
import { groupColumns } from './group-columns';
import type { GroupLayout } from './group-layout';
import { resolveGroupSettings, type GroupSettings } from './settings';
import { storedOf, type StatementStore, type StoredStatement } from './statement-store';

/** What one `add` did: statements new to the index, statements it held already, and conflicts. */
export interface AddResult {
  added: number;
  present: number;
  /** One `id-conflict` issue per statement whose id the index holds with another text; not applied. */
  issues: Issue[];
}

/**
 * An index of statements kept in a store several processes may share (see `StatementStore`):
 * writers add, and any of them reads the groups, which are always those one `groupStatements`
 * over every statement held gives (the same partition, ids and canonicals).
 */
export interface SharedIndex {
  /** Adds statements, idempotently by id; see `AddResult`. */
  add(statements: readonly GroupInput[]): Promise<AddResult>;
  /** The groups of every statement held, as `groupStatements` gives them: computed on each call from what is held. */
  groups(): AsyncIterable<Group>;
  /** The groups with the issues of the grouping, as `groupStatementsWithIssues` gives them. */
  groupsWithIssues(): Promise<GroupingResult>;
  /** The group of one statement, or undefined when the index does not hold it: a whole grouping, as `groups()`. */
  groupOf(id: string): Promise<Group | undefined>;
  /** Statements held. */
  size(): Promise<number>;
  /** Removes every statement. */
  drop(): Promise<void>;
  /** Lets go of the store's connection; the statements stay. */
  close(): Promise<void>;
}

/**
 * The grouping of every statement of a store: the statements collected in canonical order and
 * grouped as `claimdiff group` does (see `groupColumns`), so the partition does not depend on
 * which writer added what, or when. O(the grouping of n statements) plus reading them.
 */
export async function groupStore(store: StatementStore, s: GroupSettings, options: GroupOptions = {}): Promise<{ cols: StatementColumns; layout: GroupLayout; issues: Issue[] }> {
  const { cols } = await collectStatements('SharedIndex.groups', store.statements(), options);
  const { layout, issues } = groupColumns(cols, s);
  return { cols, layout, issues };
}

/** The `id-conflict` issue of a statement not applied. */
function conflictIssue(id: string): Issue {
  return { code: 'id-conflict', message: `statement ${JSON.stringify(id)}: found another text than the one the index holds under this id, expected the same; not applied` };
}

/** Puts statements (ids unique among them) into a store and counts what each put did, as `add` reports it. */
export async function putStatements(store: StatementStore, list: readonly StoredStatement[]): Promise<AddResult> {
  const outcomes = await store.put(list);
  const result: AddResult = { added: 0, present: 0, issues: [] };
  outcomes.forEach((o, k) => {
    if (o === 'added') result.added++;
    else if (o === 'present') result.present++;
    else result.issues.push(conflictIssue((list[k] as StoredStatement).id));
  });
  return result;
}

/**
 * A shared index over a store, with grouping options (as `groupStatements` takes them). Each
 * reader computes the groups from the statements held: writers never regroup, so any number of
 * them may add at once without losing a link to a race.
 *
 * @throws ClaimdiffError when an option is invalid; `add` when its argument is not an array of statements with unique ids.
 */
export function openSharedIndex(store: StatementStore, options: GroupOptions = {}): SharedIndex {
  const opts = parseArgument(GroupOptionsSchema, options, 'openSharedIndex(store, options)', 'group options (see GroupOptions)', 'invalid-options');
  const s = resolveGroupSettings(opts);
  const grouped = async (): Promise<GroupingResult> => {
    const { cols, layout, issues } = await groupStore(store, s, opts);
    return { groups: groupsOf(cols, layout), issues };
  };
  return {
    async add(statements) {
      return putStatements(store, validateStatements(statements, 'SharedIndex.add(statements)').map(storedOf));
    },
    async *groups() {
      yield* (await grouped()).groups;
    },
    groupsWithIssues: grouped,
    async groupOf(id) {
      if ((await store.get(id)) === undefined) return undefined;
      return (await grouped()).groups.find((g) => g.members.includes(id));
    },
    size: () => store.size(),
    drop: () => store.drop(),
    close: () => store.close(),
  };
}
