import { bandKeysIntoTable } from '../group/band-keys';
import { EdgeList } from '../group/edge-list';
import type { FeatureTable } from '../group/features';
import { containmentPairs, lshPairs, type PairPart, type PairSettings } from '../group/find-pairs';
import { nearAccepted } from '../group/group-columns';
import type { DiffOptions } from '../schema/options';

/**
 * The pieces of the grouping a worker thread may take, as plain data: each is one of the pure
 * steps of `src/group` over a slice, so the answers do not depend on which thread runs it.
 * Tables and keys live in shared memory; what comes back is transferred.
 */
export type GroupJob =
  | { kind: 'keys'; table: FeatureTable; keys: Uint32Array; hashes: number; bands: number; from: number; to: number }
  | { kind: 'lsh'; table: FeatureTable; keys: Uint32Array; bands: number; settings: PairSettings; fromBand: number; toBand: number }
  | { kind: 'containment'; table: FeatureTable; bands: number; settings: PairSettings }
  | { kind: 'near'; a: string[]; b: string[]; diff: DiffOptions };

export type GroupJobResult = PairPart | Uint8Array | null;

/** Runs a job where it is called (in a worker, or on the main thread). */
export function runGroupJob(job: GroupJob): GroupJobResult {
  switch (job.kind) {
    case 'keys':
      // Band-major with the stride of all distinct sets: the layout `repKeysOf` gives.
      bandKeysIntoTable(job.table, job.hashes, job.bands, job.keys, job.from, job.table.offsets.length - 1, job.from, job.to);
      return null;
    case 'lsh':
      return lshPairs(job.table, job.keys, job.bands, job.settings, job.fromBand, job.toBand);
    case 'containment':
      return containmentPairs(job.table, job.bands, job.settings);
    case 'near': {
      // Pairs given by their texts: statement k of the slice is pair (a[k], b[k]), one stance.
      const reps = Array.from({ length: 2 * job.a.length }, (_, i) => i);
      const near = new EdgeList(Math.max(16, job.a.length));
      for (let k = 0; k < job.a.length; k++) near.push(2 * k, 2 * k + 1, 0);
      const texts = job.a.flatMap((a, k) => [a, job.b[k] as string]);
      return nearAccepted({ near, reps }, { texts, denies: new Uint8Array(texts.length) }, job.diff);
    }
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
