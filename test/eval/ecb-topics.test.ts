import { describe, expect, it } from 'vitest';
import { ecbStories } from '../../eval/ecb-topics';

describe('ecbStories', () => {
  it('makes one story per sub-topic, its documents the reports, sentences joined and `` \'\' read as quotation marks', () => {
    const jsonl = [
      { doc: '1_1ecb.xml', topic: 1, subtopic: '1_ecb', sentences: ['The pier closed .', '`` It is unsafe , \'\' the mayor said .'] },
      { doc: '1_2ecbplus.xml', topic: 1, subtopic: '1_ecbplus', sentences: ['A ferry sank .'] },
      { doc: '1_3ecb.xml', topic: 1, subtopic: '1_ecb', sentences: ['The pier is shut .'] },
    ].map((d) => JSON.stringify(d)).join('\n');
    expect(ecbStories(`${jsonl}\n\n`)).toEqual([
      { id: '1_ecb', reports: [{ id: '1_1ecb.xml', text: 'The pier closed . " It is unsafe , " the mayor said .' }, { id: '1_3ecb.xml', text: 'The pier is shut .' }] },
      { id: '1_ecbplus', reports: [{ id: '1_2ecbplus.xml', text: 'A ferry sank .' }] },
    ]);
  });
});
