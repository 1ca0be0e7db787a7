import { bandsFor } from '../group/band-keys';
import { MASK_WORDS } from '../group/feature-masks';
import { ensureTexts, type StatementColumns } from '../group/collect';
import type { FeatureTable } from '../group/features';
import { builtInLexicon } from '../lexicon/wordnet/wordnet-lexicon';
import { mergePairs, type PairPart, type PairSettings } from '../group/find-pairs';
import { foldTable, groupColumns, groupsFromPairs, nearStatements, nearTexts, repsApart } from '../group/group-columns';
import { idfOfFrequencies, nearRows, textsJoined, wordFrequencies } from '../group/near-join';
import type { GroupLayout } from '../group/group-layout';
import type { GroupSettings } from '../group/settings';
import type { Issue } from '../schema/issue';
import type { GroupJob } from './group-jobs';
import type { JobPool } from './job-pool';

/** Near pairs sent to a thread at a time: enough to outweigh the message, few enough to share out. */
const NEAR_SLICE = 256;

/**
 * Near pairs from which the check is shared out: below, the main thread takes them all, since
 * another thread would first decode the lexicon's relations, warm up the pairwise core and fill
 * its own caches of base forms, more than its share of the pairs saves. Measured at 1M generated
 * statements (21,443 near pairs, 2 cores, docs/speed.md): shared, 15.8–17.2 s CPU and
 * 10.4–11.3 s wall; on the main thread, 15.1–15.9 s CPU and 10.5–11.2 s wall.
 */
const NEAR_THREADS_FROM = 32_768;

/** `[from, to)` slices of `0 … n`, `parts` of them at most. */
function slices(n: number, parts: number): [number, number][] {
  const size = Math.max(1, Math.ceil(n / Math.max(1, parts)));
  const out: [number, number][] = [];
  for (let from = 0; from < n; from += size) out.push([from, Math.min(n, from + size)]);
  return out;
}

/** A table copied into shared memory, so every thread reads it without a copy. */
function sharedTable(t: FeatureTable): FeatureTable {
  const offsets = new Int32Array(new SharedArrayBuffer(t.offsets.byteLength));
  offsets.set(t.offsets);
  const data = new Uint32Array(new SharedArrayBuffer(Math.max(4, t.data.byteLength)));
  data.set(t.data);
  return { offsets, data };
}

/** Whether the settings can go to another thread: hooks (a lexicon of one's own, say) cannot, and the workers read the built-in lexicon. */
function plainSettings(s: GroupSettings): boolean {
  if (s.features.lexicon !== builtInLexicon()) return false;
  try {
    structuredClone(s.diff);
    return true;
  } catch {
    return false;
  }
}

/**
 * `groupColumns` with its heavy steps spread over the threads of `pool`: MinHash band keys by
 * slices of the distinct sets, the containment walk and slices of the LSH bands side by side,
 * then the pairwise core on slices of the pairs just below the threshold (from `nearThreadsFrom`
 * of them; fewer are checked here, see `NEAR_THREADS_FROM`). Each step is the
 * same pure function over a slice and the parts are merged in a fixed order, so the groups
 * are those of `groupColumns`, whatever the number of threads. Without a pool, or with hooks
 * in the settings (they cannot cross threads), it is `groupColumns`.
 */
export async function groupColumnsInThreads(cols: StatementColumns, s: GroupSettings, pool: JobPool | undefined, onStage: (stage: string) => void = () => {}, nearThreadsFrom = NEAR_THREADS_FROM): Promise<{ layout: GroupLayout; issues: Issue[] }> {
  if (pool === undefined || pool.threads < 2 || !plainSettings(s)) return groupColumns(cols, s);
  const folded = foldTable(cols);
  const n = cols.ids.length;
  const m = folded.reps.length;
  const bands = bandsFor(s, n);
  const table = sharedTable(folded.repTable);
  folded.repTable = table;
  const keys = new Uint32Array(new SharedArrayBuffer(Math.max(4, m * bands * 4)));
  const masks = new Uint32Array(new SharedArrayBuffer(Math.max(4, m * MASK_WORDS * 4)));
  onStage('sign');
  await pool.run(slices(m, pool.threads * 2).map(([from, to]): GroupJob => ({ kind: 'keys', table, keys, masks, hashes: s.hashes, bands, from, to })));
  onStage('pairs');
  const settings: PairSettings = {
    threshold: s.threshold, containment: s.containment, minContainedFeatures: s.minContainedFeatures, coreMargin: s.coreMargin,
    hashes: s.hashes, bands: s.bands, maxBucket: s.maxBucket, maxDf: s.maxDf,
  };
  // The containment walk costs about as much as all the bands: it goes first, to a worker.
  const bandJobs = slices(bands, pool.threads - 1).map(([fromBand, toBand]): GroupJob => ({ kind: 'lsh', table, keys, masks, bands, settings, fromBand, toBand }));
  const parts = await pool.run([{ kind: 'containment', table, masks, bands, settings }, ...bandJobs]);
  const found = mergePairs(folded, parts as PairPart[], settings);
  const frequencies = wordFrequencies(table, folded.counts, true, nearRows(found.near));
  onStage('verify');
  ensureTexts(cols, nearStatements(found));
  const accepted = new Uint8Array(found.near.length);
  // Pairs kept apart are not asked: their edge is dropped anyway (as `groupColumns` does).
  const apart = repsApart(found, cols);
  const { asked, a, b } = nearTexts(found, cols, 0, found.near.length, apart);
  const stopWords = [...s.features.stopWords];
  const nearJobs = (): GroupJob[] => slices(asked.length, Math.ceil(asked.length / NEAR_SLICE)).map(([from, to]) => ({ kind: 'near', a: a.slice(from, to), b: b.slice(from, to), frequencies, stopWords, diff: s.diff }));
  const answers = asked.length < nearThreadsFrom ? [textsJoined(a, b, idfOfFrequencies(frequencies), s.features, s.diff)] : await pool.run(nearJobs());
  let k = 0;
  for (const answer of answers) for (const yes of answer as Uint8Array) accepted[asked[k++] as number] = yes;
  onStage('cluster');
  return { layout: groupsFromPairs(cols, found, accepted, s, apart), issues: found.issues };
}
