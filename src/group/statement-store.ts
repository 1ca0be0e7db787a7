import type { GroupInput } from '../schema/analysis';
import { compareIds } from './natural-order';

/**
 * A statement as a shared index keeps it: what the grouping reads of it (the id, the text, the
 * stance and the id of the claim it denies). The band keys and features are not kept: they
 * follow from the text, and the bands the grouping uses depend on how many statements there
 * are in the end (see `bandsFor`), so keys stored as statements arrive would not be the ones
 * one `groupStatements` over all of them uses.
 */
export interface StoredStatement {
  id: string;
  text: string;
  stance?: 'asserts' | 'denies';
  denies?: string;
}

/** What one `put` did to each statement given. */
export type PutOutcome = 'added' | 'present' | 'conflict';

/**
 * Where a shared index keeps its statements: in memory (`memoryStore`), or in Redis
 * (`claimdiff/redis`). Every method is async so that a store may be remote; none of them
 * depends on the order or the interleaving of calls from several writers.
 */
export interface StatementStore {
  /**
   * Keeps each statement whose id is new, atomically per statement and idempotently: a
   * statement put again with the same record is `present`; another record under a kept id is a
   * `conflict` and changes nothing. Outcomes in the order given. A store may apply part of a
   * batch before failing; putting the batch again then converges.
   */
  put(statements: readonly StoredStatement[]): Promise<PutOutcome[]>;
  /** The statement kept under an id, if any. */
  get(id: string): Promise<StoredStatement | undefined>;
  /** Every statement kept, in no particular order. */
  statements(): AsyncIterable<StoredStatement>;
  /** How many statements are kept. */
  size(): Promise<number>;
  /** Removes every statement. */
  drop(): Promise<void>;
  /** Lets go of what the store holds open (a connection); the data stays. */
  close(): Promise<void>;
}

/** A statement's record as a store compares it: the same record twice is the same statement. */
export function recordOf(s: StoredStatement): string {
  return JSON.stringify([s.text, s.stance ?? null, s.denies ?? null]);
}

/** The record parsed back, with its id. */
export function statementOf(id: string, record: string): StoredStatement {
  const [text, stance, denies] = JSON.parse(record) as [string, StoredStatement['stance'] | null, string | null];
  return { id, text, ...(stance ? { stance } : {}), ...(denies !== null ? { denies } : {}) };
}

/** The part of a statement a store keeps: other fields of the input are read, not kept. */
export function storedOf(s: GroupInput): StoredStatement {
  const denies = (s as { denies?: unknown }).denies;
  return { id: s.id, text: s.text, ...(s.stance ? { stance: s.stance } : {}), ...(typeof denies === 'string' ? { denies } : {}) };
}

/** A store in this process's memory: the reference the Redis store is tested against. */
export function memoryStore(): StatementStore {
  const records = new Map<string, string>();
  return {
    async put(statements) {
      return statements.map((s) => {
        const record = recordOf(s);
        const kept = records.get(s.id);
        if (kept === undefined) records.set(s.id, record);
        return kept === undefined ? 'added' : kept === record ? 'present' : 'conflict';
      });
    },
    async get(id) {
      const record = records.get(id);
      return record === undefined ? undefined : statementOf(id, record);
    },
    async *statements() {
      // A copy, so that puts while a reader iterates do not move under it.
      for (const [id, record] of [...records].sort((a, b) => compareIds(a[0], b[0]))) yield statementOf(id, record);
    },
    async size() {
      return records.size;
    },
    async drop() {
      records.clear();
    },
    async close() {},
  };
}
