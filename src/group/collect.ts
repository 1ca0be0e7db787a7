import { isGroupInput } from '../schema/group-input';
import { featuresInto, type FeatureContext, type FeatureTable } from './features';
import { compareIds } from './natural-order';

/**
 * Statements as the grouping holds them: columns in canonical order (natural order of ids), and
 * their features. No object per statement, so a million statements cost the garbage collector
 * little: what stays is the text (for the pairwise core and for denials), the id and the features.
 */
export interface StatementColumns {
  ids: string[];
  texts: string[];
  /** 1 for a denial (`stance: 'denies'`), else 0. */
  denies: Uint8Array;
  /** The `denies` field (the id of the claim denied), where a statement has one. */
  deniedIds: Map<number, string>;
  /** The features of each statement; grouping consumes it (see `foldTable`). */
  table: FeatureTable;
  /** Each statement's position in the input, when the sort moved them (else position = index). */
  arrival: Int32Array | undefined;
  /**
   * When the texts were not kept (`keepTexts: false`), fills `texts[i]` for the indices given,
   * e.g. by reading those lines of the file again; see `ensureTexts`.
   */
  loadTexts?: (indices: readonly number[]) => void;
}

/**
 * Makes sure the texts of `indices` are in `cols.texts`: the grouping reads a text only for the
 * pairwise core, denials and text output, so a caller that can read texts again need not keep them.
 */
export function ensureTexts(cols: StatementColumns, indices: Iterable<number>): void {
  if (cols.loadTexts === undefined) return;
  const missing: number[] = [];
  for (const i of indices) if (cols.texts[i] === '') missing.push(i);
  if (missing.length > 0) cols.loadTexts(missing);
}

/** How a collector reports bad statements, by their position in the order they came. */
export interface CollectHooks {
  /** Called with a value `isGroupInput` rejects, to name its problem; must throw. */
  invalid(value: unknown, index: number): never;
  /** Called with the first pair of statements that share an id (by the later one's position); must throw. */
  duplicate(later: number, first: number, id: string): never;
}

/**
 * Takes statements one at a time, as a stream gives them, and keeps only what grouping needs:
 * features are made as each statement comes, so memory holds the index, not the input. Ids
 * are checked unique and put in natural order at the end, by one sort (none when they came in
 * order, as numbered corpora do). O(text) per statement; O(n log n) id comparisons at the end.
 */
export class StatementCollector {
  private readonly ids: string[] = [];
  private readonly texts: string[] = [];
  private denies = new Uint8Array(1024);
  private readonly deniedIds = new Map<number, string>();
  private offsets = new Int32Array(1025);
  private data = new Uint32Array(8192);
  private scratch = new Uint32Array(256);
  private inOrder = true;

  /**
   * @param keepTexts keep each text (`false`: only its features, the columns' texts are '' and
   *   the caller sets `loadTexts` on the columns to read them again when needed)
   */
  constructor(
    private readonly features: FeatureContext,
    private readonly hooks: CollectHooks,
    private readonly keepTexts = true,
  ) {}

  get size(): number {
    return this.ids.length;
  }

  /** Checks one statement cheaply (the schema names the problem only when it fails) and takes it. */
  add(value: unknown): void {
    const n = this.ids.length;
    if (!isGroupInput(value)) this.hooks.invalid(value, n);
    const s = value;
    const { id, text, stance } = s;
    if (n > 0 && this.inOrder && compareIds(this.ids[n - 1] as string, id) >= 0) this.inOrder = false;
    if (n + 1 >= this.offsets.length) this.grow(n);
    this.ids.push(id);
    this.texts.push(this.keepTexts ? text : '');
    this.denies[n] = stance === 'denies' ? 1 : 0;
    const denied = s['denies'];
    if (typeof denied === 'string') this.deniedIds.set(n, denied);
    if (this.scratch.length < text.length) this.scratch = new Uint32Array(text.length * 2);
    const k = featuresInto(text, this.features, this.scratch);
    const at = this.offsets[n] as number;
    if (at + k > this.data.length) {
      const data = new Uint32Array(Math.max(at + k, Math.ceil(this.data.length * 1.5)));
      data.set(this.data.subarray(0, at));
      this.data = data;
    }
    // A loop, not `set(subarray)`: a view a statement is an object for the collector, for ~15 words.
    const { data, scratch } = this;
    for (let t = 0; t < k; t++) data[at + t] = scratch[t] as number;
    this.offsets[n + 1] = at + k;
  }

  private grow(n: number): void {
    const offsets = new Int32Array(this.offsets.length * 2);
    offsets.set(this.offsets.subarray(0, n + 1));
    this.offsets = offsets;
    const denies = new Uint8Array(this.denies.length * 2);
    denies.set(this.denies);
    this.denies = denies;
  }

  /**
   * The columns in natural id order. Throws through `hooks.duplicate` on the first repeated id
   * (the repeat met earliest in input order). The collector is spent afterwards.
   *
   * @param keepOrder keep the order given, unchecked: for a caller whose statements are already
   *   in canonical order with unique ids (`analyze`)
   */
  finish({ keepOrder = false } = {}): StatementColumns {
    const n = this.ids.length;
    const table = { offsets: this.offsets.slice(0, n + 1), data: this.data.slice(0, this.offsets[n] as number) };
    const denies = this.denies.slice(0, n);
    // The growing buffers (up to half again their use) go now, not when the collector does.
    this.offsets = new Int32Array(1);
    this.data = new Uint32Array(0);
    this.denies = new Uint8Array(0);
    if (this.inOrder || keepOrder) return { ids: this.ids, texts: this.texts, denies, deniedIds: this.deniedIds, table, arrival: undefined };
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => compareIds(this.ids[a] as string, this.ids[b] as string) || a - b);
    let repeat: [number, number] | undefined;
    for (let k = 1; k < n; k++) {
      const a = order[k - 1] as number;
      const b = order[k] as number;
      if (this.ids[a] === this.ids[b] && (repeat === undefined || b < repeat[0])) repeat = [b, a];
    }
    // A run of three or more repeats: the pair above holds the run's first, as the sort is stable.
    if (repeat !== undefined) this.hooks.duplicate(repeat[0], firstOfRun(order, this.ids, repeat[1]), this.ids[repeat[0]] as string);
    const offsets = new Int32Array(n + 1);
    const data = new Uint32Array(table.data.length);
    const deniedIds = new Map<number, string>();
    for (let k = 0; k < n; k++) {
      const i = order[k] as number;
      const from = table.offsets[i] as number;
      const to = table.offsets[i + 1] as number;
      data.set(table.data.subarray(from, to), offsets[k] as number);
      offsets[k + 1] = (offsets[k] as number) + to - from;
      const denied = this.deniedIds.get(i);
      if (denied !== undefined) deniedIds.set(k, denied);
    }
    return {
      ids: order.map((i) => this.ids[i] as string),
      texts: order.map((i) => this.texts[i] as string),
      denies: Uint8Array.from(order, (i) => denies[i] as number),
      deniedIds,
      table: { offsets, data },
      arrival: Int32Array.from(order),
    };
  }
}

/** The first position in input order with the id of `index` (which sorts among its repeats). */
function firstOfRun(order: readonly number[], ids: readonly string[], index: number): number {
  let first = index;
  for (const i of order) if (i < first && ids[i] === ids[index]) first = i;
  return first;
}
