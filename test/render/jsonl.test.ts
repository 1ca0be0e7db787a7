import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze';
import { runCli } from '../../src/cli/run';
import { analysisRecords, renderJsonl, type AnalysisRecord } from '../../src/render/jsonl';
import type { Analysis } from '../../src/schema/analysis';
import type { Report } from '../../src/schema/report';
import { fakeIo } from '../cli/io';
import { wireSentence } from '../fuzz/arbitraries';
import { tempDir } from '../temp-dir';

const EXAMPLES = join(import.meta.dirname, '../../examples/reports');
const files = readdirSync(EXAMPLES).sort().map((f) => join(EXAMPLES, f));
const reports = new Map(files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Report).map((r) => [r.id, r]));

/** A small analysis written by hand: a pair (claim and denial) and a statement alone. */
const SMALL: Analysis = {
  version: 1,
  reports: [{ id: 'r1', length: 80, issues: [] }],
  statements: [
    { id: 's1', report: 'r1', start: 0, end: 10, text: 'The plan works', kind: 'direct', stance: 'asserts', speaker: { name: 'Ann Lee', start: 12, end: 19, aliases: [] }, cue: null, quoted: [] },
    { id: 's2', report: 'r1', start: 30, end: 40, text: 'It does not', kind: 'indirect', stance: 'denies', speaker: null, cue: null, quoted: [] },
    { id: 's3', report: 'r1', start: 50, end: 60, text: 'Rain later', kind: 'direct', stance: 'asserts', speaker: null, cue: null, quoted: [] },
  ],
  groups: [
    { id: 'g1', members: ['s1', 's2'], canonical: 's1', comparisons: [{ a: 's1', b: 's2', relation: 'contradict', score: 0.25, segments: [], reasons: ['stance'] }] },
    { id: 'g2', members: ['s3'], canonical: 's3', comparisons: [] },
  ],
  issues: [],
};

async function jsonlOf(args: string[]): Promise<string> {
  const io = fakeIo();
  expect(await runCli(['analyze', ...args, '--format', 'jsonl'], io)).toBe(0);
  return io.out();
}

describe('analysisRecords', () => {
  it('gives one flat record per statement, then one per comparison, each with its type', () => {
    expect(analysisRecords(SMALL)).toEqual([
      { type: 'statement', id: 's1', report: 'r1', start: 0, end: 10, text: 'The plan works', speaker: 'Ann Lee', stance: 'asserts', kind: 'direct', group: 'g1', topic: null },
      { type: 'statement', id: 's2', report: 'r1', start: 30, end: 40, text: 'It does not', speaker: null, stance: 'denies', kind: 'indirect', group: 'g1', topic: null },
      { type: 'statement', id: 's3', report: 'r1', start: 50, end: 60, text: 'Rain later', speaker: null, stance: 'asserts', kind: 'direct', group: 'g2', topic: null },
      { type: 'comparison', group: 'g1', a: 's1', b: 's2', relation: 'contradict', score: 0.25, confidence: null, reasons: ['stance'], via: null },
    ]);
  });

  it('gives a comparison read through the claim a pointing denial answers that claim as its via', () => {
    const through = { ...SMALL, groups: [{ ...(SMALL.groups[0] as Analysis['groups'][number]), comparisons: [{ a: 's3', b: 's2', relation: 'contradict' as const, score: 0.1, segments: [], reasons: ['stance' as const], via: 's1' }] }] };
    expect(analysisRecords(through).filter((r) => r.type === 'comparison').map((r) => r.type === 'comparison' && r.via)).toEqual(['s1']);
  });

  it('gives each statement the topic of its group when the analysis has topics', () => {
    const topics = [
      { id: 't1', groups: ['g2'], reports: ['r1'], label: 'rain', why: { words: [], groups: [] }, conflicts: [] },
      { id: 't2', groups: ['g1'], reports: ['r1'], label: 'plan', why: { words: [], groups: [] }, conflicts: [] },
    ];
    const rows = analysisRecords({ ...SMALL, topics }).filter((r) => r.type === 'statement');
    expect(rows.map((r) => [r.id, r.topic])).toEqual([['s1', 't2'], ['s2', 't2'], ['s3', 't1']]);
  });

  it('gives, for any reports, each statement at its offsets and each comparison once, and they parse back', () => {
    const report = fc.array(wireSentence, { minLength: 1, maxLength: 4 }).map((x) => x.join(' '));
    const reportsArb = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,3}$/), text: report }), { selector: (r) => r.id, minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(reportsArb, (given) => {
        const a = analyze(given);
        const records = renderJsonl(a).split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as AnalysisRecord);
        const statements = records.filter((r) => r.type === 'statement');
        expect(statements.map((r) => r.id)).toEqual(a.statements.map((x) => x.id));
        for (const r of statements) expect(given.find((g) => g.id === r.report)?.text.slice(r.start, r.end)).toBe(r.text);
        expect(records.filter((r) => r.type === 'comparison')).toHaveLength(a.groups.reduce((n, g) => n + g.comparisons.length, 0));
        expect(new Set(statements.map((r) => r.group))).toEqual(new Set(a.groups.map((g) => g.id)));
      }),
      { numRuns: 15 },
    );
  });

  it('writes one JSON object a line, ending with a line break', () => {
    const text = renderJsonl(SMALL);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as AnalysisRecord)).toEqual(analysisRecords(SMALL));
  });
});

describe('claimdiff analyze --format jsonl', () => {
  it('writes records that load back: statements at their offsets, comparisons between them', async () => {
    const records = (await jsonlOf(files)).split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as AnalysisRecord);
    const io = fakeIo();
    expect(await runCli(['analyze', ...files, '--format', 'json'], io)).toBe(0);
    const analysis = JSON.parse(io.out()) as Analysis;
    const statements = records.filter((r) => r.type === 'statement');
    const comparisons = records.filter((r) => r.type === 'comparison');
    expect(records.every((r) => r.type === 'statement' || r.type === 'comparison')).toBe(true);
    expect(statements.map((s) => s.id)).toEqual(analysis.statements.map((s) => s.id));
    expect(comparisons).toHaveLength(analysis.groups.reduce((n, g) => n + g.comparisons.length, 0));
    expect(comparisons.length).toBeGreaterThan(0);
    for (const s of statements) expect(reports.get(s.report)?.text.slice(s.start, s.end)).toBe(s.text);
    const ids = new Set(statements.map((s) => s.id));
    for (const c of comparisons) expect(ids.has(c.a) && ids.has(c.b)).toBe(true);
  });

  it.runIf(spawnSync('python3', ['--version']).status === 0)('is read by the Python example of examples/', async () => {
    const file = join(tempDir('claimdiff-jsonl-'), 'records.jsonl');
    writeFileSync(file, await jsonlOf(files));
    const out = execFileSync('python3', [join(import.meta.dirname, '../../examples/notebook.py'), file], { encoding: 'utf8' });
    expect(out).toMatch(/^\d+ statements in \d+ groups, [1-9]\d* comparisons\n/);
  });

  it('writes a topic\'s conflicting claims as conflict rows after the comparisons', () => {
    const conflict = { a: 's1', b: 's3', relation: 'contradict' as const, score: 0.3, segments: [], reasons: [] };
    const topics = [{ id: 't1', groups: ['g1', 'g2'], reports: ['r1'], label: 'plan', why: { words: [], groups: [] }, conflicts: [conflict] }];
    const rows = analysisRecords({ ...SMALL, topics });
    expect(rows.at(-1)).toEqual({ type: 'conflict', topic: 't1', a: 's1', b: 's3', relation: 'contradict', score: 0.3, confidence: null, reasons: [] });
    expect(rows.filter((r) => r.type === 'conflict')).toHaveLength(1);
  });
});

