import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFeatureContext } from '../../src/group/features';
import { JoinCounts } from '../../src/group/join-counts';
import { idfOf, joinFeatures, joinSide, type JoinSide } from '../../src/group/join-features';
import type { Lexicon } from '../../src/lexicon/lexicon';

const ctx = createFeatureContext();

// Invented statements: claims and denials sharing words, same-meaning words ("shut" ~
// "closed", "payment" ~ "paid") and names, beside unrelated ones.
const CLAIMS = [
  'the harbour board shut the ferry pier after the storm',
  'Velmora Shipping closed the pier to ferries on Monday',
  'the council paid the contractor 40 million for the pier',
  'Ilse Brandvold said the payment to the contractor was late',
  'the orchestra played a concert on the ferry deck',
];
const DENIALS = [
  'the harbour board denied that it closed the ferry pier',
  'Velmora Shipping denied paying the contractor',
  'the council did not shut the pier',
];

const sideOf = ([text, denies]: [string, boolean]): JoinSide => joinSide(text, denies, {}, ctx);
const statements = fc.uniqueArray(fc.constantFrom(...CLAIMS.map((t): [string, boolean] => [t, false]), ...DENIALS.map((t): [string, boolean] => [t, true])), { minLength: 2, maxLength: 6 });

describe('JoinCounts', () => {
  it('gives every pair the features joinFeatures reads word by word', () => {
    fc.assert(
      fc.property(statements, (texts) => {
        const sides = texts.map(sideOf);
        const idf = idfOf(sides);
        const counts = JoinCounts.of(sides, ctx.lexicon) as JoinCounts;
        for (const a of sides) for (const b of sides) if (a !== b) expect(joinFeatures(a, b, idf, ctx, false, counts)).toEqual(joinFeatures(a, b, idf, ctx));
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    ['a denial of what the claim states', 0, 0, true],
    ['a denial of another thing', 4, 0, false],
  ])('links %s', (_name, claim, denial, linked) => {
    const sides = [sideOf([CLAIMS[claim] as string, false]), sideOf([DENIALS[denial] as string, true])] as [JoinSide, JoinSide];
    const counts = JoinCounts.of(sides, ctx.lexicon) as JoinCounts;
    expect(counts.link({ denied: sides[1].denied as NonNullable<JoinSide['denied']> }, sides[0]) >= 0.5).toBe(linked);
  });

  it('counts only the sides it was made over, and is not made without meaning keys', () => {
    const [a, b, c] = CLAIMS.slice(0, 3).map((t) => sideOf([t, false])) as [JoinSide, JoinSide, JoinSide];
    const counts = JoinCounts.of([a, b], ctx.lexicon) as JoinCounts;
    expect([counts.has(a, b), counts.has(a, c)]).toEqual([true, false]);
    const bare: Lexicon = { lemmas: (w) => [w], knows: () => true, relate: () => null };
    expect(JoinCounts.of([a], bare)).toBeUndefined();
  });
});
