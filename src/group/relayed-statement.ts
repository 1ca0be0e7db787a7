import type { Lexicon } from '../lexicon/lexicon';
import { ASSERT_VERBS, KNOWING_VERBS } from '../lexicon/reporting-verbs';
import { nameTokens, speakerTokens, type ReportPlace } from './statement-places';

/** What `relaysWhole` reads of a statement: its text, stance and place. */
type Relayed = ReportPlace & { text: string; stance?: string | undefined };

const VERBS: ReadonlySet<string> = new Set([...ASSERT_VERBS, ...KNOWING_VERBS]);

/**
 * An attribution before a clause: a name (words of one to six), an optional auxiliary, a verb,
 * "that" ("the Foreign Ministry confirms that", "U.S. intelligence had concluded that").
 */
const ATTRIBUTION = /^(?:[Tt]he\s+)?((?:[\p{L}\p{N}.'’-]+\s+){0,5}?[\p{L}\p{N}.'’-]+)\s+(?:has\s+|had\s+|have\s+)?(\p{Ll}+)\s+that\s+$/u;

/**
 * Whether `outer` relays `inner` whole: both of one report and one stance, `inner` the end of
 * `outer`'s span, and what `outer` says before it only who said it: the inner statement's own
 * speaker, a reporting verb and "that" ("the source said that [the Foreign Ministry confirms
 * that [all the accusations … are lies]]": the source's statement and the ministry's are one
 * denial, the ministry's, relayed). Two such spans are one statement, not a clause nested in a
 * longer one. O(text length).
 */
export function relaysWhole(outer: Relayed, inner: Relayed, lexicon: Pick<Lexicon, 'lemmas'>): boolean {
  if (outer.report === undefined || outer.report !== inner.report || (outer.stance === 'denies') !== (inner.stance === 'denies')) return false;
  if (outer.start === undefined || outer.end === undefined || inner.start === undefined || inner.end === undefined) return false;
  if (!(outer.start < inner.start && inner.end <= outer.end)) return false;
  const tail = inner.text.trim();
  const text = outer.text.trimEnd();
  const at = text.lastIndexOf(tail);
  if (at <= 0 || text.slice(at + tail.length).trim() !== '') return false;
  const m = ATTRIBUTION.exec(text.slice(0, at));
  if (m === null) return false;
  const said = speakerTokens(inner.speaker);
  const name = nameTokens(m[1] as string);
  return name.length > 0 && name.every((w) => said.includes(w)) && lexicon.lemmas(m[2] as string).some((l) => VERBS.has(l));
}
