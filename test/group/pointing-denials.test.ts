import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFeatureContext } from '../../src/group/features';
import { groupIndices } from '../../src/group/group-statements';
import { withoutCircumstance } from '../../src/group/pointer-circumstance';
import { contentPointer, isPointing, judgesPiece, namesFigure, pointerRest, pointingWords, pointsAt, speakerWords, wholeVerdict } from '../../src/group/pointing-denials';
import { pointedStatement, pointedTargets } from '../../src/group/pointed-targets';
import { resolveGroupSettings } from '../../src/group/settings';
import { analyze } from '../../src/pipeline/analyze';

const ctx = createFeatureContext();
const words = pointingWords(ctx);

describe('isPointing', () => {
  it.each([
    ['the claims as "plainly false"', true],
    ['It is all lies', true],
    ['the story was inaccurate', true],
    ['those rumours are nonsense', true],
    ['that account is wholly false', true],
    ['the paper mill did not pour dye into the river', false],
    ['the harbour was never closed to fishing boats', false],
    ['the reports in a comment to the state news agency', true],
    ['the Ridley report, published on his page on a blog site, as "complete fiction"', true],
    ['the allegations at a briefing in the capital', true],
    ['the reports of a deal with the port', false],
    ['a report by the local paper that the pier was unsafe', false],
    ['the claims, which said the mayor sold the park, as false', false],
    ['reports in which officials said the pier was shut', false],
    ['it had made no such statement', false],
    ['he never gave the figures', false],
    // A negation of one's own with no verdict, truth word or pointer noun points at no claim.
    ['This is not who we are', false],
    ["that's not how it works", false],
    ['This is not true', true],
    ['such reports are not accurate', true],
    ['none of it is true', true],
    ['This is not so', true],
    // A dismissal phrase points as a verdict does.
    ['such claims were far from the truth', true],
    ['Nothing could be further from the truth', true],
    ['the claims have nothing to do with reality', true],
    ['the ferry was far from the harbour', false],
  ])('%s → %s', (text, pointing) => {
    expect(isPointing(text, ctx, words)).toBe(pointing);
  });
});

describe('pointing denials through groupIndices', () => {
  it('brings a dismissal that answered nothing in its report along with the like dismissal that answered the claim', () => {
    const claim = 'the ferry operator dumped engine oil into the fjord';
    const other = 'the tram line will be extended to the airport next spring';
    const pointer = 'this is complete fiction';
    const items = [
      { id: 's1', text: claim, report: 'r1', start: 0, end: claim.length, speaker: { name: 'Jonas Hallberg' } },
      { id: 's2', text: other, report: 'r1', start: 100, end: 100 + other.length, speaker: { name: 'Lena Okafor' } },
      { id: 's3', text: pointer, stance: 'denies' as const, report: 'r1', start: 60, end: 60 + pointer.length, speaker: { name: 'Vesta Ferries' } },
      { id: 's4', text: pointer, stance: 'denies' as const, report: 'r2', start: 0, end: pointer.length, speaker: { name: 'Vesta Ferries' } },
    ];
    const { groups, pointed } = groupIndices(items, resolveGroupSettings({}));
    expect(pointed.get(2)).toBe(0);
    expect(pointed.has(3)).toBe(false);
    expect(groups.map((g) => g.members)).toEqual([[0, 2, 3], [1]]);
  });

  it('puts "called the claims false" in the group of the claim it answers', () => {
    const claim = 'the paper mill poured blue dye into the river last week';
    const other = 'the town council will vote on the new harbour fees in June';
    const items = [
      { id: 's1', text: other, report: 'r1', start: 0, end: other.length, speaker: { name: 'Ana Ruiz' } },
      { id: 's2', text: claim, report: 'r1', start: 80, end: 80 + claim.length, speaker: { name: 'Dana Whitlow' } },
      { id: 's3', text: 'the claims as "plainly false"', stance: 'denies' as const, report: 'r1', start: 200, end: 229, speaker: { name: 'Northbank Mill' } },
    ];
    expect(groupIndices(items, resolveGroupSettings({})).groups.map((g) => g.members)).toEqual([[0], [1, 2]]);
  });
});

describe('pointers that name the claimant', () => {
  it('reads the words of a speaker\'s name and aliases', () => {
    expect([...speakerWords({ name: 'Dana Whitlow', aliases: ['Mayor Dana Whitlow'] }, ctx)]).toEqual(expect.arrayContaining(['dana', 'whitlow', 'mayor']));
    expect(speakerWords(null, ctx).size).toBe(0);
  });

  it('answers the claim of the speaker it names, not the nearest claim', () => {
    const places = [
      { report: 'r1', start: 0, end: 40, speaker: { name: 'Dana Whitlow', aliases: ['Mayor Dana Whitlow'] } },
      { report: 'r1', start: 50, end: 90, speaker: { name: 'Ana Ruiz' } },
      { report: 'r1', start: 100, end: 120, speaker: { name: 'Northbank Mill' } },
    ];
    const named = (i: number) => speakerWords(places[i]?.speaker, ctx).has('mayor');
    expect(pointedStatement(2, places, [0, 0, 1], new Set([2]), { named })).toBe(0);
    expect(pointedStatement(2, places, [0, 0, 1], new Set([2]))).toBe(1);
  });

  it('joins "rejected the mayor\'s account" with the mayor\'s claim through groupIndices', () => {
    const claim = 'the contractor missed every deadline the city set for the ferry pier';
    const other = 'the ferry will run on the winter timetable from Monday';
    const items = [
      { id: 's1', text: claim, report: 'r1', start: 0, end: claim.length, speaker: { name: 'Dana Whitlow', aliases: ['Mayor Dana Whitlow'] } },
      { id: 's2', text: other, report: 'r1', start: 100, end: 100 + other.length, speaker: { name: 'Ana Ruiz' } },
      { id: 's3', text: "the mayor's account", stance: 'denies' as const, report: 'r1', start: 200, end: 219, speaker: { name: 'Piet Brandt' } },
    ];
    expect(groupIndices(items, resolveGroupSettings({})).groups.map((g) => g.members)).toEqual([[0, 2], [1]]);
  });

  it('answers the claimant named before a claim noun that is also a verb ("the mayor\'s claims"), not the nearer claim of another voice', () => {
    const claim = 'the contractor missed every deadline the city set for the ferry pier';
    const inner = 'the ferry will run on the winter timetable from Monday';
    const pointer = 'the mayor’s claims were invented';
    const items = [
      { id: 's1', text: claim, report: 'r1', start: 0, end: claim.length, speaker: { name: 'Dana Whitlow', aliases: ['Mayor Dana Whitlow'] } },
      { id: 's2', text: inner, report: 'r1', start: 100, end: 100 + inner.length, speaker: { name: 'Ana Ruiz' } },
      { id: 's3', text: pointer, stance: 'denies' as const, report: 'r1', start: 200, end: 200 + pointer.length, speaker: { name: 'Piet Brandt' } },
    ];
    expect(groupIndices(items, resolveGroupSettings({})).groups.map((g) => g.members)).toEqual([[0, 2], [1]]);
  });

  it.each([
    ['in another report, when its own report carries no claim', "the harbourmaster's accusation false", [[0, 2], [1]]],
    ['in another report, through a title of the speaker', "the minister's account", [[0], [1, 2]]],
  ])('joins a pointer naming its claimant with that claimant\'s claim %s', (_, pointer, groups) => {
    const a = 'the quay wall was cracked by the dredging barge';
    const b = 'the tram line will be extended to the airport next spring';
    const items = [
      { id: 's1', text: a, report: 'r1', start: 0, end: a.length, speaker: { name: 'harbourmaster', aliases: ['The harbourmaster'] } },
      { id: 's2', text: b, report: 'r2', start: 0, end: b.length, speaker: { name: 'Lena Okafor', aliases: ['Transport Minister Lena Okafor'] } },
      { id: 's3', text: pointer, stance: 'denies' as const, report: 'r3', start: 0, end: pointer.length, speaker: { name: 'Varto Dredging' } },
    ];
    expect(groupIndices(items, resolveGroupSettings({})).groups.map((g) => g.members)).toEqual(groups);
  });
});

describe('contentPointer', () => {
  it.each([
    ["the harbourmaster's accusation false", "the harbourmaster's accusation"],
    ['the claims as "plainly false"', 'the claims'],
    ['These allegations are nonsense', 'These allegations'],
    ['All of that is an invention', 'All of that'],
    ['the report was inaccurate', null],
    ['the report was partly inaccurate', null],
    ['it was categorically false', null],
    ['it was completely false', null],
    ['the report was completely false', 'the report'],
    ['the story "complete fiction"', 'the story'],
    ['any truth to the story', 'the story'],
    ['There is no truth in these news reports', 'these news reports'],
    ['the report was not entirely accurate', null],
    ["the report wasn't completely true", null],
    ['the report was not a complete fabrication', null],
    ['there is not any truth to the report', 'the report'],
    ['such rumblings are untrue', null],
    ['the reports', 'the reports'],
    ['the reports in a comment to the state news agency', 'the reports'],
    ['it', null],
    ['the number that the mayor gave was fake', 'the number'],
    ['the figures which the club released are false', 'the figures'],
  ])('finds in "%s" the pointer "%s"', (text, pointer) => {
    const span = contentPointer(text);
    expect(span === null ? null : text.slice(span[0], span[1])).toBe(pointer);
  });
});

describe('pointsAt', () => {
  const mayor = { name: 'mayor', aliases: ['The mayor'] };
  it.each([
    ['the accusation false', mayor, true],
    ["the mayor's accusation false", mayor, true],
    ["the minister's accusation false", mayor, false],
    ['the quarry did not poison the wells', mayor, false],
    ['this is not who we are', mayor, false],
    ['this is not true', mayor, true],
  ])('"%s" points at a claim of %j: %s', (text, speaker, points) => {
    expect(pointsAt(text, speaker, ctx)).toBe(points);
  });
});

describe('groupIndices: the claim each pointer was resolved to', () => {
  it('gives a pointing denial with the claim it answers, and none for a denial that names what it denies', () => {
    const claim = 'the quay wall was cracked by the dredging barge';
    const items = [
      { id: 's1', text: claim, report: 'r1', start: 0, end: claim.length, speaker: { name: 'Ola Brekke' } },
      { id: 's2', text: 'the accusation false', stance: 'denies' as const, report: 'r1', start: 60, end: 80, speaker: { name: 'Varto Dredging' } },
      { id: 's3', text: 'the barge did not crack the quay wall', stance: 'denies' as const, report: 'r2', start: 0, end: 37, speaker: { name: 'Varto Dredging' } },
    ];
    expect([...groupIndices(items, resolveGroupSettings({})).pointed]).toEqual([[1, 0]]);
  });
});

describe('judgesPiece', () => {
  it.each([
    ['its report was inaccurate', true],
    ['the article is misleading', true],
    ['the report was not entirely accurate', true],
    ['the story was false', false],
    ['such reports are simply untrue', false],
    ['the report was completely false', false],
    ['the reports', false],
    ['the reports in a comment to the state news agency', false],
    ['the accusations were false', false],
    ['it was false', false],
    ['All of that is a lie', false],
  ])('"%s" judges the outlet\'s piece: %s', (text, judges) => {
    expect(judgesPiece(text)).toBe(judges);
  });

  it('leaves a denial of a report\'s accuracy answering no claim in groupIndices', () => {
    const claim = 'the quay wall was cracked by the dredging barge';
    const items = [
      { id: 's1', text: claim, report: 'r1', start: 0, end: claim.length, speaker: { name: 'Harbour Post' } },
      { id: 's2', text: 'its report was inaccurate', stance: 'denies' as const, report: 'r1', start: 60, end: 85, speaker: { name: 'Ferry Union' } },
      { id: 's3', text: 'the reports', stance: 'denies' as const, report: 'r1', start: 90, end: 101, speaker: { name: 'Varto Dredging' } },
    ];
    expect([...groupIndices(items, resolveGroupSettings({})).pointed]).toEqual([[2, 0]]);
  });
});

describe('contentPointer with a circumstance', () => {
  it('returns offsets into the text as given, the pointer ending where the circumstance begins', () => {
    const text = 'the report, in the Herald, that is a lie';
    const span = contentPointer(text);
    expect(span === null ? null : text.slice(span[0], span[1])).toBe('the report');
  });

  it('gives a span of the text whose words are those of the text read without its circumstance', () => {
    const word = fc.constantFrom('the', 'report', 'reports', 'claims', 'in', 'a', 'comment', 'to', 'the Herald', ',', 'published', 'that', 'all', 'is', 'a lie', 'as', 'false', 'completely');
    fc.assert(fc.property(fc.array(word, { maxLength: 12 }), (words) => {
      const text = words.join(' ');
      const span = contentPointer(text);
      if (span === null) return;
      expect(span[0]).toBeGreaterThanOrEqual(0);
      expect(span[1]).toBeLessThanOrEqual(text.length);
      expect(withoutCircumstance(text).slice(span[0], span[1])).toBe(text.slice(span[0], span[1]));
    }), { numRuns: 400 });
  });
});

describe('pointers that name whose claim they point at', () => {
  it.each([
    ['the number the mayor gave was fake', ['mayor']],
    ['the figures quoted by Dana Whitlow are fictional and produced by the port authority', ['dana', 'whitlow']],
    ['the accusations leveled by the mayor are lies', ['mayor']],
    ['the number the mayor gave for the ferry was fake', ['ferry', 'mayor']],
  ])('reads "%s" as a pointer naming %j', (text, rest) => {
    expect(pointerRest(text, ctx, words)).toEqual(rest);
  });

  it.each([
    ['the number the mayor gave was fake', true],
    ['the toll is false', true],
    ['the claims are false', false],
    ['All of that is a lie', false],
  ])('"%s" names a figure: %s', (text, figure) => {
    expect(namesFigure(text)).toBe(figure);
  });

  // Two claims of the mayor, then a denial of another voice, in one report.
  const mayor = { name: 'Dana Whitlow', aliases: ['Mayor Dana Whitlow'] };
  const mayorsPlaces = [
    { report: 'r1', start: 0, end: 40, speaker: mayor },
    { report: 'r1', start: 50, end: 90, speaker: mayor },
    { report: 'r1', start: 100, end: 130, speaker: { name: 'Northbank Mill' } },
  ];

  it('answers with a pointer naming a figure the claim of its claimant that states one, not the nearer claim without', () => {
    const texts = [
      'the flood killed 41 people in the lower town',
      'the flood was the worst the valley had seen',
      'the number the mayor gave was fake',
    ];
    const places = mayorsPlaces;
    expect(pointedTargets(texts, [0, 0, 1], places, ctx)).toEqual(new Map([[2, 0]]));
    const noFigure = ['the flood was the worst in years', texts[1] as string, 'the claims the mayor made were fake'];
    expect(pointedTargets(noFigure, [0, 0, 1], places, ctx)).toEqual(new Map([[2, 1]]));
  });

  it.each([
    ['a figure in digits, not a year', ['the mill dumped 300 tonnes of dye', 'the mill was fined in 2019 for a spill', 'the number the mayor gave was fake'], 0],
    ['a spelled figure', ['the mill dumped three hundred tonnes of dye', 'the mill was fined in 2019 for a spill', 'the number the mayor gave was fake'], 0],
  ])('takes for a claim stating a figure one with %s', (_name, texts, want) => {
    expect(pointedTargets(texts, [0, 0, 1], mayorsPlaces, ctx).get(2)).toBe(want);
  });
});

describe('a bare negation of one\'s own, end to end', () => {
  it('makes "This is not so" contradict the claim it answers, and "This is not who we are" none', () => {
    const run = (answer: string) => {
      const a = analyze([{ id: 'c', text: `Harbour master Lina Osk said the mayor sold the pier. "${answer}," Ann Holt said.` }]);
      const claim = a.statements.find((s) => s.text === 'the mayor sold the pier');
      const denial = a.statements.find((s) => s.text === answer);
      return a.groups.flatMap((g) => g.comparisons).some((c) => c.relation === 'contradict' && [c.a, c.b].includes(claim?.id ?? '') && [c.a, c.b].includes(denial?.id ?? ''));
    };
    expect(run('This is not so')).toBe(true);
    expect(run('This is not who we are')).toBe(false);
  });
});

describe('wholeVerdict', () => {
  it.each<[string, string | null]>([
    ['Nothing could be further from the truth', 'Nothing could be further from the truth'],
    ['Utter lies!', 'Utter lies'],
    ['That is false', null],
    ["It's all lies", null],
    ['was untrue', null],
    ["won't be true", null],
    ['Absolutely not', null],
  ])('reads "%s" as a dismissal standing whole for what it answers: %s', (text, span) => {
    const got = wholeVerdict(text);
    expect(got === null ? null : text.slice(...got)).toBe(span);
  });
});
