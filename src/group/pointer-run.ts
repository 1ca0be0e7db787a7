import { CLAIM_REPORTS, COPULAS, DISMISSED_POINTERS, POINTER_PRONOUNS } from '../lexicon/stance';

const POINTER_NOUNS: ReadonlySet<string> = new Set([...CLAIM_REPORTS, ...DISMISSED_POINTERS]);
const PRONOUNS: ReadonlySet<string> = new Set(POINTER_PRONOUNS);
const COPULA_WORDS: ReadonlySet<string> = new Set(COPULAS);
const FOLLOWING = /^\s+(?:of\s+)?([\p{L}\p{N}]+)/u;

/** The first run of claim nouns and pointer words in a text ("These allegations", "All of that"), and its last word. */
export function pointerRun(text: string): { start: number; end: number; head: string } | null {
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!POINTER_NOUNS.has(m[0].toLowerCase())) continue;
    const start = m.index ?? 0;
    let end = start + m[0].length;
    let head = m[0].toLowerCase();
    // The pointer runs on over the pointer words after it: "These allegations", "All of that".
    // … but a pronoun after a noun opens a clause with a subject of its own ("the number that
    // Kerry mentioned"), unless a copula follows it ("the report, in the Herald, that is a lie").
    const continues = (next: RegExpExecArray | null): next is RegExpExecArray => {
      const word = (next?.[1] ?? '').toLowerCase();
      if (!POINTER_NOUNS.has(word)) return false;
      if (!PRONOUNS.has(word) || PRONOUNS.has(head)) return true;
      const after = FOLLOWING.exec(text.slice(end + (next as RegExpExecArray)[0].length));
      return COPULA_WORDS.has((after?.[1] ?? '').toLowerCase());
    };
    for (let next = FOLLOWING.exec(text.slice(end)); continues(next); next = FOLLOWING.exec(text.slice(end))) {
      end += next[0].length;
      head = (next[1] as string).toLowerCase();
    }
    return { start, end, head };
  }
  return null;
}
