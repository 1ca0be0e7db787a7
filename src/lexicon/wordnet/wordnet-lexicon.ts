import type { LexicalRelation, Lexicon, MeaningKeys } from '../lexicon';
import { WORD_FAMILIES } from '../families';
import { ANTONYM, DEFINED, DERIVATION, EXCEPTIONS, HYPERNYM, SIMILAR, WORDS } from './data';

/**
 * WordNet's detachment rules ("morphy"), per part of speech: [suffix, replacement]. A result
 * counts only when it is a known lemma of that part of speech, which is what keeps
 * "news" from becoming "new" (an adjective, not a noun).
 */
const DETACH: Readonly<Record<'n' | 'v' | 'a', readonly (readonly [string, string])[]>> = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};
/** Suffixes after which English doubles a final consonant: stopped -> stopp -> stop. */
const DOUBLING = new Set(['ed', 'ing', 'er', 'est']);
/** Shorter rule results are noise: "as" -> "a", "uses" -> "us". Irregular forms (go, be) are exempt. */
const MIN_BASE = 3;
/** Relations tried between two lemmas, strongest first (antonym is handled apart). */
const ORDER = ['similar', 'derivation', 'hypernym'] as const;

/** What `lemmas` and `knows` read: decoded first, and alone, since grouping needs nothing more. */
interface Words {
  pos: Map<string, string>;
  irregular: Map<string, readonly string[]>;
}

/** What `relate`, `isA` and `meaningKeys` read besides: decoded when one of them is first asked. */
interface Tables extends Words {
  /** lemma -> its number in WORDS, the ids of DEFINED */
  numbers: Map<string, number>;
  synsets: Map<string, readonly number[]>;
  links: Record<(typeof ORDER)[number], Map<number, number[]>>;
  /** lemma number -> numbers of the lemmas that define it or that it defines */
  defined: Map<number, number[]>;
  /** synset -> its direct hypernyms */
  up: Map<number, number[]>;
  antonyms: Map<string, Set<string>>;
}

/** What one lemma reaches, computed once per lemma on first use: `relate` is in the hot path. */
interface Profile {
  synsets: readonly number[];
  reach: Record<(typeof ORDER)[number], Set<number>>;
  number: number | undefined;
  defined: readonly number[];
  /** Hypernyms of its senses, up to HYPERNYM_STEPS steps up. */
  above: Set<number>;
}

/**
 * Steps up the hypernym tree `isA` follows: two reach "man" -> adult -> "person" and
 * "dachshund" -> hound -> "dog"; three start to reach broad kinds (organism, artifact).
 */
const HYPERNYM_STEPS = 2;
/** Lemma numbers as keys of `keysOf`, below the families' keys (-1 - index). */
const DEFINED_KEY = -1_000_000;

/**
 * Reads the comma-separated base-36 ids in `text[from, to)`, an empty id as -1. Scanning by
 * hand instead of `split` + `parseInt` halves the first-call decoding time (measured).
 */
function readIds(text: string, from: number, to: number, emit: (id: number) => void): void {
  let value = -1;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 44;
    if (c !== 44) value = Math.max(value, 0) * 36 + (c <= 57 ? c - 48 : c - 87);
    else {
      emit(value);
      value = -1;
    }
  }
}

/** Both directions of each link; `up`, when given, collects each list's own direction only. */
function decodeLinks(table: string, up?: Map<number, number[]>): Map<number, number[]> {
  const links = new Map<number, number[]>();
  const push = (map: Map<number, number[]>, from: number, to: number) => {
    const list = map.get(from);
    if (list) list.push(to);
    else map.set(from, [to]);
  };
  const add = (from: number, to: number) => {
    push(links, from, to);
    if (up) push(up, from, to);
    push(links, to, from);
  };
  let x = 0;
  for (let i = 0; i < table.length;) {
    let end = table.indexOf(';', i);
    if (end < 0) end = table.length;
    const colon = table.indexOf(':', i);
    readIds(table, i, colon, (gap) => (x += gap));
    readIds(table, colon + 1, end, (y) => add(x, y));
    i = end + 1;
  }
  return links;
}

/** Each entry of WORDS as `at(word, firstColon, secondColon or -1, end)`. */
function eachWord(at: (word: string, first: number, second: number, end: number) => void): void {
  for (let i = 0; i < WORDS.length;) {
    let end = WORDS.indexOf(';', i);
    if (end < 0) end = WORDS.length;
    const first = WORDS.indexOf(':', i);
    const second = WORDS.indexOf(':', first + 1);
    at(WORDS.slice(i, first), first, second < 0 || second > end ? -1 : second, end);
    i = end + 1;
  }
}

/** Parts of speech and irregular forms: a tenth of the decoding time of all the tables (measured). */
function decodeWords(): Words {
  const pos = new Map<string, string>();
  eachWord((word, first, second, end) => pos.set(word, WORDS.slice(first + 1, second < 0 ? end : second)));
  const irregular = new Map(EXCEPTIONS.split(';').map((entry): [string, readonly string[]] => {
    const [form = '', lemmas = ''] = entry.split(':');
    return [form, lemmas.split(',')];
  }));
  return { pos, irregular };
}

function decode(words: Words): Tables {
  const numbers = new Map<string, number>();
  const synsets = new Map<string, readonly number[]>();
  let next = 0; // an empty id is the first mention of the next synset (see data.ts)
  eachWord((word, _first, second, end) => {
    numbers.set(word, numbers.size);
    if (second < 0) return;
    const ids: number[] = [];
    readIds(WORDS, second + 1, end, (id) => ids.push(id < 0 ? next++ : id));
    synsets.set(word, ids);
  });
  const antonyms = new Map<string, Set<string>>();
  for (const pair of ANTONYM.split(';')) {
    const [x = '', y = ''] = pair.split(',');
    (antonyms.get(x) ?? antonyms.set(x, new Set()).get(x)!).add(y);
    (antonyms.get(y) ?? antonyms.set(y, new Set()).get(y)!).add(x);
  }
  const up = new Map<number, number[]>();
  const links = { similar: decodeLinks(SIMILAR), derivation: decodeLinks(DERIVATION), hypernym: decodeLinks(HYPERNYM, up) };
  return { ...words, numbers, synsets, links, defined: decodeLinks(DEFINED), antonyms, up };
}

function lemmasOf(t: Words, word: string): string[] {
  const found = new Set<string>();
  if (t.pos.has(word)) found.add(word);
  for (const lemma of t.irregular.get(word) ?? []) found.add(lemma);
  for (const part of ['n', 'v', 'a'] as const) {
    for (const [suffix, replacement] of DETACH[part]) {
      if (!word.endsWith(suffix)) continue;
      const stem = word.slice(0, -suffix.length);
      const bases = [stem + replacement];
      if (DOUBLING.has(suffix) && stem.length > 2 && stem.at(-1) === stem.at(-2)) bases.push(stem.slice(0, -1));
      for (const base of bases) {
        if (base.length >= MIN_BASE && t.pos.get(base)?.includes(part)) found.add(base);
      }
    }
  }
  return found.size > 0 ? [...found] : [word];
}

function profileOf(t: Tables, lemma: string): Profile {
  const synsets = t.synsets.get(lemma) ?? [];
  const reach = { similar: new Set<number>(), derivation: new Set<number>(), hypernym: new Set<number>() };
  for (const kind of ORDER) {
    for (const s of synsets) for (const other of t.links[kind].get(s) ?? []) reach[kind].add(other);
  }
  const number = t.numbers.get(lemma);
  const above = new Set<number>();
  let level: readonly number[] = synsets;
  for (let step = 0; step < HYPERNYM_STEPS; step++) {
    const next: number[] = [];
    for (const s of level) for (const h of t.up.get(s) ?? []) if (!above.has(h)) next.push(h), above.add(h);
    level = next;
  }
  return { synsets, reach, number, defined: number === undefined ? [] : t.defined.get(number) ?? [], above };
}

/**
 * A definitional link (one word defines the other, see DEFINED) is reported as 'definition',
 * the weakest relation: about half such links are real paraphrases, so comparison weighs it
 * below a hypernym.
 */
function relateProfiles(a: Profile, b: Profile): LexicalRelation | null {
  if (a.synsets.some((s) => b.synsets.includes(s))) return 'synonym';
  for (const kind of ORDER) if (b.synsets.some((s) => a.reach[kind].has(s))) return kind;
  if (b.number !== undefined && a.defined.includes(b.number)) return 'definition';
  return null;
}

/**
 * The default lexicon, compiled from WordNet 3.1 (see scripts/build-wordnet.ts). Its tables
 * are decoded on first use, not at import (the package has no side effects): the words on the
 * first `lemmas` or `knows`, the relations (nine tenths of the time) on the first `relate`,
 * `isA` or `meaningKeys`, so grouping with no pair near the threshold never decodes them.
 * Each lexicon keeps its own caches.
 * `relate(a, b)`: null for identical strings; 'inflection' when the words differ but share a
 * lemma (tried ~ trying); else, over every pair of their lemmas, 'antonym' if any pair is an
 * antonym in WordNet, otherwise the strongest of synonym > similar > derivation > hypernym >
 * definition, where definition is one word defining the other in a short gloss (enjoy: "have
 * benefit from"), never the reverse of its meaning (see scripts/build-wordnet.ts).
 * Word families (`families`, default WORD_FAMILIES) add derivations WordNet lacks ("dead" ~
 * "died" ~ "death").
 * `isA(a, b)`: a sense of `b` is a hypernym of a sense of `a`, up to HYPERNYM_STEPS steps up
 * ("dachshund" is a dog, "man" is a person, "fry" is a way to cook).
 * Antonym wins because antonym pairs are compiled from the frequent senses only, so a hit is
 * strong evidence, while synonymy of the same pair would come through some other sense
 * ("left": leave / left ! right); letting it win would hide a contradiction.
 */
export function createWordNetLexicon(families: readonly (readonly string[])[] = WORD_FAMILIES): Lexicon {
  let words: Words | undefined;
  let tables: Tables | undefined;
  const family = new Map<string, number>();
  families.forEach((f, i) => f.forEach((w) => family.set(w, i)));
  const lemmaCache = new Map<string, readonly string[]>();
  const profiles = new Map<string, Profile>();
  const loadWords = () => (words ??= decodeWords());
  const load = () => (tables ??= decode(loadWords()));
  const profile = (lemma: string) => {
    let p = profiles.get(lemma);
    if (!p) profiles.set(lemma, (p = profileOf(load(), lemma)));
    return p;
  };
  const lemmas = (word: string): readonly string[] => {
    let found = lemmaCache.get(word);
    if (!found) lemmaCache.set(word, (found = lemmasOf(loadWords(), word)));
    return found;
  };
  // What `relate` reads: lemmas (inflection), synsets (synonym), families (as -1 - index) and
  // the synsets one similar or derivation link away; with `all`, also lemma numbers (as
  // DEFINED_KEY - number) and what a hypernym, definition or antonym link reaches. Every
  // link goes both ways, so one side's own keys against the other's near ones catch each pair.
  const keysOf = (word: string, all: boolean): MeaningKeys => {
    const own: (string | number)[] = [];
    const near = new Set<string | number>();
    for (const lemma of lemmas(word)) {
      const p = profile(lemma);
      const f = family.get(lemma);
      own.push(lemma, ...p.synsets, ...(f === undefined ? [] : [-1 - f]));
      const reach = all ? [p.reach.similar, p.reach.derivation, p.reach.hypernym] : [p.reach.similar, p.reach.derivation];
      for (const set of reach) for (const s of set) near.add(s);
      if (!all) continue;
      if (p.number !== undefined) own.push(DEFINED_KEY - p.number);
      for (const n of p.defined) near.add(DEFINED_KEY - n);
      for (const y of load().antonyms.get(lemma) ?? []) near.add(y);
    }
    for (const k of own) near.add(k);
    return { own, near };
  };
  const unknown = (t: Tables, lemmaList: readonly string[]): boolean => lemmaList.every((l) => !t.numbers.has(l) && !family.has(l) && !t.antonyms.has(l));
  const sameKeys = new Map<string, MeaningKeys>();
  const allKeys = new Map<string, MeaningKeys>();
  const cached = (cache: Map<string, MeaningKeys>, word: string, all: boolean): MeaningKeys => {
    let keys = cache.get(word);
    if (!keys) cache.set(word, (keys = keysOf(word, all)));
    return keys;
  };

  return {
    lemmas,
    knows(word) {
      const t = loadWords();
      return lemmas(word).some((lemma) => t.pos.has(lemma));
    },
    relate(a, b) {
      if (a === b) return null;
      const la = lemmas(a);
      const lb = lemmas(b);
      if (la.some((x) => lb.includes(x))) return 'inflection';
      const t = load();
      // A word none of whose lemmas WordNet or the families hold relates to nothing else (names,
      // misspellings): answered without keeping keys for it, as a large corpus has many.
      if (unknown(t, la) || unknown(t, lb)) return null;
      // Most other pairs asked share no key: answered without trying each pair of their lemmas.
      const near = cached(allKeys, b, true).near;
      if (!cached(allKeys, a, true).own.some((k) => near.has(k))) return null;
      let best: LexicalRelation | null = null;
      for (const x of la) {
        for (const y of lb) {
          if (t.antonyms.get(x)?.has(y)) return 'antonym';
          if (family.has(x) && family.get(x) === family.get(y)) best = best === null || RANK.derivation < RANK[best] ? 'derivation' : best;
          const r = relateProfiles(profile(x), profile(y));
          if (r !== null && (best === null || RANK[r] < RANK[best])) best = r;
        }
      }
      return best;
    },
    meaningKeys: (word) => cached(sameKeys, word, false),
    isA(a, b) {
      if (a === b) return false;
      const lb = lemmas(b);
      return lemmas(a).some((x) => !lb.includes(x) && lb.some((y) => profile(y).synsets.some((s) => profile(x).above.has(s))));
    },
  };
}

const RANK: Readonly<Record<LexicalRelation, number>> = {
  inflection: 0, synonym: 1, similar: 2, derivation: 3, hypernym: 4, definition: 5, antonym: 6,
};
