import type { StatementCollector } from '../group/collect';
import { GroupInputSchema, type GroupInput } from '../schema/analysis';
import { bad, lineBatches } from './decode';
import { check, parseJson } from './read-input';
import type { CliIo } from './run';

const EXPECTED = 'a statement {"id": "…", "text": "…"} or a JSON string';

/** Where each statement came from, as `file:line`, kept in two numbers a statement. */
export class StatementPlaces {
  private names: string[] = [];
  private file = new Uint16Array(1024);
  private line = new Int32Array(1024);
  private count = 0;

  add(name: string, line: number): void {
    if (this.names.at(-1) !== name) this.names.push(name);
    if (this.count === this.line.length) {
      const file = new Uint16Array(this.count * 2);
      file.set(this.file);
      this.file = file;
      const lines = new Int32Array(this.count * 2);
      lines.set(this.line);
      this.line = lines;
    }
    this.file[this.count] = this.names.length - 1;
    this.line[this.count++] = line;
  }

  where(index: number): string {
    return `${this.names[this.file[index] as number]}:${this.line[index]}`;
  }

  /** The collector hook for a repeated id: bad input naming both lines. */
  duplicate(later: number, first: number, id: string): never {
    return bad(this.where(later), `field id: found ${JSON.stringify(id)} again (first at ${this.where(first)}), expected ids unique`);
  }
}

/** A parsed line as a statement: a bare string (its id is the line number) or `{ id, text, … }`, checked cheaply first. */
function statementOf(value: unknown, n: number, where: () => string): GroupInput {
  if (typeof value === 'string') return { id: String(n), text: value };
  const s = value as Partial<GroupInput> | null;
  const ok = s !== null && typeof s === 'object' && !Array.isArray(s) && typeof s.id === 'string' && s.id !== '' && typeof s.text === 'string'
    && (s.stance === undefined || s.stance === 'asserts' || s.stance === 'denies');
  return ok ? (s as GroupInput) : check(GroupInputSchema, value, where(), EXPECTED);
}

/**
 * Statements for `claimdiff group`, one a line, from each file or stdin, read as a stream into
 * `collector` (other fields of a statement are read, not kept). Bad input stops with one line
 * naming the file, line and field; a repeated id is found when the collector finishes (see
 * `StatementPlaces.duplicate`). `onRead` is called after each batch of lines.
 */
export async function readStatementsInto(paths: readonly string[], io: CliIo, collector: StatementCollector, places: StatementPlaces, onRead: (count: number) => void): Promise<void> {
  for (const path of paths) {
    const name = path === '-' ? 'stdin' : path;
    for await (const { lines, first } of lineBatches(path === '-' ? { stream: io.stdin, name } : { path })) {
      for (let k = 0; k < lines.length; k++) {
        const line = lines[k] as string;
        const c = line.charCodeAt(0);
        // Most lines start with `{` or `"`: only others may be blank.
        if (c !== 0x7b && c !== 0x22 && line.trim() === '') continue;
        const n = first + k;
        const statement = statementOf(parseJson(line, name, n), n, () => `${name}:${n}`);
        places.add(name, n);
        collector.add(statement);
      }
      onRead(collector.size);
    }
  }
}
