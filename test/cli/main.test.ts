import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The built command (npm test builds first): what it loads is decided by the bundle's chunks.
const DIST = join(import.meta.dirname, '../../dist');

/** Every module the built file reaches by static imports (not `import()`), itself included. */
function staticallyLoaded(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  if (!file.startsWith('./')) return seen;
  const source = readFileSync(join(DIST, file), 'utf8');
  for (const [, target] of source.matchAll(/^(?:import\s[^"\n]*?|\}\s+from\s+|import\s+)"([^"]+)";?$/gm)) staticallyLoaded(target as string, seen);
  return seen;
}

describe('the command entry (dist/cli.js)', () => {
  const loaded = staticallyLoaded('./cli.js');

  it('finds the chunks the entry imports, so the checks below look at something', () => {
    expect(loaded.size).toBeGreaterThan(1);
    expect([...loaded].some((f) => f.startsWith('./chunk-'))).toBe(true);
  });

  it.each([
    ['the WordNet data', './lexicon-data.cjs'],
    ['zod (the schemas)', 'zod'],
    ['the diff library', 'diff'],
    ['the Levenshtein library', 'fastest-levenshtein'],
  ])('does not load %s before a command needs it', (_, module) => {
    expect(loaded.has(module)).toBe(false);
  });

  it('loads no zod for `group` until a statement fails: its modules, the pairwise core included, build no schema', () => {
    const chunk = /import\("(\.\/group-command-[\w-]+\.js)"\)/.exec(readFileSync(join(DIST, 'cli.js'), 'utf8'))?.[1];
    expect(chunk).toBeDefined();
    const group = staticallyLoaded(chunk as string);
    expect(group.has('./lexicon-data.cjs')).toBe(true);
    expect(group.has('zod')).toBe(false);
  });

  it.each([['--version'], ['--help']])('answers %s', (flag) => {
    const r = spawnSync(process.execPath, [join(DIST, 'cli.js'), flag], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });
});
