import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../src/compare/diff-claims';
import { buildView, groupWho, piecesOf } from '../../src/render/view';
import type { Statement } from '../../src/schema/statement';
import { exampleAnalysis, hostileAnalysis } from '../fixtures/render/analyses';

const at = (id: string, start: number, text: string): Statement => ({
  id, report: 'r', start, end: start + text.length, text, kind: 'direct', stance: 'asserts', speaker: null, cue: null, quoted: [],
});

const PAIRS: readonly [string, string][] = [
  ['We have tried to improve relations, but the main hurdle remains security.', 'We have been trying to improve relations, but the major obstacle remains security.'],
  ['The bridge will not reopen before the autumn.', 'The bridge will not reopen before the summer.'],
  ['The contractor has missed every deadline.', 'The contractor has failed to meet every deadline.'],
  ['Prices rose 4 percent in March.', 'Prices fell 4 percent in March, officials said.'],
  ['', 'Something new.'],
];

describe('piecesOf', () => {
  it.each(PAIRS)('gives back the wording exactly when its ghosts are left out: %j ~ %j', (a, b) => {
    const sa = at('a', 100, a);
    const sb = at('b', 7, b);
    const d = diffClaims(a, b);
    const shift = (s: [number, number] | null, by: number): [number, number] | null => (s === null ? null : [s[0] + by, s[1] + by]);
    const segments = d.segments.map((s) => ({ ...s, a: shift(s.a, 100), b: shift(s.b, 7) }));
    expect(piecesOf(sb, sa, segments, 'b').filter((p) => !p.ghost).map((p) => p.text).join('')).toBe(b);
    expect(piecesOf(sa, sb, segments, 'a', false).map((p) => p.text).join('')).toBe(a);
  });

  it('shows what the wording left out as a ghost before what replaced it', () => {
    const a = 'The contractor has missed every deadline.';
    const b = 'The contractor has failed to meet every deadline.';
    const pieces = piecesOf(at('b', 0, b), at('a', 0, a), diffClaims(a, b).segments, 'b');
    const ghost = pieces.findIndex((p) => p.ghost && p.text === 'missed');
    const added = pieces.findIndex((p) => p.text === 'failed to meet');
    expect(ghost).toBeGreaterThan(-1);
    expect(ghost).toBeLessThan(added);
  });
});

describe('buildView', () => {
  it('puts groups with contradictions first and keeps the analysis order otherwise', () => {
    const view = buildView(exampleAnalysis());
    const ranks = view.groups.map((g) => (g.contradictions > 0 ? 0 : g.members > 1 ? 1 : 2));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(view.groups[0]?.contradictions).toBeGreaterThan(0);
  });

  it('counts statements, groups and contradictions for the summary', () => {
    const analysis = exampleAnalysis();
    const { summary } = buildView(analysis);
    expect(summary.statements).toBe(analysis.statements.length);
    expect(summary.groups).toBe(analysis.groups.length);
    expect(summary.contradictions).toBeGreaterThan(0);
    expect(summary.claimDenials).toBeGreaterThan(0);
  });

  it('names who claims and who denies in a group with a denial', () => {
    const g = buildView(exampleAnalysis()).groups.find((x) => x.pairs.length > 0);
    expect(g?.claimers).toContain('Elena Marsh');
    expect(g?.deniers).toContain('David Okafor');
  });

  it('shows a dismissal against the claim it answers in its own report, the wordings reached through it counted as more pairs', () => {
    const said = (id: string, report: string, text: string, stance: Statement['stance']): Statement => ({ ...at(id, 0, text), report, stance });
    const [c1, d1, c2] = [said('c1', 'a', 'divers planted the charges', 'asserts'), said('d1', 'a', 'the allegation false', 'denies'), said('c2', 'b', 'divers had planted the charges', 'asserts')];
    const stance = { relation: 'contradict' as const, score: 0, segments: [], reasons: ['stance' as const] };
    const g = buildView({
      version: 1, reports: [{ id: 'a', length: 60, issues: [] }, { id: 'b', length: 40, issues: [] }], statements: [c1 as Statement, d1 as Statement, c2 as Statement], issues: [],
      groups: [{ id: 'g1', members: ['c1', 'd1', 'c2'], canonical: 'c1', comparisons: [{ a: 'c2', b: 'd1', ...stance, via: 'c1' }, { a: 'c1', b: 'd1', ...stance }] }],
    }).groups[0];
    expect(g?.pairs.map((p) => p.claim.outlets.map((o) => o.report))).toEqual([['a']]);
    expect(g?.morePairs).toBe(1);
  });

  it('names outlets by source when the reports are given, by report id otherwise', () => {
    const { analysis, reports } = hostileAnalysis();
    const withSources = buildView(analysis, reports).groups.flatMap((g) => g.wordings.flatMap((w) => w.outlets.map((o) => o.source)));
    expect(withSources).toContain(reports[0]?.source);
    const bare = buildView(analysis).groups.flatMap((g) => g.wordings.flatMap((w) => w.outlets.map((o) => o.source)));
    expect(bare.every((s) => s === null)).toBe(true);
  });
});

describe('groupWho', () => {
  it.each([
    ['names claimants against deniers', ['Port authority'], ['Harbour union'], ['Port authority', 'Harbour union'], 'Port authority vs Harbour union'],
    ['says who denies when the group holds no claim, never an empty claimant', [], ['Harbour union'], ['Harbour union'], 'denied by Harbour union'],
    ['names the speakers of a group without denials', [], [], ['Port authority', 'Mayor'], 'Port authority, Mayor'],
  ])('%s', (_name, claimers, deniers, speakers, who) => {
    expect(groupWho({ claimers, deniers, speakers })).toBe(who);
  });
});

