import type { Reason } from '../schema/diff';

/** A short explanation of each reason, for tooltips and legends. */
export const REASON_TEXT: Readonly<Record<Reason, string>> = {
  identical: 'the same words',
  case: 'differs only in capital letters',
  punctuation: 'differs only in punctuation',
  spelling: 'a spelling variant',
  inflection: 'another form of the same word',
  synonym: 'a word of the same meaning',
  'function-word': 'a small word added, dropped or changed',
  reorder: 'the same words in another order',
  voice: 'active and passive voice',
  contraction: 'a contraction (won’t = will not)',
  number: 'a different number',
  date: 'a different date',
  negation: 'one side negates the other',
  antonym: 'a word of opposite meaning',
  entity: 'a different name',
  quantifier: 'a different quantity word (all, some, none)',
  modality: 'a different certainty (will, may, must)',
  stance: 'one party claims, the other denies',
  judge: 'decided by the judge you plugged in',
  hedge: 'one side only reports it (reportedly, allegedly), the other states it',
  attribution: 'a reporting verb that vouches more or less for the content (claimed ~ confirmed)',
};
