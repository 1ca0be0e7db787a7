import { RELATIVE_PRONOUNS } from '../lexicon/attribution';
import { BE_FORMS } from '../lexicon/function-words';
import type { DenialPhrase } from '../lexicon/stance';
import { opensSubordinate, subordinateAt } from './clause-position';
import type { RelateContext } from './term-relation';
import type { Term } from './terms';

/**
 * Reading the denials in a wording: its clauses, the polarity cues in them (a "not", a deny
 * verb, a word of falsity), and what each denial denies. Split from stance.ts, which decides
 * whether the other wording states what is denied.
 */

/** A run `[lo, hi)` of terms on one side. */
type Range = readonly [number, number];

const LIE_DETERMINERS = new Set(['a', 'the', 'all', 'big', 'of', 'outright', 'total', 'complete']);
/** Forms of "be" before a passive or progressive verb. */
const BE = new Set([...BE_FORMS, "'s", "'re"]);

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
  const afterBe = BE.has(terms[i - 1]?.key ?? '');
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

/** Punctuation that closes a headline clause: "Banksy not arrested: Internet duped by fake report". */
const CLAUSE_BREAKS = new Set([':', ';', ',', '?', '!', '.', '—', '–', '-', '|', '(', ')', '[', ']', '...', '…']);

interface Clause {
  readonly range: Range;
  readonly question: boolean;
}

/** Marks that end a sentence: a question mark makes every clause since the last one a question. */
const SENTENCE_BREAKS = new Set(['.', '!', '?', ':']);

function clausesOf(terms: readonly Term[]): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let sentence = 0;
  for (let i = 0; i <= terms.length; i++) {
    const t = terms[i];
    if (t !== undefined && !(t.kind === 'punct' && CLAUSE_BREAKS.has(t.key))) continue;
    if (i > start) out.push({ range: [start, i], question: false });
    start = i + 1;
    if (t !== undefined && !SENTENCE_BREAKS.has(t.key)) continue;
    if (t?.key === '?') for (let k = sentence; k < out.length; k++) out[k] = { ...(out[k] as Clause), question: true };
    sentence = out.length;
  }
  return out;
}

type CueKind = 'negation' | 'falsity' | 'deny';

/** What flips the clause's polarity at term `i`, if anything. */
export function cueAt(terms: readonly Term[], i: number, clause: Range, ctx: RelateContext): CueKind | null {
  const t = terms[i] as Term;
  if (t.kind !== 'word') return null;
  const { words, lexicon } = ctx;
  // "without", "nobody", "nothing": they negate a phrase, not the clause's claim.
  // "whether or not", "his sister may rule. Or not.": an "or not" leaves the question open.
  // "Was he there? No he wasn't": a "no" before a pronoun answers, and the "not" after it denies.
  if (t.neg) return words.phraseNegations.has(t.key) || terms[i - 1]?.key === 'or' || (t.key === 'no' && words.answerPronouns?.has(terms[i + 1]?.key ?? '') === true) ? null : 'negation';
  if (madeUp(terms, i, clause)) return 'falsity';
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
  if (BE.has(prev ?? '') && /(?:ed|en)$/.test(t.key) && !terms.slice(clause[0], i).some((t) => words.reportWords.has(t.key))) return null;
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
function reportObject(terms: readonly Term[], i: number, clause: Range, ctx: RelateContext): number | null {
  let k = i + 1;
  while (k < clause[1] && (terms[k] as Term).fn) k++;
  const t = terms[k];
  if (k >= clause[1] || t === undefined || t.kind !== 'word') return null;
  return ctx.words.falsityWords.has(t.key) || ctx.words.claimReports?.has(t.key) === true ? k : null;
}

/** The negation cue that negates the word at `i` across function words only ("is no hoax", "not a fake"). */
function negatedAt(terms: readonly Term[], i: number, clause: Range): number | null {
  for (let k = i - 1; k >= clause[0]; k--) {
    const t = terms[k] as Term;
    if (t.neg) return k;
    if (!t.fn) return null;
  }
  return null;
}

/** Pronouns that open a verdict of its own on what came before: "… It's a hoax", "this is fake". */
const VERDICT_SUBJECTS = new Set(['it', 'this', 'that']);

/**
 * Whether the word of falsity at `i` is a verdict of its own on what precedes it: after "it
 * is" ("… did NOT accuse Cosby It's A HOAX"), or after the noun it is said of as the clause's
 * last word ("… Twitter Account Fake"). Not after a verb of saying or thinking ("does not
 * believe it is fake"): that verb's negation takes the verdict.
 */
function standsApart(terms: readonly Term[], i: number, clause: Range, ctx: RelateContext): boolean {
  for (let k = clause[0] + 1; k < i - 1; k++) {
    if (!VERDICT_SUBJECTS.has((terms[k] as Term).key) || !BE.has((terms[k + 1] as Term).key)) continue;
    const prev = terms[k - 1] as Term;
    const says = ctx.lexicon.lemmas(prev.key).concat(prev.key).some((l) => ctx.words.reportingCertainty?.has(l) === true || ctx.words.assertVerbs?.has(l) === true);
    if (!says && !prev.fn) return true;
  }
  for (let k = i + 1; k < clause[1]; k++) if (isContent(terms[k] as Term, ctx)) return false;
  return i - 1 >= clause[0] && isContent(terms[i - 1] as Term, ctx) && !(terms[i - 1] as Term).fn;
}

/** Words that may stand between "made" and "up" in "made it all up", "made the story up". */
const MADE_UP_REACH = 4;

/**
 * "Made it all up", "story was made up": invented, a verdict of falsity. Not "made up of"
 * (consists of) nor "made up 40 percent" (amounts to).
 */
function madeUp(terms: readonly Term[], i: number, clause: Range): boolean {
  if ((terms[i] as Term).key !== 'made') return false;
  for (let k = i + 1; k < Math.min(clause[1], i + 1 + MADE_UP_REACH); k++) {
    if ((terms[k] as Term).key !== 'up') continue;
    const next = terms[k + 1];
    return !(k + 1 < clause[1] && next !== undefined && (next.key === 'of' || next.kind === 'number'));
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
function verdictOf(terms: readonly Term[], i: number, clause: Range, ctx: RelateContext): number | null {
  let k = i + 1;
  while (k < clause[1] && (terms[k] as Term).fn) k++;
  if (k < clause[1] && ctx.words.evidenceNouns?.has((terms[k] as Term).key) === true) return k;
  if (k >= clause[1] || !ctx.words.truthWords.has((terms[k] as Term).key)) return null;
  for (let j = k + 1; j < clause[1]; j++) if (isContent(terms[j] as Term, ctx)) return null;
  return k;
}

/** Whether a "but" at `i` opens a concession: "… but admits", "… but says he was there". */
function concedes(terms: readonly Term[], i: number, clause: Range, ctx: RelateContext): boolean {
  for (let k = i + 1; k < Math.min(clause[1], i + 4); k++) {
    const t = terms[k] as Term;
    if (t.kind === 'word' && ctx.lexicon.lemmas(t.key).some((l) => ctx.words.concessionVerbs?.has(l) === true)) return true;
  }
  return false;
}

/** "There is no man …", "There was never a panel": a denial that something exists. */
function existential(terms: readonly Term[], clause: Range): boolean {
  return terms[clause[0]]?.key === 'there' && (terms[clause[0] + 1]?.fn ?? false);
}

/** Content a stance is about: not function words, cues, report words or hedges. */
function isContent(t: Term, ctx: RelateContext): boolean {
  if (t.kind === 'punct' || t.fn || t.neg || t.time) return false;
  if (t.kind !== 'word') return true;
  const w = ctx.words;
  return !(w.falsityWords.has(t.key) || w.truthWords.has(t.key) || w.reportWords.has(t.key) || w.hedgeWords.has(t.key) || w.denyVerbs.has(ctx.lexicon.lemmas(t.key)[0] ?? t.key));
}

/**
 * A relative clause describes a noun of the main clause ("a panel that didn't include
 * women"); an adverbial clause ("after he didn't pay", "if it doesn't rain") bears on whether
 * the main clause holds, so its "not" still blocks.
 */
const RELATIVES = new Set(RELATIVE_PRONOUNS);

/**
 * The content a side states plainly, or null when it denies something itself. A "not" inside
 * a subordinate clause ("a panel that didn't include any women") does not make the side a
 * denial, but what that clause says is left out: the other side's denial may be about the
 * main clause only, and the negated clause cannot be read as stated. Any other cue, or a
 * "not" in a main clause, leaves too much to a reading of scope.
 */
export function plainContent(terms: readonly Term[], ctx: RelateContext): { said: number[]; aside: number[] } | null {
  const aside = new Set<number>();
  for (const c of clausesOf(terms)) {
    let from: number | null = null;
    for (let i = c.range[0]; i < c.range[1]; i++) {
      if (from === null && RELATIVES.has((terms[i] as Term).key)) from = i;
      const kind = cueAt(terms, i, [i, terms.length], ctx);
      if (kind === null) continue;
      if (kind !== 'negation' || from === null) return null;
      for (let k = from; k < c.range[1]; k++) aside.add(k);
    }
  }
  const content = contentIn(terms, [0, terms.length], ctx);
  return { said: content.filter((i) => !aside.has(i)), aside: content.filter((i) => aside.has(i)) };
}

/** Whether a word opens a verb phrase: a past form the lexicon reads as another lemma ("founded", "joined", "said"). */
function startsVerbPhrase(t: Term | undefined, ctx: RelateContext): boolean {
  if (t === undefined || t.kind !== 'word' || t.fn || t.name) return false;
  return !t.key.endsWith('s') && ctx.lexicon.lemmas(t.key).some((l) => l !== t.key);
}

/** How a clause denies: a deny verb with its complement, a word of falsity, a plain negation, or a bare verdict ("not true"). */
export type DenialKind = 'deny' | 'falsity' | 'negation' | 'verdict';

interface Denial {
  readonly kind: DenialKind;
  readonly cue: Range;
  /** Terms of the denied proposition. */
  readonly proposition: number[];
  /** The first content term after a plain negation: what it denies ("wasn't [arrested]"). */
  readonly focus: number | undefined;
  /**
   * The focus must be stated on the other side, names or not: "Rehana is alive" denies only
   * a report of her death, not "Rehana was rescued".
   */
  readonly strict?: boolean;
}

export function contentIn(terms: readonly Term[], r: Range, ctx: RelateContext): number[] {
  const out: number[] = [];
  for (let i = r[0]; i < r[1]; i++) if (isContent(terms[i] as Term, ctx)) out.push(i);
  return out;
}

/**
 * The clauses of one side that deny something: an odd number of polarity cues (a "not", a
 * deny verb, a word of falsity), outside a question and without a hedge. A "not" after a
 * subordinator ("an employee who hadn't been to work") belongs to another clause and flips
 * nothing here. What is denied: a deny verb's complement; for a word of falsity ("Banksy
 * arrest hoax: …"), everything the side says; for a plain negation, its clause; and a clause
 * with no content of its own ("Update: not true") is a verdict on the rest of its side.
 */
export function denials(terms: readonly Term[], ctx: RelateContext): Denial[] {
  const clauses = clausesOf(terms);
  const everything = contentIn(terms, [0, terms.length], ctx);
  const out: Denial[] = [];
  for (const c of clauses) {
    if (c.question) continue;
    const cues: { i: number; kind: CueKind }[] = [];
    let hedged = false;
    let named = false;
    let judged = false;
    let denied = false;
    let subordinate = false;
    /** Deny verbs whose object is the report they deny: a word of falsity there agrees with them. */
    const objects = new Set<number>();
    let falsity = false;
    /**
     * Whether a cue flips the clause. A "not" after a subordinator belongs to another clause,
     * and so does the word of falsity it negates ("vows to prove it is no hoax"). A word of
     * falsity flips once however many the clause holds ("hoax story dupes the internet"), and
     * not at all as the object of a deny verb ("debunks the hoax"), whose denial it repeats.
     */
    const countsAsFlip = (i: number, kind: CueKind): boolean => {
      if (kind === 'negation') return !subordinate;
      if (kind !== 'falsity') return true;
      const negated = negatedAt(terms, i, c.range);
      if (negated !== null) return !subordinate;
      if (objects.has(i) || falsity) return false;
      falsity = true;
      return true;
    };
    for (let i = c.range[0]; i < c.range[1]; i++) {
      const key = (terms[i] as Term).key;
      // "That ESPN panel isn't real": a clause that opens with "that" points at a thing.
      if (ctx.words.subordinators.has(key) && !(key === 'that' && i === c.range[0])) subordinate = true;
      const kind = cueAt(terms, i, c.range, ctx);
      if (kind === 'deny') {
        const object = reportObject(terms, i, c.range, ctx);
        if (object !== null) objects.add(object);
      }
      if (kind !== null && countsAsFlip(i, kind)) cues.push({ i, kind });
      if (ctx.words.hedgeWords.has(key)) {
        if (ctx.words.reportWords.has(key)) named = true;
        else hedged = true;
      }
      if (named && (kind === 'falsity' || ctx.words.truthWords.has(key))) judged = true;
      // A deny verb judges the rumour of its clause, before or after it: "lawyer dispels
      // arrest rumours", "arrest rumours denied".
      if (kind === 'deny') denied = true;
    }
    // "Rumours of his death debunked", "Dead rumors not true": a hedge that names the report
    // ("rumour") hedges nothing when the clause then passes a verdict on that report; before
    // it ("hoax rumours swirl") the verdict is what the rumour says.
    // "The survivors, who are alive, said …": what a relative or adverbial clause says of its
    // own subject is not the headline's verdict on the claim.
    if (cues.length === 0 && !hedged && !opensSubordinate(terms, c.range)) {
      const own = contentIn(terms, c.range, ctx);
      const life = own.find((i) => ctx.words.lifeWords?.has((terms[i] as Term).key) === true);
      if (life !== undefined) out.push({ kind: 'negation', cue: [life, life + 1], proposition: own, focus: life, strict: true });
    }
    // "Raven-Symone did NOT accuse Cosby, it's a HOAX": a word of falsity standing as a verdict
    // of its own after the negation says what the negation says; the two do not cancel, as
    // they do when the negated verb takes the word ("did not call it a hoax", "is no hoax").
    if (falsity && !cues.some((k) => k.kind === 'deny')) {
      const verdict = cues.find((k) => k.kind === 'falsity' && negatedAt(terms, k.i, c.range) === null);
      if (verdict !== undefined && standsApart(terms, verdict.i, c.range, ctx)) {
        const before = cues.filter((k) => k.kind === 'negation' && k.i < verdict.i);
        cues.splice(0, cues.length, ...cues.filter((k) => !before.includes(k)));
      }
    }
    if (hedged || (named && !judged && !denied) || cues.length % 2 === 0) continue;
    const first = cues[0] as { i: number; kind: CueKind };
    const last = cues[cues.length - 1] as { i: number; kind: CueKind };
    const own = contentIn(terms, c.range, ctx);
    const deny = cues.find((k) => k.kind === 'deny');
    const after = deny === undefined ? 0 : (denialPhraseEnd(terms, deny.i, c.range, ctx) ?? deny.i + 1);
    // The cue spans a whole phrase ("drops out of"), not its verb alone.
    const cue: Range = [first.i, Math.max(last.i + 1, after)];
    const negation = cues.find((k) => k.kind === 'negation');
    const rest = (): number[] => clauses.filter((o) => o !== c).flatMap((o) => contentIn(terms, o.range, ctx));
    // "denies X but admits Y": a concession takes back part of the denial, which no longer
    // says the claim is false; a plain "but" only ends what is denied ("denies X but …").
    const but = deny === undefined ? -1 : terms.findIndex((t, i) => i > deny.i && i < c.range[1] && t.key === 'but');
    if (but >= 0 && concedes(terms, but, c.range, ctx)) continue;
    // "dropped out of college and founded a company": what follows "and" and a verb is another
    // act, not part of what is denied or withdrawn from.
    const and = deny === undefined ? -1 : terms.findIndex((t, i) => i > after && i < c.range[1] && t.key === 'and' && startsVerbPhrase(terms[i + 1], ctx));
    const complement = deny === undefined ? [] : own.filter((i) => i >= after && (but < 0 || i < but) && (and < 0 || i < and));
    // "The minister, who denied the report, resigned", "resigned after denying the reports":
    // a denial of a report, inside a relative or adverbial clause, says nothing of the rest.
    const aside = opensSubordinate(terms, c.range) || (deny !== undefined && subordinateAt(terms, c.range, deny.i));
    if (own.length === 0 || (deny !== undefined && complement.length === 0)) {
      if (aside) continue;
    }
    if (own.length === 0) {
      const others = rest();
      if (others.length > 0) out.push({ kind: 'verdict', cue: c.range, proposition: others, focus: undefined });
    } else if (deny !== undefined && complement.length > 0) {
      out.push({ kind: 'deny', cue, proposition: complement, focus: undefined });
    } else if (deny !== undefined) {
      // "Ebola turkeys? USDA debunks the hoax": a deny verb whose only object is the report
      // denies what the other clauses say, not its subject; with no other clause the report
      // is its own clause ("Priest's claim dismissed as hoax").
      const others = rest();
      out.push({ kind: 'deny', cue, proposition: others.length > 0 ? others : own, focus: undefined });
    } else if (cues.some((k) => k.kind === 'falsity')) {
      out.push({ kind: 'falsity', cue, proposition: everything, focus: undefined });
    } else if (negation !== undefined && verdictOf(terms, negation.i, c.range, ctx) !== null) {
      const word = verdictOf(terms, negation.i, c.range, ctx) as number;
      const verdictCue: Range = [cue[0], Math.max(cue[1], word + 1)];
      // "No evidence the painter was arrested": what there is no evidence of is denied.
      // "That all-male panel is not real": a negated word of truth calls the headline false,
      // like a word of falsity, whatever else the headline says of the thing.
      if (ctx.words.evidenceNouns?.has((terms[word] as Term).key) === true) out.push({ kind: 'deny', cue: verdictCue, proposition: own.filter((i) => i > word), focus: undefined });
      else out.push({ kind: 'falsity', cue: verdictCue, proposition: everything, focus: undefined });
    } else if (negation !== undefined && !existential(terms, c.range)) {
      out.push({ kind: 'negation', cue, proposition: own, focus: own.find((i) => i > negation.i) });
    }
  }
  return out;
}
