import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../src/compare/diff-claims';
import { toComparison } from '../../src/pipeline/compare-group';
import { judgeTwoDenials } from '../../src/pipeline/two-denials';
import type { Statement } from '../../src/schema/statement';

/** Both sides read as denials: the core's diff of the two texts, then the two-denial verdict. */
const judge = (a: string, b: string) => {
  const d = diffClaims(a, b);
  return { core: d, verdict: judgeTwoDenials(d), text: (span: [number, number] | null) => (span === null ? '' : b.slice(span[0], span[1])) };
};

describe('judgeTwoDenials', () => {
  it('reads the denial cue written in one text only as the same denial: the pair is a paraphrase, the cue added', () => {
    const { core, verdict, text } = judge('sending a patrol boat to Karsholm for talks', 'no patrol boat was sent to Karsholm for talks');
    expect(core.relation).toBe('contradict');
    expect(verdict.relation).toBe('paraphrase');
    const cue = verdict.segments.filter((s) => s.label === 'added');
    expect(cue.map((s) => text(s.b))).toEqual(['no']);
    expect(cue[0]?.reasons).toEqual(['negation']);
    expect(verdict.confidence).toBeUndefined();
  });

  it.each([
    ['a negated verb on one side', 'the dredging company bribed the port inspectors', 'the dredging company did not bribe the port inspectors'],
    ['a word of falsity framing one side', 'the mayor signed the lease in May', 'it is false that the mayor signed the lease in May'],
  ])('never makes a contradiction of two denials with %s', (_kind, a, b) => {
    const { core, verdict } = judge(a, b);
    expect(core.relation).toBe('contradict');
    expect(verdict.relation).not.toBe('contradict');
    expect(verdict.segments.some((s) => s.label === 'contradict')).toBe(false);
  });

  it('makes denials of two figures differ, keeping the contradicting figures in view: both denials may be true', () => {
    const { verdict, text } = judge('30 dockers were hurt in the blast', '40 dockers were hurt in the blast');
    expect(verdict.relation).toBe('differ');
    const figures = verdict.segments.filter((s) => s.label === 'contradict');
    expect(figures.map((s) => text(s.b))).toEqual(['40']);
    expect(figures[0]?.reasons).toEqual(['number']);
  });

  it('keeps any relation other than contradict as the core gave it', () => {
    const d = diffClaims('the ferry company paid the fine', 'the ferry company paid the fine');
    expect(judgeTwoDenials(d)).toBe(d);
  });

  it('never returns a contradiction, and keeps the score and the issues', () => {
    const words = ['the', 'board', 'paid', 'did', 'not', 'pay', 'no', 'pilots', '30', '40', 'in', 'March', 'May'];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = diffClaims(a, b);
        const v = judgeTwoDenials(d);
        expect(v.relation).not.toBe('contradict');
        expect(v.score).toBe(d.score);
        expect(v.issues).toEqual(d.issues);
      }),
      { numRuns: 60 },
    );
  });
});

describe('toComparison of two denials', () => {
  const denial = (id: string, report: string, text: string, speaker: string): Statement => ({
    id, report, text, start: 0, end: text.length, kind: 'indirect', stance: 'denies', speaker: { name: speaker, start: 0, end: 0 },
  } as Statement);

  it('labels two parties\' denials of one dispatch no contradiction', () => {
    const a = denial('s1', 'r1', 'sending a patrol boat to Karsholm for talks', 'Foreign Office');
    const b = denial('s2', 'r2', 'no patrol boat was sent to Karsholm for talks', 'Ilse Vogt');
    const c = toComparison(a, b, diffClaims(a.text, b.text));
    expect(c.relation).toBe('paraphrase');
    expect(c.reasons).toEqual([]);
  });
});
