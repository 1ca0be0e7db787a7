import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../../src/compare/diff-claims';

const spans = (text: string, span: readonly [number, number] | null): string | null => (span === null ? null : text.slice(span[0], span[1]));

describe('a clause restated in the other voice', () => {
  it.each<[string, string, string, string]>([
    ['The smugglers hid the crates', 'The crates were hidden by the smugglers', 'The smugglers hid the crates', 'The crates were hidden by the smugglers'],
    ['The rebels seized the bridge at dawn', 'The bridge was seized by the rebels at dawn', 'The rebels seized the bridge', 'The bridge was seized by the rebels'],
    ['The council has approved the new budget', 'The new budget has been approved by the council', 'The council has approved the new budget', 'The new budget has been approved by the council'],
    ['the cartel uses the port to move cargo', 'the port is used to move cargo', 'uses the port', 'the port is used'],
    ['fired the rockets', 'the rockets were fired', 'fired the rockets', 'the rockets were fired'],
    ['The smugglers were hiding the crates', 'The crates were being hidden by the smugglers', 'The smugglers were hiding the crates', 'The crates were being hidden by the smugglers'],
    ['Police detained a driver near the dam', 'The driver was detained by police near the dam', 'Police detained a driver', 'The driver was detained by police'],
    ['A clerk is stamping the forms with red ink', 'The forms are being stamped with red ink by a clerk', 'A clerk is stamping the forms with red ink', 'The forms are being stamped with red ink by a clerk'],
    ['Officials say the guards opened the gate', 'Officials say the gate was opened by the guards', 'the guards opened the gate', 'the gate was opened by the guards'],
  ])('%j ~ %j: one paraphrase, reason voice, over %j ~ %j', (a, b, inA, inB) => {
    for (const [x, y, sx, sy] of [[a, b, inA, inB], [b, a, inB, inA]] as const) {
      const diff = diffClaims(x, y);
      expect(diff.relation).toBe('paraphrase');
      const voiced = diff.segments.filter((s) => s.reasons.includes('voice'));
      expect(voiced).toHaveLength(1);
      expect(voiced[0]?.label).toBe('paraphrase');
      expect([spans(x, voiced[0]?.a ?? null), spans(y, voiced[0]?.b ?? null)]).toEqual([sx, sy]);
    }
  });

  it.each<[string, string]>([
    ['The smugglers hid the crates', 'The crates were hidden from the smugglers'],
    ['The rebels shelled the army', 'The rebels were shelled by the army'],
    ['The rebels shelled the army', 'The army shelled the rebels'],
  ])('%j ~ %j: no restatement (the doer in another role)', (a, b) => {
    expect(diffClaims(a, b).relation).not.toBe('paraphrase');
    expect(diffClaims(b, a).relation).not.toBe('paraphrase');
  });

  it('leaves another doer outside the restatement, unpaired on both sides', () => {
    const [a, b] = ['The smugglers hid the crates', 'The crates were hidden by the guards'];
    const diff = diffClaims(a, b);
    expect(diff.segments.map((s) => [s.label, spans(a, s.a), spans(b, s.b)])).toEqual([
      ['removed', 'The smugglers', null],
      ['paraphrase', 'hid the crates', 'The crates were hidden'],
      ['added', null, 'by the guards'],
    ]);
  });

  it('keeps a doer the passive leaves out as removed: the restatement covers the verb and its object', () => {
    const a = 'The cartel uses the port to move cargo';
    const diff = diffClaims(a, 'the port is used to move cargo');
    expect(diff.relation).toBe('paraphrase');
    expect(diff.segments.filter((s) => s.label === 'removed').map((s) => spans(a, s.a))).toEqual(['The cartel']);
  });

  it('reads a nominalisation as the verb it names: no removed or added content', () => {
    for (const [a, b] of [['the army launched the raid', 'the army’s launch of the raid'], ['the agency denied the claim', 'the agency’s denial of the claim']]) {
      const diff = diffClaims(a as string, b as string);
      expect(diff.relation).toBe('paraphrase');
      expect(diff.segments.every((s) => s.label === 'match' || s.label === 'paraphrase')).toBe(true);
    }
  });

  const nouns = ['farmers', 'soldiers', 'the mayor', 'the union', 'two reporters', 'the old bridge', 'a convoy'];
  const verbs = [['blocked', 'blocked'], ['saw', 'seen'], ['took', 'taken'], ['praised', 'praised'], ['sued', 'sued'], ['stopped', 'stopped']] as const;
  it('turns "The N1 V-ed the N2" ~ "The N2 was V-ed by the N1" into one paraphrase with every segment paired, for any two participants and verb', () => {
    fc.assert(
      fc.property(fc.constantFrom(...nouns), fc.constantFrom(...nouns), fc.constantFrom(...verbs), (n1, n2, [past, participle]) => {
        fc.pre(n1 !== n2);
        const diff = diffClaims(`${n1} ${past} ${n2}`, `${n2} was ${participle} by ${n1}`);
        expect(diff.relation).toBe('paraphrase');
        expect(diff.segments.every((s) => s.a !== null && s.b !== null)).toBe(true);
        expect(diff.segments.some((s) => s.reasons.includes('voice'))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
