// Two wordings of one statement, compared span by span.
// Run: npx tsx examples/quickstart.ts
import { diffClaims, renderDiffText } from '../src/index'; // in your project: from 'claimdiff'

const a = '"The contractor has missed every deadline we set, and the bridge will not reopen before the autumn," Mayor Elena Marsh said.';
const b = '"The contractor has failed to meet every deadline we set, and the bridge won\'t reopen before the summer," Marsh said.';

const diff = diffClaims(a, b);

// The verdict and every segment, with offsets into the original strings.
console.log(renderDiffText(diff, a, b, { color: process.stdout.isTTY === true && !process.env['NO_COLOR'] }));
console.log();
for (const s of diff.segments) {
  if (s.label === 'match') continue;
  const left = s.a === null ? '—' : a.slice(s.a[0], s.a[1]);
  const right = s.b === null ? '—' : b.slice(s.b[0], s.b[1]);
  console.log(`${s.label.padEnd(10)} ${JSON.stringify(left)} -> ${JSON.stringify(right)} ${s.reasons.join(', ')}`);
}
console.log();
console.log(`relation: ${diff.relation}, score: ${diff.score}`);
