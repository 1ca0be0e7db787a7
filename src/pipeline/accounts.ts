import { nameTokens, sameSpeaker, withinName } from '../group/statement-places';
import { HONORIFICS } from '../lexicon/titles';
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
 * ("reports", an outlet, a ministry) may carry several sources' stories. Across reports a name is
 * not resolved to one person as it is inside one: both must give a first name and a last, the
 * shorter's words all in the longer ("John Kerry", "John F. Kerry"); a bare "Trump" may be Donald
 * or Eric.
 */
export function onePersonsAccount(a: Statement, b: Statement): boolean {
  if (a.speaker?.type !== 'person' || b.speaker?.type !== 'person') return false;
  const [x, y] = [fullName(a.speaker.name), fullName(b.speaker.name)];
  return Math.min(x.length, y.length) >= 2 && withinName(x, y);
}

const COURTESY: ReadonlySet<string> = new Set(HONORIFICS.map((h) => h.replace(/\.$/u, '')));

/** A person's name as lower-case words (letters and digits), courtesy titles left out: "Mr. John F. Kerry" is ["john", "f", "kerry"]. */
function fullName(name: string): string[] {
  return nameTokens(name).filter((w) => !COURTESY.has(w));
}
