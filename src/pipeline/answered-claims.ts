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
 * never depends on the members' order; a dismissal whose voice no other pointer of the group
 * shares takes the claims that pointers of two other voices or more answer (see
 * `answeredByVoices`). A denial that repeats what it denies ("denied sending a team to the
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
    const own = answering.filter((o) => sameSpeaker(o.speaker, d.speaker));
    const claims = new Set(own.length > 0 ? own.flatMap((o) => out.get(o.id) as Statement[]) : answeredByVoices(answering, out));
    if (claims.size > 0) out.set(d.id, [...claims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  }
  return out;
}

/**
 * The claims that pointing denials of two voices or more answer: what a dismissal answering
 * nothing in its report, and of a voice no other pointer of the group shares ("That claim is
 * completely and utterly false", a spokeswoman first quoted under her name), dismisses with the
 * others — not a claim only one other voice answered (a ministry's "these allegations are
 * nonsense" against the one claim that names its country).
 */
function answeredByVoices(answering: readonly Statement[], out: ReadonlyMap<string, Statement[]>): Statement[] {
  const voices = new Map<Statement, Statement[]>();
  for (const o of answering) {
    for (const c of out.get(o.id) as Statement[]) {
      const list = voices.get(c) ?? [];
      if (!list.some((v) => sameSpeaker(v.speaker, o.speaker))) list.push(o);
      voices.set(c, list);
    }
  }
  return [...voices].filter(([, v]) => v.length >= 2).map(([c]) => c);
}
