import { VERDICT_SUBJECTS, type DenialPhrase } from '../../lexicon/stance';
import { formIn, type RelateContext, type Term } from '../terms';
import { LIE_LEADS } from '../../lexicon/determiners';

/**
 * The polarity cues of a clause, word by word: a "not", a deny verb or phrase ("denies",
 * "rules out"), a word of falsity ("hoax", "made it all up"), and what a cue takes (the report
 * a deny verb denies, the word a negation negates). denials.ts reads a whole wording with them.
 */

/** A run `[lo, hi)` of terms on one side. */
type Range = readonly [number, number];

/**
 * Marks that end a headline's sentence (its colon too: "Banksy not arrested: …"); in denials.ts
 * a question mark makes every clause since the last one a question.
 */
export const SENTENCE_BREAKS: ReadonlySet<string> = new Set(['.', '!', '?', ':']);

const LIE_DETERMINERS = new Set(LIE_LEADS);
/** A form of "be" (the word lists' `beForms`, or a contracted "'s", "'re" left as a word). */
function isBe(key: string | undefined, ctx: RelateContext): boolean {
  return key !== undefined && (ctx.words.beForms?.has(key) === true || key === "'s" || key === "'re");
}

/**
 * The word lists' denial phrases by verb, built once per list rather than per word read
 * (`cueAt` asks at every word of every clause). Keyed by the list, not the WordLists value,
 * so lists spread from the defaults (`{ ...defaultWordLists(), … }`) share one index.
 */
const phrasesByList = new WeakMap<readonly DenialPhrase[], ReadonlyMap<string, readonly DenialPhrase[]>>();
const NO_PHRASES: ReadonlyMap<string, readonly DenialPhrase[]> = new Map();

function phrasesByVerb(ctx: RelateContext): ReadonlyMap<string, readonly DenialPhrase[]> {
  const list = ctx.words.denialPhrases;
  if (list === undefined) return NO_PHRASES;
  const cached = phrasesByList.get(list);
  if (cached !== undefined) return cached;
  const byVerb = new Map<string, DenialPhrase[]>();
  for (const p of list) byVerb.set(p.verb, [...(byVerb.get(p.verb) ?? []), p]);
  phrasesByList.set(list, byVerb);
  return byVerb;
}

/** How far past a figurative denial ("shoots down …") its report may stand. */
const REPORT_REACH = 5;

/**
 * The end (exclusive) of a denial phrase starting at `i` ("rules out", "drops out of", "pours
 * cold water on"), or null. The longest phrase wins, so its words are not read as the complement.
 */
export function denialPhraseEnd(terms: readonly Term[], i: number, clause: Range, ctx: RelateContext): number | null {
  const t = terms[i] as Term;
  if (t.kind !== 'word') return null;
  const afterBe = isBe(terms[i - 1]?.key, ctx);
  const phrases = phrasesByVerb(ctx);
  let best: number | null = null;
  for (const lemma of ctx.lexicon.lemmas(t.key)) {
    for (const p of phrases.get(lemma) ?? []) {
      const end = i + 1 + p.then.length;
      if (end > clause[1] || !p.then.every((w, k) => (terms[i + 1 + k] as Term).key === w)) continue;
      if (p.withdrawal === true && afterBe) continue;
      if (p.report === true && !terms.slice(end, Math.min(clause[1], end + REPORT_REACH)).some((x) => ctx.words.reportWords.has(x.key))) continue;
      if (best === null || end > best) best = end;
    }
  }
  return best;
}

export type CueKind = 'negation' | 'falsity' | 'deny';

/** What flips the clause's polarity at term `i`, if anything. */
export function cueAt(terms: readonly Term[], i: number, clause: Range, ctx: RelateContext): CueKind | null {
  const t = terms[i] as Term;
  if (t.kind !== 'word') return null;
  const { words, lexicon } = ctx;
  // "without", "nobody", "nothing": they negate a phrase, not the clause's claim.
  // "whether or not", "his sister may rule. Or not.": an "or not" leaves the question open.
  // "Was he there? No he wasn't": a "no" before a pronoun answers, and the "not" after it denies.
  if (t.neg) return words.phraseNegations.has(t.key) || terms[i - 1]?.key === 'or' || (t.key === 'no' && words.answerPronouns?.has(terms[i + 1]?.key ?? '') === true) ? null : 'negation';
  if (madeUp(terms, i, clause, ctx)) return 'falsity';
  // "Two boobs and a lie", "it's all lies": a lie after a determiner is a verdict; the verb
  // ("lies in state", "lie low") is not.
  if ((t.key === 'lie' || t.key === 'lies') && LIE_DETERMINERS.has(terms[i - 1]?.key ?? '')) return 'falsity';
  if (words.falsityWords.has(t.key)) return attributive(terms, i, clause, ctx) ? null : 'falsity';
  const lemma = lexicon.lemmas(t.key).find((l) => words.denyVerbs.has(l));
  if (lemma === undefined) {
    const end = denialPhraseEnd(terms, i, clause, ctx);
    if (end === null) return null;
    // "Nobody doubts there will be a deal": a negated denial affirms, whatever the negation's word.
    for (let k = clause[0]; k < i; k++) if ((terms[k] as Term).neg) return null;
    for (let k = end; k < clause[1]; k++) if (isContent(terms[k] as Term, ctx)) return 'deny';
    return null;
  }
  // "refuses to confirm or deny" leaves the question open.
  const prev = terms[i - 1]?.key;
  if (prev === 'or' || prev === 'nor') return null;
  // "No one denied that the vote was close": a denial under a negated subject affirms.
  for (let k = clause[0]; k < i; k++) if ((terms[k] as Term).neg) return null;
  // "He was denied bail": a passive deny verb with no report before it is another's refusal.
  if (isBe(prev, ctx) && /(?:ed|en)$/.test(t.key) && !terms.slice(clause[0], i).some((t) => words.reportWords.has(t.key))) return null;
  // "a contest", "counters": a bare or -s form of a noun-like verb is read as the noun.
  if (words.nounLikeVerbs.has(lemma) && (t.key === lemma || t.key === `${lemma}s`) && lemma !== 'deny' && lemma !== 'reject') return null;
  // "The court dismissed the lawsuit": some deny verbs deny only a claim named as such, or
  // something dismissed "as" false.
  if (words.claimOnlyDenyVerbs?.has(lemma) === true && reportObject(terms, i, clause, ctx) === null && terms[i + 1]?.key !== 'as' && terms[i + 2]?.key !== 'as') return null;
  // "CPWD official dismissed": a deny verb denies only a complement that follows it; "USDA
  // debunks the hoax", "police deny reports" deny the report the rest of the headline gives.
  for (let k = i + 1; k < clause[1]; k++) if (isContent(terms[k] as Term, ctx) || reportObject(terms, i, clause, ctx) !== null) return 'deny';
  return null;
}

/**
 * The index of the report or deception noun a deny verb at `i` takes as its object ("debunks
 * the hoax", "denies reports"), past function words only; null when the object is anything else.
 */
export function reportObject(terms: readonly Term[], i: number, clause: Range, ctx: RelateContext): number | null {
  let k = i + 1;
  while (k < clause[1] && (terms[k] as Term).fn) k++;
  const t = terms[k];
  if (k >= clause[1] || t === undefined || t.kind !== 'word') return null;
  return ctx.words.falsityWords.has(t.key) || ctx.words.claimReports?.has(t.key) === true ? k : null;
}

const VERDICT_PRONOUNS = new Set(VERDICT_SUBJECTS);

/**
 * Whether the word of falsity at `i` is a verdict of its own on what precedes it: after a
 * capitalised "It is", a headline's next sentence run on without a stop ("… did NOT accuse
 * Cosby It's A HOAX"), or after the noun it is said of as the clause's last word ("… Twitter
 * Account Fake"). Not after a verb of saying, knowing or perceiving ("does not believe It Is
 * Fake", "did not notice it was fake"): that verb's negation takes the clause.
 */
export function standsApart(terms: readonly Term[], i: number, clause: Range, ctx: RelateContext): boolean {
  const { reportingCertainty, assertVerbs, knowingVerbs } = ctx.words;
  for (let k = clause[0] + 1; k < i - 1; k++) {
    const pronoun = terms[k] as Term;
    if (!VERDICT_PRONOUNS.has(pronoun.key) || !/^\p{Lu}/u.test(pronoun.text) || !isBe(terms[k + 1]?.key, ctx)) continue;
    const prev = terms[k - 1] as Term;
    const takesClause = formIn(prev, ctx, reportingCertainty, assertVerbs, knowingVerbs);
    if (!takesClause && !prev.fn) return true;
  }
  for (let k = i + 1; k < clause[1]; k++) if (isContent(terms[k] as Term, ctx)) return false;
  // "… Twitter Account Fake", "… Reports Untrue": said of the noun before it.
  const prev = terms[i - 1];
  if (i - 1 < clause[0] || prev === undefined || prev.fn) return false;
  return isContent(prev, ctx) || (ctx.words.reportWords.has(prev.key) && !saying(prev, ctx));
}

/**
 * Whether `t` is a verb of saying ("said", "says"), which REPORT_WORDS also hold; "reports",
 * "claims" are read as the nouns (CLAIM_REPORTS) a headline uses them as.
 */
export function saying(t: Term, ctx: RelateContext): boolean {
  if (ctx.words.claimReports?.has(t.key) === true) return false;
  return formIn(t, ctx, ctx.words.reportingCertainty);
}

/** Words that may stand between "made" and "up" in "made it all up", "made the story up". */
const MADE_UP_REACH = 4;

/**
 * "Made it all up", "story was made up": invented, a verdict of falsity. Not "made up of"
 * (consists of) nor "made up 40 percent", "made up most of" (amounts to).
 */
function madeUp(terms: readonly Term[], i: number, clause: Range, ctx: RelateContext): boolean {
  if ((terms[i] as Term).key !== 'made') return false;
  for (let k = i + 1; k < Math.min(clause[1], i + 1 + MADE_UP_REACH); k++) {
    if ((terms[k] as Term).key !== 'up') continue;
    const next = terms[k + 1];
    if (k + 1 >= clause[1] || next === undefined) return true;
    // "made up most of", "made up half the council", "made up the bulk of", "a third of": a share.
    const share = (t: Term | undefined): boolean => t !== undefined && (t.kind === 'number' || ctx.words.shareNouns?.has(t.key) === true || ctx.words.positiveQuantifiers.has(t.key));
    return !(next.key === 'of' || share(next) || (next.fn && share(terms[k + 2])));
  }
  return false;
}

/**
 * "a fake nose", "false teeth": a word of falsity before a noun describes the thing, unless
 * the phrase names a report ("fake report", "Fake Lisa Bonet Tweet", "false rumours"), or
 * the word follows a noun whose compound it heads.
 */
function attributive(terms: readonly Term[], i: number, clause: Range, ctx: RelateContext): boolean {
  // "Hoax Banksy arrest story", "hoax priest": a noun that names a deception says the thing it
  // stands before was made up; only adjectives ("fake nose", "false teeth") describe an object.
  if (ctx.words.deceptionNouns?.has((terms[i] as Term).key) === true) return false;
  // After a noun it heads the compound: "another death hoax circulates", "Twitter account fake".
  const prev = terms[i - 1];
  if (prev !== undefined && i - 1 >= clause[0] && isContent(prev, ctx)) return false;
  const next = terms[i + 1];
  if (next === undefined || i + 1 >= clause[1] || !isContent(next, ctx) && !ctx.words.reportWords.has(next.key)) return false;
  for (let k = i + 1; k < Math.min(clause[1], i + 5); k++) if (ctx.words.reportWords.has((terms[k] as Term).key)) return false;
  return true;
}

/**
 * The word of truth a negation at `i` negates as the clause's last word of content ("isn't
 * real", "is not true"), or null: "not so fast" and "not really sure" judge something else.
 * A negated word of evidence ("no proof that …") is a verdict wherever it stands.
 */
export function verdictOf(terms: readonly Term[], i: number, clause: Range, ctx: RelateContext): number | null {
  let k = i + 1;
  while (k < clause[1] && (terms[k] as Term).fn) k++;
  if (k < clause[1] && ctx.words.evidenceNouns?.has((terms[k] as Term).key) === true) return k;
  if (k >= clause[1] || !ctx.words.truthWords.has((terms[k] as Term).key)) return null;
  for (let j = k + 1; j < clause[1]; j++) if (isContent(terms[j] as Term, ctx)) return null;
  return k;
}

/** Content a stance is about: not function words, cues, report words or hedges. */
export function isContent(t: Term, ctx: RelateContext): boolean {
  if (t.kind === 'punct' || t.fn || t.neg || t.time) return false;
  if (t.kind !== 'word') return true;
  const w = ctx.words;
  return !(w.falsityWords.has(t.key) || w.truthWords.has(t.key) || w.reportWords.has(t.key) || w.hedgeWords.has(t.key) || w.denyVerbs.has(ctx.lexicon.lemmas(t.key)[0] ?? t.key));
}
