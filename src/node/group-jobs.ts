import { bandKeysIntoTable } from '../group/band-keys';
import { EdgeList } from '../group/edge-list';
import { featureMasks } from '../group/feature-masks';
import { createFeatureContext, type FeatureContext, type FeatureTable } from '../group/features';
import { containmentPairs, lshPairs, type PairPart, type PairSettings } from '../group/find-pairs';
import { idfOfFrequencies, textsJoined, type WordFrequencies } from '../group/near-join';
import type { DiffOptions } from '../schema/options';

/**
 * The pieces of the grouping a worker thread may take, as plain data: each is one of the pure
 * steps of `src/group` over a slice, so the answers do not depend on which thread runs it.
 * Tables and keys live in shared memory; what comes back is transferred.
 */
export type GroupJob =
  | { kind: 'keys'; table: FeatureTable; keys: Uint32Array; masks: Uint32Array; hashes: number; bands: number; from: number; to: number }
  | { kind: 'lsh'; table: FeatureTable; keys: Uint32Array; masks: Uint32Array; bands: number; settings: PairSettings; fromBand: number; toBand: number }
  | { kind: 'containment'; table: FeatureTable; masks: Uint32Array; bands: number; settings: PairSettings }
  | { kind: 'near'; a: string[]; b: string[]; frequencies: WordFrequencies; stopWords: string[]; diff: DiffOptions };

export type GroupJobResult = PairPart | Uint8Array | null;

let context: { key: string; ctx: FeatureContext } | undefined;

/** The feature context of the built-in lexicon and `stopWords`, kept while they stay the same (base forms are cached in it). */
export function contextOf(stopWords: string[]): FeatureContext {
  const key = stopWords.join('\n');
  if (context?.key !== key) context = { key, ctx: createFeatureContext(undefined, stopWords) };
  return context.ctx;
}

/** Runs a job where it is called (in a worker, or on the main thread). */
export function runGroupJob(job: GroupJob): GroupJobResult {
  switch (job.kind) {
    case 'keys':
      // Band-major with the stride of all distinct sets: the layout `repKeysOf` gives.
      bandKeysIntoTable(job.table, job.hashes, job.bands, job.keys, job.from, job.table.offsets.length - 1, job.from, job.to);
      // The masks of the same slice, made once for the LSH and containment jobs of every thread.
      featureMasks(job.table, job.masks, job.from, job.to);
      return null;
    case 'lsh':
      return lshPairs(job.table, job.keys, job.bands, job.settings, job.fromBand, job.toBand, job.masks);
    case 'containment':
      return containmentPairs(job.table, job.bands, job.settings, job.masks);
    case 'near':
      // Pairs given by their texts, one stance: pair k of the slice is (a[k], b[k]).
      return textsJoined(job.a, job.b, idfOfFrequencies(job.frequencies), contextOf(job.stopWords), job.diff);
  }
}

/** The buffers of a result to transfer back (shared memory needs none). */
export function transferList(result: GroupJobResult): ArrayBuffer[] {
  if (result === null) return [];
  if (result instanceof Uint8Array) return [result.buffer as ArrayBuffer];
  return [result.edges, result.near].flatMap((l) => [l.i.buffer, l.j.buffer, l.weight.buffer] as ArrayBuffer[]);
}

/** A pair part from another thread arrives as plain data: give its edge lists their methods back. */
export function revivePart(part: PairPart): PairPart {
  return { ...part, edges: Object.assign(new EdgeList(1), part.edges), near: Object.assign(new EdgeList(1), part.near) };
}
