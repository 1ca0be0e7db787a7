import type { FeatureContext } from '../group/features';
import { textWordsOf, type TextWords } from '../group/text-words';
import { idfValue } from '../group/join-features';
import { compareIds } from '../group/natural-order';
import type { Statement } from '../schema/statement';

/** What the topics read of one report: the distinct content words of its statements and speakers. */
export interface ReportWords {
  /** Report ids in natural order, so the input order of the statements does not matter. */
  reports: string[];
  /** Per report, its distinct content words (base forms) as ids (a word's rank in the sorted vocabulary), ascending. */
  ids: Int32Array[];
  /** The distinct words of all reports, sorted: a word's id is its index here. */
  vocabulary: string[];
  /** Per word id, its inverse document frequency over the reports (`log(1 + n / df)`): a word of every report weighs least. */
  idfs: Float64Array;
  /** Per word id, its idf squared: its weight in a dot product of two reports. */
  weight: Float64Array;
  /** Per report, the length of its idf-weighted word vector. */
  norm: Float64Array;
}

/**
 * The words of each report that has statements. Only the statements are read, not the whole
 * report: a topic is about what was said and who said it. Speaker names count as words, as
 * the people of a story are among its most telling words. O(total text length + V log V) for
 * a vocabulary of V words: each word is a number from the start, and strings are sorted once,
 * in the vocabulary, not per report. `read`: the reader of the texts' content words, when the
 * caller reads them again afterwards (see `textWordsOf`).
 */
export function reportWords(statements: readonly Pick<Statement, 'report' | 'text' | 'speaker'>[], ctx: FeatureContext, read: TextWords = textWordsOf(ctx)): ReportWords {
  // Words numbered as first met, renumbered below by their rank in the sorted vocabulary.
  const met = new Map<string, number>();
  const bags = new Map<string, Set<number>>();
  const add = (bag: Set<number>, words: readonly string[]): void => {
    for (const w of words) {
      let id = met.get(w);
      if (id === undefined) met.set(w, (id = met.size));
      bag.add(id);
    }
  };
  for (const s of statements) {
    let bag = bags.get(s.report);
    if (bag === undefined) bags.set(s.report, (bag = new Set()));
    add(bag, read(s.text));
    // A speaker is named in many statements: the reader reads the words of a name once.
    if (s.speaker) add(bag, read(s.speaker.name));
  }
  const reports = [...bags.keys()].sort(compareIds);
  const vocabulary = [...met.keys()].sort();
  const rank = new Int32Array(met.size);
  vocabulary.forEach((w, k) => (rank[met.get(w) as number] = k));
  const ids = reports.map((r) => Int32Array.from(bags.get(r) as Set<number>, (id) => rank[id] as number).sort());
  const df = new Int32Array(vocabulary.length);
  for (const list of ids) for (const id of list) df[id] = (df[id] as number) + 1;
  // As `idfOf` has it (`idfValue`), over the reports' word lists.
  const n = Math.max(1, reports.length);
  const idfs = Float64Array.from(df, (d) => idfValue(n, d));
  const weight = idfs.map((x) => x ** 2);
  const norm = Float64Array.from(ids, (list) => Math.sqrt(list.reduce((sum, id) => sum + (weight[id] as number), 0)));
  return { reports, ids, vocabulary, idfs, weight, norm };
}

/**
 * Cosine similarity of reports `i` and `j`, each word weighted by its idf (squared in the dot
 * product, as both vectors carry it): shared rare words count, shared common ones barely.
 * O(|i| + |j|) over the ascending word ids.
 */
export function cosine(rw: ReportWords, i: number, j: number): number {
  const a = rw.ids[i] as Int32Array;
  const b = rw.ids[j] as Int32Array;
  const norms = (rw.norm[i] as number) * (rw.norm[j] as number);
  if (norms === 0) return 0;
  let dot = 0;
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
    const u = a[x] as number;
    const v = b[y] as number;
    if (u === v) {
      dot += rw.weight[u] as number;
      x++;
      y++;
    } else if (u < v) x++;
    else y++;
  }
  return dot / norms;
}

/**
 * The most telling words of a set of reports: those in two or more of them, ranked by how many
 * hold them times their idf, ties in alphabetical order (word ids are alphabetical ranks);
 * for a single report, its rarest words. O(total words of the set · log).
 */
export function tellingWords(members: readonly number[], rw: ReportWords, max: number): string[] {
  const count = new Map<number, number>();
  for (const m of members) for (const id of rw.ids[m] as Int32Array) count.set(id, (count.get(id) ?? 0) + 1);
  const least = members.length > 1 ? 2 : 1;
  const ranked: { id: number; score: number }[] = [];
  for (const [id, n] of count) if (n >= least) ranked.push({ id, score: n * (rw.idfs[id] as number) });
  return ranked
    .sort((x, y) => y.score - x.score || x.id - y.id)
    .slice(0, max)
    .map((x) => rw.vocabulary[x.id] as string);
}
