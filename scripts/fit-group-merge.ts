/**
 * Fits a decision over whole groups of one story, after `linkedGroups` (the pairwise join
 * decision, average linking and `joinDenialGroups`): are these two groups one statement? It
 * was meant to replace the hand conditions of `mergeByWording` (see docs/accuracy.md, "A fitted
 * merge of whole groups"):
 *
 *   npx tsx scripts/fit-group-merge.ts <newsbench dev.json> [--lambda 1] [--by-pairs] [--from-clusters] [--only a,b,…]
 *
 * Each story is run through `analyze`; its groups before the merge are made again from the
 * analysis' statements as `analyze` gives them to the grouping, and every pair of groups of one
 * story with no member kept apart (see `groupPairs`) is a row: one statement when the
 * majority labelled `prop` of the two groups' members agree (rows with a group of no labelled
 * member are left out). Prints, by leave-one-story-out cross-validation (fitted on the other
 * stories, merged greedily on the one left out), the pair precision and recall over the
 * labelled statements of the left-out stories, at several cuts, beside no merge and
 * `mergeByWording`; then the weights fitted on all stories. ECB+ and Emergent are not used:
 * they have no stories, speakers or reports to read a merge of groups from. Never fit on a
 * test split.
 */
import { existsSync } from 'node:fs';
import { createFeatureContext } from '../src/group/features';
import type { IndexGroup } from '../src/group/group-layout';
import { GROUP_PAIR_FEATURE_KEYS, groupPairs, mergeByModel, type GroupMergeModel, type GroupPairFeatures, type MergeInput } from './group-merge';
import { linkedGroups, type JoinItem } from '../src/group/join-groups';
import { mergeByWording } from '../src/group/wording-merge';
import { asProposition } from '../src/schema/proposition';
import { reportStories } from '../src/topics/find-topics';
import { fitLogistic, logisticProbability, precisionRecall } from './logistic';
import { analysedStories } from './newsbench-props';

const CUTS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
const MAX_GROUPS = 64;

interface Story {
  linked: IndexGroup[];
  wording: IndexGroup[];
  shipped: IndexGroup[];
  input: MergeInput;
  /** The labelled prop of each statement that has one, by index. */
  prop: (string | undefined)[];
  rows: { x: number[]; y: boolean; w: number }[];
}

/** The most common prop among a group's labelled members (ties: the first met), or undefined. */
function majority(members: readonly number[], prop: readonly (string | undefined)[]): string | undefined {
  const count = new Map<string, number>();
  for (const m of members) {
    const p = prop[m];
    if (p !== undefined) count.set(p, (count.get(p) ?? 0) + 1);
  }
  let best: string | undefined;
  let most = 0;
  for (const [p, n] of count) if (n > most) [best, most] = [p, n];
  return best;
}

function storiesOf(path: string, fromClusters: boolean): Story[] {
  const ctx = createFeatureContext();
  return analysedStories(path).map(({ analysis: a, propOf }) => {
    const stories = reportStories(a.statements, ctx);
    const index = new Map(a.statements.map((s, i) => [s.id, i]));
    const items: JoinItem[] = a.statements.map((s) => ({ ...asProposition(s), speaker: s.speaker ?? null, topic: stories.byReport.get(s.report), answers: s.denies === undefined ? undefined : index.get(s.denies) }));
    const made = linkedGroups(items, ctx);
    // --from-clusters: the merge in place of `joinDenialGroups` too.
    const linked = fromClusters ? { ...made, groups: made.clustered } : made;
    const input: MergeInput = { sides: linked.context.sides, idf: linked.context.idf, pairs: [...linked.scored, ...linked.attachments], targets: linked.context.targets, topicOf: (i) => items[i]?.topic, apart: linked.apart };
    const prop = a.statements.map((s) => propOf.get(s.id));
    const rows = groupPairs(linked.groups, input, MAX_GROUPS).flatMap(({ a: ga, b: gb, f }) => {
      const [pa, pb] = [majority((linked.groups[ga] as IndexGroup).members, prop), majority((linked.groups[gb] as IndexGroup).members, prop)];
      const labelled = (g: number): number => (linked.groups[g] as IndexGroup).members.filter((m) => prop[m] !== undefined).length;
      return pa === undefined || pb === undefined ? [] : [{ x: used.map((k) => f[k]), y: pa === pb, w: labelled(ga) * labelled(gb) }];
    });
    const shipped = a.groups.map((g) => ({ canonical: index.get(g.canonical) as number, members: g.members.map((m) => index.get(m) as number) }));
    const wording = mergeByWording(linked.groups, input.sides, input.idf, input.topicOf, input.apart);
    return { linked: linked.groups, wording, shipped, input, prop, rows };
  });
}

/** True / false positives and false negatives of "same group" against "same prop" over the labelled statements. */
function pairCounts(groups: readonly IndexGroup[], prop: readonly (string | undefined)[]): [number, number, number] {
  const groupOf = new Map<number, number>();
  groups.forEach((g, k) => g.members.forEach((m) => groupOf.set(m, k)));
  const labelled = prop.flatMap((p, i) => (p === undefined ? [] : [i]));
  let [tp, fp, fn] = [0, 0, 0];
  for (const [n, i] of labelled.entries()) {
    for (const j of labelled.slice(n + 1)) {
      const [same, one] = [prop[i] === prop[j], groupOf.get(i) === groupOf.get(j)];
      if (same && one) tp++;
      else if (one) fp++;
      else if (same) fn++;
    }
  }
  return [tp, fp, fn];
}

function report(label: string, counts: [number, number, number][]): void {
  const [tp, fp, fn] = counts.reduce((s, c) => [s[0] + c[0], s[1] + c[1], s[2] + c[2]], [0, 0, 0]);
  console.log(`  ${label.padEnd(44)} precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}, recall ${(tp / Math.max(1, tp + fn)).toFixed(3)} (${tp} / ${fp} / ${fn})`);
}

/** The features fitted (`--only a,b,…`: a smaller model, which five training stories may bear better); the others weigh 0. */
let used: readonly (keyof GroupPairFeatures)[] = GROUP_PAIR_FEATURE_KEYS;

function modelOf(w: { w: number[]; bias: number }, cut: number): GroupMergeModel {
  const weights = Object.fromEntries(GROUP_PAIR_FEATURE_KEYS.map((k) => [k, used.includes(k) ? (w.w[used.indexOf(k)] as number) : 0])) as unknown as GroupMergeModel['weights'];
  return { weights, bias: w.bias, cut, maxGroups: MAX_GROUPS };
}

function main(): void {
  const argv = process.argv.slice(2);
  const lambdaAt = argv.indexOf('--lambda');
  const lambda = lambdaAt >= 0 ? Number(argv[lambdaAt + 1]) : 1;
  const onlyAt = argv.indexOf('--only');
  if (onlyAt >= 0) used = GROUP_PAIR_FEATURE_KEYS.filter((k) => (argv[onlyAt + 1] ?? '').split(',').includes(k));
  const paths = argv.filter((a, k) => !a.startsWith('--') && argv[k - 1] !== '--lambda' && argv[k - 1] !== '--only');
  if (paths.length !== 1 || !existsSync(paths[0] as string)) {
    console.error('usage: npx tsx scripts/fit-group-merge.ts <newsbench dev.json> [--lambda 1] [--by-pairs] [--from-clusters] [--only a,b,…]');
    process.exit(2);
  }
  const stories = storiesOf(paths[0] as string, argv.includes('--from-clusters'));
  const rows = stories.flatMap((s) => s.rows);
  const same = stories.filter((s) => s.shipped.length === s.wording.length && s.shipped.every((g, k) => g.members.join() === s.wording[k]?.members.join())).length;
  console.log(`newsbench: ${stories.length} stories, ${rows.length} pairs of groups of one story, ${rows.filter((r) => r.y).length} of one statement; groups as analyze's in ${same} of ${stories.length} stories`);
  console.log('pair precision / recall over the labelled statements (tp / fp / fn):');
  report('as analyze groups', stories.map((s) => pairCounts(s.shipped, s.prop)));
  report('no merge of groups', stories.map((s) => pairCounts(s.linked, s.prop)));
  report('mergeByWording (the hand conditions)', stories.map((s) => pairCounts(s.wording, s.prop)));
  // Leave one story out: the weights never saw the story they merge.
  // --by-pairs: each pair of groups weighs as many labelled statement pairs as it would join (the measure counts those).
  const byPairs = argv.includes('--by-pairs');
  const weightOf = (r: { w: number }): number => (byPairs ? r.w : 1);
  const held = stories.map((_, k) => {
    const train = stories.flatMap((s, j) => (j === k ? [] : s.rows));
    return fitLogistic(train.map((r) => r.x), train.map((r) => r.y), lambda, train.map(weightOf));
  });
  for (const cut of CUTS) {
    report(`fitted merge, left-out story, cut ${cut}`, stories.map((s, k) => pairCounts(mergeByModel(s.linked, s.input, modelOf(held[k] as { w: number[]; bias: number }, cut)), s.prop)));
  }
  const ys = stories.flatMap((s) => s.rows.map((r) => r.y));
  const cv = stories.flatMap((s, k) => s.rows.map((r) => logisticProbability(r.x, held[k] as { w: number[]; bias: number })));
  for (const cut of [0.3, 0.5, 0.7]) console.log(`  group pairs, left-out story, cut ${cut}: ${precisionRecall(ys, cv.map((p) => p >= cut))}`);
  const all = fitLogistic(rows.map((r) => r.x), ys, lambda, rows.map(weightOf));
  console.log(`GROUP_MERGE_MODEL (λ = ${lambda}):\n  weights: { ${used.map((k, j) => `${k}: ${(all.w[j] as number).toFixed(3)}`).join(', ')} },\n  bias: ${all.bias.toFixed(3)},`);
  for (const cut of CUTS) report(`fitted on all stories (not held out), cut ${cut}`, stories.map((s) => pairCounts(mergeByModel(s.linked, s.input, modelOf(all, cut)), s.prop)));
}

main();
