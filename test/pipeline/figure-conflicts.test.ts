import { describe, expect, it } from 'vitest';
import { createFeatureContext } from '../../src/group/features';
import { analyze } from '../../src/pipeline/analyze';
import { figureConflicts, MAX_FIGURE_PAIRS } from '../../src/pipeline/figure-conflicts';
import type { Topic } from '../../src/schema/analysis';
import type { Statement } from '../../src/schema/statement';

const ctx = createFeatureContext();
const settings = { diff: {}, link: { features: ctx, cut: 0.5 } };

function said(id: string, text: string, stance: Statement['stance'] = 'asserts'): Statement {
  return { id, report: `r-${id}`, start: 0, end: text.length, text, kind: 'indirect', stance, speaker: null, cue: null, quoted: [] };
}

/** A topic of `groups`, its reports those of the statements given (each statement's report is its own: see `said`). */
const topicOf = (groups: string[], statements: readonly Statement[], id = 't1'): Topic => ({
  id, groups, reports: statements.map((s) => s.report), label: '', why: { words: [], groups: [] }, conflicts: [],
});

describe('figureConflicts', () => {
  it.each([
    ['two counts of one toll', 'the storm killed 40 people on the Varne coast', 'the storm on the Varne coast had killed 12 people', true],
    ['the same count', 'the storm killed 40 people on the Varne coast', 'the storm on the Varne coast had killed 40 people', false],
    ['counts of two things', 'the storm killed 40 people on the Varne coast', 'the storm destroyed 12 boats on the Varne coast', false],
    ['a share and a count sharing only the unit', 'turnout rose to 40 percent in the Varne valley', 'the storm cut power to 12 percent of homes', false],
    ['one count and the same count with a second figure', 'the storm killed 12 people on the Varne coast', 'the storm killed 12 people on the Varne coast on 3 May', false],
    ['two years, no count', 'the port hired dockers in 2019 for the Varne yard', 'the port hired dockers in 2021 for the Varne yard', false],
    ['two decimals', 'the river rose 1.5 metres at the Varne bridge', 'the river rose 15 metres at the Varne bridge', true],
  ])('finds a conflict between claims of two groups for %s: %s', (_name, a, b, want) => {
    const statements = [said('s1', a), said('s2', b)];
    const groups = [{ id: 'g1', members: ['s1'] }, { id: 'g2', members: ['s2'] }];
    const got = figureConflicts([topicOf(['g1', 'g2'], statements)], groups, statements, settings).conflicts;
    expect(got.has('t1')).toBe(want);
    if (want) expect(got.get('t1')?.[0]).toMatchObject({ a: 's1', b: 's2', relation: 'contradict' });
    // Either claim first, the same answer.
    const swapped = figureConflicts([topicOf(['g1', 'g2'], statements)], groups, [said('s1', b), said('s2', a)], settings).conflicts;
    expect(swapped.has('t1')).toBe(want);
  });

  it.each([
    ['in one group', [{ id: 'g1', members: ['s1', 's2'] }], ['g1'], [said('s1', 'the storm killed 40 people on the Varne coast'), said('s2', 'the storm on the Varne coast had killed 12 people')]],
    ['when one denies', [{ id: 'g1', members: ['s1'] }, { id: 'g2', members: ['s2'] }], ['g1', 'g2'], [said('s1', 'the storm killed 40 people on the Varne coast'), said('s2', 'the storm on the Varne coast had not killed 12 people', 'denies')]],
  ])('compares no claims %s', (_name, groups, topicGroups, statements) => {
    expect(figureConflicts([topicOf(topicGroups, statements)], groups, statements, settings).conflicts.size).toBe(0);
  });

  it('compares the claims of a topic\'s reports, wherever their groups went, and none of reports of another topic', () => {
    const statements = [said('s1', 'the storm killed 40 people on the Varne coast'), said('s2', 'the storm on the Varne coast had killed 12 people'), said('s3', 'the storm killed 9 people on the Varne coast')];
    const groups = [{ id: 'g1', members: ['s1'] }, { id: 'g2', members: ['s2'] }, { id: 'g3', members: ['s3'] }];
    // g2's members are mostly of the other topic's reports: it went there, its claim s2 is still one of t1's reports.
    const topics = [topicOf(['g1'], [statements[0] as Statement, statements[1] as Statement]), topicOf(['g2', 'g3'], [statements[2] as Statement], 't2')];
    const got = figureConflicts(topics, groups, statements, settings).conflicts;
    expect(got.get('t1')?.map((c) => [c.a, c.b])).toEqual([['s1', 's2']]);
    expect(got.has('t2')).toBe(false);
  });

  it('asks nothing once the time budget is spent', () => {
    const statements = [said('s1', 'the storm killed 40 people on the Varne coast'), said('s2', 'the storm on the Varne coast had killed 12 people')];
    const groups = [{ id: 'g1', members: ['s1'] }, { id: 'g2', members: ['s2'] }];
    expect(figureConflicts([topicOf(['g1', 'g2'], statements)], groups, statements, { ...settings, spent: () => true }).conflicts.size).toBe(0);
  });

  it('gives every topic of a run its list of conflicts, and none for two counts the grouping put in one group (the group compares them)', () => {
    const a = analyze([
      { id: 'a', text: 'The coast guard said the storm killed 40 people on the Varne coast.' },
      { id: 'b', text: 'Relief workers said the storm on the Varne coast had killed 12 people.' },
    ]);
    expect((a.topics ?? []).length).toBeGreaterThan(0);
    for (const t of a.topics ?? []) expect(t.conflicts).toEqual([]);
    expect(a.groups.flatMap((g) => g.comparisons).some((c) => c.relation === 'contradict')).toBe(true);
  });

  it('compares at most MAX_FIGURE_PAIRS pairs of a topic and says how many were left', () => {
    const statements = Array.from({ length: 16 }, (_, k) => said(`s${k + 1}`, `the storm killed ${k + 2} people on the Varne coast`));
    const groups = statements.map((s, k) => ({ id: `g${k + 1}`, members: [s.id] }));
    const got = figureConflicts([topicOf(groups.map((g) => g.id), statements)], groups, statements, settings);
    expect(got.issues).toEqual([expect.objectContaining({ code: 'figure-pairs-capped' })]);
    expect(got.issues[0]?.message).toContain(`${16 * 15 / 2} pairs`);
    expect(got.conflicts.get('t1')?.length).toBe(MAX_FIGURE_PAIRS);
  });
});

