/**
 * What every command shares with the runner: where it reads and writes, its exit statuses,
 * its usage error, and the parsing of its flags. Its own module so that run.ts imports the
 * commands and the commands import this, never run.ts.
 */

/** Where the command reads and writes: the process streams, or test doubles. */
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stderr: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The module worker threads load (the built command); without it every command runs on one thread. */
  readonly workerEntry?: URL;
}

/** Exit statuses: 0 done, 1 usage error, 2 bad input, 70 internal error (a bug: please report it). */
export const EXIT = { ok: 0, usage: 1, input: 2, internal: 70 } as const;

/** A usage error: wrong command, flag or argument count. */
export class UsageError extends Error {}

/** Runs a flag parser, turning Node's parse errors into our usage errors. */
export function parseFlags<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify.*$/s, '') : String(error));
  }
}

/** The `--format` value, checked against the formats a command knows. */
export function formatFlag<F extends string>(value: string, formats: readonly F[]): F {
  if (!(formats as readonly string[]).includes(value)) throw new UsageError(`--format must be one of ${formats.join(', ')}, found "${value}"`);
  return value as F;
}

/** Whether to paint output: only on a terminal, and never when NO_COLOR is set. */
export function useColor(io: CliIo): boolean {
  return io.stdout.isTTY === true && (io.env['NO_COLOR'] ?? '') === '' && io.env['TERM'] !== 'dumb';
}
