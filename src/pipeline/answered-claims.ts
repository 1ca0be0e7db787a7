import type { FeatureContext } from '../group/features';
import { isPointing } from '../group/pointing-denials';
import { sameSpeaker } from '../group/statement-places';
import { propositionText } from '../schema/proposition';
import type { Statement } from '../schema/statement';

/**
 * The claim each denial of a group that only points ("called the report 'utterly false'", see
 * `isPointing`) answers, by denial id: the claim it was found to deny (`denies`) when that
 * claim is in the group; else, for a dismissal that answered nothing in its own report (no
 * claim came before it there), the claim a pointing denial of the same speaker in the group
 * answers: one voice's "This is utterly false" and "This is a total fabrication", reported by
 * two outlets, are one dismissal of one claim. A denial that repeats what it denies ("denied
 * sending a team to the talks") is read by its words, never through another's answer, and is
 * not listed. O(m) for m members, plus one `isPointing` per denial.
 */
export function answeredClaims(members: readonly Statement[], ctx: FeatureContext): Map<string, Statement> {
  const byId = new Map(members.map((m) => [m.id, m]));
  const out = new Map<string, Statement>();
  const pointing = members.filter((m) => m.stance === 'denies' && isPointing(propositionText(m), ctx));
  for (const d of pointing) {
    const claim = d.denies === undefined ? undefined : byId.get(d.denies);
    if (claim?.stance === 'asserts') out.set(d.id, claim);
  }
  for (const d of pointing) {
    if (out.has(d.id) || d.denies !== undefined) continue;
    const like = pointing.find((o) => out.has(o.id) && o.denies !== undefined && sameSpeaker(o.speaker, d.speaker));
    if (like !== undefined) out.set(d.id, out.get(like.id) as Statement);
  }
  return out;
}
