import type { Report } from '../../src/schema/report';
import { TWO_STORIES } from '../topics/fixtures';

/** Invented wire copy: two outlets quote one minister; a rebel spokesman denies a charge. */
export const REPORTS = [
  {
    id: 'wire-a.txt',
    text: 'Harbour Minister Lena Vos said the ferry link would reopen in May. "We have tried to repair the northern pier, but the main obstacle remains the weather," Vos said. Officials said rebels use the coastal caves to store weapons. The rebel spokesman denied that rebels use the coastal caves to store weapons.',
  },
  {
    id: 'wire-b.txt',
    text: '"We have been trying to repair the northern pier, but the major obstacle remains the weather," Vos told reporters. She added that fares would not rise this year.',
  },
];

/** Invented word swaps: each copy of a story is another outlet's wording of it. */
const SWAPS: [RegExp, string][] = [[/ said/g, ' stated'], [/reporters/g, 'journalists'], [/\bwill\b/g, 'would'], [/ told/g, ' informed']];

/**
 * The fixtures' reports, three outlets' wordings of each (so groups have many members and the
 * work spreads over several jobs), with a second report of one id and two dates, one unreadable.
 */
export const MANY: Report[] = [
  ...[...REPORTS, ...TWO_STORIES].flatMap((r, k) =>
    [0, 1, 2].map((copy): Report => {
      const swap = SWAPS[(k + copy) % SWAPS.length] as [RegExp, string];
      return { id: `${r.id}-${copy}`, text: copy === 0 ? r.text : r.text.replace(swap[0], swap[1]) };
    }),
  ),
  { id: 'bridge-1-0', text: 'A second report under an id already given: not analysed.' },
  { id: 'dated-1', text: 'Mayor Ilse Brandvold said on Friday that the bridge would close.', publishedAt: '2024-03-12' },
  { id: 'dated-2', text: 'Brandvold said on Friday that the bridge will close.', publishedAt: 'the day after' },
].reverse();
