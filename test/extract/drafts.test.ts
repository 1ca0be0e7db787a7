import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/index';

const LONG_A = 'No official of the harbour board has ever asked the ferry company for a meeting about the pier';
const LONG_B = 'The only thing more telling than that claim is the silence of the ferry company about its own plans';

describe('the sentences of a quotation', () => {
  it.each<[string, string, string[]]>([
    ['two long sentences are two statements', `"${LONG_A}. ${LONG_B}," Ravel said.`, [`${LONG_A}.`, LONG_B]],
    ['a long sentence and a short one are one', `"${LONG_A}. It never happened," Ravel said.`, [`${LONG_A}. It never happened`]],
    ['two short sentences are one', '"The pier is old. We will mend it soon," Ravel said.', ['The pier is old. We will mend it soon']],
  ])('%s', (_name, text, expected) => {
    expect(extractStatements(text).map((s) => s.text)).toEqual(expected);
  });

  it('gives a sentence set apart after a denying cue the denial only by its own words', () => {
    const text = `Tann denied the report, saying: "${LONG_A}. The ferry company did send a letter to the harbour board in May about the lease of the pier."`;
    expect(extractStatements(text).filter((s) => s.kind === 'direct').map((s) => s.stance)).toEqual(['denies', 'asserts']);
  });

  it('measures a long sentence against the sentence before it, not the part it would join', () => {
    expect(extractStatements(`"${LONG_A}. It never happened. ${LONG_B}," Ravel said.`).map((s) => s.text)).toEqual([`${LONG_A}. It never happened. ${LONG_B}`]);
  });

  it('gives each long sentence the quotation\'s speaker', () => {
    expect(extractStatements(`"${LONG_A}. ${LONG_B}," Ravel said.`).map((s) => s.speaker?.name)).toEqual(['Ravel', 'Ravel']);
  });
});
