/**
 * `analyze` against `extractStatements` alone over the same reports, each in its own process:
 * `npm run bench -- analyze [FILE]` (default `../shared/data/polnear/dev.jsonl`, JSON lines with
 * `doc` or `id`, and `text`; skipped when absent). The analyze child also notes when each stage
 * (extract, group, compare) ends, through `onProgress`, to show where its time goes. Wall and
 * CPU time are both counted from after the reports are read (CPU time moves less with the load
 * of a shared machine).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractStatements } from '../src/extract/extract-statements';
import { analyze } from '../src/pipeline/analyze';
import type { Report } from '../src/schema/report';
import { parseReportLines } from '../eval/datasets';

const DEFAULT = fileURLToPath(new URL('../../shared/data/polnear/dev.jsonl', import.meta.url));

function reports(path: string): Report[] {
  return parseReportLines(readFileSync(path, 'utf8'));
}

function child(mode: string, path: string): void {
  const list = reports(path);
  const started = performance.now();
  const cpuFrom = process.cpuUsage();
  const stages: Record<string, number> = {};
  if (mode === 'extract') {
    let statements = 0;
    for (const r of list) statements += extractStatements(r).length;
    stages['statements'] = statements;
  } else {
    const a = analyze(list, { onProgress: (p) => (stages[p.stage] = performance.now() - started) });
    stages['statements'] = a.statements.length;
    stages['groups'] = a.groups.filter((g) => g.members.length > 1).length;
  }
  const cpu = process.cpuUsage(cpuFrom);
  process.stdout.write(`${JSON.stringify({ ms: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000, ...stages })}\n`);
}

export async function run(): Promise<void> {
  const path = process.argv.find((a) => a.endsWith('.jsonl')) ?? DEFAULT;
  if (!existsSync(path)) {
    console.log(`\nanalyze: ${path} not found, skipped`);
    return;
  }
  const self = fileURLToPath(import.meta.url);
  const time = (mode: string): Record<string, number> => {
    const r = spawnSync(process.execPath, [...process.execArgv, self, '--child', mode, path], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').at(-1) as string) as Record<string, number>;
  };
  const extract = time('extract');
  const full = time('analyze');
  const s = (ms: number | undefined): string => `${((ms ?? 0) / 1000).toFixed(2)} s`;
  console.log(`\nanalyze: ${path}, each its own process`);
  const ratio = (key: string): string => `${((full[key] ?? 0) / (extract[key] ?? 1)).toFixed(1)}×`;
  console.log(`  extractStatements alone: ${s(extract['ms'])}, CPU ${s(extract['cpu'])} (${extract['statements']} statements)`);
  console.log(`  analyze: ${s(full['ms'])}, CPU ${s(full['cpu'])} = ${ratio('ms')} extract (CPU ${ratio('cpu')}); stages end at extract ${s(full['extract'])}, group ${s(full['group'])}, compare ${s(full['compare'])} (${full['groups']} groups of two or more)`);
}

if (process.argv.includes('--child')) {
  const at = process.argv.indexOf('--child');
  child(process.argv[at + 1] as string, process.argv[at + 2] as string);
}
