import { describe, expect, it } from 'vitest';
import { groupStatements } from '../../src/group/group-statements';

const members = (items: Parameters<typeof groupStatements>[0]) => groupStatements(items).map((g) => g.members);

describe('joinDenials', () => {
  it('joins two denials in different words with the one claim they both deny', () => {
    expect(members([
      { id: 'c1', text: 'the paper mill poured blue dye into the river last week, residents said' },
      { id: 'd1', text: 'the paper mill did not pour dye into the river', stance: 'denies' },
      { id: 'd2', text: 'blue dye never came from the mill last week', stance: 'denies' },
    ])).toEqual([['c1', 'd1', 'd2']]);
  });

  it('leaves a denial of something else apart from the claim', () => {
    expect(members([
      { id: 'c1', text: 'the paper mill poured blue dye into the river last week, residents said' },
      { id: 'd1', text: 'the council did not raise parking fees in the old town', stance: 'denies' },
    ])).toEqual([['c1'], ['d1']]);
  });
});
