import { contentWords, type FeatureContext } from './features';
import { heldIn } from '../lexicon/same-meaning';
import { NEGATION_CUES } from '../lexicon/negation';
import { DISMISSAL_PHRASES, EVIDENCE_NOUNS, TRUTH_WORDS } from '../lexicon/stance';
import { WORD_FORM } from '../text/word-forms';

// "without" negates a phrase ("entered without authorization"), not what the clause states.
const CLAUSE_NEGATIONS: ReadonlySet<string> = new Set(NEGATION_CUES.filter((w) => w !== 'without'));

/** Words after a negation its head may be, at most: "never said I was going to pay". */
const HEAD_REACH = 6;

const COORDINATORS: ReadonlySet<string> = new Set(['or', 'and', 'nor']);

/** Negations that open a noun phrase ("none of the emails", "no official"): what they negate is the predicate after it. */
const QUANTIFIER_NEGATIONS: ReadonlySet<string> = new Set(['none', 'no', 'neither', 'nobody', 'nothing']);
/** Words that end a quantifier's scope: a coordinator, a relative or a subordinating word opens another clause. */
const SCOPE_ENDS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'because', 'if', 'while', 'although']);

/** What ends the stretch a negation's head is looked for in: a clause's or a quotation's punctuation. */
const BREAK = /[,;:.!?()[\]]/;

/**
 * Heads whose negation calls the rest untrue rather than denying one thing: "not true", "no
 * evidence that …", "nothing to do with reality".
 */
const VERDICT_HEADS: readonly string[] = [...TRUTH_WORDS, ...EVIDENCE_NOUNS, ...DISMISSAL_PHRASES.map((p) => p[p.length - 1] as string)];

/** `VERDICT_HEADS` as base forms of a feature context, made once per context. */
const verdictsOf = new WeakMap<FeatureContext, ReadonlySet<string>>();

/** What a text's negations negate. */
export interface Negations {
  /** Negations of a clause the text holds. */
  count: number;
  /** Whether one is a verdict on the whole (see `VERDICT_HEADS`): it denies whatever the text names. */
  verdict: boolean;
  /** The content words (base forms) the others negate. */
  heads: ReadonlySet<string>;
  /** The content words after each negation of a quantifier, up to its clause's end, a joiner or the next negation: the phrase and its predicate ("none of the emails in question originated …": email, question, originate). */
  scope: ReadonlySet<string>;
}

/**
 * The negations of a text and what they negate: for each negation of a clause ("not", "never",
 * "no", "hasn't", "neither"), the first content word after it, within `HEAD_REACH` words and
 * before a comma or a clause's end ("the system hasn't stopped people" → stop; "the Pope has no
 * plans to meet" → plan), and the one coordinated with it ("had not sent or received" → send,
 * receive). A negation with no content word after it ("I hope not", "No, I meant …") names
 * none. O(text length).
 */
export function negationsOf(text: string, ctx: FeatureContext): Negations {
  let verdicts = verdictsOf.get(ctx);
  if (verdicts === undefined) verdictsOf.set(ctx, (verdicts = new Set(VERDICT_HEADS.flatMap((w) => [w, ...contentWords(w, ctx)]))));
  const tokens = [...text.matchAll(new RegExp(WORD_FORM))].map((m) => ({ word: m[0].toLowerCase().replace(/’/g, "'"), at: m.index, end: m.index + m[0].length }));
  const heads = new Set<string>();
  const scope = new Set<string>();
  let count = 0;
  let verdict = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as { word: string };
    if (!CLAUSE_NEGATIONS.has(t.word) && !t.word.endsWith("n't")) continue;
    count++;
    // A quantifier's negation ("none of the emails in question originated …") negates the
    // predicate after the phrase it opens: its scope, up to the clause's end or the next joiner or negation.
    if (QUANTIFIER_NEGATIONS.has(t.word)) {
      for (let j = k + 1; j < tokens.length; j++) {
        const next = tokens[j] as { word: string; at: number };
        if (BREAK.test(text.slice((tokens[j - 1] as { end: number }).end, next.at)) || SCOPE_ENDS.has(next.word) || CLAUSE_NEGATIONS.has(next.word) || next.word.endsWith("n't")) break;
        const w = contentWords(next.word, ctx)[0];
        if (w !== undefined) scope.add(w);
      }
    }
    for (let j = k + 1; j < Math.min(tokens.length, k + 1 + HEAD_REACH); j++) {
      const next = tokens[j] as { word: string; at: number };
      if (BREAK.test(text.slice((tokens[j - 1] as { end: number }).end, next.at))) break;
      const head = contentWords(next.word, ctx)[0];
      if (head === undefined) continue;
      if (verdicts.has(head) || verdicts.has(next.word)) verdict = true;
      else heads.add(head);
      // A negation takes in the heads coordinated with its own: "had not sent or received".
      const joined = tokens[j + 2];
      if (joined !== undefined && COORDINATORS.has((tokens[j + 1] as { word: string }).word) && !BREAK.test(text.slice(next.at, joined.at))) {
        const other = contentWords(joined.word, ctx)[0];
        if (other !== undefined) heads.add(other);
      }
      break;
    }
  }
  return { count, verdict, heads, scope };
}

/**
 * Whether `other` states what the negations of `negating` negate: one of their heads (see
 * `negationsOf`), or a word of the same meaning or a kind of it, is among the content words of
 * `other` and not negated there ("we have not sent a team" → "she sent a team"; "the footage did
 * not show" agrees with "the videos do not show"). A negation denies that, not what else it
 * names: "the current system hasn't stopped people from El Salvador, Guatemala and Honduras from
 * entering" denies no claim that names the people and the countries. A verdict on the whole
 * ("the reports are not true") denies all it names, and so does a text with no negation (its
 * stance is read from elsewhere: the answer "No" to whether the minister would resign): true.
 * When `other` negates a word in the scope of one of its quantifiers' negations, the two agree
 * on it ("emails that didn't originate with her" against "none of the emails … originated with
 * her"): false.
 * One whose negations name no head ("No, I meant he's the founder", "I hope not") states
 * nothing the other could: false.
 */
export function statesNegated(negating: string, other: string, ctx: FeatureContext): boolean {
  const own = negationsOf(negating, ctx);
  if (own.count === 0 || own.verdict) return true;
  const there = negationsOf(other, ctx).heads;
  // Both negate it: "emails that didn't originate with her" says with "none of the emails originated with her".
  if ([...there].some((w) => own.scope.has(w))) return false;
  const words = contentWords(other, ctx).filter((w) => !there.has(w));
  const meets = heldIn(ctx.lexicon, words);
  // A kind of the negated thing is stated too: "never grabbed" is in "never touched" when the lexicon says so.
  return [...own.heads].some((w) => meets(w) || words.some((v) => ctx.lexicon.relate(w, v) === 'hypernym'));
}
