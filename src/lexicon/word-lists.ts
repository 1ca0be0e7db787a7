import type { DenialPhrase } from './stance';

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
  /** Quantifiers of the whole ("all", "nothing"), against those of a part ("some", "few"): see UNIVERSAL_QUANTIFIERS. Absent: none, so no quantifier says more than another. */
  readonly universalQuantifiers?: ReadonlySet<string>;
  /** Quantifiers that a negation before them leaves whole ("not any"): see NEGATIVE_POLARITY_QUANTIFIERS. Absent: none. */
  readonly negativePolarityQuantifiers?: ReadonlySet<string>;
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
  /** Verb phrases, lemma and next word, that say a negation ("keep quiet", "stay closed"): see NEGATIVE_PHRASES. Absent: none. */
  readonly negativePhrases?: ReadonlySet<string>;
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
  /** What a dismissal points to instead of repeating it ("that", "the report"): see DISMISSED_POINTERS, CLAIM_REPORTS. Absent: none. */
  readonly dismissedPointers?: ReadonlySet<string>;
  /** Predicates by which a speaker calls what they answer untrue ("are lies", "is nonsense"): see DISMISSAL_PREDICATES. Absent: none. */
  readonly dismissalPredicates?: ReadonlySet<string>;
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
  /** Abbreviations of "number" before a numeral ("No 10" ~ "Number 10"): see NUMBER_ABBREVIATIONS. Absent: none. */
  readonly numberAbbreviations?: ReadonlySet<string>;
}
