/**
 * People a report names with a title anywhere in its text ("Russian President Vladimir Putin",
 * "investigative journalist Dana Whitcombe"), so that a speaker given by title alone ("the
 * Russian president said", "the journalist says") is that person, as a reader takes it. A title
 * that fits no one, or several people, stays a title.
 */
import { isCapitalised, isPossessive, nextContent, prevContent, tok, tokenIndexAt, type Doc, type Range } from './doc';
import { nameMention, type NamedMention } from './aliases';
import { phraseEndingAt } from './speakers';

/**
 * A word shaped like a country's adjective ("Russian", "Chinese", "British", "Israeli", "French"):
 * capitalised, with an ending such adjectives take ("Nothing the president said …" has none). A
 * function word of that shape ("Each", "Such", "Which") is none either (see `personForTitle`).
 */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)$/u;

/** How far back (characters) the person a country's adjective resolves to must be named: the last sentence or two. */
const RECENT_CHARS = 400;

/** Title head (last word of the role, lower-case) → the people named with it, in text order. */
export type TitledPersons = ReadonlyMap<string, readonly { name: string; role: string }[]>;

/** Every "title Name" mention of a report's sentences. O(tokens × phrase length). */
export function collectTitledPersons(doc: Doc, sentences: readonly Range[]): TitledPersons {
  const out = new Map<string, { name: string; role: string }[]>();
  for (const range of sentences) {
    for (let i = range.lo; i < range.hi; i++) {
      const t = tok(doc, i);
      if (!isCapitalised(t) || (doc.quoteOf[i] ?? -1) >= 0) continue;
      const n = nextContent(doc, i, range.hi);
      if (n >= 0 && isCapitalised(tok(doc, n))) continue;
      const m = phraseEndingAt(doc, i, range.lo);
      if (m === null) continue;
      const named = nameMention(doc, m);
      if (named.type !== 'person' || named.role === null) continue;
      const head = named.role.split(' ').at(-1) as string;
      if (!doc.words.titleHeads.has(head)) continue;
      // "President Vlad Pero's spokesman": the person is Vlad Pero, the 's belongs to what he owns.
      const name = isPossessive(t) ? named.name.replace(/(?:['’]s|(?<=s)['’])$/u, '') : named.name;
      const list = out.get(head) ?? [];
      if (!list.some((p) => p.name === name)) list.push({ name, role: named.role });
      out.set(head, list);
    }
  }
  return out;
}

/** Whether token `i` opens a sentence: the text's first, or after a full stop, a question or an exclamation mark (and any quotation mark). */
function opensSentence(doc: Doc, i: number): boolean {
  let p = prevContent(doc, i, 0);
  while (p >= 0 && /^["“”‘’']$/u.test(tok(doc, p).text)) p = prevContent(doc, p, 0);
  return p < 0 || /^[.!?]$/u.test(tok(doc, p).text);
}

/**
 * Whether `name`'s last word, as a whole word, was written in the `RECENT_CHARS` before offset
 * `at`, with no other name after it (a capitalised word not opening a sentence): "Brand pledged
 * aid to Koval. The Ukrainian president said …" is no more Brand than Koval.
 */
function lastNamed(doc: Doc, name: string, at: number): boolean {
  const surname = name.split(' ').at(-1) as string;
  const own = new Set(name.split(' '));
  const from = tokenIndexAt(doc, Math.max(0, at - RECENT_CHARS));
  const to = tokenIndexAt(doc, at);
  let seen = false;
  for (let i = from; i < to; i++) {
    const t = tok(doc, i);
    if (t.kind !== 'word') continue;
    if (t.text === surname || t.text === `${surname}'s` || t.text === `${surname}’s`) seen = true;
    else if (seen && isCapitalised(t) && !own.has(t.text) && !opensSentence(doc, i)) seen = false;
  }
  return seen;
}

/**
 * The person a title-only speaker names ("Russian president" → "Vladimir Putin"): the one
 * person named with that title head whose role holds the title's other words; else, when no
 * one's does and those words are a country's adjectives (see `DEMONYM`), the one whose role is
 * the head alone and whose name was written in the last `RECENT_CHARS` before the title (`at`):
 * "the Russian president" right after "Putin …", in a report that named "President Vladimir
 * Putin" and "U.S. President Joe Biden", is Putin, as a reader takes it. Null when the mention is
 * a name, or no one or several people fit.
 */
export function personForTitle(doc: Doc, named: NamedMention, titled: TitledPersons, at = doc.text.length): NamedMention | null {
  if (named.type === 'person' || named.pronoun !== null) return null;
  const written = named.name.split(' ');
  const words = written.map((w) => w.toLowerCase());
  const head = words.at(-1) as string;
  if (!doc.words.titleHeads.has(head) || words.length > 3) return null;
  const others = words.slice(0, -1);
  const people = titled.get(head) ?? [];
  let fits = people.filter((p) => others.every((w) => p.role.split(' ').includes(w) || doc.words.titleQualifiers.has(w)));
  const proper = written.slice(0, -1).filter((w) => !doc.words.titleQualifiers.has(w.toLowerCase()));
  if (fits.length === 0 && proper.length > 0 && proper.every((w) => DEMONYM.test(w) && !doc.words.functionWords.has(w.toLowerCase()))) {
    fits = people.filter((p) => p.role === head && lastNamed(doc, p.name, at));
  }
  if (fits.length !== 1) return null;
  const person = fits[0] as { name: string; role: string };
  return { name: person.name, type: 'person', role: named.name.toLowerCase(), pronoun: null };
}
