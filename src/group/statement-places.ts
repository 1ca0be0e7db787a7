import { SPEAKER_NOUNS } from '../lexicon/titles';
import { EdgeList } from './edge-list';
import type { PlaceNames } from './place-names';

/** Where a statement was read and who said it: its report, its span there and its speaker (all optional for bare texts). */
export interface ReportPlace {
  report?: string;
  start?: number;
  end?: number;
  speaker?: { name: string; aliases?: readonly string[] } | null;
}

/** Two statement indices that must not be joined by the cheap overlap alone. */
export type ApartPair = (a: number, b: number) => boolean;

/**
 * Statements of one report whose spans overlap without being the same span: a quotation and a
 * sentence nested in it ("the talks stalled because the council did nothing" holding "the council
 * did nothing") share their words by construction, so containment says nothing about their being one
 * statement. The same span read twice (e.g. with two speakers) stays joinable. Statements
 * without a report or span are never kept apart. O(1) per pair.
 */
export function overlapInReport(places: readonly ReportPlace[]): ApartPair {
  return (a, b) => {
    const x = places[a];
    const y = places[b];
    if (x === undefined || y === undefined || x.report === undefined || x.report !== y.report) return false;
    if (x.start === undefined || x.end === undefined || y.start === undefined || y.end === undefined) return false;
    if (x.start === y.start && x.end === y.end) return false;
    return x.start < y.end && y.start < x.end;
  };
}

/** The least share of the longer span the shorter covers for two nested spans to be one reading twice. */
export const READ_TWICE_SHARE = 0.8;

/**
 * Whether two spans of one report are one sentence read twice: one inside the other and covering
 * at least `READ_TWICE_SHARE` of it ("the minister's alleged role in the fire …" and "role in the
 * fire …", read once for the writer and once for a second speaker). Their words mostly coincide, so
 * they say one thing, unlike a short clause nested in a long quotation. O(1).
 */
export function readTwice(x: ReportPlace, y: ReportPlace): boolean {
  if (x.report === undefined || x.report !== y.report) return false;
  if (x.start === undefined || x.end === undefined || y.start === undefined || y.end === undefined) return false;
  const [outer, inner] = x.end - x.start >= y.end - y.start ? [x, y] : [y, x];
  const nested = (outer.start as number) <= (inner.start as number) && (inner.end as number) <= (outer.end as number);
  return nested && (inner.end as number) - (inner.start as number) >= READ_TWICE_SHARE * ((outer.end as number) - (outer.start as number));
}

/**
 * The edges (between positions of distinct feature sets) that `apart` does not keep apart.
 * Returns `edges` itself when nothing is dropped. O(E).
 */
export function edgesNotApart(edges: EdgeList, apart: (i: number, j: number) => boolean): EdgeList {
  const keep: number[] = [];
  for (let e = 0; e < edges.length; e++) if (!apart(edges.i[e] as number, edges.j[e] as number)) keep.push(e);
  if (keep.length === edges.length) return edges;
  const out = new EdgeList(Math.max(16, keep.length));
  for (const e of keep) out.push(edges.i[e] as number, edges.j[e] as number, edges.weight[e] as number);
  return out;
}

const WORDS = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*/gu;
const wordsOf = (name: string): string[] => name.toLowerCase().match(WORDS) ?? [];

/** Whether `inner` is a run of consecutive words of `outer`. */
function holdsRun(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let k = 0; k + inner.length <= outer.length; k++) if (inner.every((w, t) => outer[k + t] === w)) return true;
  return false;
}

/** Words for a group of people ("officials", "forces", "people"): a name ending in one names a side, which other words narrow. */
const GROUP_NOUNS: ReadonlySet<string> = new Set([...SPEAKER_NOUNS.filter((w) => w.endsWith('s')), 'people', 'police', 'forces']);

/**
 * Whether `inner` is `outer` with words left out of its middle, the same first and last words,
 * the others in order, and what was left out says no other party: only initials ("John Kerry",
 * "John F. Kerry"; not "George W. Bush", "George H. W. Bush", whose initials differ), or, for a
 * name of three words or more that does not end in a word for a group of people, any words
 * ("Syrian Foreign Ministry", "Syrian Foreign Affairs and Expatriates Ministry"; not "Syrian
 * officials", "Syrian opposition officials").
 */
function shortens(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length < 2 || inner.length >= outer.length || inner[0] !== outer[0] || inner.at(-1) !== outer.at(-1)) return false;
  const left: string[] = [];
  let k = 0;
  for (const w of outer) {
    if (w === inner[k]) k++;
    else left.push(w);
  }
  if (k !== inner.length) return false;
  if (left.every((w) => w.length === 1)) return !inner.some((w) => w.length === 1);
  return inner.length >= 3 && !GROUP_NOUNS.has(inner.at(-1) as string);
}

/**
 * Whether two speakers are one voice: the same name, or the name of one found, as whole
 * consecutive words, in the name or an alias of the other ("Harbour Authority" in "Harbour
 * Authority spokesman Piet Brandt", "Brandt" among his aliases), or a shortening of it (see
 * `shortens`), or, with `places`, one-word names of one government ("Kabul", "Afghanistan": see
 * `placeNamesOf`). An institution and the spokesperson a report names for it speak as one, and one
 * voice does not contradict itself by stance. False when either speaker is unknown. O(name and
 * alias words).
 */
export function sameSpeaker(x: ReportPlace['speaker'], y: ReportPlace['speaker'], places?: PlaceNames): boolean {
  if (!x || !y) return false;
  const fx = formsOf(x);
  const fy = formsOf(y);
  const nx = fx[0] as string[];
  const ny = fy[0] as string[];
  if (fy.some((f) => holdsRun(f, nx) || shortens(f, nx)) || fx.some((f) => holdsRun(f, ny) || shortens(f, ny))) return true;
  return places !== undefined && nx.length === 1 && ny.length === 1 && places(nx[0] as string, ny[0] as string);
}

type Speaker = NonNullable<ReportPlace['speaker']>;
const forms = new WeakMap<Speaker, string[][]>();

/** The words of a speaker's name, then of each alias: made once per speaker, as clustering asks `sameSpeaker` of many pairs. */
function formsOf(s: Speaker): string[][] {
  let f = forms.get(s);
  if (!f) forms.set(s, (f = [s.name, ...(s.aliases ?? [])].map(wordsOf)));
  return f;
}

/**
 * Name words by the speaker's name and aliases joined by a line break (no word holds one, so
 * the words of the joined forms are those of the forms): a run's statements share a few hundred
 * speakers, each its own object. Emptied past SPEAKERS_KEPT.
 */
const tokens = new Map<string, readonly string[]>();
const SPEAKERS_KEPT = 1 << 16;

/**
 * The lower-case letter-and-digit words of a speaker's name and aliases ("U.S." gives "u", "s"),
 * in order; none when unknown. Made once per name: the join decision and the pointing look-up
 * both read every statement's.
 */
export function speakerTokens(speaker: ReportPlace['speaker']): readonly string[] {
  if (!speaker) return [];
  const { aliases } = speaker;
  const joined = aliases === undefined || aliases.length === 0 ? speaker.name : [speaker.name, ...aliases].join('\n');
  let t = tokens.get(joined);
  if (t === undefined) {
    if (tokens.size >= SPEAKERS_KEPT) tokens.clear();
    tokens.set(joined, (t = nameTokens(joined)));
  }
  return t;
}

/** The lower-case letter-and-digit words of a name ("U.S." gives "u", "s"), in order: how names are read to be compared. */
export function nameTokens(name: string): string[] {
  return name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether two names' words may name one person: the shorter's all in the longer ("kerry" ~ "john kerry"; order aside). */
export function withinName(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.includes(w));
}
