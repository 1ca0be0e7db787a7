import type { RelateContext } from './term-relation';
import type { Term } from './terms';

/**
 * Terms of one side linked to terms of the other as one name written two ways: an acronym
 * and the words it stands for ("ISIS" ~ "Islamic State", "N.Y." ~ "New York"), or two names
 * of one entity in the word lists' aliases ("Met Police" ~ "Scotland Yard").
 */
export type Links = ReadonlyMap<Term, ReadonlySet<Term>>;

/** Longest acronym read as one: "ISIS", "USDA", "N.Y."; longer runs of capitals are shouting. */
const MAX_ACRONYM = 6;

function acronymOf(t: Term): string | null {
  if (t.kind !== 'word') return null;
  const letters = t.text.replace(/\./g, '');
  return letters.length >= 2 && letters.length <= MAX_ACRONYM && /^\p{Lu}+$/u.test(letters) ? letters : null;
}

function capitalised(t: Term): boolean {
  return t.kind === 'word' && !t.fn && /^\p{Lu}/u.test(t.text);
}

/**
 * The runs of capitalised words on `terms` whose initials spell `acronym` (function words
 * inside skipped: "Federal Bureau of Investigation"), or begin it with two words or more: the
 * short form often drops a tail ("Islamic State" ~ "ISIS", "… of Iraq and Syria").
 */
function expansions(acronym: string, terms: readonly Term[]): Term[][] {
  const out: Term[][] = [];
  for (let i = 0; i < terms.length; i++) {
    if (!capitalised(terms[i] as Term)) continue;
    const run: Term[] = [];
    let initials = '';
    for (let k = i; k < terms.length && initials.length < acronym.length; k++) {
      const t = terms[k] as Term;
      if (t.fn && t.kind === 'word' && run.length > 0) continue;
      if (!capitalised(t)) break;
      run.push(t);
      initials += (t.text[0] as string).toUpperCase();
      if (!acronym.startsWith(initials)) break;
      if (initials === acronym || run.length >= 2) out.push([...run]);
    }
  }
  return out;
}

/**
 * The links between the terms of `a` and `b` that name one thing two ways (see Links), both
 * ways round: acronyms and their words, "alive" against a word of death, aliases. O(n·m).
 */
export function nameLinks(a: readonly Term[], b: readonly Term[], ctx: RelateContext): Links {
  const links = new Map<Term, Set<Term>>();
  const link = (x: Term, y: Term): void => {
    for (const [p, q] of [[x, y], [y, x]] as const) links.set(p, (links.get(p) ?? new Set()).add(q));
  };
  for (const [from, to] of [[a, b], [b, a]] as const) {
    for (const t of from) {
      const acronym = acronymOf(t);
      if (acronym === null) continue;
      for (const run of expansions(acronym, to)) for (const w of run) link(t, w);
    }
  }
  // "alive" states the opposite of a death word; linked so a report of life counts as the
  // denied predicate ("Rehana alive" ~ "Rehana killed"). Only a strict denial reads it.
  const { lifeWords, deathWords } = ctx.words;
  if (lifeWords !== undefined && deathWords !== undefined) {
    for (const [from, to] of [[a, b], [b, a]] as const) {
      for (const t of from) {
        if (t.kind !== 'word' || !lifeWords.has(t.key)) continue;
        for (const u of to) if (u.kind === 'word' && (deathWords.has(u.key) || ctx.lexicon.lemmas(u.key).some((l) => deathWords.has(l)))) link(t, u);
      }
    }
  }
  const aliases = ctx.words.aliases;
  if (aliases !== undefined) {
    const phrases = (terms: readonly Term[]): { group: number; words: Term[] }[] => {
      const out: { group: number; words: Term[] }[] = [];
      for (let i = 0; i < terms.length; i++) {
        for (let n = 1; n <= 4 && i + n <= terms.length; n++) {
          const words = terms.slice(i, i + n);
          const group = aliases.get(words.map((t) => t.key).join(' '));
          if (group !== undefined) out.push({ group, words });
        }
      }
      return out;
    };
    const pb = phrases(b);
    for (const x of phrases(a)) for (const y of pb) if (x.group === y.group) for (const s of x.words) for (const t of y.words) link(s, t);
  }
  return links;
}
