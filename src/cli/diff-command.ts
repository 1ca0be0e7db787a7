import { parseArgs } from 'node:util';
import { diffClaims } from '../compare/diff-claims';
import { renderDiffText } from '../render/diff-text';
import { type CliIo, EXIT, formatFlag, parseFlags, UsageError, useColor } from './command';

const FORMATS = ['json', 'text'] as const;

/** `claimdiff diff "A" "B" [--format json|text]`. */
export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(() =>
    parseArgs({ args, allowPositionals: true, strict: true, options: { format: { type: 'string', default: 'text' } } }),
  );
  const format = formatFlag(values.format, FORMATS);
  if (positionals.length !== 2) throw new UsageError(`expected two wordings, found ${positionals.length} argument${positionals.length === 1 ? '' : 's'}`);
  const [a, b] = positionals as [string, string];
  const diff = diffClaims(a, b);
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(diff)}\n`);
  } else {
    io.stdout.write(`${renderDiffText(diff, a, b, { color: useColor(io) })}\n`);
  }
  return EXIT.ok;
}
