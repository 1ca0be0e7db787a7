import type { Lexicon, MeaningKeys } from '../lexicon/lexicon';
import { heldIn, heldInKeyed } from '../lexicon/same-meaning';
import { denialWords } from './claim-denial';
import type { JoinCounts } from './join-counts';
import { claimWords, distinctWords, linkFeatures, linkProbability, nameWords } from './denial-link';
import type { FeatureContext } from './features';
import type { TextWords } from './text-words';
import { speakerTokens, type ReportPlace } from './statement-places';

/** What the join decision reads of one statement, made once per statement. */
export interface JoinSide {
  /** Distinct content words (base forms), sorted. */
  words: string[];
  /** Those written as a name or a figure (see `nameWords`). */
  names: Set<string>;
  /** Content words holding a digit: the figures it states. */
  figures: string[];
  /** For a denial, its denied proposition and the names in it (see `denialWords`). */
  denied?: { proposition: string[]; names: Set<string> };
  /** Words quoted in it (inside quotation marks), lower case. */
  quoted: Set<string>;
  place: ReportPlace;
  /** The lower-case words of its speaker's name and aliases (empty when unknown). */
  speaker: ReadonlySet<string>;
}

/** Shared words at which `sharedWords` is full. */
export const SHARED_CAP = 4;

const QUOTED = /["“”]([^"“”]{3,})["“”]|‘([^‘’]{3,})’/gu;
/** A mark QUOTED opens with: a text without one holds no quotation. */
const QUOTE_MARK = /["“”‘]/u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The sets of `speakerNameWords` by the name words they were made from (`speakerTokens` gives
 * one list per name and aliases): a run's statements share a few hundred speakers, so its sides
 * share their sets, which are only read.
 */
const nameWordSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The words (two letters or more) of a speaker's name and aliases, lower case: one set per name and aliases, never to be changed. */
export function speakerNameWords(speaker: ReportPlace['speaker']): ReadonlySet<string> {
  const tokens = speakerTokens(speaker);
  let set = nameWordSets.get(tokens);
  if (set === undefined) nameWordSets.set(tokens, (set = new Set(tokens.filter((w) => w.length > 1))));
  return set;
}

/**
 * The side of one statement: its words, names, figures, quoted words and, for a denial, the
 * proposition denied. `read`: the content words of a text (see `textWordsOf`), for a caller
 * making many sides or reading the texts elsewhere too.
 */
export function joinSide(text: string, denies: boolean, place: ReportPlace, ctx: FeatureContext, read?: TextWords): JoinSide {
  const words = read === undefined ? claimWords(text, ctx) : distinctWords(read(text));
  const quoted = new Set<string>();
  // Only a text with a quotation mark can quote (most statements hold none): not walked otherwise.
  if (QUOTE_MARK.test(text)) for (const m of text.matchAll(QUOTED)) for (const w of (m[1] ?? m[2] ?? '').toLowerCase().match(WORD) ?? []) quoted.add(w);
  const names = nameWords(text, ctx, read);
  return {
    words,
    names,
    figures: words.filter((w) => /\d/.test(w)),
    ...(denies ? { denied: denialWords(text, ctx, undefined, names) } : {}),
    quoted,
    place,
    speaker: speakerNameWords(place.speaker),
  };
}

/**
 * What one pair of statements looks like to the join decision ("do these report one
 * statement?"). All in [0, 1].
 */
export interface JoinFeatures {
  /** Shared words' idf over the union's: the weighted Jaccard, rare words counting most. */
  weightedJaccard: number;
  /** Shared words' idf over the smaller side's: high when one is a part of the other. */
  weightedContainment: number;
  /** Words of each side with a same-meaning word in the other, over both sides' words (a Dice with the lexicon). */
  soft: number;
  /** Shared words, over `SHARED_CAP`, capped at 1: one shared word ("too", "nominee") makes a topic, not a statement. */
  sharedWords: number;
  /** Shared names over the fewer names (0 when either has none). */
  names: number;
  /** 1 when both state figures and share none ("40 dead" against "12 dead"). */
  figuresConflict: number;
  /** Words of the two speakers' names in common over the fewer ("John F. Kerry", "Kerry": 1); 0 when either is unknown. */
  speakerOverlap: number;
  /** 1 when both speakers are known and share no name word, and both statements take one stance. */
  otherSpeakerSameStance: number;
  /** 1 when both come from one report. */
  sameReport: number;
  /** 1 when one is a denial and the other a claim. */
  stanceDiffers: number;
  /** For a claim × denial pair, the denial link's probability that the denial denies the claim (see `linkProbability`); else 0. */
  denialLink: number;
  /** The shorter side's word count over the longer's. */
  lengthRatio: number;
  /** Quoted words the two share, over the fewer quoted words (0 when either quotes nothing). */
  quotation: number;
  /** 1 when a denial that only points ("dismissed the claims as false") answers the other statement (see `pointedStatement`). */
  pointed: number;
}

/** The features' names, in the order the model keeps its weights. */
export const JOIN_FEATURE_KEYS: readonly (keyof JoinFeatures)[] = [
  'weightedJaccard', 'weightedContainment', 'soft', 'sharedWords', 'names', 'figuresConflict', 'speakerOverlap', 'otherSpeakerSameStance',
  'sameReport', 'stanceDiffers', 'denialLink', 'lengthRatio', 'quotation', 'pointed',
];

/** Inverse document frequency of a word over the statements at hand (`log(1 + n / df)`); unseen words count as rare. */
export type Idf = (word: string) => number;

/** The idf of a word held by `df` of `n` documents, `log(1 + n / df)`; a word of none counts as of one. */
export function idfValue(n: number, df: number): number {
  return Math.log(1 + n / df);
}

/** The idf of every word of `sides`. O(total words). */
export function idfOf(sides: readonly Pick<JoinSide, 'words'>[]): Idf {
  const df = new Map<string, number>();
  for (const s of sides) for (const w of s.words) df.set(w, (df.get(w) ?? 0) + 1);
  const n = Math.max(1, sides.length);
  // Each word's value made once: every candidate pair asks it of its shared words.
  const values = new Map<string, number>();
  for (const [w, d] of df) values.set(w, idfValue(n, d));
  const unseen = idfValue(n, 1);
  return (w) => values.get(w) ?? unseen;
}

/**
 * How many of `a` are in `b`: counted without building the list, over the smaller of the two,
 * as it is asked of every candidate pair (most speakers', names' and quotations' sets are small
 * or empty).
 */
function sharedCount<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

const share = (n: number, d: number): number => (d === 0 ? 0 : n / d);

/** The denial link's probability between a denial and a claim, either way round. */
export function denialLinkOf(a: JoinSide, b: JoinSide, ctx: FeatureContext, counts: JoinCounts | undefined): number {
  const [denial, claim] = a.denied ? [a, b] : [b, a];
  if (!denial.denied || claim.denied || denial.denied.proposition.length === 0) return 0;
  if (counts !== undefined) return counts.link({ denied: denial.denied }, claim);
  return linkProbability(linkFeatures({ ...denial.denied, claim: claim.words }, ctx));
}

/** A value per (key, side), made once: the join decision reads every side in many pairs. */
function perSide<K extends object, V>(make: (key: K, side: Pick<JoinSide, 'words'>) => V): (key: K, side: Pick<JoinSide, 'words'>) => V {
  const memo = new WeakMap<K, WeakMap<Pick<JoinSide, 'words'>, V>>();
  return (key, side) => {
    let sides = memo.get(key);
    if (!sides) memo.set(key, (sides = new WeakMap()));
    let v = sides.get(side);
    if (v === undefined) sides.set(side, (v = make(key, side)));
    return v;
  };
}

/** The summed idf of a side's words, made once per (idf, side): candidate blocking and every pair's features read it. */
export const idfWeight = perSide((idf: Idf, side) => side.words.reduce((s, w) => s + idf(w), 0));
const wordSets = new WeakMap<JoinSide, ReadonlySet<string>>();
const wordSetOf = (side: JoinSide): ReadonlySet<string> => {
  let set = wordSets.get(side);
  if (!set) wordSets.set(side, (set = new Set(side.words)));
  return set;
};
const ownKeysOf = perSide((keysOf: NonNullable<Lexicon['meaningKeys']>, side): MeaningKeys['own'][] => side.words.map((w) => keysOf(w).own));
const keysOfLexicon = new WeakMap<Lexicon, NonNullable<Lexicon['meaningKeys']>>();

/** Words of `a` with a same-meaning word in `b` (`heldIn`), each word's meaning keys looked up once per side. */
function softCount(a: JoinSide, b: JoinSide, lexicon: Lexicon): number {
  if (lexicon.meaningKeys === undefined) return a.words.filter(heldIn(lexicon, b.words)).length;
  let keysOf = keysOfLexicon.get(lexicon);
  if (!keysOf) keysOfLexicon.set(lexicon, (keysOf = lexicon.meaningKeys.bind(lexicon)));
  const own = ownKeysOf(keysOf, a);
  const inB = heldInKeyed(lexicon, keysOf, b.words);
  let n = 0;
  for (let i = 0; i < a.words.length; i++) if (inB(a.words[i] as string, own[i] as MeaningKeys['own'])) n++;
  return n;
}

/**
 * The features of one pair. `pointed` is whether one of the two is a pointing denial answering
 * the other (the caller knows, from the reports). O(w²) lexicon look-ups for w words a side;
 * O(w) array look-ups with `counts` made over both sides (the same features).
 */
export function joinFeatures(a: JoinSide, b: JoinSide, idf: Idf, ctx: FeatureContext, pointed = false, given?: JoinCounts): JoinFeatures {
  const counts = given?.has(a, b) ? given : undefined;
  return featuresWith(a, b, idf, ctx, pointed, counts, () => (counts ? counts.soft(a, b) : softCount(a, b, ctx.lexicon) + softCount(b, a, ctx.lexicon)));
}

/**
 * `joinFeatures` of a pair with `soft` at its floor: only the words both sides hold, each of
 * which has itself in the other. With a lexicon whose every word's own meaning keys include
 * its lemmas (the WordNet lexicon), the true `soft` is never below it: a caller can settle a
 * pair on this alone when the model weighs `soft` up. No lexicon look-up: O(w).
 */
export function joinFeaturesAtSoftFloor(a: JoinSide, b: JoinSide, idf: Idf, ctx: FeatureContext): JoinFeatures {
  return featuresWith(a, b, idf, ctx, false, undefined, (shared) => 2 * shared);
}

/** The features of one pair, `soft` counted by `softOf` (given the words both hold). */
function featuresWith(a: JoinSide, b: JoinSide, idf: Idf, ctx: FeatureContext, pointed: boolean, counts: JoinCounts | undefined, softOf: (shared: number) => number): JoinFeatures {
  const inB = wordSetOf(b);
  let shared = 0;
  let sharedWeight = 0;
  for (const w of a.words) {
    if (!inB.has(w)) continue;
    shared++;
    sharedWeight += idf(w);
  }
  const words = { shared, sharedWeight, wa: idfWeight(idf, a), wb: idfWeight(idf, b), soft: softOf(shared) };
  return featuresOf(a, b, words, pointed, () => denialLinkOf(a, b, ctx, counts));
}

/** What a pair's features count of its words (see `JoinFeatures`): shared words, their idf and each side's, and the `soft` count. */
export interface PairWords {
  shared: number;
  sharedWeight: number;
  wa: number;
  wb: number;
  soft: number;
}

/** The features of a pair from its word counts; `denialLink` is asked only of a claim × denial pair. */
export function featuresOf(a: JoinSide, b: JoinSide, w: PairWords, pointed: boolean, denialLink: () => number): JoinFeatures {
  const speakers = share(sharedCount(a.speaker, b.speaker), Math.min(a.speaker.size, b.speaker.size));
  const stanceDiffers = (a.denied === undefined) !== (b.denied === undefined);
  return {
    weightedJaccard: share(w.sharedWeight, w.wa + w.wb - w.sharedWeight),
    weightedContainment: share(w.sharedWeight, Math.min(w.wa, w.wb)),
    soft: share(w.soft, a.words.length + b.words.length),
    sharedWords: Math.min(w.shared / SHARED_CAP, 1),
    names: share(sharedCount(a.names, b.names), Math.min(a.names.size, b.names.size)),
    figuresConflict: a.figures.length > 0 && b.figures.length > 0 && !a.figures.some((f) => b.figures.includes(f)) ? 1 : 0,
    speakerOverlap: speakers,
    otherSpeakerSameStance: speakers === 0 && !stanceDiffers && a.speaker.size > 0 && b.speaker.size > 0 ? 1 : 0,
    sameReport: a.place.report !== undefined && a.place.report === b.place.report ? 1 : 0,
    stanceDiffers: stanceDiffers ? 1 : 0,
    denialLink: stanceDiffers ? denialLink() : 0,
    lengthRatio: share(Math.min(a.words.length, b.words.length), Math.max(a.words.length, b.words.length)),
    quotation: share(sharedCount(a.quoted, b.quoted), Math.min(a.quoted.size, b.quoted.size)),
    pointed: pointed ? 1 : 0,
  };
}
