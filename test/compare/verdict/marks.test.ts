import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/compare/align/draft';
import { toTerms } from '../../../src/compare/terms/terms';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';
import { markEvidence } from '../../../src/compare/verdict/marks';
import type { Check, Evidence, TermRun } from '../../../src/schema/evidence';

const words = defaultWordLists();
const draft = (label: Draft['label'], a: TermRun | null, b: TermRun | null): Draft => ({ label, a, b, reasons: new Set(label === 'match' ? ['identical'] : []) });
const evidence = (check: Check, a: TermRun[], b: TermRun[], strength = 0.8): Evidence => ({ check, found: check, a, b, reason: check === 'role-swap' ? 'entity' : check === 'stance' ? 'stance' : 'negation', strength });
const summary = (drafts: readonly Draft[]): string[] => drafts.map((d) => `${d.label} ${JSON.stringify(d.a)} ${JSON.stringify(d.b)} ${[...d.reasons].join(',')}${d.confidence === undefined ? '' : ` ${d.confidence}`}`);

describe('markEvidence', () => {
  // "India accused Pakistan" ~ "Pakistan accused India": the names aligned as one-sided runs.
  const a = toTerms('India accused Pakistan', words);
  const b = toTerms('Pakistan accused India', words);
  const drafts = [draft('removed', [0, 1], null), draft('added', null, [0, 1]), draft('match', [1, 2], [1, 2]), draft('removed', [2, 3], null), draft('added', null, [2, 3])];

  it('leaves the drafts as they are when the verdict used no evidence, or evidence that marks nothing', () => {
    expect(summary(markEvidence(drafts, a, b, []))).toEqual(summary(drafts));
    expect(summary(markEvidence(drafts, a, b, [evidence('flip', [[0, 1]], [[0, 1]])]))).toEqual(summary(drafts));
  });

  it('relabels the drafts holding swapped participants as contradictions, reason entity, as sure as the swap', () => {
    expect(summary(markEvidence(drafts, a, b, [evidence('role-swap', [[0, 1], [2, 3]], [[0, 1], [2, 3]])]))).toEqual([
      'contradict [0,1] null entity 0.8',
      'contradict null [0,1] entity 0.8',
      'match [1,2] [1,2] identical',
      'contradict [2,3] null entity 0.8',
      'contradict null [2,3] entity 0.8',
    ]);
  });

  it('relabels only the one-sided run that is the stray negation', () => {
    expect(summary(markEvidence(drafts, a, b, [evidence('stray-negation', [], [[2, 3]])]))).toEqual([
      'removed [0,1] null ',
      'added null [0,1] ',
      'match [1,2] [1,2] identical',
      'removed [2,3] null ',
      'contradict null [2,3] negation',
    ]);
  });

  it('cuts a denial cue out of a one-sided run as its own contradiction, reason stance', () => {
    const x = toTerms('Banksy was arrested', words);
    const y = toTerms('Police deny Banksy was arrested', words);
    const own = [draft('added', null, [0, 2]), draft('match', [0, 3], [2, 5])];
    expect(summary(markEvidence(own, x, y, [evidence('stance', [], [[1, 2]], 0.89)]))).toEqual([
      'added null [0,1] ',
      'contradict null [1,2] stance 0.89',
      'match [0,3] [2,5] identical',
    ]);
  });
});
