import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerStance } from '../../src/extract/answers';
import { extractStatements } from '../../src/extract/extract-statements';
import { propositionText } from '../../src/schema/proposition';

/** The statements of `text` that carry pieces, as [proposition, speaker, stance]. */
const answers = (text: string): [string, string | null, string][] =>
  extractStatements(text).filter((s) => s.content !== undefined).map((s) => [propositionText(s), s.speaker?.name ?? null, s.stance]);

describe('answers', () => {
  it.each([
    ['"No" after "when asked whether"', '"No," the spokesman said when asked whether the minister would resign.', 'the minister would resign', 'spokesman', 'denies'],
    ['"Absolutely not" after "asked by reporters if"', '"Absolutely not," said Dana Whitcombe, when asked by reporters if the plant would close.', 'the plant would close', 'Dana Whitcombe', 'denies'],
    ['"Of course not" after "after being asked whether"', '"Of course not," Mayor Pell Anders said after being asked whether the tram line was cancelled.', 'the tram line was cancelled', 'Pell Anders', 'denies'],
    ['"Never" after "in answer to a question on whether"', '"Never," the senator replied in answer to a question on whether she would quit the party.', 'she would quit the party', 'senator', 'denies'],
    ['"No" after "asked about reports that"', '"No," Ilse Marrow said when asked about reports that the factory had been sold.', 'the factory had been sold', 'Ilse Marrow', 'denies'],
    ['"Never" in curly marks, the question ending before a participle', '“Never,” Vell Arno told reporters when asked if he would sell the club, adding that talks had ended.', 'he would sell the club', 'Vell Arno', 'denies'],
    ['"Yes" after "asked if"', '"Yes," the coach said when asked if the striker would play on Sunday.', 'the striker would play on Sunday', 'coach', 'asserts'],
    ['"Yes" with the question before it', 'Asked whether the council would raise fares, Bram Osei said: "Yes."', 'the council would raise fares', 'Bram Osei', 'asserts'],
    ['"That is a lie" after "when asked if"', '"That is a lie," Bram Osei said when asked if he was ill.', 'he was ill', 'Bram Osei', 'denies'],
    ['"That\'s completely false" after "when asked whether"', '"That\'s completely false," the minister said when asked whether she would resign.', 'she would resign', 'minister', 'denies'],
    ['"That\'s nonsense" after "when asked about a report that"', '"That\'s nonsense," Bram Osei said when asked about a report that the harbour would close.', 'the harbour would close', 'Bram Osei', 'denies'],
    ['"That is a lie" after a sentence that asks it of the one who answers', 'Reporters asked Bram Osei about rumours that he was ill. "That is a lie," Osei said.', 'he was ill', 'Osei', 'denies'],
  ])('reads %s as the answer to the questioned proposition', (_name, text, proposition, speaker, stance) => {
    expect(answers(text)).toContainEqual([proposition, speaker, stance]);
  });

  it('spans the statement from the answer to the end of the question', () => {
    const [s] = extractStatements('"No," the spokesman said when asked whether the minister would resign.');
    expect(s?.text).toBe('No," the spokesman said when asked whether the minister would resign');
    expect(s?.quoted).toEqual([[1, 3]]);
    expect(s?.content).toEqual([[44, 69]]);
  });

  it('reads no assertion of the questioned proposition by the one who answers', () => {
    const found = extractStatements('"No," Ilse Marrow said when asked about rumours that the factory had been sold.');
    expect(found.map((s) => [s.stance, s.speaker?.name, propositionText(s)])).toEqual([['denies', 'Ilse Marrow', 'the factory had been sold']]);
  });

  it.each([
    ['a quotation that says more than an answer', '"We will not resign," the minister said when asked whether she would resign.'],
    ['an answer with no question named', '"No," the spokesman said on Tuesday.'],
    ['an answer to a question quoted elsewhere', '"No," the spokesman said, and the host asked "whether the minister would resign".'],
    ['an answer after a question put to someone else', 'Reporters asked Bram Osei whether he would resign. "No," the spokesman said.'],
    ['a dismissal after a question of a relative clause', 'Marr has accused Osei, who was asked on Monday whether he would step down, of taking bribes. "That is a lie," Osei said.'],
  ])('leaves %s as it was', (_name, text) => {
    expect(answers(text)).toEqual([]);
  });

  it.each([
    ['No.', 'denies'], ['Absolutely not!', 'denies'], ['of course not', 'denies'], ['NEVER', 'denies'],
    ['Yes', 'asserts'], ['Of course.', 'asserts'], ['That’s correct', 'asserts'],
    ['No comment', null], ['We will see', null], ['', null],
    ['That is a lie', 'denies'], ["That's completely false", 'denies'], ['This is not true', 'denies'], ['It was all lies', 'denies'],
    ['That is a lie about the harbour', null], ['That is the plan', null], ['That is not the plan', null],
  ])('reads the answer "%s" as %s', (words, stance) => {
    expect(answerStance(words)).toBe(stance);
  });

  const answer = fc.constantFrom('No', 'Yes', 'Never', 'Absolutely not', 'Of course', 'We will see');
  const frame = fc.constantFrom('when asked whether', 'asked if', 'when asked about reports that', 'in answer to a question on whether', 'asked by reporters whether', 'said', 'asked');
  const word = fc.constantFrom('the', 'minister', 'would', 'resign', ',', '"', 'if', 'whether', 'Vell', 'not', 'asked');
  const sentence = fc.tuple(answer, fc.constantFrom('the spokesman said', 'said Vell Arno', 'she added'), frame, fc.array(word, { maxLength: 8 }))
    .map(([a, who, f, rest]) => `"${a}," ${who} ${f} ${rest.join(' ')}.`);

  it('keeps every content piece inside its statement span, in order', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        for (const s of extractStatements(text)) {
          let at = s.start;
          for (const [a, b] of s.content ?? []) {
            expect(a).toBeGreaterThanOrEqual(at);
            expect(b).toBeGreaterThan(a);
            expect(b).toBeLessThanOrEqual(s.end);
            at = b;
          }
        }
      }),
    );
  });
});
