import { CLAIMANT_CLAIM_NOUNS, CLAIMANT_SAYING_VERBS, POINTER_SOURCE_VERBS } from '../lexicon/pointer-words';
import { HONORIFICS, ROLE_WORDS } from '../lexicon/titles';
import { nameTokens, speakerTokens, withinName, type ReportPlace } from './statement-places';

const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
/** A lower-case word, or the same capitalised as a sentence opens with it ("Claims made by …", "What Kerry said …"). */
const opening = (w: string): string => `[${w[0] as string}${(w[0] as string).toUpperCase()}]${w.slice(1)}`;
const NOUNS = alternation(CLAIMANT_CLAIM_NOUNS);
/** A capitalised word of a name, 31 characters at most ("Kerry", "F.", "al-Assad"). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.\-]{0,30}`;
/** Lower-case words inside a name: "Secretary of State", "Bashar al-Assad", "Ursula von der Leyen". */
const NAME_PARTICLES = ['of', 'the', 'al', 'el', 'bin', 'ibn', 'de', 'del', 'der', 'van', 'von', 'da', 'di', 'du', 'dos', 'le', 'la'];
/**
 * A name as written: up to six capitalised words, starting at a word's start, with particles
 * inside ("Secretary of State", "Bashar al-Assad"). Bounded, so a long run of capitalised words costs a
 * bounded look at each start, not a walk to its end.
 */
const NAME = String.raw`(?<![\p{L}\p{N}'’.\-])${NAME_WORD}(?:(?:\s+(?:${NAME_PARTICLES.join('|')})){0,2}[\s\-]+${NAME_WORD}){0,5}`;
/** "Kerry's claims", "Kerry’s latest accusations": not followed by "that", which states the content ("Trump's assertion that …"). */
const POSSESSIVE = new RegExp(String.raw`(${NAME})['’]s?\s+(?:\p{Ll}+\s+)?(?:${NOUNS})\b(?!\s+that\b)`, 'gu');
/** "the accusations leveled by Kerry", "the claims made by US Secretary of State, John Kerry, about …" (an office and its holder). */
const BY = new RegExp(String.raw`\b(?:${alternation(CLAIMANT_CLAIM_NOUNS.map(opening))})\s+(?:(?:${alternation(POINTER_SOURCE_VERBS)})\s+)?by\s+(?:the\s+)?(${NAME}(?:,\s+${NAME})?)`, 'gu');
/** "all what Kerry mentioned". */
const WHAT = new RegExp(String.raw`\b${opening('what')}\s+(${NAME})\s+(?:has\s+|had\s+)?(?:${alternation(CLAIMANT_SAYING_VERBS)})\b`, 'gu');

/**
 * A word each of POSSESSIVE, BY and WHAT needs, as they may write it: a claim noun (lower case,
 * or opening a sentence) or "what". Most denials hold none, and are not walked by the three.
 */
const MAY_NAME_CLAIMANT = new RegExp(String.raw`\b(?:${alternation([...CLAIMANT_CLAIM_NOUNS, 'what'].map(opening))})`, 'u');

/** Titles, offices and the particles "of" and "the" leave a name; a pronoun is none ("He's leveled charges"). */
const DROPPED: ReadonlySet<string> = new Set([...HONORIFICS, ...ROLE_WORDS, 'of', 'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you']);

/**
 * A name's words, lower case, as a speaker's are read (letters and digits: "U.S." is "u", "s";
 * see `speakerTokens`), without a possessive, titles and offices: ["john", "f", "kerry"].
 */
function nameWords(name: string): string[] {
  return nameTokens(name.replace(/['’]s?$/u, '')).filter((w) => !DROPPED.has(w));
}

/**
 * The names a denial gives the claimant whose claims, taken as a whole, it dismisses ("Kerry's
 * claims were fabricated", "all the accusations leveled by Kerry against the Syrian state are
 * lies", "all what Kerry mentioned of accusations … is but mere lies"), each as its lower-case
 * words without titles and offices ("US Secretary of State, John Kerry": ["john", "kerry"],
 * the office giving none; see `nameWords`). Empty when it names none that way: a dismissal of a figure ("the numbers
 * quoted by Kerry") or of a content ("Trump's assertion that …") answers one claim. Who the
 * names stand for is the story's to say (see `oneClaimantDismissed`). O(text length).
 */
export function dismissedClaimants(text: string): string[][] {
  const out: string[][] = [];
  if (!MAY_NAME_CLAIMANT.test(text)) return out;
  for (const pattern of [POSSESSIVE, BY, WHAT]) {
    for (const m of text.matchAll(pattern)) {
      for (const name of (m[1] ?? '').split(',')) {
        const words = nameWords(name.trim());
        if (words.length > 0) out.push(words);
      }
    }
  }
  return out;
}

type Item = { text: string; stance?: string | undefined; topic?: number | undefined } & ReportPlace;

/**
 * The one voice of a story's claims a dismissal's names stand for: the speakers of the story's
 * claims whose name or alias holds all the words of one of its names ("Kerry": "John Kerry",
 * "John F. Kerry"), when they may all be one person (see `withinName`), as the longest of their
 * names; null when its names find none, or two voices ("Syrian": the Syrian government and the
 * Syrian rebels; "Trump": Donald Trump and Eric Trump).
 */
function claimantOf(names: readonly string[][], voices: readonly (readonly string[])[], words: (v: readonly string[]) => readonly string[]): readonly string[] | null {
  const found = voices.filter((v) => names.some((n) => n.every((w) => words(v).includes(w))));
  if (found.length === 0) return null;
  const longest = found.reduce((x, y) => (y.length > x.length ? y : x));
  return found.every((v) => withinName(v, longest)) ? longest : null;
}

/**
 * The pairs of denials of one story (`topic`, both known) that dismiss the claims of one
 * claimant as a whole (see `dismissedClaimants`), that claimant a voice of the story's claims
 * (see `claimantOf`), and are not kept `apart`: "Kerry's claims were fabricated" and "all what
 * Kerry mentioned of accusations … is but mere lies" are one statement, the dismissal of what he
 * said, in words that share little but his name. Ascending pairs. O(d² + d · v) in the d such
 * denials and v voices of a story's claims.
 */
export function oneClaimantDismissed(items: readonly Item[], apart: (a: number, b: number) => boolean): [number, number][] {
  const byTopic = new Map<number, { voices: Map<string, readonly string[]>; dismissing: { i: number; names: string[][] }[] }>();
  const topicOf = (t: number) => {
    let entry = byTopic.get(t);
    if (entry === undefined) byTopic.set(t, (entry = { voices: new Map(), dismissing: [] }));
    return entry;
  };
  // Each voice by its name's words, with the words of its aliases to match against.
  const tokensOf = new Map<string, readonly string[]>();
  items.forEach((x, i) => {
    if (x.topic === undefined) return;
    if (x.stance === 'denies') {
      const names = dismissedClaimants(x.text);
      if (names.length > 0) topicOf(x.topic).dismissing.push({ i, names });
    } else if (x.speaker) {
      const words = nameWords(x.speaker.name);
      const key = words.join(' ');
      if (words.length > 0 && !topicOf(x.topic).voices.has(key)) {
        topicOf(x.topic).voices.set(key, words);
        tokensOf.set(key, [...(tokensOf.get(key) ?? []), ...speakerTokens(x.speaker)]);
      }
    }
  });
  const out: [number, number][] = [];
  for (const { voices, dismissing } of byTopic.values()) {
    const list = [...voices.values()];
    const words = (v: readonly string[]): readonly string[] => tokensOf.get(v.join(' ')) ?? v;
    const claimants = dismissing.map((d) => claimantOf(d.names, list, words));
    for (let a = 0; a < dismissing.length; a++) {
      for (let b = a + 1; b < dismissing.length; b++) {
        const [x, y] = [claimants[a], claimants[b]];
        const [i, j] = [(dismissing[a] as { i: number }).i, (dismissing[b] as { i: number }).i];
        if (x != null && y != null && withinName(x, y) && !apart(i, j)) out.push([i, j]);
      }
    }
  }
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
