/**
 * Extraction throughput: MB of report text per second on a ~10 MB corpus of generated wire
 * copy, against the time to merely tokenise the same text (the ratio travels between machines).
 */
import { performance } from 'node:perf_hooks';
import { extractStatements } from '../src/extract/extract-statements';
import { tokenize } from '../src/text/tokenize';

const PEOPLE = ['Idris Kalani', 'Lena Horvath', 'Paulo Serrat', 'Amara Osei', 'Mila Novak', 'Jonas Arlt'];
const BODIES = ['The Foreign Ministry', 'The army', 'Police', 'The union', 'Officials', 'The central bank'];
const CLAIMS = [
  'the talks had stalled over security guarantees', 'militants operate from the northern hills',
  'exports rose 4 percent in the third quarter', 'the grid would be restored by Friday',
  'no new cases had been reported since Sunday', 'the border fence was working',
];

/** A deterministic generator (LCG) so every run measures the same corpus. */
function* reports(bytes: number): Generator<string> {
  let seed = 42;
  const pick = <T>(xs: readonly T[]): T => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return xs[seed % xs.length] as T;
  };
  let total = 0;
  while (total < bytes) {
    const person = pick(PEOPLE);
    const surname = person.split(' ')[1] as string;
    const text = [
      `${pick(BODIES)} said on Tuesday that ${pick(CLAIMS)}.`,
      `“We have tried to keep the door open, but ${pick(CLAIMS)},” spokesperson ${person} told reporters. “We stay engaged.”`,
      `${surname} noted that the visit was “very successful” and warned that ${pick(CLAIMS)}.`,
      `Tarsk says ${pick(CLAIMS)}, a claim denied by Velorian officials.`,
      `The government rejected the accusation, insisting that ${pick(CLAIMS)} is not true, according to ${pick(BODIES).toLowerCase()}.`,
    ].join('\n\n');
    total += text.length;
    yield text;
  }
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

export async function run(): Promise<void> {
  const corpus = [...reports(10_000_000)];
  const mb = corpus.reduce((n, t) => n + t.length, 0) / 1e6;
  const tokenSeconds = time(() => {
    for (const t of corpus) tokenize(t);
  });
  let statements = 0;
  const extractSeconds = time(() => {
    corpus.forEach((text, i) => {
      statements += extractStatements({ id: String(i), text }).length;
    });
  });
  process.stdout.write(`extract: ${mb.toFixed(1)} MB in ${corpus.length} reports, ${statements} statements\n`);
  process.stdout.write(`  tokenize only ${(mb / tokenSeconds).toFixed(2)} MB/s; extractStatements ${(mb / extractSeconds).toFixed(2)} MB/s; ratio ${(extractSeconds / tokenSeconds).toFixed(2)}x the tokenising time\n`);
}
