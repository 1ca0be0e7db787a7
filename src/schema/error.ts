import type { z } from 'zod';

/** What kind of misuse an error reports, so callers can branch without parsing messages. */
export type ClaimdiffErrorCode = 'invalid-argument' | 'invalid-options' | 'invalid-input';

/**
 * Thrown at once when the API is misused (a wrong argument type, an unknown option).
 * Problems inside well-formed data never throw: they become `issues` on the result.
 */
export class ClaimdiffError extends Error {
  readonly code: ClaimdiffErrorCode;

  constructor(code: ClaimdiffErrorCode, message: string) {
    super(message.startsWith('claimdiff: ') ? message : `claimdiff: ${message}`);
    this.name = 'ClaimdiffError';
    this.code = code;
  }
}

/** A short, human description of a value for "found …" messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/**
 * Validates `value` against `schema` once, at the public boundary, and throws a
 * `claimdiff: <where>: found <what>, expected <what>` error naming the first bad field.
 */
export function parseArgument<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: string,
  expected: string,
  code: ClaimdiffErrorCode = 'invalid-argument',
): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const path = first && first.path.length > 0 ? first.path.join('.') : '';
  let found: unknown = value;
  for (const key of first?.path ?? []) {
    found = found !== null && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
  }
  const field = path ? ` (${path}: ${first?.message ?? 'invalid'})` : '';
  throw new ClaimdiffError(code, `${where}: found ${describeValue(found)}${field}, expected ${expected}`);
}
