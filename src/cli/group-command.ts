import { parseArgs } from 'node:util';
import { groupStatementsWithIssues } from '../group/group-statements';
import type { GroupInput, GroupOutput } from '../schema/analysis';
import { createProgress } from './progress';
import { readStatements } from './read-input';
import { type CliIo, EXIT, formatFlag, parseFlags, UsageError } from './command';

const FORMATS = ['json', 'text'] as const;

/** One line per group of two or more: id, members (canonical marked `*`), and the canonical text. */
export function renderGroupsText(output: GroupOutput, texts: ReadonlyMap<string, string>): string {
  const shared = output.groups.filter((g) => g.members.length > 1);
  const lines = [`${texts.size} statements, ${output.groups.length} groups (${shared.length} with two or more)`];
  for (const g of shared) {
    const members = g.members.map((m) => (m === g.canonical ? `*${m}` : m)).join(' ');
    lines.push(`${g.id}  ${members}  ${JSON.stringify((texts.get(g.canonical) ?? '').slice(0, 100))}`);
  }
  for (const issue of output.issues) lines.push(`issue ${issue.code}: ${issue.message}`);
  return `${lines.join('\n')}\n`;
}

/** `claimdiff group <statements.jsonl | -> [--format json|text]`. */
export async function groupCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(() =>
    parseArgs({ args, allowPositionals: true, strict: true, options: { format: { type: 'string', default: 'json' } } }),
  );
  const format = formatFlag(values.format, FORMATS);
  if (positionals.length === 0) throw new UsageError('expected a statements file (.jsonl), or - for stdin');
  const statements: GroupInput[] = [];
  // Reading is the slow part a user waits on; the count is unknown until the end, so the bar shows lines read.
  const bar = createProgress(io, io.stderr.isTTY === true ? Number.MAX_SAFE_INTEGER : 0);
  for await (const s of readStatements(positionals, io)) {
    statements.push(s);
    if (statements.length % 10_000 === 0) bar.update('read', statements.length, statements.length);
  }
  bar.finish();
  const { groups, issues } = groupStatementsWithIssues(statements);
  const output: GroupOutput = { version: 1, groups, issues };
  if (format === 'json') io.stdout.write(`${JSON.stringify(output)}\n`);
  else io.stdout.write(renderGroupsText(output, new Map(statements.map((s) => [s.id, s.text]))));
  return EXIT.ok;
}
