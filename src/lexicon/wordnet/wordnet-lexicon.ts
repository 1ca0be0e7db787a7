import type { LexicalRelation, Lexicon, MeaningKeys } from '../lexicon';
import { WORD_FAMILIES } from '../families';
import { KeySet } from './key-set';
import { decode, decodeWords, ORDER, type Tables, type Words } from './wordnet-tables';

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

/** What the lexicon keeps of a word, each part made on first use. */
interface WordEntry {
  readonly lemmas: readonly string[];
  /** Whether WordNet or the families hold one of its lemmas. */
  known?: boolean;
  /** Its keys for `meaningKeys`, and for every relation (`relate`'s first test). */
  same?: MeaningKeys;
  all?: MeaningKeys;
}

/** What one lemma reaches, computed once per lemma on first use: `relate` is in the hot path. */
interface Profile {
  synsets: Int32Array;
  reach: Record<(typeof ORDER)[number], Set<number>>;
  number: number | undefined;
  defined: Int32Array;
  /** Hypernyms of its senses, up to HYPERNYM_STEPS steps up. */
  above: Set<number>;
}

/**
 * Steps up the hypernym tree `isA` follows: two reach "man" -> adult -> "person" and
 * "dachshund" -> hound -> "dog"; three start to reach broad kinds (organism, artifact).
 */
const HYPERNYM_STEPS = 2;
/** The profile of a lemma WordNet lacks: no senses, so no links. */
const UNLINKED: Profile = {
  synsets: new Int32Array(0),
  reach: { similar: new Set(), derivation: new Set(), hypernym: new Set() },
  number: undefined,
  defined: new Int32Array(0),
  above: new Set(),
};
/** Lemma numbers as keys of `keysOf`, below the families' keys (-1 - index). */
const DEFINED_KEY = -1_000_000;

type Rule = readonly ['n' | 'v' | 'a', string, string];
/** The rules of DETACH in the order they are tried: nouns, verbs, adjectives. */
const RULES: readonly Rule[] = (['n', 'v', 'a'] as const).flatMap((part) => DETACH[part].map(([suffix, replacement]) => [part, suffix, replacement] as const));
/**
 * The rules by the last letter of their suffix, each list in the order of RULES: a word is tried
 * only against the rules its last letter can end (most words met end in a letter no suffix
 * ends, and a word ending in "n" need not be asked about "ing" or "est").
 */
const RULES_BY_END: ReadonlyMap<number, readonly Rule[]> = RULES.reduce((m, rule) => {
  const end = rule[1].charCodeAt(rule[1].length - 1);
  m.set(end, [...(m.get(end) ?? []), rule]);
  return m;
}, new Map<number, Rule[]>());

/** Adds `x` to `found` unless there, making the list on the first; lemma lists are short, so a scan beats a set. */
function addLemma(found: string[] | undefined, x: string): string[] {
  if (found === undefined) return [x];
  if (!found.includes(x)) found.push(x);
  return found;
}

/** The lemmas of a word, in the order found: itself when WordNet holds it, its irregular lemmas, then what each rule of DETACH yields. */
function lemmasOf(t: Words, word: string): string[] {
  let found: string[] | undefined;
  if (t.numbers.has(word)) found = [word];
  for (const lemma of t.irregular.get(word) ?? []) found = addLemma(found, lemma);
  const rules = RULES_BY_END.get(word.charCodeAt(word.length - 1));
  if (rules === undefined) return found ?? [word];
  for (const [part, suffix, replacement] of rules) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    found = detached(t, part, stem + replacement, found);
    if (DOUBLING.has(suffix) && stem.length > 2 && stem.at(-1) === stem.at(-2)) found = detached(t, part, stem.slice(0, -1), found);
  }
  return found ?? [word];
}

/** `found` with `base` added when it is a lemma of `part` long enough to count. */
function detached(t: Words, part: 'n' | 'v' | 'a', base: string, found: string[] | undefined): string[] | undefined {
  return base.length >= MIN_BASE && t.parts[t.numbers.get(base) ?? -1]?.includes(part) ? addLemma(found, base) : found;
}

function profileOf(t: Tables, lemma: string): Profile {
  const number = t.numbers.get(lemma);
  const synsets = number === undefined ? new Int32Array(0) : t.synsets.of(number);
  const reach = { similar: new Set<number>(), derivation: new Set<number>(), hypernym: new Set<number>() };
  for (const kind of ORDER) {
    for (const s of synsets) for (const other of t.links[kind].of(s)) reach[kind].add(other);
  }
  const above = new Set<number>();
  let level: ArrayLike<number> & Iterable<number> = synsets;
  for (let step = 0; step < HYPERNYM_STEPS; step++) {
    const next: number[] = [];
    for (const s of level) for (const h of t.up.of(s)) if (!above.has(h)) next.push(h), above.add(h);
    level = next;
  }
  return { synsets, reach, number, defined: number === undefined ? new Int32Array(0) : t.defined.of(number), above };
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

let builtIn: Lexicon | undefined;

/**
 * The one built-in WordNet lexicon of the process, decoded on first use rather than at import
 * (the package has no side effects): what the grouping's features and the pairwise core read
 * when given no lexicon, so the tables are held once.
 */
export function builtInLexicon(): Lexicon {
  builtIn ??= createWordNetLexicon();
  return builtIn;
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
 * benefit from"), never the reverse of its meaning (see scripts/build-wordnet.ts), and similar
 * also takes in a national capital, or the seat of its government, and its country ("tehran" ~
 * "iran", "kremlin" ~ "russia": scripts/wordnet-capitals.ts).
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
  // One entry a word met, so `relate` (the hot path) finds all it keeps of a word in one look-up.
  const entries = new Map<string, WordEntry>();
  const profiles = new Map<string, Profile>();
  const loadWords = () => (words ??= decodeWords());
  const load = () => (tables ??= decode(loadWords()));
  // A lemma WordNet lacks (names, invented or misspelt words) reaches nothing: its profile is
  // answered from the words alone, so a corpus of such words never decodes the relations (the
  // antonyms are all WordNet lemmas, see wordnet-tables.ts).
  const profile = (lemma: string) => {
    let p = profiles.get(lemma);
    if (!p) profiles.set(lemma, (p = loadWords().numbers.has(lemma) ? profileOf(load(), lemma) : UNLINKED));
    return p;
  };
  const entry = (word: string): WordEntry => {
    let found = entries.get(word);
    if (!found) entries.set(word, (found = { lemmas: lemmasOf(loadWords(), word) }));
    return found;
  };
  const lemmas = (word: string): readonly string[] => entry(word).lemmas;
  // What `relate` reads: lemmas (inflection), synsets (synonym), families (as -1 - index) and
  // the synsets one similar or derivation link away; with `all`, also lemma numbers (as
  // DEFINED_KEY - number) and what a hypernym, definition or antonym link reaches. Every
  // link goes both ways, so one side's own keys against the other's near ones catch each pair.
  const keysOf = (word: string, all: boolean): MeaningKeys => {
    const own: (string | number)[] = [];
    const near: (string | number)[] = [];
    for (const lemma of lemmas(word)) {
      const p = profile(lemma);
      const f = family.get(lemma);
      own.push(lemma, ...p.synsets, ...(f === undefined ? [] : [-1 - f]));
      const reach = all ? [p.reach.similar, p.reach.derivation, p.reach.hypernym] : [p.reach.similar, p.reach.derivation];
      for (const set of reach) for (const s of set) near.push(s);
      if (!all || p === UNLINKED) continue;
      if (p.number !== undefined) own.push(DEFINED_KEY - p.number);
      for (const n of p.defined) near.push(DEFINED_KEY - n);
      for (const y of load().antonyms.get(lemma) ?? []) near.push(y);
    }
    near.push(...own);
    // Kept for every word met until the lexicon goes: arrays of their exact length (`slice`
    // drops the room `push` left), not a hash set each (see `KeySet`).
    return { own: own.slice(), near: new KeySet(near) };
  };
  // Every lemma with an antonym is a WordNet word (numbered): the words alone tell.
  const known = (t: Words, e: WordEntry): boolean => (e.known ??= e.lemmas.some((l) => t.numbers.has(l) || family.has(l)));
  const allKeys = (e: WordEntry, word: string): MeaningKeys => (e.all ??= keysOf(word, true));

  return {
    lemmas,
    knows(word) {
      const t = loadWords();
      return lemmas(word).some((lemma) => t.numbers.has(lemma));
    },
    relate(a, b) {
      if (a === b) return null;
      const ea = entry(a);
      const eb = entry(b);
      const la = ea.lemmas;
      const lb = eb.lemmas;
      if (la.some((x) => lb.includes(x))) return 'inflection';
      // A word none of whose lemmas WordNet or the families hold relates to nothing else (names,
      // misspellings): answered without keeping keys for it, as a large corpus has many, and
      // without decoding the relations.
      if (!known(loadWords(), ea) || !known(loadWords(), eb)) return null;
      const t = load();
      // Most other pairs asked share no key: answered without trying each pair of their lemmas.
      const near = allKeys(eb, b).near;
      if (!allKeys(ea, a).own.some((k) => near.has(k))) return null;
      let best: LexicalRelation | null = null;
      for (const x of la) {
        for (const y of lb) {
          if (t.antonyms.get(x)?.includes(y)) return 'antonym';
          if (family.has(x) && family.get(x) === family.get(y)) best = best === null || RANK.derivation < RANK[best] ? 'derivation' : best;
          const r = relateProfiles(profile(x), profile(y));
          if (r !== null && (best === null || RANK[r] < RANK[best])) best = r;
        }
      }
      return best;
    },
    meaningKeys: (word) => {
      const e = entry(word);
      return (e.same ??= keysOf(word, false));
    },
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
