import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importsOf, readGraph } from './import-graph';

const SRC = resolve(__dirname, '../../src');
const graph = readGraph(SRC);
const runtime = new Map([...graph].map(([file, m]) => [file, m.runtime]));

describe('the import graph reader', () => {
  it.each<[string, { specifier: string; runtime: boolean }[]]>([
    ["import { a } from './a';", [{ specifier: './a', runtime: true }]],
    ["import type { A } from './a';", [{ specifier: './a', runtime: false }]],
    ["import { type A, type B } from './a';", [{ specifier: './a', runtime: false }]],
    ["import { a, type B } from './a';", [{ specifier: './a', runtime: true }]],
    ["export { a } from './a';", [{ specifier: './a', runtime: true }]],
    ["export type { A } from './a';", [{ specifier: './a', runtime: false }]],
    ["import {\n  a,\n  b,\n} from '../x';", [{ specifier: '../x', runtime: true }]],
    ["import { z } from 'zod';", []],
    ["import './side-effect';", [{ specifier: './side-effect', runtime: true }]],
  ])('reads %j as %j', (source, expected) => {
    expect(importsOf(source)).toEqual(expected);
  });

  it.each<[string, Record<string, string[]>, string[][]]>([
    ['none in a chain', { a: ['b'], b: ['c'], c: [] }, []],
    ['two modules importing each other', { a: ['b'], b: ['a'] }, [['a', 'b']]],
    ['a module importing itself', { a: ['a'] }, [['a']]],
    ['a ring of three beside a chain', { a: ['b'], b: ['c'], c: ['a'], d: ['a'] }, [['a', 'b', 'c']]],
  ])('finds %s', (_, edges, expected) => {
    expect(cycles(new Map(Object.entries(edges)))).toEqual(expected);
  });
});

describe('src/', () => {
  it('has no import cycle among the imports that load at run time', () => {
    expect(cycles(runtime)).toEqual([]);
  });

  it('keeps schema/ at the ground: it imports only schema/ and lexicon/, types included', () => {
    const upward = [...graph].flatMap(([file, m]) => (file.startsWith('schema/') ? m.all.filter((to) => !/^(schema|lexicon)\//.test(to)).map((to) => `${file} → ${to}`) : []));
    expect(upward).toEqual([]);
  });

  it('has no source file over 300 lines', () => {
    const long = [...graph.keys()].filter((file) => readFileSync(join(SRC, file), 'utf8').split('\n').length - 1 > 300);
    expect(long).toEqual([]);
  });
});

describe('src/compare/', () => {
  const folders = readdirSync(join(SRC, 'compare'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

  it('keeps at most 6 files at its top: the entry points, the rest in folders by stage', () => {
    expect(readdirSync(join(SRC, 'compare')).filter((f) => f.endsWith('.ts')).length).toBeLessThanOrEqual(6);
  });

  it.each(folders)('%s/index.ts opens with a comment on its job and only re-exports, by name', (folder) => {
    const text = readFileSync(join(SRC, 'compare', folder, 'index.ts'), 'utf8');
    expect(text.startsWith('/**')).toBe(true);
    const code = text.replace(/\/\*\*[\s\S]*?\*\/\n/, '').split('\n').filter((l) => l.trim() !== '');
    expect(code.filter((l) => !/^export (type )?\{ [^}]+ \} from '\.\/[a-z-]+';$/.test(l))).toEqual([]);
  });

  it('lets its folders reach each other only through their index.ts', () => {
    const inside = (file: string): string | undefined => /^compare\/([a-z-]+)\//.exec(file)?.[1];
    const stray = [...graph].flatMap(([file, m]) =>
      m.all.filter((to) => inside(to) !== undefined && inside(to) !== inside(file) && !to.endsWith('/index.ts')).map((to) => `${file} → ${to}`));
    expect(stray).toEqual([]);
  });
});
