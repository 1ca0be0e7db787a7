/**
 * Child process for the worst case of `bench/diff.ts`: reads `{a, b}` as JSON on stdin, runs
 * diffClaims with its default caps and writes the wall time and issues as JSON on stdout.
 * It runs apart so that a cap that fails to hold is killed by the parent's time limit
 * instead of hanging the whole benchmark.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { diffClaims } from '../src/compare/diff-claims';

const input = z.object({ a: z.string(), b: z.string() }).parse(JSON.parse(readFileSync(0, 'utf8')));
// Decode the lexicon first: its one-time cost is not the alignment's, and a service pays it once.
diffClaims('warm up', 'warm it up');
const started = performance.now();
const result = diffClaims(input.a, input.b);
const milliseconds = performance.now() - started;
process.stdout.write(
  JSON.stringify({
    milliseconds,
    relation: result.relation,
    segments: result.segments.length,
    issues: result.issues.map(({ code, message }) => ({ code, message })),
  }),
);
