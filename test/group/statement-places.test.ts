import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EdgeList } from '../../src/group/edge-list';
import { groupIndices } from '../../src/group/group-statements';
import { edgesNotApart, overlapInReport, readTwice, READ_TWICE_SHARE, sameSpeaker, speakerTokens, type ReportPlace } from '../../src/group/statement-places';
import { resolveGroupSettings } from '../../src/group/settings';

describe('overlapInReport', () => {
  it.each<[string, ReportPlace, ReportPlace, boolean]>([
    ['a sentence nested in a quotation of the same report is kept apart', { report: 'r1', start: 0, end: 80 }, { report: 'r1', start: 30, end: 70 }, true],
    ['two spans of one report that cross are kept apart', { report: 'r1', start: 0, end: 50 }, { report: 'r1', start: 40, end: 90 }, true],
    ['the same span read twice stays joinable', { report: 'r1', start: 10, end: 40 }, { report: 'r1', start: 10, end: 40 }, false],
    ['spans that only touch do not overlap', { report: 'r1', start: 0, end: 40 }, { report: 'r1', start: 40, end: 90 }, false],
    ['the same offsets in two reports are not one place', { report: 'r1', start: 0, end: 80 }, { report: 'r2', start: 30, end: 70 }, false],
    ['a bare text without a report is never kept apart', {}, { report: 'r1', start: 0, end: 10 }, false],
  ])('%s', (_name, x, y, apart) => {
    const f = overlapInReport([x, y]);
    expect(f(0, 1)).toBe(apart);
    expect(f(1, 0)).toBe(apart);
  });

  it('is symmetric for any two spans of one report', () => {
    const span = fc.tuple(fc.nat(100), fc.nat(100)).map(([a, b]) => ({ report: 'r', start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(fc.property(span, span, (x, y) => overlapInReport([x, y])(0, 1) === overlapInReport([x, y])(1, 0)));
  });
});

describe('readTwice', () => {
  it.each<[string, ReportPlace, ReportPlace, boolean]>([
    ['a span nested in another and covering most of it is one sentence read twice', { report: 'r1', start: 0, end: 100 }, { report: 'r1', start: 15, end: 100 }, true],
    ['the shorter at exactly the share of the longer is read twice', { report: 'r1', start: 0, end: 100 }, { report: 'r1', start: 0, end: 100 * READ_TWICE_SHARE }, true],
    ['a short clause nested in a long quotation is not', { report: 'r1', start: 0, end: 100 }, { report: 'r1', start: 50, end: 100 }, false],
    ['two spans that cross are not, however long their common part', { report: 'r1', start: 0, end: 100 }, { report: 'r1', start: 5, end: 104 }, false],
    ['the same offsets in two reports are not', { report: 'r1', start: 0, end: 100 }, { report: 'r2', start: 10, end: 100 }, false],
    ['a bare text without a place is not', {}, {}, false],
  ])('%s', (_name, x, y, twice) => {
    expect(readTwice(x, y)).toBe(twice);
    expect(readTwice(y, x)).toBe(twice);
  });

  it('holds only of spans of one report that overlap or coincide', () => {
    const span = fc.tuple(fc.nat(100), fc.nat(100)).filter(([a, b]) => a !== b).map(([a, b]) => ({ report: 'r', start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(fc.property(span, span, (x, y) => !readTwice(x, y) || overlapInReport([x, y])(0, 1) || (x.start === y.start && x.end === y.end)));
  });
});

describe('edgesNotApart', () => {
  it('drops the edges between sets kept apart and keeps the others', () => {
    const edges = EdgeList.from([{ i: 0, j: 1, weight: 0.9 }, { i: 1, j: 2, weight: 0.5 }]);
    const out = edgesNotApart(edges, (a, b) => a + b === 1);
    expect(out.toEdges()).toEqual([{ i: 1, j: 2, weight: 0.5 }]);
  });

  it('returns the same list when nothing is dropped', () => {
    const edges = EdgeList.from([{ i: 0, j: 1, weight: 0.9 }]);
    expect(edgesNotApart(edges, () => false)).toBe(edges);
  });
});

describe('groupIndices with report places', () => {
  const quote = 'The harbour talks stalled because the council has done nothing at all about the smugglers';
  const nested = 'the council has done nothing at all about the smugglers';
  const s = resolveGroupSettings({ claimDenial: false });

  it('does not join a statement with a sentence nested in it in the same report', () => {
    const items = [
      { id: 's1', text: quote, report: 'r1', start: 0, end: quote.length },
      { id: 's2', text: nested, report: 'r1', start: quote.length - nested.length, end: quote.length },
    ];
    expect(groupIndices(items, s).groups.map((g) => g.members)).toEqual([[0], [1]]);
  });

  it('still joins the same excerpt when it comes from another report', () => {
    const items = [
      { id: 's1', text: quote, report: 'r1', start: 0, end: quote.length },
      { id: 's2', text: nested, report: 'r2', start: 0, end: nested.length },
    ];
    expect(groupIndices(items, s).groups.map((g) => g.members)).toEqual([[0, 1]]);
  });
});

describe('sameSpeaker', () => {
  const p = (name: string, ...aliases: string[]) => ({ name, aliases });
  it.each([
    ['one name is one voice, whatever the case', p('Dana Whitlow'), p('dana whitlow'), true],
    ['a surname among the aliases is the same person', p('Dana Whitlow', 'Whitlow'), p('Whitlow'), true],
    ['an institution and the spokesperson named for it speak as one', p('Harbour Authority'), p('Piet Brandt', 'Harbour Authority spokesman Piet Brandt'), true],
    ['two people are two voices', p('Dana Whitlow'), p('Piet Brandt'), false],
    ['a word inside another word is not a name', p('Port'), p('Portland Council'), false],
    ['a name with words of its middle left out is the same body', p('Varne Foreign Affairs and Trade Ministry'), p('Varne Foreign Ministry'), true],
    ['a name with a middle initial left out is the same person', p('Dana K. Whitlow'), p('Dana Whitlow'), true],
    ['a name ending in another word is another body', p('Varne Foreign Ministry'), p('Varne Foreign Affairs Committee'), false],
    ['one word of a name is no shortening of it', p('Varne Foreign Ministry'), p('Ministry of Varne'), false],
    ['a side named by a group noun is not the side another word narrows it to', p('Varne officials'), p('Varne opposition officials'), false],
    ['two people whose initials differ are two voices', p('Dana K. Whitlow'), p('Dana J. K. Whitlow'), false],
  ])('%s', (_name, x, y, same) => {
    expect(sameSpeaker(x, y)).toBe(same);
    expect(sameSpeaker(y, x)).toBe(same);
  });

  it('takes a capital and its country for one voice only when asked to read place names', () => {
    const places = (a: string, b: string) => (a === 'velmar' && b === 'karvia') || (a === 'karvia' && b === 'velmar');
    expect(sameSpeaker(p('Velmar'), p('Karvia'))).toBe(false);
    expect(sameSpeaker(p('Velmar'), p('Karvia'), places)).toBe(true);
    expect(sameSpeaker(p('Velmar Port Authority'), p('Karvia'), places)).toBe(false);
  });

  it('is false when a speaker is unknown', () => {
    expect(sameSpeaker(null, { name: 'Dana Whitlow' })).toBe(false);
    expect(sameSpeaker(undefined, undefined)).toBe(false);
  });
});

describe('groupIndices with stances and speakers', () => {
  const s = resolveGroupSettings({});
  const claim = 'the harbour authority dumped dredged silt into the bay last winter';
  const denial = 'the harbour authority dumped dredged silt into the bay last winter and again in spring';

  it('does not join a claim and a denial by their shared words alone (without the claim–denial link)', () => {
    const items = [
      { id: 's1', text: 'Fishermen say the cooperative is struggling after a poor season on the bay', report: 'r1', start: 0, end: 70 },
      { id: 's2', text: 'the cooperative is struggling after a poor season on the bay', stance: 'denies' as const, report: 'r2', start: 0, end: 60 },
    ];
    expect(groupIndices(items, resolveGroupSettings({ claimDenial: false })).groups.map((g) => g.members)).toEqual([[0], [1]]);
    const asserted = items.map(({ stance: _stance, ...x }) => x);
    expect(groupIndices(asserted, resolveGroupSettings({ claimDenial: false })).groups.map((g) => g.members)).toEqual([[0, 1]]);
  });

  it('keeps a denial apart from a claim of the very same words when claim–denial joining is off', () => {
    const items = [
      { id: 's1', text: 'the bridge will reopen in May' },
      { id: 's2', text: 'the bridge will reopen in May', stance: 'denies' as const },
      { id: 's3', text: 'The bridge will reopen in May' },
    ];
    expect(groupIndices(items, resolveGroupSettings({ claimDenial: false })).groups.map((g) => g.members)).toEqual([[0, 2], [1]]);
  });

  it('joins a denial with the claim it denies from another speaker, not with one of its own', () => {
    const items = [
      { id: 's1', text: claim, report: 'r1', start: 0, end: claim.length, speaker: { name: 'Dana Whitlow' } },
      { id: 's2', text: denial, stance: 'denies' as const, report: 'r2', start: 0, end: denial.length, speaker: { name: 'Harbour Authority' } },
    ];
    expect(groupIndices(items, s).groups.map((g) => g.members)).toEqual([[0, 1]]);
    const own = items.map((x) => ({ ...x, speaker: { name: 'Harbour Authority' } }));
    expect(groupIndices(own, s).groups.map((g) => g.members)).toEqual([[0], [1]]);
  });
});

describe('speakerTokens', () => {
  it.each<[string, ReportPlace['speaker'], string[]]>([
    ['an unknown speaker has none', undefined, []],
    ['a name alone, lower case, split at dots and blanks', { name: 'Harbour Authority of St. Ives' }, ['harbour', 'authority', 'of', 'st', 'ives']],
    ['the name, then each alias, in order', { name: 'Piet Brandt', aliases: ['Brandt', 'the spokesman'] }, ['piet', 'brandt', 'brandt', 'the', 'spokesman']],
    ['no aliases listed is the name alone', { name: 'Ines Duarte', aliases: [] }, ['ines', 'duarte']],
  ])('%s', (_name, speaker, expected) => {
    expect(speakerTokens(speaker)).toEqual(expected);
  });

  it('gives one name with other aliases its own words, after the same name was read without them', () => {
    expect(speakerTokens({ name: 'Piet Brandt', aliases: ['the spokesman'] })).toEqual(['piet', 'brandt', 'the', 'spokesman']);
    expect(speakerTokens({ name: 'Piet Brandt' })).toEqual(['piet', 'brandt']);
    expect(speakerTokens({ name: 'Piet Brandt', aliases: ['Brandt'] })).toEqual(['piet', 'brandt', 'brandt']);
  });

  it('gives each speaker the words of its own name and aliases, however many speakers share a name', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,6}$/);
    // Names from a pool of two, so speakers often share a name and differ only by their aliases.
    const speaker = fc.record({ name: fc.constantFrom('Piet Brandt', 'Ines Duarte'), aliases: fc.array(word, { maxLength: 2 }) });
    fc.assert(
      fc.property(fc.array(speaker, { minLength: 1, maxLength: 8 }), (speakers) => {
        for (const s of speakers) {
          const own = [s.name, ...s.aliases].flatMap((f) => f.toLowerCase().split(' '));
          expect(speakerTokens({ ...s })).toEqual(own);
        }
      }),
    );
  });
});
