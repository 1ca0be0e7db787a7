import { COPULAS, DISMISSAL_INTENSIFIERS, DISMISSAL_PREDICATES, POINTER_HEAD_NOUNS, POINTER_PRONOUNS, POINTING_VERDICTS } from '../lexicon/stance';

const POINTER_NOUNS: ReadonlySet<string> = new Set([...POINTER_HEAD_NOUNS, ...POINTER_PRONOUNS]);
const PRONOUNS: ReadonlySet<string> = new Set(POINTER_PRONOUNS);
/** The copulas, as a set: a pointer's verdict comes after one (see also pointer-verdict.ts). */
export const COPULA_WORDS: ReadonlySet<string> = new Set(COPULAS);
const FILLERS: ReadonlySet<string> = new Set(DISMISSAL_INTENSIFIERS);
const VERDICTS: ReadonlySet<string> = new Set([...DISMISSAL_PREDICATES, ...POINTING_VERDICTS]);
const FOLLOWING = /^\s+(?:of\s+)?([\p{L}\p{N}]+)/u;

/** Whether a text opens with a copula and a verdict ("is a lie", "was completely false"), fillers between them. */
function verdictFollows(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!COPULA_WORDS.has(words[0] ?? '')) return false;
  const verdict = words.slice(1).find((w) => !FILLERS.has(w));
  return verdict !== undefined && VERDICTS.has(verdict);
}

/** A run of claim nouns and pointer words in a text: its offsets, and its last word. */
export interface PointerRun {
  start: number;
  end: number;
  head: string;
}

/** The first run of claim nouns and pointer words in a text ("These allegations", "All of that"), and its last word. */
export function pointerRun(text: string): PointerRun | null {
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!POINTER_NOUNS.has(m[0].toLowerCase())) continue;
    // "not at all likely": "at all" is a degree, not the pronoun of "All of that is a lie".
    if (m[0].toLowerCase() === 'all' && /\bat\s+$/iu.test(text.slice(0, m.index))) continue;
    const start = m.index ?? 0;
    let end = start + m[0].length;
    let head = m[0].toLowerCase();
    // The pointer runs on over the pointer words after it: "These allegations", "All of that".
    // … but a pronoun after a noun opens a clause ("the number that Kerry mentioned", "the
    // figures that were quoted by …"), unless it is what a verdict is said of ("the report, in
    // the Herald, that is a lie": a copula, then a verdict).
    const continues = (next: RegExpExecArray | null): next is RegExpExecArray => {
      const word = (next?.[1] ?? '').toLowerCase();
      if (!POINTER_NOUNS.has(word)) return false;
      if (!PRONOUNS.has(word) || PRONOUNS.has(head)) return true;
      return verdictFollows(text.slice(end + (next as RegExpExecArray)[0].length));
    };
    for (let next = FOLLOWING.exec(text.slice(end)); continues(next); next = FOLLOWING.exec(text.slice(end))) {
      end += next[0].length;
      head = (next[1] as string).toLowerCase();
    }
    return { start, end, head };
  }
  return null;
}
