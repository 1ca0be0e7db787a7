import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs against dist/: `npm test` builds first.
const SCRIPT = join(import.meta.dirname, 'walk-analysis.cjs');

describe('the output contract in plain JavaScript', () => {
  it('is read by a script that uses no optional chaining and no fallbacks for lists', () => {
    const source = readFileSync(SCRIPT, 'utf8');
    expect(source).not.toMatch(/\?\./);
    expect(source).not.toMatch(/\?\?/);
  });

  it('walks every list of a real analysis, groups of one and reports without issues included', () => {
    const counts = JSON.parse(execFileSync(process.execPath, [SCRIPT], { encoding: 'utf8' })) as Record<string, number>;
    // The four example reports, the empty one and the lonely one.
    expect(counts['reports']).toBe(6);
    expect(counts['statements']).toBeGreaterThan(5);
    expect(counts['members']).toBe(counts['statements']);
    expect(counts['groupedMembers']).toBe(counts['statements']);
    // The ferry statement is a group of one: its comparisons are [] and were walked as such.
    expect(counts['emptyComparisons']).toBeGreaterThanOrEqual(1);
    expect(counts['comparisons']).toBeGreaterThan(0);
    expect(counts['segments']).toBeGreaterThanOrEqual(counts['comparisons'] as number);
    // The empty report has an issue; the others may have none, and were walked all the same.
    expect(counts['reportIssues']).toBeGreaterThanOrEqual(1);
  });
});
