/**
 * Word families that WordNet does not link but news uses interchangeably for one event:
 * "X is dead" ~ "X died" ~ "death of X". Each family is read as derivationally related
 * (reason `inflection`, as WordNet's derivations). Lemmas, lower-case.
 */
export const WORD_FAMILIES: readonly (readonly string[])[] = [
  ['dead', 'die', 'death', 'deceased'],
  ['kill', 'slay', 'slain'],
  ['resign', 'resignation', 'quit'],
  ['marry', 'marriage', 'wed', 'wedding'],
  ['pregnant', 'pregnancy'],
  ['divorce', 'divorced'],
  ['ban', 'banned', 'prohibit'],
  ['kidnap', 'abduct', 'abduction', 'capture', 'captive'],
  ['launch', 'release', 'unveil'],
  ['buy', 'purchase', 'acquire', 'acquisition'],
  ['alive', 'live', 'survive'],
];
