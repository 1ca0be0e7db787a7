import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../../src/compare/diff-claims';
import { examinePair } from '../../../src/compare/pair-core';

const dismissal = (a: string, b: string): boolean => examinePair(a, b, {}).evidence.some((e) => e.check === 'dismissal');

describe('dismissalCheck', () => {
  it.each<[string, string, boolean]>([
    ['The council sold the harbour land to a developer', 'All of that is a complete lie', true],
    ['The council sold the harbour land to a developer', 'The mayor said the report was false', true],
    ['The council sold the harbour land to a developer', 'The figure that the paper printed was fake', true],
    ['The council sold the harbour land to a developer', 'A council spokesman called the story "utterly false"', true],
    ['The council sold the harbour land to a developer', 'The council denied the reports', true],
    ['The council sold the harbour land to a developer', 'The mayor said it is no hoax', false],
    ['The council sold the harbour land to a developer', 'The mayor did not say the report was false', false],
    ['The council sold the harbour land to a developer', 'A fake sign was painted on the harbour wall', false],
    ['The council denied the reports', 'The mayor said the reports were not true', false],
    ['A lot of these are made-up claims, he said', 'A lot of these are made up claims, he said', false],
    ['It happened', 'That is a lie', false],
    ['Two senators had hinted that they were not surprised, suggesting the port was sold', 'Every word of that is an absolute lie', true],
    ['The port was not sold to the developer', 'Every word of that is an absolute lie', false],
    ['Claims about the port sale have nothing to do with the facts', 'It is all lies', false],
  ])('%j ~ %j: a dismissal of what the other states: %s', (a, b, found) => {
    expect(dismissal(a, b)).toBe(found);
    expect(dismissal(b, a)).toBe(found);
  });

  it.each<[string, string]>([
    ['The council sold the harbour land to a developer', 'Every word of that is an absolute lie'],
    ['The ferry company raised its fares by a third in March', 'The operator called the report completely false'],
  ])('%j ~ %j contradicts, and the dismissal is marked as a stance', (a, b) => {
    const r = diffClaims(a, b);
    expect(r.relation).toBe('contradict');
    expect(r.segments.some((s) => s.label === 'contradict' && s.reasons.includes('stance'))).toBe(true);
  });
});
