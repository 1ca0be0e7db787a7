import { RELATIVE_PRONOUNS } from '../../lexicon/attribution';
import { negatedAt, opensSubordinate, subordinateAt } from '../negation';
import { cueAt, denialPhraseEnd, isContent, reportObject, SENTENCE_BREAKS, standsApart, verdictOf, type CueKind } from './denial-cues';
import type { RelateContext, Term } from '../terms';

/**
 * Reading the denials in a wording: its clauses, the polarity cues in them (a "not", a deny
 * verb, a word of falsity), and what each denial denies. Split from stance.ts, which decides
 * whether the other wording states what is denied.
 */

/** A run `[lo, hi)` of terms on one side. */
type Range = readonly [number, number];

/** Punctuation that closes a headline clause: "Banksy not arrested: Internet duped by fake report". */
const CLAUSE_BREAKS = new Set([':', ';', ',', '?', '!', '.', '—', '–', '-', '|', '(', ')', '[', ']', '...', '…']);

interface Clause {
  readonly range: Range;
  readonly question: boolean;
}


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
 * Whether a side denies or calls something untrue anywhere outside a question, whether or not
 * its denial names what it denies: "said such reports are not true", "denied the reports",
 * "the figures are fallacious". O(n).
 */
export function dismisses(terms: readonly Term[], ctx: RelateContext): boolean {
  return dismissalCues(terms, ctx).length > 0;
}

/** The cues `dismisses` finds, each with its clause. O(n). */
export function dismissalCues(terms: readonly Term[], ctx: RelateContext): { readonly at: number; readonly clause: Range }[] {
  const out: { at: number; clause: Range }[] = [];
  for (const c of clausesOf(terms)) {
    if (c.question) continue;
    for (let i = c.range[0]; i < c.range[1]; i++) {
      const kind = cueAt(terms, i, c.range, ctx);
      if (kind === 'falsity' || kind === 'deny' || (kind === 'negation' && verdictOf(terms, i, c.range, ctx) !== null)) out.push({ at: i, clause: c.range });
    }
  }
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
    // "The survivors, who are alive, said …": what a relative or adverbial clause says of its
    // own subject is not the headline's verdict on the claim.
    if (cues.length === 0 && !hedged && !opensSubordinate(terms, c.range)) {
      const own = contentIn(terms, c.range, ctx);
      const life = own.find((i) => ctx.words.lifeWords?.has((terms[i] as Term).key) === true);
      if (life !== undefined) out.push({ kind: 'negation', cue: [life, life + 1], proposition: own, focus: life, strict: true });
    }
    // "Raven-Symone Did NOT Accuse Cosby It's A HOAX" (no stop between the two): a word of
    // falsity standing as a verdict of its own after the negation (see standsApart) says what
    // the negation says; the two do not cancel, as they do when the negated verb takes the word
    // ("did not call it a hoax", "is no hoax"). With a comma the verdict is a clause of its own.
    if (falsity && !cues.some((k) => k.kind === 'deny')) {
      const verdict = cues.find((k) => k.kind === 'falsity' && negatedAt(terms, k.i, c.range) === null);
      if (verdict !== undefined && standsApart(terms, verdict.i, c.range, ctx)) {
        const before = cues.filter((k) => k.kind === 'negation' && k.i < verdict.i);
        cues.splice(0, cues.length, ...cues.filter((k) => !before.includes(k)));
      }
    }
    // "Rumours of his death debunked", "Dead rumors not true": a hedge that names the report
    // ("rumour") hedges nothing when the clause then passes a verdict on that report; before
    // it ("hoax rumours swirl") the verdict is what the rumour says.
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
