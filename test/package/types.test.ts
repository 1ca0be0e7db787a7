import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir';

// A TypeScript user's project against the published types (dist/, built by `npm test` first),
// with old and strict settings: no esModuleInterop, no skipLibCheck, so every .d.ts it reaches
// is checked. (attw, in `npm run lint:package`, checks the resolution under node16 from CommonJS
// and under bundler resolution; each compile here takes seconds, so two settings.)
const ROOT = join(import.meta.dirname, '../..');
const TSC = join(ROOT, 'node_modules/.bin/tsc');

const CONSUMER = `import { analyze, diffClaims, AnalysisSchema, Analysis, ClaimDiff, AnalyzeOptions, Statement } from 'claimdiff';

const options: AnalyzeOptions = { table: false, diff: { timeout: 100 } };
const analysis: Analysis = analyze([{ id: 'r1', text: '"The bridge will reopen in May," Marsh said.' }], options);
const diff: ClaimDiff = diffClaims('The bridge will reopen.', 'The bridge will not reopen.');
const again: Analysis = AnalysisSchema.parse(JSON.parse(JSON.stringify(analysis)));
const first: Statement | undefined = again.statements[0];
const issues: number = again.reports.reduce((n, r) => n + r.issues.length, 0);
const comparisons: number = again.groups.reduce((n, g) => n + g.comparisons.length, 0);
export const summary = [diff.relation, first ? first.text : '', issues, comparisons];
`;

function compile(settings: Record<string, unknown>, file: string): string {
  const project = tempDir('claimdiff-types-');
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(ROOT, join(project, 'node_modules', 'claimdiff'), 'dir');
  writeFileSync(join(project, file), CONSUMER);
  const compilerOptions = { strict: true, noEmit: true, types: [], esModuleInterop: false, skipLibCheck: false, ...settings };
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: [file] }));
  try {
    return execFileSync(TSC, ['-p', project], { encoding: 'utf8' });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe('the published types', () => {
  it.each([
    ['"module": "commonjs" (node10 resolution, the main and types fields)', { module: 'commonjs', target: 'es2019' }, 'index.ts'],
    ['"module": "node16" from an ES module (index.d.ts)', { module: 'node16', target: 'es2022' }, 'index.mts'],
  ])('compile under %s without esModuleInterop or skipLibCheck', (_name, settings, file) => {
    expect(compile(settings, file)).toBe('');
  });
});
