import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze';
import { AnalysisSchema } from '../../src/schema/analysis';
import { STORY_OF, TWO_STORIES } from '../topics/fixtures';
import { REPORTS } from './fixtures';

describe('analyze', () => {
  const analysis = analyze(REPORTS);
  const byId = new Map(analysis.statements.map((s) => [s.id, s]));
  const groupWith = (needle: string) => analysis.groups.find((g) => g.members.some((m) => byId.get(m)?.text.includes(needle)));

  it('returns the analyze JSON, version 1', () => {
    expect(AnalysisSchema.parse(analysis)).toEqual(analysis);
    expect(analysis.reports).toEqual([{ id: 'wire-a.txt', length: REPORTS[0]?.text.length, issues: [] }, { id: 'wire-b.txt', length: REPORTS[1]?.text.length, issues: [] }]);
  });

  it('numbers statements s1, s2, … across reports and puts each in exactly one group', () => {
    expect(analysis.statements.map((s) => s.id)).toEqual(analysis.statements.map((_, k) => `s${k + 1}`));
    expect(analysis.groups.flatMap((g) => g.members).sort()).toEqual([...byId.keys()].sort());
  });

  it('groups two wordings of one quote and labels them paraphrase, with absolute offsets', () => {
    const g = groupWith('repair the northern pier');
    expect(g?.members).toHaveLength(2);
    const c = g?.comparisons?.[0];
    expect(c?.relation).toBe('paraphrase');
    for (const seg of c?.segments ?? []) {
      const a = byId.get(c?.a as string);
      if (seg.a && a) expect(seg.a[0]).toBeGreaterThanOrEqual(a.start);
    }
    const a = byId.get(c?.a as string);
    const first = c?.segments.find((s) => s.label === 'match' && s.a);
    const report = REPORTS.find((r) => r.id === a?.report);
    expect(report?.text.slice(first?.a?.[0], first?.a?.[1])).toBe('We have');
    expect(g?.table?.rows).toHaveLength(2);
  });

  it('puts a claim and its denial in one group, compared as contradict for stance', () => {
    const g = groupWith('coastal caves');
    const stances = g?.members.map((m) => byId.get(m)?.stance);
    expect(stances).toContain('asserts');
    expect(stances).toContain('denies');
    const c = g?.comparisons?.find((x) => byId.get(x.a)?.stance !== byId.get(x.b)?.stance);
    expect(c).toMatchObject({ relation: 'contradict', reasons: ['stance'] });
  });

  it('gives the same output for any order of the reports', () => {
    expect(analyze([...REPORTS].reverse())).toEqual(analysis);
  });

  it('compares an accusation by its proposition, with segments on the accused and the charge in its report', () => {
    const blame = 'Norvale blamed Castoria for funding the border raids.';
    const said = 'Norvale officials said Castoria was funding the border raids.';
    const r = analyze([{ id: 'a', text: blame }, { id: 'b', text: said }]);
    expect(r.groups).toHaveLength(1);
    const c = r.groups[0]?.comparisons[0];
    expect(c?.relation).toBe('paraphrase');
    // The "for" left out of the proposition is no segment of its own.
    const onBlame = c?.segments.map((s) => [s.label, s.a === null ? null : blame.slice(s.a[0], s.a[1])]);
    expect(onBlame).toEqual([['match', 'Castoria'], ['paraphrase', null], ['match', 'funding the border raids']]);
  });

  it.each([
    ['in the report of the claim', [{ id: 'a.txt', text: 'The harbourmaster said the quay wall was cracked by the dredging barge. Varto Dredging called the accusation false.' }], 'the accusation'],
    ['in another report, naming the claimant', [
      { id: 'a.txt', text: 'The harbourmaster said the quay wall was cracked by the dredging barge.' },
      { id: 'b.txt', text: "Varto Dredging called the harbourmaster's accusation false." },
    ], "the harbourmaster's accusation"],
  ])('links a denial that only points at the claim %s: denies it, contradict for stance, the claim against the pointer', (_name, reports, pointer) => {
    const a = analyze(reports);
    const [claim, denial] = a.statements;
    expect(denial).toMatchObject({ stance: 'denies', denies: claim?.id });
    const c = a.groups.flatMap((g) => g.comparisons ?? []).find((x) => x.relation === 'contradict');
    expect(c?.reasons).toEqual(['stance']);
    const piece = c?.segments.find((x) => x.label === 'contradict');
    const report = (id: string | undefined) => reports.find((r) => r.id === id)?.text ?? '';
    const at = (side: 'a' | 'b') => (c?.[side] === claim?.id ? claim : denial);
    expect(report(at('a')?.report).slice(...(piece?.a as [number, number]))).toBe(c?.a === claim?.id ? 'the quay wall was cracked by the dredging barge' : pointer);
    expect(report(at('b')?.report).slice(...(piece?.b as [number, number]))).toBe(c?.b === claim?.id ? 'the quay wall was cracked by the dredging barge' : pointer);
  });

  it('groups an answer "No" with the claim it answers, compared as contradict on the questioned proposition', () => {
    const answer = '"No," a spokesman for Halden said when asked whether the minister would resign.';
    const claim = 'Two aides told the Gazette the minister would resign on Monday.';
    const r = analyze([{ id: 'a', text: answer }, { id: 'b', text: claim }]);
    expect(r.statements.map((s) => [s.report, s.stance])).toEqual([['a', 'denies'], ['b', 'asserts']]);
    expect(r.groups).toHaveLength(1);
    const c = r.groups[0]?.comparisons[0];
    expect(c?.relation).toBe('contradict');
    // Only the questioned proposition is compared: no segment on "said when asked".
    const onAnswer = c?.segments.filter((s) => s.a !== null).map((s) => answer.slice(s.a?.[0], s.a?.[1]));
    expect(onAnswer?.join(' ')).toBe('the minister would resign');
  });

  it('calls onProgress for each report and group', () => {
    const stages: string[] = [];
    analyze(REPORTS, { onProgress: (p) => stages.push(`${p.stage} ${p.done}/${p.total}`) });
    expect(stages).toContain('extract 2/2');
    expect(stages.at(-1)).toMatch(/^compare (\d+)\/\1$/);
  });

  it.each([
    ['not an array', 'text', /^claimdiff: analyze\(reports\): found "text", expected an array of reports \{ id, text \}$/],
    ['a report without id', [{ text: 'x' }], /^claimdiff: analyze\(reports\): found \[0\]\.id missing, expected an array of reports \{ id, text \} with \[0\]\.id a string$/],
    ['an empty id', [{ id: '', text: 'x' }], /found \[0\]\.id "", expected .* with \[0\]\.id a non-empty string$/],
    ['a text that is not a string', [{ id: 'a', text: 5 }], /found \[0\]\.text number 5, expected .* with \[0\]\.text a string$/],
    ['null', null, /found null, expected an array of reports/],
  ])('throws a claimdiff error on %s', (_name, input, message) => {
    expect(() => analyze(input as never)).toThrow(message);
    expect(() => analyze(input as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it.each([
    ['an unknown option', { tabel: false }, /^claimdiff: analyze\(reports, options\): found unknown option "tabel", expected analyze options/],
    ['a bad nested option', { extract: { maxStatements: 0 } }, /found extract\.maxStatements number 0, expected .* with extract\.maxStatements a positive number$/],
    ['a bad diff cap', { diff: { timeout: -1 } }, /with diff\.timeout a positive number$/],
    ['a callback that is not a function', { onProgress: 'yes' }, /with onProgress a function$/],
  ])('throws an invalid-options error on %s', (_name, options, message) => {
    expect(() => analyze([], options as never)).toThrow(message);
    expect(() => analyze([], options as never)).toThrow(expect.objectContaining({ code: 'invalid-options' }));
  });
});

describe('analyze on broken data', () => {
  const junk = '\u0000\u0001\uFFFD\u0002'.repeat(50);
  const reports = [
    { id: 'dup', text: '"We will stay," Khan said.' },
    { id: 'empty', text: '  \n ' },
    { id: 'binary', text: junk },
    { id: 'dup', text: '"We will leave," Vos said.' },
    { id: 'open', text: '“We will never leave, Vos said.' },
    { id: 'dup', text: '' },
  ];
  const analysis = analyze(reports);
  const issuesOf = (k: number): string[] => (analysis.reports[k]?.issues ?? []).map((i) => i.code);

  it('lists every report given, in id order, duplicates right after the one analysed', () => {
    expect(analysis.reports.map((r) => [r.id, r.length])).toEqual([
      ['binary', junk.length], ['dup', 26], ['dup', 26], ['dup', 0], ['empty', 4], ['open', 31],
    ]);
  });

  it('analyses the first report given with an id and says the others were not', () => {
    expect(analysis.statements.filter((s) => s.report === 'dup').map((s) => s.text)).toEqual(['We will stay']);
    expect(issuesOf(1)).toEqual([]);
    expect(issuesOf(2)).toEqual(['duplicate-report-id']);
    expect(analysis.reports[2]?.issues?.[0]?.message).toMatch(/report 4 of 6 has the id "dup" of report 1/);
    expect(issuesOf(3)).toEqual(['duplicate-report-id']);
  });

  it('says a report is empty, binary or has an unbalanced quotation mark, and goes on', () => {
    expect(issuesOf(0)).toEqual(['replacement-characters', 'binary-text']);
    expect(issuesOf(4)).toEqual(['empty-text']);
    expect(issuesOf(5)).toContain('unbalanced-quote');
    expect(AnalysisSchema.parse(analysis)).toEqual(analysis);
  });

  it('gives the same output for any order of reports with unique ids', () => {
    const unique = reports.filter((r, k) => reports.findIndex((x) => x.id === r.id) === k);
    expect(analyze([...unique].reverse())).toEqual(analyze(unique));
  });
});

describe('analyze: topics', () => {
  const analysis = analyze(TWO_STORIES);
  const storyOfGroup = (id: string): string[] => {
    const reports = new Map(analysis.statements.map((s) => [s.id, s.report]));
    const g = analysis.groups.find((x) => x.id === id);
    return [...new Set(g?.members.map((m) => STORY_OF[reports.get(m) as string] as string))];
  };

  it('makes one topic per story, each listing its groups and reports', () => {
    expect(analysis.topics?.map((t) => t.reports)).toEqual([['bridge-1', 'bridge-2', 'bridge-3'], ['quota-1', 'quota-2', 'quota-3']]);
    for (const t of analysis.topics ?? []) expect(new Set(t.groups.flatMap(storyOfGroup)).size).toBe(1);
    expect(analysis.topics?.flatMap((t) => t.groups)).toEqual(analysis.groups.map((g) => g.id));
    expect(AnalysisSchema.parse(analysis)).toEqual(analysis);
  });

  it('labels a topic with the names and words its reports share', () => {
    expect(analysis.topics?.[0]?.why.words).toEqual(expect.arrayContaining(['brandvold', 'girder', 'kestrel']));
    expect(analysis.topics?.[1]?.why.words).toEqual(expect.arrayContaining(['herring', 'okafor', 'saltmere']));
  });

  it('leaves the groups exactly as they are, and the field out with topics: false', () => {
    const without = analyze(TWO_STORIES, { topics: false });
    expect(without).not.toHaveProperty('topics');
    const { topics: _topics, ...rest } = analysis;
    expect(without).toEqual(rest);
  });

  it('gives the same topics for any order of the reports', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(TWO_STORIES, { minLength: TWO_STORIES.length }), (shuffled) => {
        expect(analyze(shuffled).topics).toEqual(analysis.topics);
      }),
      { numRuns: 4 },
    );
  });
});

describe('analyze: reports of two things are no contradiction', () => {
  /** The statements each `contradict` comparison of the analysis sets against each other, as texts. */
  const contradicts = (...texts: string[]): string[][] => {
    const a = analyze(texts.map((text, k) => ({ id: `r${k + 1}`, text })));
    const text = new Map(a.statements.map((s) => [s.id, s.text]));
    return a.groups.flatMap((g) => g.comparisons.filter((c) => c.relation === 'contradict').map((c) => [text.get(c.a) as string, text.get(c.b) as string]));
  };

  it.each([
    ['a denial of another year', 'Kestin said the Skerra Front bombed the pipeline in March.', 'Brask denied that the Skerra Front had bombed the pipeline in 2019.'],
    ['another place and another figure', 'Moss said crime rose 12 percent in Orrin.', 'Reyes said crime fell 4 percent in Skerra.'],
    ['another year and another cost', 'Okafor said the levy would cost $900 million in 2026.', 'Okafor said the levy would cost $700 million in 2027.'],
    ['another inspection', 'The ministry said the mill was inspected on May 5.', 'The union said the mill was also inspected on April 2.'],
    ['a hedge', 'Thorne said the pier could cost $4 billion.', 'Delacroix said the pier would cost $4 billion.'],
    ['a question left open', 'Kestin said the Skerra Front was behind the attack.', 'Brask said he could not say whether the Skerra Front was behind the attack.'],
    ['a denial not made', 'Kestin said the Skerra Front was behind the attack.', 'Brask did not deny that the Skerra Front was behind the attack.'],
    ['a statement never made', 'Brask denied that the Skerra Front was behind the attack.', 'Kestin never said the Skerra Front was behind the attack.'],
    ['two people\'s own votes', '"I will not vote for the pier bill," Thorne said.', '"I will vote for the pier bill," Delacroix said.'],
  ])('with %s', (_name, a, b) => {
    expect(contradicts(a, b)).toEqual([]);
  });

  it('still finds the denial of a claim told of the one who denies it', () => {
    expect(contradicts('"I never met the envoy," Kestin said on Friday.', 'Reporter Omar Pell said he met the envoy in March.')).toHaveLength(1);
  });

  it('still finds the denial of the claim itself', () => {
    expect(contradicts('Kestin said the Skerra Front bombed the pipeline.', 'Brask denied that the Skerra Front had bombed the pipeline.')).toHaveLength(1);
  });

  it('reads a body\'s bare dismissal against the claim that names the body', () => {
    const text = 'Gary Pell said Brannock was cutting 2,000 jobs. Marla Quint said the town\'s school would lose funding. "That\'s false," said Brannock spokeswoman Delia Ruiz.';
    expect(contradicts(text)).toEqual([['Brannock was cutting 2,000 jobs', "That's false"]]);
  });
});
