import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze';
import { compareGroup, DEFAULT_COMPARE_LIMITS } from '../../src/pipeline/compare-group';
import type { Statement } from '../../src/schema/statement';

/** Statements of invented reports, each text the report's whole span. */
function said(id: string, text: string, stance: Statement['stance'], speaker: string, denies?: string): Statement {
  return {
    id, report: `r-${id}`, start: 0, end: text.length, text, kind: 'indirect', stance, cue: null, quoted: [],
    speaker: { name: speaker, start: 0, end: 1, aliases: [] }, ...(denies === undefined ? {} : { denies }),
  };
}

const relationOf = (comparisons: { a: string; b: string; relation: string; via?: string }[], a: string, b: string) =>
  comparisons.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));

describe('compareGroup', () => {
  const claim = said('c1', 'navy divers planted explosives on the Varne river dam', 'asserts', 'Lina Osk');
  const denial = said('d1', 'the allegation completely false', 'denies', 'Per Holt', 'c1');
  const rewording = said('c2', 'navy divers had planted explosives on the Varne river dam last year', 'asserts', 'Lina Osk');
  const topicOnly = said('c3', 'the Varne river dam will reopen to traffic in May', 'asserts', 'Ada Brunn');
  const group = compareGroup('g1', claim, [claim, denial, rewording, topicOnly], {}, DEFAULT_COMPARE_LIMITS, false);

  it('makes a denial that only points contradict the claim it answers', () => {
    expect(relationOf(group.comparisons, 'c1', 'd1')).toMatchObject({ relation: 'contradict' });
    expect(relationOf(group.comparisons, 'c1', 'd1')?.via).toBeUndefined();
  });

  it('makes it contradict another wording of that claim too, naming the claim it answers', () => {
    expect(relationOf(group.comparisons, 'c2', 'd1')).toMatchObject({ relation: 'contradict', via: 'c1', reasons: ['stance'] });
  });

  it('never makes it contradict a claim of the group that does not reword the one it answers', () => {
    expect(relationOf(group.comparisons, 'c3', 'd1')?.relation).not.toBe('contradict');
    expect(relationOf(group.comparisons, 'c3', 'd1')?.via).toBeUndefined();
  });

  it.each([
    ['the rewording', rewording, 'c2', 'd1'],
    ['the denial', denial, 'd1', 'c2'],
  ])('reads the dismissal through the claim it answers when %s is the canonical', (_name, first, a, b) => {
    const g = compareGroup('g1', first, [claim, denial, rewording, topicOnly], {}, DEFAULT_COMPARE_LIMITS, false);
    expect(relationOf(g.comparisons, a, b)).toMatchObject({ relation: 'contradict', via: 'c1' });
    expect(relationOf(g.comparisons, 'c3', 'd1')?.relation).not.toBe('contradict');
  });

  it('makes it contradict another claim its claimant made in the same report, worded otherwise, and no claim of that claimant elsewhere', () => {
    const inReport = (x: Statement, report: string): Statement => ({ ...x, report });
    const first = inReport(claim, 'r1');
    const sameAccount = inReport(said('c4', 'the blast was ordered from the capital a year ago', 'asserts', 'Lina Osk'), 'r1');
    const elsewhere = inReport(said('c5', 'the blast was ordered from the capital a year ago by the council', 'asserts', 'Lina Osk'), 'r2');
    const dismissal = inReport(denial, 'r1');
    const g = compareGroup('g1', first, [first, dismissal, sameAccount, elsewhere], {}, DEFAULT_COMPARE_LIMITS, false);
    expect(relationOf(g.comparisons, 'c4', 'd1')).toMatchObject({ relation: 'contradict', via: 'c1' });
    expect(relationOf(g.comparisons, 'c5', 'd1')?.relation).not.toBe('contradict');
  });

  it.each<[string, 'person' | 'organisation' | undefined, boolean]>([
    ['a named person: one account, whatever the report', 'person', true],
    ['an organisation, which may carry several sources\' stories', 'organisation', false],
    ['a voice of unknown kind', undefined, false],
  ])('reads a claim of the group in another report by the same voice as the answered one as one account when the voice is %s', (_name, type, contradicts) => {
    const as = (x: Statement, report: string): Statement => ({ ...x, report, speaker: { ...(x.speaker as NonNullable<Statement['speaker']>), ...(type === undefined ? {} : { type }) } });
    const first = as(claim, 'r1');
    // Her own wording in another outlet, with a circumstance of its own: no rewording by the core.
    const elsewhere = as(said('c5', 'divers helped by the coast guard had planted explosives on the dam during an exercise last June', 'asserts', 'Lina Osk'), 'r2');
    const dismissal = { ...denial, report: 'r1' };
    const g = compareGroup('g1', first, [first, dismissal, elsewhere], {}, DEFAULT_COMPARE_LIMITS, false);
    expect(relationOf(g.comparisons, 'c5', 'd1')?.relation === 'contradict').toBe(contradicts);
    if (contradicts) expect(relationOf(g.comparisons, 'c5', 'd1')).toMatchObject({ via: 'c1' });
  });

  it('makes a pointer at a figure contradict every claim of its claimant stating a count, and none without one', () => {
    const toll = said('c1', 'the flood killed 41 people in the lower town of Varne', 'asserts', 'Lina Osk');
    const other = said('c2', 'the harbour office now had the records, which showed 43 people had died', 'asserts', 'Lina Osk');
    const noCount = said('c3', 'the flood was the worst the valley had seen', 'asserts', 'Lina Osk');
    const pointer = said('d1', 'the number Lina Osk gave was fake', 'denies', 'Per Holt', 'c1');
    const g = compareGroup('g1', toll, [toll, pointer, other, noCount], {}, DEFAULT_COMPARE_LIMITS, false);
    expect(relationOf(g.comparisons, 'c2', 'd1')).toMatchObject({ relation: 'contradict', via: 'c1' });
    expect(relationOf(g.comparisons, 'c3', 'd1')?.relation).not.toBe('contradict');
  });

  it('compares no pair past maxGroupComparisons to read a dismissal through the claim it answers', () => {
    const g = compareGroup('g1', claim, [claim, denial, rewording], {}, { ...DEFAULT_COMPARE_LIMITS, maxGroupComparisons: 0 }, false);
    expect(relationOf(g.comparisons, 'c2', 'd1')?.relation).not.toBe('contradict');
    expect(relationOf(g.comparisons, 'c2', 'd1')?.via).toBeUndefined();
  });

  it('makes no comparison to read a dismissal through the claim it answers once the time budget is spent', () => {
    // The denial is the canonical: its pair with the rewording needs the two claims compared,
    // asked after the budget was checked for the two members (the third check).
    let checks = 0;
    const g = compareGroup('g1', denial, [claim, denial, rewording], {}, { ...DEFAULT_COMPARE_LIMITS, spent: () => ++checks >= 3 }, false);
    expect(relationOf(g.comparisons, 'd1', 'c1')).toMatchObject({ relation: 'contradict' });
    expect(relationOf(g.comparisons, 'd1', 'c2')?.via).toBeUndefined();
  });

  it('reads a dismissal by another outlet through its own report, end to end', () => {
    const a = analyze([
      { id: 'a', text: 'Reporter Lina Osk wrote on Tuesday that navy divers had planted explosives on the Varne river dam. Ministry spokesman Per Holt called the allegation "completely false".' },
      { id: 'b', text: 'Navy divers planted explosives on the Varne river dam, reporter Lina Osk wrote in her newsletter.' },
    ]);
    const [inA, denied, inB] = ['navy divers had planted', 'the allegation', 'Navy divers planted'].map((t) => a.statements.find((s) => s.text.startsWith(t)));
    const comparisons = a.groups.flatMap((g) => g.comparisons);
    expect(relationOf(comparisons, inA?.id ?? '', denied?.id ?? '')?.relation).toBe('contradict');
    expect(relationOf(comparisons, inB?.id ?? '', denied?.id ?? '')).toMatchObject({ relation: 'contradict', via: inA?.id });
  });
});

describe('compareGroup on an outlet\'s piece', () => {
  it('makes an outlet standing by its reporting contradict a verdict that the report is wrong, and not one that agrees', () => {
    const standBy = said('c1', 'We stand by our reporting and the sources who informed it', 'asserts', 'Hedda Quist');
    const wrong = said('d1', 'its report was inaccurate', 'denies', 'Piet Armand');
    const agrees = said('d2', "the board's accusation that the articles were misleading", 'denies', 'Velmar Herald');
    const g = compareGroup('g1', standBy, [standBy, wrong, agrees], {}, DEFAULT_COMPARE_LIMITS, false);
    expect(relationOf(g.comparisons, 'c1', 'd1')).toMatchObject({ relation: 'contradict', reasons: ['stance'] });
    expect(relationOf(g.comparisons, 'c1', 'd2')?.relation).not.toBe('contradict');
  });
});

describe('compareGroup on two claims of one group with figures', () => {
  const canonical = said('c1', 'the storm on the Varne coast killed many people last week', 'asserts', 'Lina Osk');
  const fewer = (text: string): Statement => said('c3', text, 'asserts', 'Per Holt');
  const forty = said('c2', 'the storm killed 40 people on the Varne coast', 'asserts', 'Lina Osk');

  it.each([
    ['two counts of one toll', 'the storm on the Varne coast had killed 12 people', true],
    ['the same count', 'the storm on the Varne coast had killed 40 people', false],
    ['counts of two things', 'the storm destroyed 12 boats on the Varne coast', false],
    ['no figure', 'the storm on the Varne coast killed people', false],
  ])('compares two claims that are not the canonical for %s, keeping only a contradict by number', (_name, text, want) => {
    const g = compareGroup('g1', canonical, [canonical, forty, fewer(text)], {}, DEFAULT_COMPARE_LIMITS, false);
    const c = relationOf(g.comparisons, 'c2', 'c3');
    if (want) expect(c).toMatchObject({ relation: 'contradict' });
    else expect(c).toBeUndefined();
  });

  it('compares no such pair past maxGroupComparisons, nor once the time budget is spent (counted as left out)', () => {
    const members = [canonical, forty, fewer('the storm on the Varne coast had killed 12 people')];
    const capped = compareGroup('g1', canonical, members, {}, { ...DEFAULT_COMPARE_LIMITS, maxGroupComparisons: 1 }, false);
    expect(relationOf(capped.comparisons, 'c2', 'c3')).toBeUndefined();
    const spent = compareGroup('g1', canonical, members, {}, { ...DEFAULT_COMPARE_LIMITS, spent: () => true }, false);
    expect(relationOf(spent.comparisons, 'c2', 'c3')).toBeUndefined();
    expect(spent.overBudget).toEqual({ cheap: 2, left: 1 });
  });

  it('finds the contradiction end to end when the grouping puts both tolls with a third wording', () => {
    const a = analyze([
      { id: 'a', text: 'Harbour master Lina Osk said the storm on the Varne coast killed many people last week.' },
      { id: 'b', text: 'Harbour master Lina Osk said the storm killed 40 people on the Varne coast last week.' },
      { id: 'c', text: 'Harbour master Lina Osk said the storm on the Varne coast had killed 12 people last week.' },
    ]);
    const [x, y] = ['the storm killed 40', 'the storm on the Varne coast had killed 12'].map((t) => a.statements.find((s) => s.text.startsWith(t))?.id ?? '');
    const all = [...a.groups.flatMap((g) => g.comparisons), ...(a.topics ?? []).flatMap((t) => t.conflicts ?? [])];
    expect(relationOf(all, x as string, y as string)).toMatchObject({ relation: 'contradict' });
  });

  it('compares at most maxDenialPairs figure pairs of a group and says how many there were', () => {
    const tolls = [40, 12, 9].map((n, k) => said(`c${k + 2}`, `the storm killed ${n} people on the Varne coast`, 'asserts', 'Lina Osk'));
    const g = compareGroup('g1', canonical, [canonical, ...tolls], {}, { ...DEFAULT_COMPARE_LIMITS, maxDenialPairs: 1 }, false);
    expect(g.issues).toEqual([expect.objectContaining({ code: 'figure-pairs-capped', message: expect.stringContaining('3 pairs') })]);
    expect(g.comparisons.filter((c) => c.a !== 'c1').length).toBe(1);
  });
});
