import type { Edge } from '../group/edge-list';
import { cosine, type ReportWords } from './report-words';

/**
 * The report pairs i < j whose idf-weighted cosine (see `cosine`) reaches `threshold`, among
 * the candidates: pairs sharing a word found in at most `maxDf` reports, and pairs of the very
 * same words (up to `maxDf` reports of one word set are paired, the first in report order).
 *
 * The candidates' shares of those rarer words are summed at once over the words' posting
 * lists, report by report: O(Σ df²/2) additions over the words of at most `maxDf` reports, not
 * a merge of two word lists per candidate pair. A pair's cosine is then bounded from above by
 * that share plus the smaller weight of the two reports' common words (those of more than
 * `maxDf` reports), and only a pair whose bound reaches `threshold` has its `cosine` made: the
 * very same numbers as one `cosine` per candidate pair (on PolNeAR dev, 895 reports with
 * statements: 1.7 M additions and 1,536 cosines, against 327,452 cosines).
 */
export function linkReports(rw: ReportWords, threshold: number, maxDf: number): Edge[] {
  const n = rw.ids.length;
  const { start, reports } = postingsOf(rw);
  const isCommon = (w: number): boolean => (start[w + 1] as number) - (start[w] as number) > maxDf;
  const common = Float64Array.from(rw.ids, (list) => list.reduce((sum, w) => (isCommon(w) ? sum + (rw.weight[w] as number) : sum), 0));
  const nextSame = sameWordsChain(rw, maxDf);
  const share = new Float64Array(n);
  const met = new Uint8Array(n);
  const touched: number[] = [];
  const edges: Edge[] = [];
  for (let i = 0; i < n; i++) {
    for (const w of rw.ids[i] as Int32Array) {
      if (isCommon(w)) continue;
      const first = start[w] as number;
      const add = rw.weight[w] as number;
      // Posting lists ascend: read from the end, down to the reports after i.
      for (let t = (start[w + 1] as number) - 1; t >= first; t--) {
        const j = reports[t] as number;
        if (j <= i) break;
        if (met[j] === 0) {
          met[j] = 1;
          touched.push(j);
        }
        share[j] = (share[j] as number) + add;
      }
    }
    for (let j = nextSame[i] as number; j >= 0; j = nextSame[j] as number) {
      if (met[j] === 0) {
        met[j] = 1;
        touched.push(j);
      }
    }
    const from = edges.length;
    for (const j of touched) {
      const norms = (rw.norm[i] as number) * (rw.norm[j] as number);
      // A margin for rounding: the bound sums in another order than `cosine`.
      const bound = ((share[j] as number) + Math.min(common[i] as number, common[j] as number)) * (1 + 1e-9);
      if (norms === 0 ? threshold <= 0 : bound >= threshold * norms) {
        const weight = cosine(rw, i, j);
        if (weight >= threshold) edges.push({ i, j, weight });
      }
      share[j] = 0;
      met[j] = 0;
    }
    touched.length = 0;
    // Few pairs link: those are sorted, not every pair met.
    sortTail(edges, from);
  }
  return edges;
}

/**
 * The reports of each word, ascending, all in one array: word w's are
 * `reports[start[w]] … reports[start[w + 1] - 1]`. No array per word.
 */
function postingsOf(rw: ReportWords): { start: Int32Array; reports: Int32Array } {
  const start = new Int32Array(rw.weight.length + 1);
  for (const list of rw.ids) for (const w of list) start[w + 1] = (start[w + 1] as number) + 1;
  for (let w = 0; w < rw.weight.length; w++) start[w + 1] = (start[w + 1] as number) + (start[w] as number);
  const next = start.slice(0, -1);
  const reports = new Int32Array(start[rw.weight.length] as number);
  rw.ids.forEach((list, r) => {
    for (const w of list) reports[(next[w] as number)++] = r;
  });
  return { start, reports };
}

/** `edges` from `from` on sorted by `j` (all of one `i`). */
function sortTail(edges: Edge[], from: number): void {
  if (edges.length - from < 2) return;
  const tail = edges.splice(from).sort((x, y) => x.j - y.j);
  for (const e of tail) edges.push(e);
}

/**
 * Per report, the next report of the very same (non-empty) words, -1 for none; a report past
 * the first `maxBucket` of its word set is in no chain (paired with none).
 */
function sameWordsChain(rw: ReportWords, maxBucket: number): Int32Array {
  const next = new Int32Array(rw.ids.length).fill(-1);
  const last = new Map<string, { at: number; size: number }>();
  rw.ids.forEach((list, r) => {
    if (list.length === 0) return;
    const key = list.join(' ');
    const bucket = last.get(key);
    if (bucket === undefined) last.set(key, { at: r, size: 1 });
    else if (bucket.size < maxBucket) {
      next[bucket.at] = r;
      bucket.at = r;
      bucket.size++;
    }
  });
  return next;
}
