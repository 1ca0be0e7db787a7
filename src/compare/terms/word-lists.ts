import { CONTRACTIONS } from '../../lexicon/contractions';
import { TIME_WORDS } from '../../lexicon/dates';
import { BE_FORMS, FUNCTION_WORDS } from '../../lexicon/function-words';
import { CERTAIN_MODALS, POSSIBLE_MODALS } from '../../lexicon/modals';
import { ADJECTIVAL_NEGATIVES, IMPLICIT_NEGATIVES, NEGATED_PAIRS, NEGATION_CUES, NEGATION_PHRASES, LINKING_VERBS, OBJECT_NEGATIVES, PHRASE_NEGATIONS } from '../../lexicon/negation';
import { ENTITY_ALIASES, REFERRING_NOUNS } from '../../lexicon/aliases';
import { SYMMETRIC_VERBS } from '../../lexicon/roles';
import { SUBORDINATORS } from '../../lexicon/attribution';
import { ASSERT_VERBS, DENY_VERBS, DISTANCING_VERBS, KNOWING_VERBS, NEUTRAL_REPORTING_VERBS, NOUN_LIKE_VERBS, VOUCHING_VERBS } from '../../lexicon/reporting-verbs';
import { FIRST_PERSON_PRONOUNS, GROUP_PRONOUNS, PERSON_PRONOUNS } from '../../lexicon/pronouns';
import {
  CLAIM_ONLY_DENY_VERBS, CLAIM_REPORTS, CONCESSION_VERBS, DEATH_WORDS, DEPARTURE_VERBS, DECEPTION_NOUNS, DENIAL_PHRASES, EVIDENCE_NOUNS, FALSITY_WORDS,
  HEDGE_WORDS, LIFE_WORDS, REPORT_WORDS, TRUTH_NOUNS, TRUTH_WORDS, type DenialPhrase,
} from '../../lexicon/stance';
import { INDEFINITE_DETERMINERS, NEGATIVE_QUANTIFIERS, POSITIVE_QUANTIFIERS, QUANTIFIER_PHRASES, SHARE_NOUNS } from '../../lexicon/quantifiers';

/**
 * The word lists comparison reads, as one injectable value (a hook in the options), so a
 * caller can adapt them to a house style or another register without a global registry.
 */
export interface WordLists {
  readonly functionWords: ReadonlySet<string>;
  readonly negationCues: ReadonlySet<string>;
  /** Each word maps to its negated counterpart, both ways ("with" ↔ "without"). */
  readonly negatedPairs: ReadonlyMap<string, string>;
  readonly contractions: Readonly<Record<string, readonly string[]>>;
  readonly positiveQuantifiers: ReadonlySet<string>;
  readonly negativeQuantifiers: ReadonlySet<string>;
  readonly certainModals: ReadonlySet<string>;
  readonly possibleModals: ReadonlySet<string>;
  /** Determiners that open an indefinite noun phrase ("a", "some"): see INDEFINITE_DETERMINERS. */
  readonly indefiniteDeterminers: ReadonlySet<string>;
  /** Two-word phrases read as one word ("no one" → nobody): see QUANTIFIER_PHRASES, NEGATION_PHRASES. */
  readonly phrases: Readonly<Record<string, string>>;
  /** Words that date a statement from its telling ("yesterday"): see TIME_WORDS. */
  readonly timeWords: ReadonlySet<string>;
  /** Lemmas of verbs that deny their complement ("denies that …"): see DENY_VERBS. */
  readonly denyVerbs: ReadonlySet<string>;
  /** Deny verbs that are nouns in their bare or -s form ("a contest"): see NOUN_LIKE_VERBS. */
  readonly nounLikeVerbs: ReadonlySet<string>;
  /** Words that call the reported content untrue ("hoax", "fake"): see FALSITY_WORDS. */
  readonly falsityWords: ReadonlySet<string>;
  /** Words whose negation is a verdict of falsity ("not true"): see TRUTH_WORDS. */
  readonly truthWords: ReadonlySet<string>;
  /**
   * Nouns that judge the truth of the clause after them in "it is … that" ("it is not the case
   * that …"): see TRUTH_NOUNS. Absent: none; truth words and words of falsity still judge.
   */
  readonly truthNouns?: ReadonlySet<string>;
  /** Words that frame content as a report ("claims", "rumour"): see REPORT_WORDS. */
  readonly reportWords: ReadonlySet<string>;
  /** Words that report without vouching ("reportedly", "may"): see HEDGE_WORDS. */
  readonly hedgeWords: ReadonlySet<string>;
  /** Words after which a negation belongs to a subordinate clause: see SUBORDINATORS. */
  readonly subordinators: ReadonlySet<string>;
  /** Negation cues that deny a phrase, not a clause ("without", "nobody"): see PHRASE_NEGATIONS. */
  readonly phraseNegations: ReadonlySet<string>;
  /** Verbs with a negation in their meaning ("skip", "fail"): see IMPLICIT_NEGATIVES. */
  readonly implicitNegatives: ReadonlySet<string>;
  /** Names of one entity, each mapped to its group's number ("pentagon" → n ← "defense department"): see ENTITY_ALIASES. */
  readonly aliases?: ReadonlyMap<string, number>;
  /** Forms of those verbs read as adjectives ("missing students"): see ADJECTIVAL_NEGATIVES. */
  readonly adjectivalNegatives?: ReadonlySet<string>;
  /** Nouns naming a share of a whole ("the bulk of"), after which "made up" amounts to: see SHARE_NOUNS. Absent: none. */
  readonly shareNouns?: ReadonlySet<string>;
  /** Verbs (lemmas) beside "be" that take an adjectival negative ("went missing"): see LINKING_VERBS. Absent: none. */
  readonly linkingVerbs?: ReadonlySet<string>;
  /** Implicit negatives whose object is what did not happen ("missed the vote"): see OBJECT_NEGATIVES. Absent: none. */
  readonly objectNegatives?: ReadonlySet<string>;
  /**
   * Forms of "be", after which those adjectives say their negation ("was absent from"): see
   * BE_FORMS. Absent: none, so an adjectival form never says a negation.
   */
  readonly beForms?: ReadonlySet<string>;
  /**
   * Reporting verbs (lemmas) by how far they vouch for their content: 1 confirm, 0 say,
   * -1 claim. See VOUCHING_VERBS, NEUTRAL_REPORTING_VERBS, DISTANCING_VERBS.
   */
  readonly reportingCertainty?: ReadonlyMap<string, number>;
  /** Nouns that, after "the", refer back to a named body ("the group"): see REFERRING_NOUNS. */
  readonly referringNouns?: ReadonlySet<string>;
  /**
   * Reporting verbs (lemmas) the verdict reads as an attribution frame ("…, he said"): see
   * ASSERT_VERBS. Optional like the lists below; absent: none, so an unmatched "said" weighs
   * as any other unmatched word.
   */
  readonly assertVerbs?: ReadonlySet<string>;
  // The stance lists below are optional so that WordLists values built before them still
  // type-check; an absent one reads as empty, which turns its rule off.
  /** Words of falsity that name a deception, so still deny before a noun ("hoax priest"): see DECEPTION_NOUNS. Absent: none. */
  readonly deceptionNouns?: ReadonlySet<string>;
  /** Deny verbs that deny only a claim named as such ("dismiss"); absent: none. See CLAIM_ONLY_DENY_VERBS. */
  readonly claimOnlyDenyVerbs?: ReadonlySet<string>;
  /** Verbs whose participants may trade places ("meet"); absent: none. See SYMMETRIC_VERBS. */
  readonly symmetricVerbs?: ReadonlySet<string>;
  /** Nouns whose negation denies the rest of the clause ("no evidence …"): see EVIDENCE_NOUNS. Absent: none. */
  readonly evidenceNouns?: ReadonlySet<string>;
  /** Nouns that name a claim, the object a deny verb may take alone ("denies the reports"): see CLAIM_REPORTS. Absent: none. */
  readonly claimReports?: ReadonlySet<string>;
  /** Verbs (lemmas) that, after a "but", take back part of a denial ("… but admits"): see CONCESSION_VERBS. Absent: none. */
  readonly concessionVerbs?: ReadonlySet<string>;
  /** Verbs (lemmas) of knowing and perceiving that take a clause ("did not suspect it was a hoax"): see KNOWING_VERBS. Absent: none. */
  readonly knowingVerbs?: ReadonlySet<string>;
  /** Verbs (lemmas) of leaving that a withdrawal restates ("will leave" ~ "quits"): see DEPARTURE_VERBS. Absent: none. */
  readonly departureVerbs?: ReadonlySet<string>;
  /** Verb phrases that deny or withdraw what follows ("rules out", "drops out of"): see DENIAL_PHRASES. Absent: none. */
  readonly denialPhrases?: readonly DenialPhrase[];
  /** Words that report someone alive, a denial of a report of their death: see LIFE_WORDS. Absent: none. */
  readonly lifeWords?: ReadonlySet<string>;
  /** Words (lemmas and forms) of the deaths a life word denies ("killed"): see DEATH_WORDS. Absent: none. */
  readonly deathWords?: ReadonlySet<string>;
  /**
   * Subject pronouns before which a "no" answers a question rather than negates ("Was he
   * there? No he wasn't"): see PERSON_PRONOUNS, GROUP_PRONOUNS, FIRST_PERSON_PRONOUNS.
   * Absent: none, so every such "no" negates.
   */
  readonly answerPronouns?: ReadonlySet<string>;
}

/** The built-in English word lists from `src/lexicon/`. */
export function defaultWordLists(): WordLists {
  const negatedPairs = new Map<string, string>();
  for (const [x, y] of NEGATED_PAIRS) {
    negatedPairs.set(x, y);
    negatedPairs.set(y, x);
  }
  return {
    functionWords: new Set(FUNCTION_WORDS),
    negationCues: new Set(NEGATION_CUES),
    negatedPairs,
    contractions: CONTRACTIONS,
    positiveQuantifiers: new Set(POSITIVE_QUANTIFIERS),
    negativeQuantifiers: new Set(NEGATIVE_QUANTIFIERS),
    certainModals: new Set(CERTAIN_MODALS),
    possibleModals: new Set(POSSIBLE_MODALS),
    indefiniteDeterminers: new Set(INDEFINITE_DETERMINERS),
    phrases: { ...QUANTIFIER_PHRASES, ...NEGATION_PHRASES },
    timeWords: new Set(TIME_WORDS),
    denyVerbs: new Set(DENY_VERBS),
    nounLikeVerbs: new Set(NOUN_LIKE_VERBS),
    falsityWords: new Set(FALSITY_WORDS),
    truthWords: new Set(TRUTH_WORDS),
    truthNouns: new Set(TRUTH_NOUNS),
    reportWords: new Set(REPORT_WORDS),
    hedgeWords: new Set(HEDGE_WORDS),
    subordinators: new Set(SUBORDINATORS),
    phraseNegations: new Set(PHRASE_NEGATIONS),
    implicitNegatives: new Set(IMPLICIT_NEGATIVES),
    adjectivalNegatives: new Set(ADJECTIVAL_NEGATIVES),
    objectNegatives: new Set(OBJECT_NEGATIVES),
    linkingVerbs: new Set(LINKING_VERBS),
    shareNouns: new Set(SHARE_NOUNS),
    beForms: new Set(BE_FORMS),
    referringNouns: new Set(REFERRING_NOUNS),
    reportingCertainty: new Map([
      ...VOUCHING_VERBS.map((v) => [v, 1] as const),
      ...NEUTRAL_REPORTING_VERBS.map((v) => [v, 0] as const),
      ...DISTANCING_VERBS.map((v) => [v, -1] as const),
    ]),
    assertVerbs: new Set(ASSERT_VERBS),
    deceptionNouns: new Set(DECEPTION_NOUNS),
    claimOnlyDenyVerbs: new Set(CLAIM_ONLY_DENY_VERBS),
    symmetricVerbs: new Set(SYMMETRIC_VERBS),
    evidenceNouns: new Set(EVIDENCE_NOUNS),
    claimReports: new Set(CLAIM_REPORTS),
    concessionVerbs: new Set(CONCESSION_VERBS),
    departureVerbs: new Set(DEPARTURE_VERBS),
    knowingVerbs: new Set(KNOWING_VERBS),
    denialPhrases: DENIAL_PHRASES,
    lifeWords: new Set(LIFE_WORDS),
    deathWords: new Set(DEATH_WORDS),
    // "You" is no speaker the pronoun lists resolve, but "No you didn't" answers all the same.
    answerPronouns: new Set([...PERSON_PRONOUNS, ...GROUP_PRONOUNS, ...FIRST_PERSON_PRONOUNS, 'you']),
    aliases: new Map(ENTITY_ALIASES.flatMap((names, group) => names.map((name) => [name, group] as const))),
  };
}
