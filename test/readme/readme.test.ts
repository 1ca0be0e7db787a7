import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir';

// The README's code, run as a user would paste it: against the built package (`npm test`
// builds first), installed in a fresh directory as node_modules/claimdiff.
const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SKIP = /^\/\/ not run: /;

interface Block { lang: 'js' | 'ts'; line: number; code: string }

/** Every ```js and ```ts block of a Markdown text, with the line it starts on. */
function codeBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(js|ts)\s*$/.exec(lines[i] as string);
    if (open === null) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== '```') end++;
    blocks.push({ lang: open[1] as 'js' | 'ts', line: start + 1, code: lines.slice(start, end).join('\n') });
    i = end;
  }
  return blocks;
}

const blocks = codeBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));
const project = tempDir('claimdiff-readme-');
mkdirSync(join(project, 'node_modules'));
symlinkSync(ROOT, join(project, 'node_modules', 'claimdiff'), 'dir');

function run(block: Block): string {
  const file = join(project, `line-${block.line}.${block.lang === 'js' ? 'mjs' : 'mts'}`);
  writeFileSync(file, block.code);
  const [command, args] = block.lang === 'js' ? [process.execPath, [file]] : [TSX, [file]];
  return execFileSync(command, args, { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('codeBlocks', () => {
  it('finds js and ts blocks with their lines, and no other language', () => {
    expect(codeBlocks('a\n```js\nx;\n```\n```sh\nls\n```\n```ts\ny;\nz;\n```\n')).toEqual([
      { lang: 'js', line: 3, code: 'x;' },
      { lang: 'ts', line: 9, code: 'y;\nz;' },
    ]);
  });
});

describe('the README', () => {
  it('starts with a quick start in plain JavaScript, and every block not run says why', () => {
    expect(blocks[0]?.lang).toBe('js');
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const b of blocks.filter((x) => SKIP.test(x.code))) expect(b.code.split('\n')[0]?.length).toBeGreaterThan(20);
  });

  it('has a quick start that prints what the README shows it prints', () => {
    const quick = blocks[0] as Block;
    const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
    // The first bare ``` block after the quick start's code is its output.
    const open = lines.findIndex((l, i) => i > quick.line + quick.code.split('\n').length && l === '```');
    const close = lines.indexOf('```', open + 1);
    const shown = lines.slice(open + 1, close);
    const printed = run(quick).trimEnd().split('\n').map((l) => l.trimEnd());
    expect(shown.length).toBeGreaterThan(3);
    expect(printed).toEqual(shown);
    expect(printed.filter((l) => l.startsWith('contradict'))).toHaveLength(1);
  });

  it.each(blocks.slice(1).filter((b) => !SKIP.test(b.code)).map((b) => [b.line, b] as const))('runs the block at line %i as written', (_line, block) => {
    expect(() => run(block)).not.toThrow();
  });
});
