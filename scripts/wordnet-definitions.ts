/**
 * The definitional links of the WordNet build (see build-wordnet.ts): pairs of kept words where
 * one is defined by the other in a short gloss ("enjoy: have benefit from"), and adjectives whose
 * definitions share a head ("main: most important …" ~ "major: of greater importance …").
 * Split from the build script to keep each file one concept.
 */

export type Pos = 'n' | 'v' | 'a' | 'r';
export interface Pointer { sym: string; target: string; src: number; dst: number }
export interface Synset { key: string; satellite: boolean; words: string[]; ptrs: Pointer[]; gloss: string }

/** Does the gloss define the synset as "a <word> ..."? Then <word> can stand in for it. */
export function glossGenus(gloss: string): string | undefined {
  return /^(?:\([^)]*\)\s*)?(?:an?|the|any|one)?\s*([a-z-]+)/i.exec(gloss)?.[1]?.toLowerCase();
}

/**
 * Definition words that name nothing the defined word could be compared by: function words,
 * and degree words that only grade the head ("most important", "of greater importance").
 */
const DEFINITION_STOP = new Set([
  'a', 'an', 'the', 'of', 'or', 'and', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'into', 'as', 'that',
  'which', 'who', 'whom', 'whose', 'what', 'it', 'its', 'one', 'oneself', 'one\'s', 'some', 'any', 'etc', 'be', 'have',
  'being', 'having', 'something', 'someone', 'somebody', 'thing', 'most', 'more', 'greater', 'great', 'very',
  'highly', 'much', 'especially', 'usually', 'often', 'relatively', 'quite', 'rather', 'extremely', 'particularly',
  'get', 'become', 'do', 'such', 'this', 'is', 'are', 'was', 'used', 'all', 'then', 'can', 'must', 'may', 'way',
  // particles: "use up", "give out"
  'up', 'out', 'down', 'over', 'back', 'through', 'about',
  // light verbs: in "act as a critic", "put at risk" the content is the object
  'act', 'give', 'put', 'take', 'provide', 'set', 'go', 'come', 'bring', 'keep', 'hold',
]);
/**
 * A definition holding one of these reverses or redirects its content ("not important", "of
 * lesser importance", "fail to keep", "cause to die"): its words do not stand in for the
 * defined word, so the whole definition is skipped.
 */
const DEFINITION_REVERSERS = new Set([
  'not', 'no', 'non', 'nor', 'never', 'without', 'lacking', 'lack', 'devoid', 'less', 'lesser', 'least', 'fewer',
  'unable', 'incapable', 'opposite', 'contrary', 'fail', 'cease', 'stop', 'lose', 'refuse', 'refrain', 'reject',
  'deny', 'decline', 'ignore', 'disregard', 'neglect', 'avoid', 'omit', 'prevent', 'remove', 'deprive', 'undo',
  'reverse', 'disturb', 'cause', 'make', 'let', 'away', 'off',
]);
/** What follows these is what the word is taken from or set against: "save from ruin". */
const DEFINITION_END = /\b(?:from|against|than|instead)\b/;
/** A head followed by one of these is defined by its complement: "deficient in X", "member of X". */
const DEFINITION_COMPLEMENT = new Set(['of', 'in', 'to', 'for', 'with', 'by', 'on', 'at', 'as', 'about', 'toward', 'into']);
/** Longer definitions name context and manner, not what can stand in for the word. */
const MAX_DEFINITION_WORDS = 4;
/**
 * A word that defines more kept words than this, or heads the definitions of more adjectives,
 * is a broad class (person, act, state, colour), not a stand-in for any one of them.
 */
const MAX_DEFINED_BY = 12;

/** A content word of a definition: as written, its candidate lemmas, and whether a complement follows. */
interface DefinitionWord { token: string; lemmas: string[]; complemented: boolean }

/**
 * The content words of a gloss's definition: the text before the first ';' or quoted example,
 * without parentheses ("(of a clause)"), up to a DEFINITION_END word. Undefined when the
 * definition is reversed (see DEFINITION_REVERSERS).
 */
function definitionWords(gloss: string, lemmatise: (token: string) => string[]): DefinitionWord[] | undefined {
  const definition = gloss.split(/;|"/)[0]!.replace(/\([^)]*\)/g, ' ').toLowerCase();
  const tokens = definition.match(/[a-z][a-z'-]*/g) ?? [];
  if (tokens.some((t) => DEFINITION_REVERSERS.has(t))) return undefined;
  const end = tokens.findIndex((t) => DEFINITION_END.test(t));
  if (end >= 0) tokens.length = end;
  return tokens.flatMap((token, i) => {
    const lemmas = lemmatise(token);
    if (DEFINITION_STOP.has(token) || lemmas.some((l) => DEFINITION_STOP.has(l))) return [];
    return [{ token, lemmas, complemented: DEFINITION_COMPLEMENT.has(tokens[i + 1] ?? '') }];
  });
}

interface DefinitionSource {
  synsets: Map<string, Synset>;
  /** kept word -> kept synset keys */
  kept: Map<string, string[]>;
  /** kept word -> its parts of speech (letters of FILES) */
  parts: (word: string) => string;
  lemmatise: (token: string) => string[];
  /** Is the token an inflected form (participle) of a verb? */
  isVerbForm: (token: string) => boolean;
  /** word -> words derivationally related to it in any sense ('+' pointers) */
  derived: Map<string, Set<string>>;
}

/**
 * Pairs "x y" of kept words where one is defined by the other, to be reported as 'similar'.
 * Only definitions of at most MAX_DEFINITION_WORDS content words count: longer ones describe
 * rather than define. Within them:
 * - a verb sense is defined by a verb named with nothing but adverbs beside it ("enjoy: have
 *   benefit from", benefit being a verb too; "devour: enjoy avidly"; not "acquire pigment");
 * - an adjective or noun sense by its head, the first content word, if of the same part of
 *   speech (a noun's head must not also be an adjective: "era: a major division");
 * - two adjectives whose heads are the same or derivationally related words are similar to
 *   each other ("main: most important element" ~ "major: of greater importance or rank").
 * A head must be written uninflected, be no participle ("regarded with affection" and
 * "regarded with dislike" lead into their content, they are not it) and take no complement.
 */
export function definitionPairs({ synsets, kept, parts, lemmatise, isVerbForm, derived }: DefinitionSource): Set<string> {
  const definedBy = new Map<string, Set<string>>();
  const heads = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, word: string) => (map.get(key) ?? map.set(key, new Set()).get(key)!).add(word);
  const isHead = ({ token, lemmas, complemented }: DefinitionWord) =>
    lemmas.length === 1 && lemmas[0] === token && !complemented && !isVerbForm(token);
  for (const [word, keys] of kept) {
    if (DEFINITION_STOP.has(word)) continue;
    for (const key of keys) {
      const pos = key[0]!;
      const content = pos === 'r' ? undefined : definitionWords(synsets.get(key)!.gloss, lemmatise);
      if (!content || content.length === 0 || content.length > MAX_DEFINITION_WORDS) continue;
      const head = content[0]!;
      if (pos === 'v') {
        const verbs = content.filter(({ lemmas }) => lemmas.some((l) => parts(l).includes('v')));
        const others = content.filter((w) => !verbs.includes(w));
        if (verbs.length === 1 && others.every(({ lemmas }) => lemmas.every((l) => parts(l) === 'r'))) {
          for (const lemma of verbs[0]!.lemmas) if (parts(lemma).includes('v')) add(definedBy, lemma, word);
        }
      } else if (isHead(head) && parts(head.token).includes(pos) && (pos === 'a' || !parts(head.token).includes('a'))) {
        add(definedBy, head.token, word);
      }
      if (pos === 'a' && isHead(head) && /^[an]+$/.test(parts(head.token))) add(heads, head.token, word);
    }
  }
  const pairs = new Set<string>();
  const pair = (x: string, y: string) => {
    if (x !== y) pairs.add(x < y ? `${x} ${y}` : `${y} ${x}`);
  };
  for (const [defining, words] of definedBy) {
    if (kept.has(defining) && words.size <= MAX_DEFINED_BY) for (const word of words) pair(word, defining);
  }
  for (const [head, words] of heads) {
    if (words.size > MAX_DEFINED_BY) continue;
    for (const other of [head, ...(derived.get(head) ?? [])]) {
      const others = heads.get(other);
      if (others && others.size <= MAX_DEFINED_BY) for (const x of words) for (const y of others) pair(x, y);
    }
  }
  return pairs;
}
