import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../../src/compare/diff-claims';
import { attributionFrame } from '../../../src/compare/verdict/attribution-frame';
import { toTerms, type Term } from '../../../src/compare/terms/terms';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';

const words = defaultWordLists();
const REPORTING = new Set(['said', 'told', 'wrote', 'added']);
const reporting = (t: Term): boolean => REPORTING.has(t.key);

/** The text of a wording's frame, its terms joined by spaces. */
function frame(text: string): string {
  const terms = toTerms(text, words);
  const at = attributionFrame(terms, reporting);
  return terms.filter((_, i) => at.has(i)).map((t) => t.text).join(' ');
}

describe('the attribution frame of a wording', () => {
  it.each<[string, string]>([
    ['The harbour master told the Carrow Gazette that no ship had sailed', 'The harbour master told the Carrow Gazette that'],
    ['Minister Alda Venn said that the border stays open', 'Minister Alda Venn said that'],
    ['The border stays open, Minister Alda Venn said.', ', Minister Alda Venn said .'],
    ['The border stays open', ''],
    ['He said nothing about the border', ''],
    ['The border, which the army said was closed, stays open for the harvest and the fair and the market', ''],
  ])('%j: %j', (text, expected) => {
    expect(frame(text)).toBe(expected);
  });

  it('leaves a statement quoted directly and the same statement reported a restatement, not a difference', () => {
    const direct = 'We have not closed the northern crossing to lorries';
    const reported = 'The transport minister of Velmar told the Carrow Gazette that they have not closed the northern crossing to lorries';
    expect(diffClaims(direct, reported).relation).toBe('paraphrase');
  });
});
