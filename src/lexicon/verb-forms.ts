/** A verb's form: its lemma, third person "-s", past "-ed", or "-ing". */
export type VerbForm = 'base' | 's' | 'ed' | 'ing';

/**
 * The regular inflections of a verb lemma ("deny": "denies", "denied", "denying"; "dismiss":
 * "dismisses"); irregular ones are listed with the reporting verbs (`IRREGULAR_VERB_FORMS`).
 */
export function regularForms(lemma: string): [string, VerbForm][] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const consonantY = /[^aeiou]y$/.test(lemma);
  const sibilant = /(?:s|sh|ch|x|z)$/.test(lemma);
  return [
    [lemma, 'base'],
    [consonantY ? `${lemma.slice(0, -1)}ies` : sibilant ? `${lemma}es` : `${lemma}s`, 's'],
    [consonantY ? `${lemma.slice(0, -1)}ied` : `${stem}ed`, 'ed'],
    [`${stem}ing`, 'ing'],
  ];
}
