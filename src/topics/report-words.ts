import { contentWords, type FeatureContext } from '../group/features';
import { idfOf, type Idf } from '../group/join-features';
import { compareIds } from '../group/natural-order';
import type { Statement } from '../schema/statement';

/** What the topics read of one report: the distinct content words of its statements and speakers. */
export interface ReportWords {
  /** Report ids in natural order, so the input order of the statements does not matter. */
  reports: string[];
  /** Per report, its distinct content words (base forms), sorted. */
  words: string[][];
  /** Inverse document frequency over the reports (`log(1 + n / df)`): a word of every report weighs least. */
  idf: Idf;
  /** Per report, its words as ids (a word's rank in the sorted vocabulary), ascending. */
  ids: Int32Array[];
  /** Per word id, its idf squared: its weight in a dot product of two reports. */
  weight: Float64Array;
  /** Per report, the length of its idf-weighted word vector. */
  norm: Float64Array;
}

/**
 * The words of each report that has statements. Only the statements are read, not the whole
 * report: a topic is about what was said and who said it. Speaker names count as words, as
 * the people of a story are among its most telling words. O(total text length + V log V) for
 * a vocabulary of V words.
 */
export function reportWords(statements: readonly Pick<Statement, 'report' | 'text' | 'speaker'>[], ctx: FeatureContext): ReportWords {
  const bags = new Map<string, Set<string>>();
  for (const s of statements) {
    let bag = bags.get(s.report);
    if (bag === undefined) bags.set(s.report, (bag = new Set()));
    for (const w of contentWords(s.text, ctx)) bag.add(w);
    if (s.speaker) for (const w of contentWords(s.speaker.name, ctx)) bag.add(w);
  }
  const reports = [...bags.keys()].sort(compareIds);
  const words = reports.map((r) => [...(bags.get(r) as Set<string>)].sort());
  const idf = idfOf(words.map((w) => ({ words: w })));
  const vocabulary = [...new Set(words.flat())].sort();
  const idOf = new Map(vocabulary.map((w, k) => [w, k]));
  const weight = Float64Array.from(vocabulary, (w) => idf(w) ** 2);
  const ids = words.map((list) => Int32Array.from(list, (w) => idOf.get(w) as number));
  const norm = Float64Array.from(ids, (list) => Math.sqrt(list.reduce((sum, id) => sum + (weight[id] as number), 0)));
  return { reports, words, idf, ids, weight, norm };
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
 * hold them times their idf, ties in alphabetical order; for a single report, its rarest words.
 * O(total words of the set · log).
 */
export function tellingWords(members: readonly number[], rw: ReportWords, max: number): string[] {
  const count = new Map<string, number>();
  for (const m of members) for (const w of rw.words[m] as string[]) count.set(w, (count.get(w) ?? 0) + 1);
  const least = members.length > 1 ? 2 : 1;
  return [...count]
    .filter(([, n]) => n >= least)
    .map(([w, n]) => ({ w, score: n * rw.idf(w) }))
    .sort((x, y) => y.score - x.score || (x.w < y.w ? -1 : x.w > y.w ? 1 : 0))
    .slice(0, max)
    .map((x) => x.w);
}
