import { ClaimdiffError } from '../schema/error';
import { EXIT, UsageError, type CliIo } from './command';

/** Set by the build from package.json. */
declare const __CLAIMDIFF_VERSION__: string;
const VERSION = typeof __CLAIMDIFF_VERSION__ === 'string' ? __CLAIMDIFF_VERSION__ : 'dev';

export const USAGE = `usage:
  claimdiff diff "<wording A>" "<wording B>" [--format json|text]
  claimdiff analyze <files… | -> [--format text|json|jsonl|markdown|html] [--out FILE] [--time-budget MS] [--no-topics] [--threads N] [--quiet]
  claimdiff group <statements.jsonl | -> [--format json|jsonl|text] [--threads N] [--quiet]
  claimdiff index add --redis URL --name NAME <statements.jsonl | -> [--format text|json] [--cluster]
  claimdiff index groups --redis URL --name NAME [--format json|jsonl|text] [--cluster]
  claimdiff index drop --redis URL --name NAME [--cluster]
  claimdiff --help | --version

  --format   text (aligned, coloured by label; the default of diff and analyze), json (the JSON
             of version 1; the default of group), jsonl (analyze: one flat record a line, for
             data frames; group: one group a line, written as it is final), markdown or html
             (analyze: a report for people)
  --out      analyze: write to FILE instead of stdout
  --time-budget  analyze: milliseconds the run may take before its comparisons turn cheap
  --no-topics  analyze: leave out the topics (the stories above the groups)
  --threads  group, analyze: threads to use (default: the machine's available parallelism;
             analyze by default only from a million characters and four cores); the output is
             the same for any number
  --redis    index: the Redis server (redis://host:port); REDIS_URL is the default
  --name     index: the shared index's name; any number of processes may add to one at once
  --cluster  index: --redis is a node of a Redis Cluster
  --quiet    no progress display on stderr (it is only drawn on a terminal anyway)
  files      .txt (one report, id = file name), .json (a report or an array), .jsonl (one a line)
  --debug    show a stack trace for errors
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

/**
 * Each command's module, loaded when it runs: `group` never loads extraction and rendering,
 * nor `diff` grouping, which would add to every run's start.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  diff: async () => (await import('./diff-command')).diffCommand,
  analyze: async () => (await import('./analyze-command')).analyzeCommand,
  group: async () => (await import('./group-command')).groupCommand,
  index: async () => (await import('./index-command')).indexCommand,
};

/**
 * Runs the command line; returns the exit status instead of exiting, so tests can call it.
 * Every failure is one line on stderr; `--debug` (anywhere) adds the stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  const [command, ...rest] = argv.filter((x) => x !== '--debug');
  if (command === '--version' || command === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (command === undefined || command === '--help' || command === '-h') {
    (command === undefined ? io.stderr : io.stdout).write(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  const load = COMMANDS[command];
  if (load === undefined) {
    io.stderr.write(`claimdiff: found unknown command "${command}", expected one of: ${Object.keys(COMMANDS).join(', ')}\n${USAGE}`);
    return EXIT.usage;
  }
  const trace = (error: unknown): void => {
    if (debug && error instanceof Error) io.stderr.write(`${error.stack ?? ''}\n`);
  };
  try {
    return await (await load())(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`claimdiff ${command}: ${error.message}\n${USAGE}`);
      trace(error);
      return EXIT.usage;
    }
    if (error instanceof ClaimdiffError) {
      io.stderr.write(`${error.message}\n`);
      trace(error);
      return EXIT.input;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`claimdiff: internal error: ${message.split('\n')[0]}${debug ? '' : ' (run again with --debug for the stack trace)'}\n`);
    trace(error);
    return EXIT.internal;
  }
}
