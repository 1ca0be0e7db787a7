import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EdgeList } from '../../src/group/edge-list';
import { createFeatureContext, featureTable } from '../../src/group/features';
import { nearAccepted, nearTexts } from '../../src/group/group-columns';
import { idfOfFrequencies, wordFrequencies } from '../../src/group/near-join';

const features = createFeatureContext();
const s = { features, diff: {} };

/** Invented: two statements in two wordings each, a look-alike, and a denial of the first. */
const TEXTS = [
  'the harbour board will close the eastern pier to fishing boats on Friday for repairs',
  'the harbour board will shut the eastern pier to fishing boats on Friday for repairs',
  'the police arrested four men near the border',
  'four men were detained by police close to the border',
  'the police found four boats near the border',
  'the harbour board will not close the eastern pier to fishing boats on Friday',
];
const denies = new Uint8Array([0, 0, 0, 0, 0, 1]);
const cols = { texts: TEXTS, denies };
const idf = idfOfFrequencies(wordFrequencies(featureTable(TEXTS, features), new Int32Array(TEXTS.length).fill(1)));

/** Every pair of the texts as near pairs, each statement its own feature set. */
function allPairs(): { near: EdgeList; reps: number[] } {
  const near = new EdgeList(16);
  for (let i = 0; i < TEXTS.length; i++) for (let j = i + 1; j < TEXTS.length; j++) near.push(i, j, 0.3);
  return { near, reps: TEXTS.map((_, i) => i) };
}

describe('nearAccepted', () => {
  const found = allPairs();
  const whole = Array.from(nearAccepted(found, cols, idf, s));
  const answer = (i: number, j: number): number => {
    for (let e = 0; e < found.near.length; e++) if (found.near.i[e] === i && found.near.j[e] === j) return whole[e] as number;
    throw new Error(`no pair ${i}, ${j}`);
  };

  it.each([
    ['joins one statement in two wordings', 0, 1, 1],
    ['joins one arrest told in the active and the passive', 2, 3, 1],
    ['keeps a claim and a denial apart (the denial link joins them, not the overlap)', 0, 5, 0],
    ['keeps two statements of different words apart', 0, 2, 0],
  ])('%s', (_name, i, j, joined) => {
    expect(answer(i, j)).toBe(joined);
  });

  it('does not ask the pairs it is told to keep apart', () => {
    const apart = (i: number, j: number): boolean => i === 0 && j === 1;
    expect(nearAccepted(found, cols, idf, s, 0, 1, apart)[0]).toBe(0);
  });

  it('gives the same answers for any split of the near pairs into slices', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(found.near.length), { maxLength: 5 }), (cuts) => {
        const bounds = [0, ...cuts.sort((a, b) => a - b), found.near.length];
        const answers: number[] = [];
        for (let k = 0; k + 1 < bounds.length; k++) answers.push(...nearAccepted(found, cols, idf, s, bounds[k], bounds[k + 1]));
        expect(answers).toEqual(whole);
      }),
      { numRuns: 10 },
    );
  });
});

describe('nearTexts', () => {
  it('gives the texts of the pairs of one stance, with their positions', () => {
    const near = new EdgeList(4);
    near.push(0, 1, 0.3);
    near.push(1, 5, 0.3);
    near.push(2, 3, 0.3);
    const asked = nearTexts({ near, reps: TEXTS.map((_, i) => i) }, cols);
    expect(asked).toEqual({ asked: [0, 2], a: [TEXTS[0], TEXTS[2]], b: [TEXTS[1], TEXTS[3]] });
  });
});
