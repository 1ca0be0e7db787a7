// Writes schema/*.schema.json: the JSON outputs of `analyze`, `diff` and `group` as JSON Schema
// (draft 2020-12), generated from the zod schemas, so programs in other languages can read them.
// Run: npm run build:schema   (a test fails when the files are out of date)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AnalysisSchema, GroupOutputSchema } from '../src/schema/analysis';
import { ClaimDiffSchema } from '../src/schema/diff';

const BASE = 'https://unpkg.com/claimdiff/schema/';

const OUTPUTS = [
  { file: 'analysis.schema.json', schema: AnalysisSchema, title: 'claimdiff analyze output (version 1)' },
  { file: 'diff.schema.json', schema: ClaimDiffSchema, title: 'claimdiff diff output (version 1)' },
  { file: 'group.schema.json', schema: GroupOutputSchema, title: 'claimdiff group output (version 1)' },
] as const;

/** Each output's JSON Schema, as the text written to `schema/`. */
export function jsonSchemas(): { file: string; text: string }[] {
  return OUTPUTS.map(({ file, schema, title }) => {
    const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' }) as Record<string, unknown>;
    const { $schema, ...rest } = generated;
    return { file, text: `${JSON.stringify({ $schema, $id: `${BASE}${file}`, title, ...rest }, null, 2)}\n` };
  });
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  const dir = join(import.meta.dirname, '..', 'schema');
  mkdirSync(dir, { recursive: true });
  for (const { file, text } of jsonSchemas()) {
    writeFileSync(join(dir, file), text);
    console.log(`schema/${file}`);
  }
}
