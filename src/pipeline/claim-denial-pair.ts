import { deniable, rejectsOutright } from '../compare/stance';
import { denialWords } from '../group/claim-denial';
import { contentPointer, wholeVerdict } from '../group/pointing-denials';
import { claimWords, isLinked, linkFeatures } from '../group/denial-link';
import { contentWords, createFeatureContext, type FeatureContext } from '../group/features';
import { GROUP_DEFAULTS } from '../group/settings';
import { heldIn } from '../lexicon/same-meaning';
import { ADVERBIAL_SUBORDINATORS } from '../lexicon/attribution';
import type { ClaimDiff, Reason, Relation, Segment } from '../schema/diff';
import { namesIn } from './names-in';
import { statesNegated } from '../group/negated-heads';
import { trimmed } from './spans';
import { inConditionClause } from '../text/condition-clause';
import { namesStatementsOnly } from './statements-named';
import { twoPeople } from './person-clash';
import { namesNegatedSubject } from './negated-subject';
import { deniesAnotherTime } from './denied-time';
import { deniesAnotherCircumstance } from './denied-circumstance';

/** What a claim × denial pair is, once the denial is read against the claim. */
export interface ClaimDenialVerdict {
  relation: Relation;
  segments: Segment[];
  /** `stance` when the pair is a contradiction because the denial denies the claim. */
  reasons?: Reason[];
}

/** How claims are read against denials: the grouping's feature context and link cut (`denialThreshold`). */
export interface LinkSettings {
  readonly features: FeatureContext;
  readonly cut: number;
}

/**
 * Reasons of a contradicting segment that say the two sides speak of another figure, date or
 * party: a denial of one ("denied it would reopen in May") is no denial of the other ("it will
 * reopen in June"), and the two may both be true.
 */
const OTHER_THING: ReadonlySet<Reason> = new Set(['number', 'date', 'quantifier', 'entity']);

let builtIn: LinkSettings | undefined;

/** The default feature context and cut, made once when the caller gives none. */
export function defaultLinkSettings(): LinkSettings {
  builtIn ??= { features: createFeatureContext(), cut: GROUP_DEFAULTS.denialThreshold };
  return builtIn;
}

/**
 * Words of the denied proposition the aligned segments must hold, at least (or all it has, when
 * fewer): one word in common ("hope", "agree", "stage") is a topic, not the thing denied.
 */
const MIN_DENIED_WORDS = 2;

/**
 * The words of the denied `proposition` a segment holds on the denial's side, when it joins the
 * two sides (not added or removed), neither side in a condition (see `inConditionClause`) nor
 * told of another person (see `twoPeople`), and the claim's side holds the word or one of the
 * same meaning: what of the denial it aligns with the claim. ("Afghanistan's" aligned with "this
 * report strengthens Pakistan's" by their "'s" aligns no word of the denial.)
 */
function heldWords(s: Segment, claim: string, denial: string, denialSide: 'a' | 'b', proposition: ReadonlySet<string>, ctx: FeatureContext): string[] {
  const span = s[denialSide];
  const other = s[denialSide === 'a' ? 'b' : 'a'];
  if (span === null || other === null || s.label === 'added' || s.label === 'removed') return [];
  // What either side only supposes ("if he got 15 percent in the polls …", "if elected, …") is neither denied nor stated.
  if (inConditionClause(denial, span[0]) || inConditionClause(claim, other[0])) return [];
  // What she denies of herself is not what he is said to have done (see `twoPeople`).
  if (twoPeople(claim, other[0], denial, span[0])) return [];
  const meets = heldIn(ctx.lexicon, contentWords(claim.slice(other[0], other[1]), ctx));
  return contentWords(denial.slice(span[0], span[1]), ctx).filter((w) => proposition.has(w) && meets(w));
}

/**
 * A claim against a denial, `d` the pairwise core's diff of the two in statement offsets, the
 * claim on side `claimSide`. A difference of stance alone is never a contradiction: the pair is
 * a `contradict` with reason `stance` only when the denial denies what the claim states (the
 * fitted link decision, `isLinked`) and the denied content is aligned on both sides: two of its
 * words at least (`MIN_DENIED_WORDS`; all it has when fewer, unless it is a negation of the
 * speaker's own, `negationOnly`: "I hope not" names too little), one of them in the claim's main
 * clause (see `mainClauseEnd`), and more of it than names (see `namesIn`: "the situation
 * in the Varne Strait" and "not worried about accidents in the Varne Strait" share only a place,
 * their story, not what is denied); those aligned segments are then marked `contradict` (reason `stance` added to theirs), so the view shows what is denied.
 * Otherwise the pair keeps the core's relation, except that a core `contradict` read from
 * stance alone (no segment with another reason) becomes `differ`: it is the same stance-only
 * reading. A denial of another figure, date or party than the claim's (`OTHER_THING`) denies
 * something else: the pair differs. `oneSpeaker`: the claim and the denial have one speaker,
 * who does not contradict themselves by stance ("Karvia warned against raids from its soil" and
 * "it lets no group use its soil", both Karvia's): never linked; nor is a claim that negates a
 * view of its speaker's own mind ("she was not surprised by news that the mill closed", see
 * `deniable`), which asserts nothing a denial denies. `points`: the denial only points at this
 * claim ("called the accusation false"): through a pointer at its content (see
 * `contentPointer`), it denies it whole (see `pointedVerdict`).
 */
export function judgeClaimDenial(
  claim: string, denial: string, d: ClaimDiff, claimSide: 'a' | 'b', link: LinkSettings = defaultLinkSettings(), oneSpeaker = false, points = false,
  negationOnly = false,
): ClaimDenialVerdict {
  const unlinkable = !deniable(claim, oneSpeaker, rejectsOutright(denial, claim));
  const pointer = points && !unlinkable ? contentPointer(denial) ?? wholeVerdict(denial) : null;
  if (pointer !== null) return pointedVerdict(claim, denial, claimSide, pointer);
  if (d.segments.some((s) => s.label === 'contradict' && s.reasons.some((r) => OTHER_THING.has(r)))) return { relation: 'differ', segments: d.segments };
  const ctx = link.features;
  const words = denialWords(denial, ctx);
  // A denial that only names statements ("her public statements") is read through its pointer above, never by shared words.
  const linked = !unlinkable && !namesStatementsOnly(denial) && isLinked(linkFeatures({ ...words, claim: claimWords(claim, ctx) }, ctx), link.cut);
  const proposition = new Set(words.proposition);
  const denialSide = claimSide === 'a' ? 'b' : 'a';
  const heldBy = linked ? d.segments.map((s) => heldWords(s, claim, denial, denialSide, proposition, ctx)) : [];
  const denied = heldBy.map((w) => w.length > 0);
  const held = new Set(heldBy.flat());
  // A place or a party both name is their story, not what is denied.
  const names = held.size === 0 ? new Set<string>() : namesIn(denial, ctx);
  // A negation of one's own that names one word ("I hope not") says too little to deny a claim.
  const least = negationOnly ? MIN_DENIED_WORDS : Math.min(MIN_DENIED_WORDS, proposition.size);
  // What a claim states is its main clause: a denial met only in its "because …" is of the reason it gives, not of it.
  const main = mainClauseEnd(claim);
  const inMain = d.segments.some((s, k) => denied[k] && (s[claimSide]?.[0] ?? Number.POSITIVE_INFINITY) < main);
  // A speaker's own negation denies what it negates, not all it names (see `statesNegated`); one of
  // a thing it only points at ("This isn't tax reform") denies no claim by the words they share (see `pointedPredication`),
  // nor one of another thing ("The new timetable was not printed by …": see `namesNegatedSubject`).
  const enough = held.size >= least && [...held].some((w) => !names.has(w)) && inMain && (!negationOnly || (statesNegated(denial, claim, ctx) && !pointedPredication(denial) && namesNegatedSubject(denial, claim, ctx)));
  // A denial of another time than the claim's ("in 2019" where the claim has "in March") denies another occasion: the two differ.
  // … and so does one of another circumstance ("in exchange for a ransom" where the claim has "by the courts").
  if (enough && (deniesAnotherTime(claim, denial, d.segments, claimSide) || deniesAnotherCircumstance(claim, denial, d.segments, claimSide))) return { relation: 'differ', segments: d.segments };
  if (enough) {
    const segments = d.segments.map((s, k): Segment => {
      if (!denied[k] || s.label === 'contradict') return s;
      return { ...s, label: 'contradict', reasons: [...s.reasons.filter((r) => r !== 'identical'), 'stance'] };
    });
    return { relation: 'contradict', segments, reasons: ['stance'] };
  }
  const onlyStance = d.segments.every((s) => s.label !== 'contradict' || s.reasons.every((r) => r === 'stance' || r === 'negation'));
  if (d.relation === 'contradict' && onlyStance) return { relation: 'differ', segments: d.segments };
  return { relation: d.relation, segments: d.segments };
}

/**
 * A denial that only points at the claim ("Norvale called the accusation false", resolved to
 * the claim it answers) denies the whole of it: the claim's content against the pointer ("the
 * accusation") is the `contradict` segment (reason `stance`), the rest of the denial ("false")
 * added. Nothing of the claim is repeated, so the words alone could not align it.
 */
function pointedVerdict(claim: string, denial: string, claimSide: 'a' | 'b', pointer: [number, number]): ClaimDenialVerdict {
  const content = trimmed(claim, 0, claim.length);
  const side = (c: [number, number] | null, x: [number, number] | null): Pick<Segment, 'a' | 'b'> => (claimSide === 'a' ? { a: c, b: x } : { a: x, b: c });
  const segments: Segment[] = [{ label: 'contradict', ...side(content, pointer), reasons: ['stance'] }];
  for (const rest of [trimmed(denial, 0, pointer[0]), trimmed(denial, pointer[1], denial.length)]) {
    if (rest !== null) segments.push({ label: 'added', ...side(null, rest), reasons: [] });
  }
  return { relation: 'contradict', segments, reasons: ['stance'] };
}

/**
 * A negated predication of a bare "this", "that" or "it", one clause and nothing more ("This isn't
 * tax reform", "That was never a plan", "It can't be a tax cut"): what it negates is said of a
 * thing named only before it, in its report, so its words meet no claim's subject. Read through a
 * pointer, if at all, never by shared words. Not a cleft or an extraposed clause ("It was not the
 * army that shelled the town", "It wasn't true that …"), not an event ("It did not rain", "That
 * did not happen"), not a verdict ("That is not correct"), not a text that goes on after it.
 */
const POINTED_PREDICATION = /^[\s"“‘']*(?:this|that|it)(?:\s+(?:is|was)|['’]s)(?:\s+not|n['’]t|\s+never)\s+(?!(?:true|correct|right|so|the case)\b)[^,.;:!?]*[.!?"”’']*\s*$/iu;
const MODAL_PREDICATION = /^[\s"“‘']*(?:this|that|it)\s+(?:(?:can|could|would|will)\s+not|cannot|can['’]t|couldn['’]t|wouldn['’]t|won['’]t)\s+be\s+(?!(?:true|correct|right|so|the case)\b)[^,.;:!?]*[.!?"”’']*\s*$/iu;
const CLAUSE_WORDS = /\b(?:that|who|which|whom|whose|where|when|because|if)\b/iu;

/**
 * A subject that picks among things named before it: "neither of these emails", "none of those
 * documents". What a negation says of them ("Neither of these emails involve the secretary") is
 * said of the few its report named, which another report's "emails" need not be. A bare "these
 * vaccines" or "those responsible" is most often the claim's own subject, and stays.
 */
const POINTED_SUBJECT = /^[\s"“‘']*(?:neither|none|not one|not a single one)\s+of\s+(?:these|those)\s+\p{L}+/iu;

/** Whether a denial is only a negated predication of a thing it points at (see `POINTED_PREDICATION`, `POINTED_SUBJECT`). */
function pointedPredication(denial: string): boolean {
  if (POINTED_SUBJECT.test(denial)) return true;
  if (!POINTED_PREDICATION.test(denial) && !MODAL_PREDICATION.test(denial)) return false;
  // Past its opening "this", "that" or "it", no word may open another clause ("It was not the army that …").
  return !CLAUSE_WORDS.test(denial.replace(/^[\s"“‘']*(?:this|that|it)\b/iu, ''));
}

const ADVERBIAL = new RegExp(`\\s(?:${ADVERBIAL_SUBORDINATORS.join('|')})\\s`, 'iu');
/** "whether": an indirect question asks what follows it, asserting neither it nor its negation. */
const QUESTION = /(?:^|\s)whether\s/iu;

/**
 * Where a claim's main clause ends: at the first adverbial clause after two words or more
 * ("talks with Kabul stalled because the Taliban have not acted against militants": a time,
 * cause or condition of what it states), else at its end. A claim opening with one ("After the
 * vote, …") keeps it whole. An indirect question ends it wherever it opens ("the discussions on
 * whether climate change is happening are over" states nothing of climate change happening; a
 * claim opening with "Whether …" has no main clause a denial could meet).
 */
function mainClauseEnd(claim: string): number {
  const q = QUESTION.exec(claim);
  const m = ADVERBIAL.exec(claim);
  const adverbial = m === null || claim.slice(0, m.index).trim().split(/\s+/).length < 2 ? claim.length : m.index;
  return q === null ? adverbial : Math.min(adverbial, q.index);
}
