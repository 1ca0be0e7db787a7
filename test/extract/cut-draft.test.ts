import { describe, expect, it } from 'vitest';
import { cutDraft } from '../../src/extract/cut-draft';
import type { Draft } from '../../src/extract/drafts';

const draft = (quoted?: [number, number][]): Draft => ({
  start: 0, end: 60, kind: quoted ? 'partial' : 'indirect', stance: 'asserts', speaker: { name: 'Ravel', start: 70, end: 75, aliases: [], type: 'person' }, cue: null, ...(quoted ? { quoted } : {}),
});

describe('cutDraft', () => {
  it('ends the draft at the cut and adds the rest as a draft of the same speaker and stance', () => {
    const d = draft();
    const drafts = [d];
    cutDraft(drafts, d, 20, 30);
    expect(drafts.map((x) => [x.start, x.end, x.stance, x.speaker?.name, x.kind])).toEqual([[0, 20, 'asserts', 'Ravel', 'indirect'], [30, 60, 'asserts', 'Ravel', 'indirect']]);
  });

  it.each<[string, [number, number][], [number, number][], [number, number][], string, string]>([
    ['a quotation on each side', [[2, 10], [35, 50]], [[2, 10]], [[35, 50]], 'partial', 'partial'],
    ['a quotation across the cut belongs to neither', [[15, 40]], [], [], 'indirect', 'indirect'],
    ['a quotation only after the cut', [[40, 55]], [], [[40, 55]], 'indirect', 'partial'],
  ])('keeps each quotation with its part: %s', (_name, quoted, first, second, kindA, kindB) => {
    const d = draft(quoted);
    const drafts = [d];
    cutDraft(drafts, d, 20, 30);
    expect(drafts.map((x) => [x.quoted, x.kind])).toEqual([[first, kindA], [second, kindB]]);
  });

  it('keeps the denial link with the first part', () => {
    const claim = draft();
    const denial: Draft = { ...draft(), stance: 'denies', denies: claim };
    const drafts = [claim, denial];
    cutDraft(drafts, denial, 20, 30);
    expect(drafts.map((x) => x.denies)).toEqual([undefined, claim, undefined]);
  });
});
