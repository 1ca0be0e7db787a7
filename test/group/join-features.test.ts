import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFeatureContext } from '../../src/group/features';
import { idfOf, joinFeatures, joinFeaturesAtSoftFloor, joinSide, JOIN_FEATURE_KEYS, speakerNameWords, type JoinFeatures, type JoinSide } from '../../src/group/join-features';
import type { ReportPlace } from '../../src/group/statement-places';

const ctx = createFeatureContext();
const side = (text: string, place: ReportPlace = {}, denies = false): JoinSide => joinSide(text, denies, place, ctx);
/** The features of two statements, the idf read over them and a few unrelated statements. */
function features(a: JoinSide, b: JoinSide, pointed = false): JoinFeatures {
  const others = ['the ferry timetable changes in autumn', 'a storm closed the ferry road', 'the orchestra played on the ferry'].map((t) => side(t));
  return joinFeatures(a, b, idfOf([a, b, ...others]), ctx, pointed);
}
const speaker = (name: string): ReportPlace => ({ speaker: { name } });

describe('joinSide', () => {
  it('reads the content words, the names, the figures and the quoted words of a statement', () => {
    const s = side('Mayor Ilse Brandvold said the ferry "will carry 300 passengers" from Harnvik');
    expect(s.words).toEqual(expect.arrayContaining(['ferry', 'carry', '300', 'passenger', 'harnvik']));
    expect([...s.names]).toEqual(expect.arrayContaining(['harnvik', '300']));
    expect(s.figures).toEqual(['300']);
    expect([...s.quoted].sort()).toEqual(['300', 'carry', 'passengers', 'will']);
    expect(s.denied).toBeUndefined();
  });

  it.each<[string, string, string[]]>([
    ['straight quotation marks', 'he said the ferry "will carry 300 passengers"', ['300', 'carry', 'passengers', 'will']],
    ['single curly marks', 'he said the ferry ‘will sail at dawn’', ['at', 'dawn', 'sail', 'will']],
    ['no quotation mark', 'he said the ferry will sail at dawn', []],
    ['an apostrophe only', 'the ferry’s pilots said it will sail', []],
  ])('reads the quoted words of a text with %s', (_name, text, quoted) => {
    expect([...side(text).quoted].sort()).toEqual(quoted);
  });

  it('reads the denied proposition of a denial only', () => {
    expect(side('the council denied that the ferry left the harbour', {}, true).denied?.proposition).toEqual(expect.arrayContaining(['ferry', 'harbour']));
    expect(side('the council said that the ferry left the harbour').denied).toBeUndefined();
  });
});

describe('speakerNameWords', () => {
  it.each([
    ['takes the lower-case words of the name and the aliases', { name: 'Ilse M. Brandvold', aliases: ['the harbour mayor'] }, ['brandvold', 'harbour', 'ilse', 'mayor', 'the']],
    ['is empty for an unknown speaker', null, []],
  ])('%s', (_name, s, words) => {
    expect([...speakerNameWords(s)].sort()).toEqual(words);
  });

  it('gives one set to two speakers of one name and aliases, and another to other aliases', () => {
    const a = speakerNameWords({ name: 'Ilse Brandvold', aliases: ['the mayor'] });
    expect(speakerNameWords({ name: 'Ilse Brandvold', aliases: ['the mayor'] })).toBe(a);
    expect([...speakerNameWords({ name: 'Ilse Brandvold' })].sort()).toEqual(['brandvold', 'ilse']);
  });
});

describe('joinFeatures', () => {
  it('weighs the shared words by their rarity: a rare shared word counts more than a common one', () => {
    // "ferry" is in every other statement of the idf, "Harnvik" in these two only.
    const a = side('Harnvik ferry');
    const rare = features(a, side('Harnvik pier'));
    const common = features(a, side('ferry pier'));
    expect(common.weightedJaccard).toBeGreaterThan(0);
    expect(rare.weightedJaccard).toBeGreaterThan(common.weightedJaccard);
  });

  it('gives full containment to a partial quote wholly inside the longer statement', () => {
    const f = features(side('the new pier will open in spring next year after long delays'), side('the new pier will open in spring'));
    expect(f.weightedContainment).toBe(1);
    expect(f.weightedJaccard).toBeLessThan(1);
    expect(f.lengthRatio).toBeCloseTo(3 / 6);
  });

  it('counts words of the same meaning by the lexicon in soft, not in the exact overlap', () => {
    const f = features(side('the mayor purchased the boat'), side('the mayor bought the boat'));
    expect(f.soft).toBe(1);
    expect(f.weightedJaccard).toBeLessThan(1);
  });

  it.each([
    ['one shared word', 'the pier', 'the pier collapsed in the storm', 0.25],
    ['four or more shared words', 'the old pier collapsed in the storm', 'the old pier collapsed during a storm', 1],
  ])('counts shared words up to four: %s', (_name, a, b, shared) => {
    expect(features(side(a), side(b)).sharedWords).toBe(shared);
  });

  it.each([
    ['shared names over the fewer names', 'Yesterday Brandvold met Okafor in Harnvik', 'the meeting of Brandvold and Okafor', 'names', 1],
    ['no names on one side', 'Yesterday Brandvold met Okafor in Harnvik', 'the two met in the town hall', 'names', 0],
    ['two different figures for one count', 'the storm killed 12 people', 'the storm killed 40 people', 'figuresConflict', 1],
    ['one figure in both', 'the storm killed 12 people', 'twelve dead, 12 in all', 'figuresConflict', 0],
    ['a figure on one side only', 'the storm killed 12 people', 'the storm killed many people', 'figuresConflict', 0],
    ['shared quoted words over the fewer', 'he said it was "a disgrace to the town"', 'it was, he said, "a disgrace"', 'quotation', 1],
  ] as const)('%s', (_name, a, b, key, value) => {
    expect(features(side(a), side(b))[key]).toBe(value);
  });

  it.each([
    ['one person named two ways', 'Ilse M. Brandvold', 'Ilse Brandvold', 1, 0],
    ['two people', 'Ilse Brandvold', 'Kofi Okafor', 0, 1],
  ])('reads the speakers: %s', (_name, x, y, overlap, other) => {
    const f = features(side('the pier will reopen in May', speaker(x)), side('the pier reopens in May', speaker(y)));
    expect(f.speakerOverlap).toBe(overlap);
    expect(f.otherSpeakerSameStance).toBe(other);
  });

  it('does not call two voices of opposite stance other speakers of one stance', () => {
    const f = features(side('the pier will reopen in May', speaker('Ilse Brandvold')), side('the pier will not reopen in May', speaker('Kofi Okafor'), true));
    expect(f.otherSpeakerSameStance).toBe(0);
    expect(f.stanceDiffers).toBe(1);
  });

  it('gives a claim and the denial of it a denial link, and a claim and a denial of something else little', () => {
    const claim = side('the council sold the old ferry to a scrap dealer');
    const denied = features(claim, side('the council did not sell the old ferry to a scrap dealer', {}, true));
    const other = features(claim, side('the dealer never paid the council', {}, true));
    expect(denied.denialLink).toBeGreaterThan(0.5);
    expect(other.denialLink).toBeLessThan(denied.denialLink);
    expect(features(claim, side('the council sold the old ferry')).denialLink).toBe(0);
  });

  it('marks two statements of one report, and a pointing pair when told', () => {
    const f = features(side('the pier is unsafe', { report: 'r1' }), side('the pier is safe', { report: 'r1' }), true);
    expect(f.sameReport).toBe(1);
    expect(f.pointed).toBe(1);
    expect(features(side('the pier is unsafe', { report: 'r1' }), side('the pier is safe', { report: 'r2' })).sameReport).toBe(0);
  });

  it('keeps every feature in [0, 1] and reads a pair the same either way round', () => {
    const words = ['Harnvik', 'ferry', 'sold', 'the', 'not', '40', 'council', '"cheap"', 'pier', 'bought'];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 7 }).map((w) => w.join(' '));
    const who = fc.constantFrom(null, 'Ilse Brandvold', 'Kofi Okafor');
    fc.assert(
      fc.property(text, text, who, who, fc.boolean(), fc.boolean(), (ta, tb, sa, sb, da, db) => {
        const a = side(ta, { speaker: sa === null ? null : { name: sa } }, da);
        const b = side(tb, { speaker: sb === null ? null : { name: sb } }, db);
        const ab = features(a, b);
        const ba = features(b, a);
        for (const k of JOIN_FEATURE_KEYS) {
          expect(ab[k] >= 0 && ab[k] <= 1).toBe(true);
          expect(ab[k]).toBeCloseTo(ba[k], 9);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('joinFeaturesAtSoftFloor', () => {
  it('gives the features of joinFeatures but soft, and soft never above theirs, for any pair (WordNet lexicon)', () => {
    const words = ['ferry', 'ferries', 'boat', 'vessel', 'sold', 'sell', 'bought', 'council', 'pier', 'harnvik', 'the', 'not', '40', 'closed', 'shut'];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (ta, tb) => {
        const [a, b] = [side(ta), side(tb)];
        const idf = idfOf([a, b]);
        const floor = joinFeaturesAtSoftFloor(a, b, idf, ctx);
        const full = joinFeatures(a, b, idf, ctx);
        for (const k of JOIN_FEATURE_KEYS) if (k !== 'soft') expect(floor[k]).toBe(full[k]);
        expect(floor.soft).toBeLessThanOrEqual(full.soft);
      }),
      { numRuns: 100 },
    );
  });

  it('counts only the words both sides hold: "purchased" and "bought" add nothing to it', () => {
    const [a, b] = [side('the mayor purchased the boat'), side('the mayor bought the boat')];
    const idf = idfOf([a, b]);
    // mayor and boat on each side: 4 of the 6 words; the full count adds the synonyms.
    expect(joinFeaturesAtSoftFloor(a, b, idf, ctx).soft).toBeCloseTo(4 / 6, 9);
    expect(joinFeatures(a, b, idf, ctx).soft).toBe(1);
  });
});
