// Wire-copy deduplication: group a batch of near-duplicate items and keep one per group.
// Run: npx tsx examples/dedupe-wire.ts
import { groupStatements } from '../src/index'; // in your project: from 'claimdiff'

// A morning's feed: the same stories, rewritten by several desks (invented copy).
const feed = [
  { id: 'cw-0712', text: 'The Harbour Bridge will stay closed until the autumn after the contractor missed its deadlines, the mayor said on Friday.' },
  { id: 'hd-0715', text: 'The mayor said on Friday that the Harbour Bridge will stay closed until the autumn after the contractor missed its deadlines.' },
  { id: 'mr-0720', text: 'Harbour Bridge to stay closed until autumn after contractor missed deadlines, mayor says.' },
  { id: 'cw-0731', text: 'The state froze the remaining 40 million dollars for the bridge repairs pending an independent audit.' },
  { id: 'eg-0802', text: 'The state has frozen the remaining 40 million dollars for the bridge repairs until an independent audit is done.' },
  { id: 'cw-0805', text: 'Port Alder’s ferry operator added two evening crossings to ease traffic during the bridge closure.' },
  { id: 'hd-0811', text: 'Heavy rain is expected along the coast on Sunday, forecasters said.' },
  { id: 'mr-0813', text: 'Forecasters said heavy rain is expected along the coast on Sunday.' },
];

const groups = groupStatements(feed);
const byId = new Map(feed.map((item) => [item.id, item]));

console.log(`${feed.length} items, ${groups.length} stories\n`);
for (const g of groups) {
  const kept = byId.get(g.canonical);
  const dropped = g.members.filter((id) => id !== g.canonical);
  console.log(`keep ${g.canonical}: ${kept?.text}`);
  if (dropped.length > 0) console.log(`     drop ${dropped.join(', ')}`);
}
