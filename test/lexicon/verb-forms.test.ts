import { describe, expect, it } from 'vitest';
import { regularForms } from '../../src/lexicon/verb-forms';

describe('regularForms', () => {
  it.each([
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['dismiss', ['dismiss', 'dismisses', 'dismissed', 'dismissing']],
    ['dispute', ['dispute', 'disputes', 'disputed', 'disputing']],
    ['say', ['say', 'says', 'sayed', 'saying']],
  ])('inflects %s by the regular rules', (lemma, forms) => {
    expect(regularForms(lemma).map(([word]) => word)).toEqual(forms);
  });

  it('names each form', () => {
    expect(regularForms('claim').map(([, form]) => form)).toEqual(['base', 's', 'ed', 'ing']);
  });
});
