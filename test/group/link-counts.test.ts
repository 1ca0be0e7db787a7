import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFeatureContext } from '../../src/group/features';
import { LinkCounter, type LinkCounts } from '../../src/group/link-counts';
import { heldIn } from '../../src/lexicon/same-meaning';
import type { Lexicon } from '../../src/lexicon/lexicon';

const { lexicon } = createFeatureContext();

/** The counts word by word, as `linkFeatures` reads them through `heldIn`. */
function countsByHeldIn(proposition: string[], names: ReadonlySet<string>, claim: string[]): LinkCounts {
  const inClaim = heldIn(lexicon, claim);
  const inProposition = heldIn(lexicon, proposition);
  const held = proposition.filter(inClaim);
  return {
    held: held.length,
    predicateHeld: held.filter((x) => !names.has(x)).length,
    covered: held.length === 0 ? 0 : claim.filter(inProposition).length,
  };
}

// Words of a few same-meaning families ("close" ~ "shut", "attack" ~ "attacked" ~ "assault"),
// with unrelated words and names beside them.
const VOCABULARY = ['close', 'closed', 'shut', 'closure', 'attack', 'attacked', 'assault', 'port', 'harbor', 'pilot', 'pay', 'paid',
  'payment', 'strike', 'velmora', 'contract', 'sign', 'signed', 'signature', 'happy', 'glad', 'sad', 'open', '40'];
const list = fc.uniqueArray(fc.constantFrom(...VOCABULARY), { maxLength: 8 }).map((w) => w.sort());

describe('LinkCounter', () => {
  it.each([
    ['counts a proposition word held through the same meaning, and a name apart', ['port', 'shut', 'velmora'], ['velmora'], ['closed', 'port', 'velmora'], { held: 3, predicateHeld: 2, covered: 3 }],
    ['counts a claim word once though two proposition words hold it', ['close', 'shut'], [], ['closed'], { held: 2, predicateHeld: 2, covered: 1 }],
    ['counts nothing covered when no proposition word is held', ['pilot'], [], ['contract', 'sign'], { held: 0, predicateHeld: 0, covered: 0 }],
  ])('%s', (_name, proposition, names, claim, counts) => {
    const counter = LinkCounter.of(lexicon) as LinkCounter;
    const ids = counter.claim(claim);
    expect(counter.count(proposition, new Set(names), ids)).toEqual(counts);
    expect(countsByHeldIn(proposition, new Set(names), claim)).toEqual(counts);
  });

  it('gives the counts heldIn gives, for any claims and denial', () => {
    fc.assert(
      fc.property(fc.array(list, { minLength: 1, maxLength: 4 }), list, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (claims, proposition, nameMask) => {
        const names = new Set(proposition.filter((_, k) => nameMask[k]));
        const counter = LinkCounter.of(lexicon) as LinkCounter;
        const ids = claims.map((c) => counter.claim(c));
        claims.forEach((c, k) => expect(counter.count(proposition, names, ids[k] as Int32Array)).toEqual(countsByHeldIn(proposition, names, c)));
      }),
      { numRuns: 80 },
    );
  });

  it('counts the words of one list held in another as heldIn does, by id', () => {
    fc.assert(
      fc.property(list, list, (a, b) => {
        const counter = LinkCounter.of(lexicon) as LinkCounter;
        const [x, y] = [counter.claim(a), counter.claim(b)];
        expect(counter.held(x, y)).toBe(a.filter(heldIn(lexicon, b)).length);
        expect(counter.held(y, x)).toBe(b.filter(heldIn(lexicon, a)).length);
      }),
      { numRuns: 80 },
    );
  });

  it.each([
    ['a synonym ("closed" ~ "shut"), not a hypernym ("port" of "harbor")', ['closed', 'port'], ['harbor', 'shut'], 1],
    ['nothing from unrelated words', ['pilot', 'velmora'], ['contract', 'sign'], 0],
    ['a word in both lists and a derivation ("paid" ~ "payment")', ['40', 'paid'], ['40', 'payment'], 2],
  ])('counts %s as held', (_name, a, b, n) => {
    const counter = LinkCounter.of(lexicon) as LinkCounter;
    const [x, y] = [counter.claim(a), counter.claim(b)];
    expect(counter.held(x, y)).toBe(n);
  });

  it('is not made for a lexicon without meaning keys', () => {
    const bare: Lexicon = { lemmas: (w) => [w], knows: () => true, relate: () => null };
    expect(LinkCounter.of(bare)).toBeUndefined();
  });
});
