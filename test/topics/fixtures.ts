import type { Report } from '../../src/schema/report';

/**
 * Two stories, written for these tests, three outlets each: the Varnholm bridge closure and the
 * Saltmere fishing quota. Each report carries several statements; some are reported by more
 * than one outlet, so they make groups across reports.
 */
export const TWO_STORIES: Report[] = [
  {
    id: 'bridge-1',
    text: 'Mayor Ilse Brandvold said the Varnholm river bridge will close for eight months of repairs. "The girders are corroded beyond patching," Brandvold told reporters. Kestrel Works, which built the bridge, denied that its steel was faulty. Commuters will use a ferry shuttle, the council said.',
  },
  {
    id: 'bridge-2',
    text: '"The girders are corroded beyond patching," Mayor Ilse Brandvold said on Tuesday. The Varnholm bridge closes next month, and a ferry shuttle will carry commuters across the river. Kestrel Works rejected claims that the girders it supplied were defective.',
  },
  {
    id: 'bridge-3',
    text: 'Varnholm will shut its river bridge for repairs, Mayor Brandvold announced. She said the corroded girders could not be patched. A spokesman for Kestrel Works said the company stands by its steel.',
  },
  {
    id: 'quota-1',
    text: 'Fisheries minister Kofi Okafor said the Saltmere herring quota will be cut by a fifth. "The stocks are collapsing and we must act now," Okafor said. Marta Oyelaran of the trawlermen\'s union said the cut would sink small boats.',
  },
  {
    id: 'quota-2',
    text: '"The stocks are collapsing and we must act now," minister Kofi Okafor told the chamber. The union leader Marta Oyelaran denied that the herring stocks were collapsing. Saltmere harbours will lose trawler jobs, she said.',
  },
  {
    id: 'quota-3',
    text: 'Okafor announced a herring quota cut of 20 percent for Saltmere waters. Oyelaran, who leads the trawlermen, said the quota cut would sink small boats and empty the harbours.',
  },
];

/** The story of each report above. */
export const STORY_OF: Readonly<Record<string, string>> = {
  'bridge-1': 'bridge', 'bridge-2': 'bridge', 'bridge-3': 'bridge', 'quota-1': 'quota', 'quota-2': 'quota', 'quota-3': 'quota',
};
