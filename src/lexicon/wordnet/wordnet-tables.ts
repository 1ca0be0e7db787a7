import { ANTONYM, DEFINED, DERIVATION, EXCEPTIONS, HYPERNYM, SIMILAR, WORDS } from './data';

/**
 * The compiled WordNet tables (data.ts) decoded into a map of the words and typed arrays of the
 * relations, in two steps: the words first, the relations when first asked for (see
 * `createWordNetLexicon`).
 */

/** Relations tried between two lemmas, strongest first (antonym is handled apart). */
export const ORDER = ['similar', 'derivation', 'hypernym'] as const;

/** What `lemmas` and `knows` read: decoded first, and alone, since grouping needs nothing more. */
export interface Words {
  /** lemma -> its number in WORDS (from 0), the ids of DEFINED */
  numbers: Map<string, number>;
  /** lemma number -> its parts of speech (of n, v, a, r) */
  parts: readonly string[];
  irregular: Map<string, readonly string[]>;
}

/**
 * A relation over small whole numbers (synsets, or lemma numbers) as compressed rows: what `x`
 * links to is `targets[offsets[x] … offsets[x + 1])`, in the order the data lists it. Two
 * typed arrays instead of a map of arrays: decoding makes next to no garbage.
 */
export class Adjacency {
  private static readonly NONE = new Int32Array(0);

  constructor(
    private readonly offsets: Int32Array,
    private readonly targets: Int32Array,
  ) {}

  /** What `x` links to (a view, not a copy); empty for a number the relation does not hold. */
  of(x: number): Int32Array {
    if (x < 0 || x + 1 >= this.offsets.length) return Adjacency.NONE;
    return this.targets.subarray(this.offsets[x] as number, this.offsets[x + 1] as number);
  }
}

/** What `relate`, `isA` and `meaningKeys` read besides: decoded when one of them is first asked. */
export interface Tables extends Words {
  /** lemma number -> its synsets */
  synsets: Adjacency;
  links: Record<(typeof ORDER)[number], Adjacency>;
  /** lemma number -> numbers of the lemmas that define it or that it defines */
  defined: Adjacency;
  /** synset -> its direct hypernyms */
  up: Adjacency;
  /** lemma -> its antonyms, each once, in data order; every such lemma is in `numbers` (tested), so the words alone tell a word the antonyms know */
  antonyms: Map<string, readonly string[]>;
}

/** Pairs `(from[k], to[k])` as compressed rows; each pair also the other way round when `both`. */
function adjacencyOf(from: Int32Array, to: Int32Array, count: number, both: boolean): Adjacency {
  let size = 0;
  for (let k = 0; k < count; k++) size = Math.max(size, (from[k] as number) + 1, both ? (to[k] as number) + 1 : 0);
  const offsets = new Int32Array(size + 1);
  for (let k = 0; k < count; k++) {
    const x = (from[k] as number) + 1;
    offsets[x] = (offsets[x] as number) + 1;
    const y = (to[k] as number) + 1;
    if (both) offsets[y] = (offsets[y] as number) + 1;
  }
  for (let x = 0; x < size; x++) offsets[x + 1] = (offsets[x + 1] as number) + (offsets[x] as number);
  const next = offsets.slice(0, size);
  const targets = new Int32Array(offsets[size] as number);
  // Pair by pair in data order, both directions of each in turn: each row lists its links as the data does.
  for (let k = 0; k < count; k++) {
    const x = from[k] as number;
    const y = to[k] as number;
    const at = next[x] as number;
    targets[at] = y;
    next[x] = at + 1;
    if (!both) continue;
    const back = next[y] as number;
    targets[back] = x;
    next[y] = back + 1;
  }
  return new Adjacency(offsets, targets);
}

/** Growable pairs of whole numbers in two typed arrays. */
class Pairs {
  from = new Int32Array(1024);
  to = new Int32Array(1024);
  count = 0;

  push(x: number, y: number): void {
    if (this.count === this.from.length) {
      const [from, to] = [new Int32Array(this.count * 2), new Int32Array(this.count * 2)];
      from.set(this.from);
      to.set(this.to);
      [this.from, this.to] = [from, to];
    }
    this.from[this.count] = x;
    this.to[this.count++] = y;
  }

  adjacency(both: boolean): Adjacency {
    return adjacencyOf(this.from, this.to, this.count, both);
  }
}

/** The value of a base-36 digit's char code (0-9, a-z). */
const digit = (c: number): number => (c <= 57 ? c - 48 : c - 87);

const COMMA = 44;
const COLON = 58;
const SEMICOLON = 59;

/**
 * The pairs of a links table (`gap:id,id;…`, see data.ts), in data order, an empty id as -1.
 * One pass over the char codes with no call per id: the tables are decoded once, before the
 * code is optimised, where a call per id (a callback, `split`, `parseInt`) is what costs (measured).
 */
function decodePairs(table: string): Pairs {
  const pairs = new Pairs();
  let x = 0;
  let value = -1;
  let inGap = true;
  for (let i = 0; i <= table.length; i++) {
    const c = i < table.length ? table.charCodeAt(i) : SEMICOLON;
    if (c !== COMMA && c !== COLON && c !== SEMICOLON) {
      value = Math.max(value, 0) * 36 + digit(c);
      continue;
    }
    if (inGap) x += value;
    else pairs.push(x, value);
    value = -1;
    if (c === COLON) inGap = false;
    else if (c === SEMICOLON) inGap = true;
  }
  return pairs;
}

/**
 * Lemma number -> synset pairs of WORDS (`lemma:parts[:id,…]`), an empty id being the next new
 * synset: one pass over the char codes, as in `decodePairs`; the ids start after an entry's
 * second colon.
 */
function decodeSynsets(): Pairs {
  const synsets = new Pairs();
  let next = 0;
  let number = 0;
  let colons = 0;
  let value = -1;
  for (let i = 0; i <= WORDS.length; i++) {
    const c = i < WORDS.length ? WORDS.charCodeAt(i) : SEMICOLON;
    if (c === SEMICOLON) {
      if (colons === 2) synsets.push(number, value < 0 ? next++ : value);
      number++;
      colons = 0;
      value = -1;
    } else if (colons < 2) {
      if (c === COLON) colons++;
    } else if (c === COMMA) {
      synsets.push(number, value < 0 ? next++ : value);
      value = -1;
    } else {
      value = Math.max(value, 0) * 36 + digit(c);
    }
  }
  return synsets;
}

/**
 * Each lemma's antonyms, from ANTONYM (`lemma,lemma;…`), both ways; `indexOf` and `slice`, no
 * array per pair, and a short array per lemma rather than a set (most have one or two, and
 * 11k sets cost a third of the relations' decoding, measured).
 */
function decodeAntonyms(): Map<string, readonly string[]> {
  const antonyms = new Map<string, string[]>();
  const add = (x: string, y: string): void => {
    const list = antonyms.get(x);
    if (list === undefined) antonyms.set(x, [y]);
    else if (!list.includes(y)) list.push(y);
  };
  for (let i = 0; i <= ANTONYM.length;) {
    let end = ANTONYM.indexOf(';', i);
    if (end < 0) end = ANTONYM.length;
    const comma = ANTONYM.indexOf(',', i);
    const x = ANTONYM.slice(i, comma < 0 || comma > end ? end : comma);
    const y = comma < 0 || comma > end ? '' : ANTONYM.slice(comma + 1, end);
    add(x, y);
    add(y, x);
    i = end + 1;
  }
  return antonyms;
}

/** Each entry of WORDS as `at(start, firstColon, secondColon or -1, end)`: its word is `WORDS.slice(start, firstColon)`. */
function eachWord(at: (start: number, first: number, second: number, end: number) => void): void {
  for (let i = 0; i < WORDS.length;) {
    let end = WORDS.indexOf(';', i);
    if (end < 0) end = WORDS.length;
    const first = WORDS.indexOf(':', i);
    const second = WORDS.indexOf(':', first + 1);
    at(i, first, second < 0 || second > end ? -1 : second, end);
    i = end + 1;
  }
}

/** Parts of speech and irregular forms: a tenth of the decoding time of all the tables (measured). */
export function decodeWords(): Words {
  const numbers = new Map<string, number>();
  const parts: string[] = [];
  eachWord((start, first, second, end) => {
    numbers.set(WORDS.slice(start, first), parts.length);
    parts.push(WORDS.slice(first + 1, second < 0 ? end : second));
  });
  const irregular = new Map(EXCEPTIONS.split(';').map((entry): [string, readonly string[]] => {
    const [form = '', lemmas = ''] = entry.split(':');
    return [form, lemmas.split(',')];
  }));
  return { numbers, parts, irregular };
}

/** The relations, beside the words decoded first. */
export function decode(words: Words): Tables {
  const synsets = decodeSynsets();
  const antonyms = decodeAntonyms();
  const hypernyms = decodePairs(HYPERNYM);
  const links = { similar: decodePairs(SIMILAR).adjacency(true), derivation: decodePairs(DERIVATION).adjacency(true), hypernym: hypernyms.adjacency(true) };
  return { ...words, synsets: synsets.adjacency(false), links, defined: decodePairs(DEFINED).adjacency(true), antonyms, up: hypernyms.adjacency(false) };
}
