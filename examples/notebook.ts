// Notebook-style: a table of the variants of each quote, one row per outlet.
// Run: npx tsx examples/notebook.ts [--markdown]
import { analyze, render } from '../src/index'; // in your project: from 'claimdiff'
import { loadExampleReports } from './reports';

const reports = loadExampleReports();
const sources = new Map(reports.map((r) => [r.id, r.source ?? r.id]));
const analysis = analyze(reports);
const byId = new Map(analysis.statements.map((s) => [s.id, s]));

for (const group of analysis.groups.filter((g) => g.members.length > 1)) {
  const vsCanonical = new Map(group.comparisons.filter((c) => c.a === group.canonical).map((c) => [c.b, c]));
  console.log(`\n${group.id}: ${byId.get(group.canonical)?.speaker?.name ?? 'unattributed'}`);
  console.table(
    group.members.map((id) => {
      const s = byId.get(id)!;
      const c = vsCanonical.get(id);
      return {
        outlet: sources.get(s.report),
        speaker: s.speaker?.name ?? '',
        stance: s.stance,
        'vs reference': id === group.canonical ? 'reference' : `${c?.relation ?? ''} ${c?.score.toFixed(2) ?? ''}`,
        wording: s.text.length > 70 ? `${s.text.slice(0, 69)}…` : s.text,
      };
    }),
  );
}

// The whole analysis as Markdown, for a notebook cell or a pull-request comment.
if (process.argv.includes('--markdown')) console.log(render(analysis, 'markdown', { reports }));
