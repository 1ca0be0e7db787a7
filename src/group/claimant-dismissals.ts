import { CLAIMANT_CLAIM_NOUNS, CLAIMANT_SAYING_VERBS, POINTER_SOURCE_VERBS } from '../lexicon/pointer-words';
import { HONORIFICS, ROLE_WORDS } from '../lexicon/titles';

const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const NOUNS = alternation(CLAIMANT_CLAIM_NOUNS);
/** A name as written: capitalised words, with "of" and "the" inside ("Secretary of State") and commas between an office and its holder. */
const NAME = String.raw`[\p{Lu}][\p{L}'’.\-]*(?:(?:\s+(?:of|the))*\s+[\p{Lu}][\p{L}'’.\-]*)*`;
/** "Kerry's claims", "Kerry’s latest accusations": not followed by "that", which states the content ("Trump's assertion that …"). */
const POSSESSIVE = new RegExp(String.raw`(${NAME})['’]s?\s+(?:[\p{Ll}]+\s+)?(?:${NOUNS})\b(?!\s+that\b)`, 'gu');
/** "the accusations leveled by Kerry", "the claims made by US Secretary of State, John Kerry, about …". */
const BY = new RegExp(String.raw`\b(?:${NOUNS})\s+(?:(?:${alternation(POINTER_SOURCE_VERBS)})\s+)?by\s+(?:the\s+)?(${NAME}(?:,\s+${NAME})*)`, 'gu');
/** "all what Kerry mentioned", "what the minister said". */
const WHAT = new RegExp(String.raw`\bwhat\s+(${NAME})\s+(?:has\s+|had\s+)?(?:${alternation(CLAIMANT_SAYING_VERBS)})\b`, 'gu');

const DROPPED: ReadonlySet<string> = new Set([...HONORIFICS, ...ROLE_WORDS, 'of', 'the']);

/**
 * The claimants whose claims, taken as a whole, a denial dismisses ("Kerry's claims were
 * fabricated", "all the accusations leveled by Kerry against the Syrian state are lies", "all
 * what Kerry mentioned of accusations … is but mere lies"): each name it gives them by, as its
 * lower-case words without titles and offices ("US Secretary of State, John Kerry": ["us",
 * "state"], ["john", "kerry"]). Empty when it names no claimant that way: a dismissal of a figure
 * ("the numbers quoted by Kerry") or of a content ("Trump's assertion that …") answers one claim.
 * O(text length).
 */
export function dismissedClaimants(text: string): string[][] {
  const out: string[][] = [];
  for (const pattern of [POSSESSIVE, BY, WHAT]) {
    for (const m of text.matchAll(pattern)) {
      for (const name of (m[1] ?? '').split(',')) {
        const words = name.toLowerCase().replace(/['’]s?$/u, '').split(/\s+/u).filter((w) => w !== '' && !DROPPED.has(w));
        if (words.length > 0) out.push(words);
      }
    }
  }
  return out;
}

/** Whether two names may be one person: the shorter's words all in the longer, and the same name when both give two words or more ("Kerry" ~ "John Kerry", not "Ivanka Trump" ~ "Donald Trump"). */
function oneClaimant(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.includes(w)) && (short.length < 2 || short.length === long.length);
}

/**
 * The pairs of denials of one story (`topic`, both known) that dismiss the claims of one
 * claimant as a whole (see `dismissedClaimants`) and are not kept `apart`: "Kerry's claims were
 * fabricated" and "all what Kerry mentioned of accusations … is but mere lies" are one statement,
 * the dismissal of what he said, in words that share little but his name. Ascending pairs.
 * O(s²) in the s such denials of a story.
 */
export function oneClaimantDismissed(items: readonly { text: string; stance?: string | undefined; topic?: number | undefined }[], apart: (a: number, b: number) => boolean): [number, number][] {
  const dismissing: { i: number; names: string[][] }[] = [];
  items.forEach((x, i) => {
    if (x.stance !== 'denies' || x.topic === undefined) return;
    const names = dismissedClaimants(x.text);
    if (names.length > 0) dismissing.push({ i, names });
  });
  const out: [number, number][] = [];
  for (let a = 0; a < dismissing.length; a++) {
    for (let b = a + 1; b < dismissing.length; b++) {
      const [x, y] = [dismissing[a] as { i: number; names: string[][] }, dismissing[b] as { i: number; names: string[][] }];
      if (items[x.i]?.topic !== items[y.i]?.topic || apart(x.i, y.i)) continue;
      if (x.names.some((n) => y.names.some((m) => oneClaimant(n, m)))) out.push([x.i, y.i]);
    }
  }
  return out;
}
