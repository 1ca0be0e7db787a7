import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonSchemas } from '../../scripts/build-json-schema';
import { diffClaims } from '../../src/compare/diff-claims';
import { groupStatementsWithIssues } from '../../src/group/group-statements';
import { exampleAnalysis } from '../fixtures/render/analyses';

const DIR = join(import.meta.dirname, '../../schema');
const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;

describe('the JSON Schema files', () => {
  it.each(jsonSchemas())('schema/$file is up to date with the zod schemas (npm run build:schema)', ({ file, text }) => {
    expect(readFileSync(join(DIR, file), 'utf8')).toBe(text);
  });

  it('accepts the analyze JSON of the example reports', () => {
    const schema = z.fromJSONSchema(read('analysis.schema.json'));
    expect(schema.safeParse(JSON.parse(JSON.stringify(exampleAnalysis()))).success).toBe(true);
    expect(schema.safeParse({ version: 2, reports: [], statements: [], groups: [], issues: [] }).success).toBe(false);
  });

  it('accepts the diff JSON', () => {
    const schema = z.fromJSONSchema(read('diff.schema.json'));
    expect(schema.safeParse(diffClaims('The bridge will reopen in May.', 'The bridge will not reopen in May.')).success).toBe(true);
    expect(schema.safeParse({ relation: 'same', score: 1, segments: [], issues: [] }).success).toBe(false);
  });

  it('accepts the group JSON', () => {
    const schema = z.fromJSONSchema(read('group.schema.json'));
    const { groups, issues } = groupStatementsWithIssues([{ id: 'a', text: 'Rain is expected on Sunday.' }, { id: 'b', text: 'Rain is expected on Sunday, forecasters said.' }]);
    expect(schema.safeParse({ version: 1, groups, issues }).success).toBe(true);
  });
});
