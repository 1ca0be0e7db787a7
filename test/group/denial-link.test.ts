import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { denialWords } from '../../src/group/claim-denial';
import { claimWords, isLinked, linkFeatures, linkProbability, nameWords, type DenialLinkFeatures } from '../../src/group/denial-link';
import { createFeatureContext } from '../../src/group/features';
import { textWordsOf } from '../../src/group/text-words';

const ctx = createFeatureContext();
const features = (claim: string, denial: string): DenialLinkFeatures => linkFeatures({ ...denialWords(denial, ctx), claim: claimWords(claim, ctx) }, ctx);

describe('nameWords', () => {
  it.each([
    ['takes capitalised words after the first, and figures', 'The harbour board in Velmora paid 40 pilots', ['40', 'velmora']],
    ['leaves out the capitalised first word', 'Ministers met the pilots', []],
    ['takes only figures in a title-case headline', 'Harbour Board Did Not Pay 40 Pilots', ['40']],
  ])('%s', (_name, text, names) => {
    expect([...nameWords(text, ctx)].sort()).toEqual(names);
  });

  it('gives the same names through a reader of many texts (see textWordsOf)', () => {
    const read = textWordsOf(ctx);
    for (const text of ['The harbour board in Velmora paid 40 pilots', 'Velmora’s Board paid 40 of them', 'the board in Velmora said so']) {
      expect(nameWords(text, ctx, read)).toEqual(nameWords(text, ctx));
    }
  });
});

describe('claimWords', () => {
  // Invented wordings repeating word forms ("closed", "Pier"), as reports of one story do.
  const TEXTS = [
    'The harbour board closed the ferry pier after the storm',
    'Velmora Shipping said the Pier was closed on Monday',
    "the board's contractors were paid 40 million",
    'Closing the pier cost the council dearly, the board said',
  ];
  it('gives the same words with word forms shared across calls as without', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TEXTS), { minLength: 1, maxLength: 8 }), (texts) => {
        const seen = new Map<string, string | null>();
        for (const t of texts) expect(claimWords(t, ctx, seen)).toEqual(claimWords(t, ctx));
      }),
      { numRuns: 30 },
    );
  });
});

describe('linkFeatures', () => {
  it('reads a claim that holds the whole denied proposition as held in full', () => {
    const f = features('the harbour board paid the striking pilots in March', 'the harbour board did not pay the pilots');
    expect(f.held).toBe(1);
    expect(f.heldPredicate).toBe(1);
  });

  it('reads a claim that shares only the names as holding none of what is said', () => {
    const f = features('Tomas Velander spoke in Ostrava', 'Minister Tomas Velander never signed the harbour contract');
    expect(f.held).toBeGreaterThan(0);
    expect(f.heldPredicate).toBe(0);
  });

  it('keeps every feature in [0, 1]', () => {
    const words = ['harbour', 'board', 'paid', 'pilots', 'Velmora', 'not', 'contract', 'signed', 'never', '40', 'the'];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (claim, denial) => {
        for (const v of Object.values(features(claim, denial))) expect(v >= 0 && v <= 1).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('isLinked', () => {
  it.each([
    ['links a claim to the denial of what it states', 'the harbour board paid the striking pilots in March', 'the harbour board did not pay the pilots', true],
    ['links a passive denial of the same act', 'the ministry sold the coastal land to a developer', 'the coastal land was never sold to the developer', true],
    ['does not link a claim to the denial of another act on the same topic', 'the harbour board raised the mooring fees for fishing boats this spring', 'the harbour board did not pay the striking pilots', false],
  ])('%s', (_name, claim, denial, linked) => {
    expect(isLinked(features(claim, denial))).toBe(linked);
  });

  it('does not link a claim that shares only the names, though the model alone would at an even cut', () => {
    const f = features('Tomas Velander spoke in Ostrava', 'Minister Tomas Velander never signed the harbour contract');
    expect(linkProbability(f)).toBeGreaterThan(0.5);
    expect(isLinked(f, 0.5)).toBe(false);
  });

  it('gives no probability to a claim that holds nothing of the proposition', () => {
    expect(linkProbability(features('prices rose in the spring', 'the harbour board did not pay the pilots'))).toBe(0);
  });
});
