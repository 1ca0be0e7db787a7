import { ANTONYM, DEFINED, DERIVATION, EXCEPTIONS, HYPERNYM, SIMILAR, WORDS } from './data';

/**
 * The compiled WordNet tables (data.ts) decoded into maps, in two steps: the words first, the
 * relations when first asked for (see `createWordNetLexicon`).
 */

/** Relations tried between two lemmas, strongest first (antonym is handled apart). */
export const ORDER = ['similar', 'derivation', 'hypernym'] as const;

/** What `lemmas` and `knows` read: decoded first, and alone, since grouping needs nothing more. */
export interface Words {
  pos: Map<string, string>;
  irregular: Map<string, readonly string[]>;
}

/** What `relate`, `isA` and `meaningKeys` read besides: decoded when one of them is first asked. */
export interface Tables extends Words {
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
export function decodeWords(): Words {
  const pos = new Map<string, string>();
  eachWord((word, first, second, end) => pos.set(word, WORDS.slice(first + 1, second < 0 ? end : second)));
  const irregular = new Map(EXCEPTIONS.split(';').map((entry): [string, readonly string[]] => {
    const [form = '', lemmas = ''] = entry.split(':');
    return [form, lemmas.split(',')];
  }));
  return { pos, irregular };
}

/** The relations, beside the words decoded first. */
export function decode(words: Words): Tables {
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

