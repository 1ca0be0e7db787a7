#!/usr/bin/env node
import { workerJobs } from '../node/worker-mark';
import { runCli } from './run';

/** Exit status of a run stopped by Ctrl-C (128 + SIGINT), as shells report it. */
const INTERRUPTED = 130;

const jobs = workerJobs();
if (jobs === 'group') {
  // This file is also the worker threads' entry: there it serves grouping jobs. Loaded only
  // here, so that the main thread (and `--version`) does not pay for grouping's modules; the
  // jobs the pool posts meanwhile wait in the port until the listener is attached.
  const { serveGroupJobs } = await import('../node/job-pool');
  serveGroupJobs();
} else if (jobs === 'analyze') {
  // The same for `analyze`'s jobs (extraction and comparisons).
  const { serveAnalyzeJobs } = await import('../node/analyze-jobs');
  serveAnalyzeJobs();
} else {
  process.once('SIGINT', () => {
    // End the progress line, if one is drawn, and stop without a stack trace.
    if (process.stderr.isTTY) process.stderr.write('\n');
    process.exit(INTERRUPTED);
  });
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`claimdiff group big.jsonl | head`): what it wanted is written, so
    // stop quietly, as `cat` or `grep` would, rather than with Node's unhandled-error trace.
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`claimdiff: cannot write the output: ${error.message}\n`);
    process.exit(74);
  });
  runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, workerEntry: new URL(import.meta.url) }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // runCli reports every error itself; this is the last resort if writing the report failed.
      process.stderr.write(`claimdiff: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
