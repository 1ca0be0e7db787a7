import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { StatementCollector } from '../group/collect';
import type { GroupInput } from '../schema/analysis';
import { describeValue } from '../schema/error';
import { isGroupInput } from '../schema/group-input';
import { bad, lineBatches } from './decode';
import { check, parseJson } from './read-input';
import type { CliIo } from './command';

const EXPECTED = 'a statement {"id": "…", "text": "…"} or a JSON string';

/** A typed array twice as long, its values kept. */
function grown<T extends Uint16Array | Int32Array | Float64Array>(a: T, make: (n: number) => T): T {
  const out = make(a.length * 2);
  out.set(a);
  return out;
}

/**
 * Where each statement came from: `file:line` for messages, and the bytes of its line, so that
 * its text can be read again instead of kept (`loadTexts`). A few numbers a statement.
 */
export class StatementPlaces {
  private names: string[] = [];
  private file = new Uint16Array(1024);
  private line = new Int32Array(1024);
  private start = new Float64Array(1024);
  private size = new Int32Array(1024);
  private count = 0;

  add(name: string, line: number, start: number, size: number): void {
    if (this.names.at(-1) !== name) this.names.push(name);
    if (this.count === this.line.length) {
      this.file = grown(this.file, (n) => new Uint16Array(n));
      this.line = grown(this.line, (n) => new Int32Array(n));
      this.start = grown(this.start, (n) => new Float64Array(n));
      this.size = grown(this.size, (n) => new Int32Array(n));
    }
    this.file[this.count] = this.names.length - 1;
    this.start[this.count] = start;
    this.size[this.count] = size;
    this.line[this.count++] = line;
  }

  /**
   * A `loadTexts` for columns collected without their texts from regular files: reads each
   * statement's line again. `arrival` maps column index to input position (see `StatementColumns`).
   */
  textLoader(texts: string[], arrival: Int32Array | undefined): (indices: readonly number[]) => void {
    return (indices) => {
      const fds = new Map<number, number>();
      try {
        for (const k of indices) {
          const i = arrival === undefined ? k : (arrival[k] as number);
          const f = this.file[i] as number;
          let fd = fds.get(f);
          if (fd === undefined) {
            fd = openSync(this.names[f] as string, 'r');
            fds.set(f, fd);
          }
          const bytes = Buffer.alloc(this.size[i] as number);
          readSync(fd, bytes, 0, bytes.length, this.start[i] as number);
          let value: unknown;
          try {
            value = JSON.parse(bytes.toString('utf8'));
          } catch {
            bad(this.where(i), 'changed while it was read, expected the file to stay as it was');
          }
          texts[k] = typeof value === 'string' ? value : String((value as GroupInput).text);
        }
      } finally {
        for (const fd of fds.values()) closeSync(fd);
      }
    };
  }

  where(index: number): string {
    return `${this.names[this.file[index] as number]}:${this.line[index]}`;
  }

  /** The collector hook for a value that is no statement (`eachStatement` names the field first). */
  invalid(value: unknown, index: number): never {
    return bad(this.where(index), `found ${describeValue(value)}, expected ${EXPECTED}`);
  }

  /** The collector hook for a repeated id: bad input naming both lines. */
  duplicate(later: number, first: number, id: string): never {
    return bad(this.where(later), `field id: found ${JSON.stringify(id)} again (first at ${this.where(first)}), expected ids unique`);
  }
}

/** A parsed line as a statement: a bare string (its id is the line number) or `{ id, text, … }`; undefined for anything else. */
function statementOf(value: unknown, n: number): GroupInput | undefined {
  if (typeof value === 'string') return { id: String(n), text: value };
  return !Array.isArray(value) && isGroupInput(value) ? value : undefined;
}

/**
 * Stops on a parsed line that is no statement, naming the field by the schema: loaded only
 * here, so that reading good statements does not load zod and build the schemas (a tenth of
 * the time of grouping 20k statements, measured).
 */
async function rejectStatement(value: unknown, where: string): Promise<never> {
  const { GroupInputSchema } = await import('../schema/analysis');
  check(GroupInputSchema, value, where, EXPECTED);
  return bad(where, `found ${describeValue(value)}, expected ${EXPECTED}`);
}

const PLAIN_START = '{"id":"';
const PLAIN_MIDDLE = '","text":"';
/** What JSON strings escape or may not hold raw: a line with one is left to JSON.parse. */
const NOT_PLAIN = /[\\\u0000-\u001f]/;
/**
 * Ids longer than this are left to JSON.parse: V8 makes a slice of 13 characters or more a
 * view of the string it was cut from, the whole batch of lines here, and ids are kept.
 */
const MAX_PLAIN_ID = 12;

/**
 * The statement of a line of exactly the shape `{"id":"…","text":"…"}` whose strings hold no
 * backslash or control character, as generated and exported corpora write them, read without
 * JSON.parse (twice as fast, measured): what JSON.parse gives for it. Undefined for any other
 * line. Its text may be a view of the batch of lines, so a caller that keeps the texts does
 * not ask (see `eachStatement`).
 */
export function plainStatement(line: string): GroupInput | undefined {
  if (!line.startsWith(PLAIN_START) || NOT_PLAIN.test(line)) return undefined;
  const idEnd = line.indexOf('"', PLAIN_START.length);
  if (idEnd <= PLAIN_START.length || idEnd - PLAIN_START.length > MAX_PLAIN_ID || !line.startsWith(PLAIN_MIDDLE, idEnd)) return undefined;
  const textStart = idEnd + PLAIN_MIDDLE.length;
  const textEnd = line.indexOf('"', textStart);
  if (textEnd !== line.length - 2 || line.charCodeAt(line.length - 1) !== 0x7d) return undefined;
  return { id: line.slice(PLAIN_START.length, idEnd), text: line.slice(textStart, textEnd) };
}

/** Where a statement was read: the input's name, its line, and the bytes of the line. */
export interface StatementPlace {
  name: string;
  line: number;
  start: number;
  size: number;
}

/**
 * Statements, one a line, from each file or stdin, read as a stream: `onStatement` gets each with
 * its place, `onBatch` is awaited after each batch of lines (so a caller may write them out
 * before more are read). Bad input stops with one line naming the file, line and field.
 * `keepsTexts`: the caller keeps texts past the batch, so plain lines are parsed by JSON.parse
 * too, whose strings are copies (see `plainStatement`).
 */
export async function eachStatement(paths: readonly string[], io: CliIo, onStatement: (statement: GroupInput, place: StatementPlace) => void, onBatch: () => Promise<void> | void, keepsTexts = true): Promise<void> {
  for (const path of paths) {
    const name = path === '-' ? 'stdin' : path;
    for await (const { lines, first, starts, sizes } of lineBatches(path === '-' ? { stream: io.stdin, name } : { path })) {
      for (let k = 0; k < lines.length; k++) {
        const line = lines[k] as string;
        const c = line.charCodeAt(0);
        // Most lines start with `{` or `"`: only others may be blank.
        if (c !== 0x7b && c !== 0x22 && line.trim() === '') continue;
        const n = first + k;
        let statement = keepsTexts ? undefined : plainStatement(line);
        if (statement === undefined) {
          const value = parseJson(line, name, n);
          statement = statementOf(value, n) ?? (await rejectStatement(value, `${name}:${n}`));
        }
        onStatement(statement, { name, line: n, start: starts[k] as number, size: sizes[k] as number });
      }
      await onBatch();
    }
  }
}

/**
 * Statements for `claimdiff group`, read as a stream into `collector` (other fields of a
 * statement are read, not kept; see `eachStatement`). A repeated id is found when the collector
 * finishes (see `StatementPlaces.duplicate`). `onRead` is called after each batch of lines;
 * `keepsTexts` says whether the collector keeps the texts (see `eachStatement`).
 */
export async function readStatementsInto(paths: readonly string[], io: CliIo, collector: StatementCollector, places: StatementPlaces, onRead: (count: number) => void, keepsTexts = true): Promise<void> {
  await eachStatement(paths, io, (statement, p) => {
    places.add(p.name, p.line, p.start, p.size);
    collector.add(statement);
  }, () => onRead(collector.size), keepsTexts);
}

/** Whether every input is a regular file, whose lines can be read again (stdin and pipes cannot). */
export function allRegularFiles(paths: readonly string[]): boolean {
  return paths.every((p) => {
    if (p === '-') return false;
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  });
}
