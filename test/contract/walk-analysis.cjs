// A newsroom script in plain JavaScript (CommonJS): it reads every list of an analysis as an
// array, with no optional chaining and no fallbacks. Run by plain-js.test.ts against the built
// package; prints how many items it walked, or throws a TypeError if a list is missing.
'use strict';
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { analyze, groupStatements } = require('../../dist/index.cjs');

const dir = join(__dirname, '..', '..', 'examples', 'reports');
const reports = readdirSync(dir).sort().map(function (f) { return JSON.parse(readFileSync(join(dir, f), 'utf8')); });
// A report with nothing to extract and one with a statement of its own make the empty cases.
reports.push({ id: 'empty', text: '' });
reports.push({ id: 'lonely', text: '"The ferry will run on Sundays from June," the harbour master said.' });
const analysis = analyze(reports);

const counts = { reports: 0, reportIssues: 0, statements: 0, aliases: 0, quoted: 0, groups: 0, members: 0, comparisons: 0, reasons: 0, segments: 0, segmentReasons: 0, issues: 0, emptyComparisons: 0 };
for (const r of analysis.reports) {
  counts.reports += 1;
  counts.reportIssues += r.issues.length;
}
for (const s of analysis.statements) {
  counts.statements += 1;
  if (s.speaker !== null) counts.aliases += s.speaker.aliases.length;
  counts.quoted += s.quoted.length;
}
for (const g of analysis.groups) {
  counts.groups += 1;
  counts.members += g.members.length;
  if (g.comparisons.length === 0) counts.emptyComparisons += 1;
  for (const c of g.comparisons) {
    counts.comparisons += 1;
    counts.reasons += c.reasons.length;
    for (const seg of c.segments) {
      counts.segments += 1;
      counts.segmentReasons += seg.reasons.length;
    }
  }
}
counts.issues = analysis.issues.length;
const grouped = groupStatements(analysis.statements);
counts.groupedMembers = grouped.reduce(function (n, g) { return n + g.members.length; }, 0);
process.stdout.write(JSON.stringify(counts) + '\n');
