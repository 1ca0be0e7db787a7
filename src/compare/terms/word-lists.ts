import { NUMBER_ABBREVIATIONS } from '../../lexicon/abbreviations';
import { CONTRACTIONS } from '../../lexicon/contractions';
import { TIME_WORDS } from '../../lexicon/dates';
import { BE_FORMS, FUNCTION_WORDS } from '../../lexicon/function-words';
import { CERTAIN_MODALS, POSSIBLE_MODALS } from '../../lexicon/modals';
import { ADJECTIVAL_NEGATIVES, IMPLICIT_NEGATIVES, NEGATED_PAIRS, NEGATION_CUES, NEGATION_PHRASES, NEGATIVE_PHRASES, LINKING_VERBS, OBJECT_NEGATIVES, PHRASE_NEGATIONS } from '../../lexicon/negation';
import { ENTITY_ALIASES, REFERRING_NOUNS } from '../../lexicon/aliases';
import { SYMMETRIC_VERBS } from '../../lexicon/roles';
import { SUBORDINATORS } from '../../lexicon/attribution';
import { ASSERT_VERBS, DENY_VERBS, DISTANCING_VERBS, KNOWING_VERBS, NEUTRAL_REPORTING_VERBS, NOUN_LIKE_VERBS, VOUCHING_VERBS } from '../../lexicon/reporting-verbs';
import { FIRST_PERSON_PRONOUNS, GROUP_PRONOUNS, PERSON_PRONOUNS } from '../../lexicon/pronouns';
import {
  CLAIM_ONLY_DENY_VERBS, CLAIM_REPORTS, CONCESSION_VERBS, DISMISSAL_PREDICATES, DISMISSED_POINTERS, DEATH_WORDS, DEPARTURE_VERBS, DECEPTION_NOUNS, DENIAL_PHRASES, EVIDENCE_NOUNS, FALSITY_WORDS,
  HEDGE_WORDS, LIFE_WORDS, REPORT_WORDS, TRUTH_NOUNS, TRUTH_WORDS,
} from '../../lexicon/stance';
import { INDEFINITE_DETERMINERS, NEGATIVE_POLARITY_QUANTIFIERS, NEGATIVE_QUANTIFIERS, POSITIVE_QUANTIFIERS, QUANTIFIER_PHRASES, SHARE_NOUNS, UNIVERSAL_QUANTIFIERS } from '../../lexicon/quantifiers';
import type { WordLists } from '../../lexicon/word-lists';

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
    universalQuantifiers: new Set(UNIVERSAL_QUANTIFIERS),
    negativePolarityQuantifiers: new Set(NEGATIVE_POLARITY_QUANTIFIERS),
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
    negativePhrases: new Set(NEGATIVE_PHRASES),
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
    dismissedPointers: new Set([...DISMISSED_POINTERS, ...CLAIM_REPORTS]),
    dismissalPredicates: new Set(DISMISSAL_PREDICATES),
    concessionVerbs: new Set(CONCESSION_VERBS),
    departureVerbs: new Set(DEPARTURE_VERBS),
    knowingVerbs: new Set(KNOWING_VERBS),
    denialPhrases: DENIAL_PHRASES,
    lifeWords: new Set(LIFE_WORDS),
    deathWords: new Set(DEATH_WORDS),
    // "You" is no speaker the pronoun lists resolve, but "No you didn't" answers all the same.
    answerPronouns: new Set([...PERSON_PRONOUNS, ...GROUP_PRONOUNS, ...FIRST_PERSON_PRONOUNS, 'you']),
    numberAbbreviations: new Set(NUMBER_ABBREVIATIONS),
    aliases: new Map(ENTITY_ALIASES.flatMap((names, group) => names.map((name) => [name, group] as const))),
  };
}
