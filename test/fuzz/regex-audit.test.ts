import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every regular expression written in src/text and src/extract (module-level constants and the
 * literals inside functions alike), run the way the code runs it against adversarial strings,
 * must take time linear in the input. Measured as growth — time at n against 8n, medians of
 * several repetitions, a generous factor — not absolute time, so a loaded machine does not fail it.
 */
const DIRS = ['src/text', 'src/extract'];
// A regex literal: after an operator, bracket, keyword or line start; a class may hold a slash.
const LITERAL = /(?<=[=(,:?!&|{};]\s*|\breturn\s+|^\s*)\/(?![/*])((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/([dgimsuvy]*)/gm;

interface Pattern {
  readonly where: string;
  readonly re: RegExp;
}

function patterns(): Pattern[] {
  const out: Pattern[] = [];
  for (const dir of DIRS) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(LITERAL)) {
        out.push({ where: `${dir}/${file}: /${m[1]}/${m[2]}`, re: new RegExp(m[1] as string, m[2]) });
      }
    }
  }
  return out;
}

/** One use of the pattern as the code uses it: a sticky match at a position, a global replace, or a test. */
function use(re: RegExp, s: string): void {
  if (re.sticky) {
    re.lastIndex = 0;
    re.exec(s);
  } else if (re.global) {
    s.replace(re, '');
  } else {
    re.test(s);
  }
}

const UNITS = [
  ' ', 'a', 'A', '1', '.', '..', 'a.', 'A.', '1,', '1.', '1-a', "'", "'s", "s'", 'ly', 'y', '-', '--', 'a-', '\n', '\r\n', '"', '“', '”', '‘’',
  '\u0301', 'e\u0301', '😀', '$1', '1st', ',', 'Ab', 'aB', 'a\u2019', '\u200d', 'ש', ';:',
];
const SUFFIXES = ['', '!', '\u0000', ' x', '\uD800'];
const adversarial = (n: number): string[] => UNITS.flatMap((u) => SUFFIXES.map((x) => u.repeat(Math.ceil(n / u.length)).slice(0, n) + x));

/** Milliseconds per call: the call repeated until `budget` ms have passed. */
function perCall(fn: () => void, budget = 2): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    fn();
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < budget);
  return elapsed / calls;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

const N = 1_000;
const FACTOR = 8;
/** Linear time grows 8×, quadratic 64×: anything past this is super-linear. */
const MAX_GROWTH = 20;
/**
 * A call at 8n faster than this (the best of three) cannot hide super-linear work at this size
 * (a quadratic pattern takes tens of milliseconds there): the careful measure is skipped.
 */
const SCREEN_MS = 1;

/** The median growth of the time per call from the small to the large input, after warming both up. */
function measuredGrowth(re: RegExp, small: string, large: string): number {
  for (let k = 0; k < 3; k++) {
    use(re, small);
    use(re, large);
  }
  const ratios: number[] = [];
  for (let k = 0; k < 5; k++) ratios.push(perCall(() => use(re, large)) / perCall(() => use(re, small)));
  return median(ratios);
}

/**
 * Growth of the time of `use(re, …)` from n to 8n, or null when the screen shows it is clearly
 * fast. A pause of the machine can only make one measure look worse, so a growth past the
 * bound is measured twice more and the least of the three counts.
 */
function growth(re: RegExp, small: string, large: string, screen = true): number | null {
  if (screen) {
    let best = Infinity;
    for (let k = 0; k < 3 && best >= SCREEN_MS; k++) {
      const start = performance.now();
      use(re, large);
      best = Math.min(best, performance.now() - start);
    }
    if (best < SCREEN_MS) return null;
  }
  let g = measuredGrowth(re, small, large);
  for (let k = 0; k < 2 && g > MAX_GROWTH; k++) g = Math.min(g, measuredGrowth(re, small, large));
  return g;
}

describe('regex audit of src/text and src/extract', () => {
  const all = patterns();

  it('finds the patterns of every file, and each compiles', () => {
    expect(all.length).toBeGreaterThan(40);
    for (const file of ['tokens.ts', 'sentences.ts', 'normalize.ts', 'quotes.ts', 'speakers.ts']) expect(all.some((p) => p.where.includes(file))).toBe(true);
  });

  it('flags a pattern known to be quadratic (the audit can fail)', () => {
    const quadratic = /\s+$/;
    // Large enough that a call is milliseconds long even at n: fixed costs and a busy machine
    // then cannot flatten the growth of a quadratic pattern towards linear.
    const n = N * 2;
    const measure = (): number => growth(quadratic, ' '.repeat(n) + 'x', ' '.repeat(n * FACTOR) + 'x', false) as number;
    // A pause of a busy machine can only hide growth here (it slows the small input's calls too):
    // a growth under the bound is measured twice more and the largest of the three counts.
    let g = measure();
    for (let k = 0; k < 2 && g <= MAX_GROWTH; k++) g = Math.max(g, measure());
    expect(g).toBeGreaterThan(MAX_GROWTH);
  });

  it('runs every pattern in linear time on adversarial strings', () => {
    const small = adversarial(N);
    const large = adversarial(N * FACTOR);
    const slow: string[] = [];
    for (const p of all) {
      for (let i = 0; i < large.length; i++) {
        const g = growth(p.re, small[i] as string, large[i] as string);
        if (g !== null && g > MAX_GROWTH) slow.push(`${p.where} on ${JSON.stringify((large[i] as string).slice(0, 12))}…: ${g.toFixed(1)}× from n to ${FACTOR}n`);
      }
    }
    expect(slow).toEqual([]);
  });
});
