import type * as z from 'zod';

/**
 * What kind of misuse an error reports, so callers can branch without parsing messages:
 * `invalid-argument` (a wrong argument), `invalid-options` (a wrong or unknown option),
 * `invalid-input` (data read by the command, a snapshot or a store that cannot be used at all),
 * `unreachable` (a store, such as Redis, that could not be reached or was lost past the retries).
 */
export type ClaimdiffErrorCode = 'invalid-argument' | 'invalid-options' | 'invalid-input' | 'unreachable';

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

/** A short, human description of a value for "found …" messages; never echoes a long string. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'bigint') return `bigint ${String(value)}`;
  return `${typeof value} ${String(value)}`;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string', number: 'a number', int: 'an integer', boolean: 'true or false', object: 'an object', array: 'an array',
  function: 'a function', undefined: 'nothing', null: 'null', bigint: 'a bigint', symbol: 'a symbol', date: 'a date',
};

/** One validation problem in words: where (a readable path) and what was wanted there. */
export interface FieldProblem {
  /** `[0].id`, `group.threshold`, or `''` for the value itself. */
  readonly path: string;
  /** The value found there. */
  readonly found: unknown;
  /** Whether the field is absent (found `undefined` inside an object). */
  readonly missing: boolean;
  /** What was wanted there, in words: "a string", "a number at most 1", "one of "asserts", "denies"". */
  readonly expected: string;
  /** Unknown keys of a strict object, when that is the problem. */
  readonly unknownKeys?: readonly string[];
}

type ZodIssue = z.core.$ZodIssue;

function bound(origin: unknown, limit: unknown, inclusive: boolean | undefined, most: boolean): string {
  const n = typeof limit === 'bigint' ? limit.toString() : String(limit);
  switch (origin) {
    case 'string': return most ? `a string of at most ${n} characters` : Number(limit) === 1 ? 'a non-empty string' : `a string of at least ${n} characters`;
    case 'array': case 'set': return most ? `an array of at most ${n} items` : Number(limit) === 1 ? 'a non-empty array' : `an array of at least ${n} items`;
    default: {
      const strict = inclusive === false;
      if (!most && Number(limit) === 0) return strict ? 'a positive number' : 'a number not below 0';
      return `a number ${most ? (strict ? 'below' : 'at most') : strict ? 'above' : 'at least'} ${n}`;
    }
  }
}

/** What a zod issue asked for, in words. */
function wanted(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'too_small': return bound(issue.origin, issue.minimum, issue.inclusive, false);
    case 'too_big': return bound(issue.origin, issue.maximum, issue.inclusive, true);
    case 'invalid_value': return issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format': return `a string in ${issue.format} format`;
    case 'not_multiple_of': return `a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys': return 'only known fields';
    case 'invalid_union': {
      const options = issue.errors.map((errs) => errs.find((e) => e.path.length === 0)).filter((e): e is ZodIssue => e !== undefined).map(wanted);
      return options.length === issue.errors.length && options.length > 0 ? [...new Set(options)].join(' or ') : 'a valid value';
    }
    case 'custom': return issue.message && !/^Invalid/.test(issue.message) ? issue.message : 'a valid value';
    default: return 'a valid value';
  }
}

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out;
}

/**
 * The first problem of a failed zod parse, in words. A union whose one branch failed deeper
 * (an object missing a field) is explained by that deeper failure.
 */
export function firstProblem(error: z.ZodError, value: unknown): FieldProblem {
  let issue = error.issues[0] as ZodIssue | undefined;
  let prefix: PropertyKey[] = [];
  while (issue?.code === 'invalid_union') {
    const deeper = issue.errors.map((errs) => errs[0]).find((e) => e !== undefined && e.path.length > 0);
    if (deeper === undefined) break;
    prefix = [...prefix, ...issue.path];
    issue = deeper;
  }
  const path = [...prefix, ...(issue?.path ?? [])];
  let found: unknown = value;
  let parent: unknown;
  for (const key of path) {
    parent = found;
    found = found !== null && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
  }
  const missing = found === undefined && path.length > 0 && parent !== null && typeof parent === 'object';
  const base = { path: pathText(path), found, missing, expected: issue === undefined ? 'a valid value' : wanted(issue) };
  return issue?.code === 'unrecognized_keys' ? { ...base, unknownKeys: issue.keys } : base;
}

/**
 * Validates `value` against `schema` once, at the public boundary, and throws a
 * `claimdiff: <where>: found <what>, expected <what>` error naming the first bad field:
 * `claimdiff: analyze(reports): found [0].id missing, expected an array of reports { id, text } with [0].id a string`.
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
  const p = firstProblem(result.error, value);
  const noun = code === 'invalid-options' ? 'option' : 'field';
  if (p.unknownKeys !== undefined) {
    const keys = p.unknownKeys.map((k) => JSON.stringify(k)).join(', ');
    const at = p.path === '' ? '' : ` in ${p.path}`;
    throw new ClaimdiffError(code, `${where}: found unknown ${noun}${p.unknownKeys.length === 1 ? '' : 's'} ${keys}${at}, expected ${expected}`);
  }
  if (p.path === '') throw new ClaimdiffError(code, `${where}: found ${describeValue(value)}, expected ${expected}`);
  const found = p.missing ? `${p.path} missing` : `${p.path} ${describeValue(p.found)}`;
  throw new ClaimdiffError(code, `${where}: found ${found}, expected ${expected} with ${p.path} ${p.expected}`);
}
