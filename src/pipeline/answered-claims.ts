import type { FeatureContext } from '../group/features';
import { isPointing } from '../group/pointing-denials';
import { sameSpeaker } from '../group/statement-places';
import { propositionText } from '../schema/proposition';
import type { Statement } from '../schema/statement';

/**
 * The claim each denial of a group that only points ("called the report 'utterly false'", see
 * `isPointing`) answers, by denial id: the claim it was found to deny (`denies`) when that
 * claim is in the group; else, for a dismissal that answered nothing in its own report (no
 * claim came before it there), the claim the pointing denials of the same voice in the group
 * answer, when they all answer one: one voice's "This is utterly false" and "This is a total
 * fabrication", reported by two outlets, are one dismissal of one claim. A voice whose
 * dismissals answer two claims leaves its other dismissals unanswered, so the answer never
 * depends on the members' order. A denial that repeats what it denies ("denied sending a team
 * to the talks") is read by its words, never through another's answer, and is not listed.
 * O(m + p²) for m members and p pointing denials, plus one `isPointing` per denial.
 */
export function answeredClaims(members: readonly Statement[], ctx: FeatureContext): Map<string, Statement> {
  const byId = new Map(members.map((m) => [m.id, m]));
  const out = new Map<string, Statement>();
  const pointing = members.filter((m) => m.stance === 'denies' && isPointing(propositionText(m), ctx));
  for (const d of pointing) {
    const claim = d.denies === undefined ? undefined : byId.get(d.denies);
    if (claim?.stance === 'asserts') out.set(d.id, claim);
  }
  const answering = pointing.filter((o) => out.has(o.id));
  for (const d of pointing) {
    if (d.denies !== undefined) continue;
    const claims = new Set(answering.filter((o) => sameSpeaker(o.speaker, d.speaker)).map((o) => out.get(o.id) as Statement));
    if (claims.size === 1) out.set(d.id, [...claims][0] as Statement);
  }
  return out;
}
