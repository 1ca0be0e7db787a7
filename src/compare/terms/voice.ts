/**
 * The voice of a run of terms: whether its subject is the doer. Alignment reads it (a passive
 * against an active is reason `voice`), and so does the role-swap check (a passive trades
 * subject and object by design, so it is no swap).
 */
import { BE_FORMS } from '../../lexicon/function-words';
import type { Term } from './terms';

/** A "by" right after a past participle: the passive voice, where subject and object trade places by design. */
export function hasPassive(terms: readonly Term[], from = 0, to = terms.length): boolean {
  for (let i = from + 1; i < to; i++) {
    if ((terms[i] as Term).key === 'by' && /(?:ed|en|wn|ne)$/.test((terms[i - 1] as Term).key)) return true;
  }
  return false;
}

const BE = new Set(BE_FORMS);

/**
 * A form of "be" before a past participle ("are covered", "was sued"), or a "by" a few words
 * after one ("is being cut by", "is being held carelessly by"): the subject is not the doer.
 */
export function passiveLike(terms: readonly Term[]): boolean {
  return terms.some((t, i) => (BE.has(t.key) && /(?:ed|en|wn|rn)$/.test(terms[i + 1]?.key ?? ''))
    || (t.key === 'by' && terms.slice(Math.max(0, i - 4), i).some((u) => BE.has(u.key))));
}
