import { sameSpeaker } from '../group/statement-places';
import type { Statement } from '../schema/statement';

/**
 * Whether two claims are one account: one speaker's, in one report ("Hersh wrote that the US was
 * behind the blasts … and that navy divers planted the explosives"). A dismissal of one of them
 * ("the White House called the Hersh report fiction") dismisses the account, so the other too;
 * the same voice in another report may be telling another story, unless it is a named person's
 * (see `onePersonsAccount`).
 */
export function oneAccount(a: Statement, b: Statement): boolean {
  return a.report === b.report && a.speaker !== null && b.speaker !== null && sameSpeaker(a.speaker, b.speaker);
}

/**
 * Whether two claims of one group are one named person's account, in whatever report: Hersh's
 * "U.S. Navy divers, under the cover of the Baltops exercise, planted explosives" in one outlet
 * and his "US Navy divers helped by Norway had planted explosives" in another. The grouping has
 * made them one statement already, and one person tells one story of it: a dismissal of his
 * report ("That claim is completely and utterly false") dismisses both, though each adds its own
 * circumstance and the two read as no rewording of each other. A voice that is no named person
 * ("reports", an outlet, a ministry) may carry several sources' stories.
 */
export function onePersonsAccount(a: Statement, b: Statement): boolean {
  return a.speaker?.type === 'person' && b.speaker?.type === 'person' && sameSpeaker(a.speaker, b.speaker);
}
