import type { GroupInput } from './analysis-contract';

/**
 * What `GroupInputSchema` accepts, tested field by field without the schema: a corpus may hold
 * millions of statements, and the schema is asked only to name the problem of one that fails.
 * Apart from the schemas, so that the paths that read statements (the `group` command) load
 * zod only when a statement fails.
 */
export function isGroupInput(value: unknown): value is GroupInput {
  const s = value as Partial<GroupInput> | null;
  return s !== null && typeof s === 'object' && typeof s.id === 'string' && s.id !== '' && typeof s.text === 'string'
    && (s.stance === undefined || s.stance === 'asserts' || s.stance === 'denies');
}
