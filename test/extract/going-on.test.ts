import { describe, expect, it } from 'vitest';
import { goingOnStart } from '../../src/extract/going-on';
import { docOf } from './doc-of';


/** The word where "went on to" or "proceeded to" starts before the word `verb`, or null. */
function start(text: string, verb: string): string | null {
  const doc = docOf(text);
  const { tokens } = doc;
  const at = goingOnStart(doc, tokens.findIndex((t) => t.text === verb), 0);
  return at < 0 ? null : (tokens[at] as { text: string }).text;
}

describe('goingOnStart', () => {
  it.each([
    ['The mayor went on to say that the pier was unsafe.', 'say', 'went'],
    ['She goes on to deny it.', 'deny', 'goes'],
    ['He then proceeded to claim the budget was balanced.', 'claim', 'proceeded'],
    ['He declined to say whether the pier was sold.', 'say', null],
    ['The board went to court to deny the claim.', 'deny', null],
    ['He said the pier was unsafe.', 'said', null],
  ])('finds in "%s", before "%s", %s', (text, verb, want) => {
    expect(start(text, verb)).toBe(want);
  });
});
