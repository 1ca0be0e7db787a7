import type { FeatureContext } from '../group/features';
import { isPointing, pointsAt } from '../group/pointing-denials';
import { sameSpeaker } from '../group/statement-places';
import { propositionText } from '../schema/proposition';
import type { Statement } from '../schema/statement';

/**
 * The claims each denial of a group that only points ("called the report 'utterly false'", see
 * `isPointing`, or "the number Kerry gave was fake" for a claim of Kerry's, see `pointsAt`)
 * answers, by denial id: the claim it was found to deny (`denies`) when that
 * claim is in the group; else, for a dismissal that answered nothing in its own report (no
 * claim came before it there), the claims the pointing denials of the same voice in the group
 * answer: one voice's "This is utterly false" and "This is a total fabrication", reported by
 * two outlets, dismiss what that voice dismissed where its reports quoted the claim, and when
 * they answered two claims of the group, both (the grouping took them for one statement, such
 * as two wordings of one allegation the pairwise core reads apart: "the US was behind the
 * sabotage", "navy divers planted the explosives"), in the order of their ids, so the answer
 * never depends on the members' order. A denial that repeats what it denies ("denied sending a team to the
 * talks") is read by its words, never through another's answer, and is not listed. O(m + p²)
 * for m members and p pointing denials, plus one `isPointing` per denial and one `pointsAt`
 * per denial found to deny a claim of the group.
 */
export function answeredClaims(members: readonly Statement[], ctx: FeatureContext): Map<string, Statement[]> {
  const byId = new Map(members.map((m) => [m.id, m]));
  const out = new Map<string, Statement[]>();
  const pointing = members.filter((m) => {
    if (m.stance !== 'denies') return false;
    const text = propositionText(m);
    if (isPointing(text, ctx)) return true;
    // A pointer that names its claimant ("the number Kerry gave was fake") points at that claimant's claim it answers.
    const claim = m.denies === undefined ? undefined : byId.get(m.denies);
    return claim?.stance === 'asserts' && pointsAt(text, claim.speaker, ctx);
  });
  for (const d of pointing) {
    const claim = d.denies === undefined ? undefined : byId.get(d.denies);
    if (claim?.stance === 'asserts') out.set(d.id, [claim]);
  }
  const answering = pointing.filter((o) => out.has(o.id));
  for (const d of pointing) {
    if (d.denies !== undefined) continue;
    const claims = new Set(answering.filter((o) => sameSpeaker(o.speaker, d.speaker)).flatMap((o) => out.get(o.id) as Statement[]));
    if (claims.size > 0) out.set(d.id, [...claims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  }
  return out;
}
