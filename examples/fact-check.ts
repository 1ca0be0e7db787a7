// Fact-check: claims and their denials across outlets, as a terminal summary and an HTML report.
// Run: npx tsx examples/fact-check.ts [reports-dir] [--out report.html]   (default: claimdiff-report.html in the temp directory)
// (npm run demo runs it on the bundled reports in examples/reports/)
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze, render } from '../src/index'; // in your project: from 'claimdiff'
import { loadExampleReports } from './reports';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 && args[outAt + 1] !== undefined ? resolve(args[outAt + 1]!) : join(tmpdir(), 'claimdiff-report.html');
const dir = args.find((a, i) => !a.startsWith('--') && i !== outAt + 1);
const reports = dir === undefined ? loadExampleReports() : loadExampleReports(resolve(dir));

const analysis = analyze(reports);

// Who claims what, and who denies it.
for (const group of analysis.groups) {
  const denials = group.comparisons.filter((c) => c.reasons.includes('stance'));
  if (denials.length === 0) continue;
  const byId = new Map(analysis.statements.map((s) => [s.id, s]));
  const claim = byId.get(denials[0]!.a)!;
  console.log(`CLAIM   ${claim.speaker?.name ?? 'unattributed'} (${claim.report}): “${claim.text}”`);
  for (const id of new Set(denials.map((c) => c.b))) {
    const d = byId.get(id)!;
    console.log(`DENIAL  ${d.speaker?.name ?? 'unattributed'} (${d.report}): “${d.text}”`);
  }
  console.log();
}

// Every group, painted by label (colours on a terminal, marks otherwise).
const color = process.stdout.isTTY === true && (process.env['NO_COLOR'] ?? '') === '';
process.stdout.write(render(analysis, 'terminal', { reports, color }));

writeFileSync(out, render(analysis, 'html', { reports, title: 'Harbour Bridge: who said what' }));
console.log(`\nHTML report: ${out}`);
