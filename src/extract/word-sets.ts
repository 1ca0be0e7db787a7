import { ADVERBIAL_STARTERS, APPOSITIVE_DETERMINERS, CLAUSE_OPENERS, CUE_AUXILIARIES, SETTING_NOUNS, SUBORDINATORS, TIME_OPENERS } from '../lexicon/attribution';
import { MONTHS, TIME_WORDS } from '../lexicon/dates';
import { FUNCTION_WORDS } from '../lexicon/function-words';
import { NEGATION_CUES } from '../lexicon/negation';
import { FIRST_PERSON_PRONOUNS, GROUP_PRONOUNS, PERSON_PRONOUNS } from '../lexicon/pronouns';
import {
  ACCUSATION_VERBS, ANSWERING_VERBS, ASSERT_VERBS, CLAIM_NOUNS, DENY_VERBS, HEARER_VERBS, IRREGULAR_VERB_FORMS, NEUTRAL_REPORTING_VERBS, NOUN_LIKE_VERBS, PREPOSITION_BLOCKERS, REPORT_ORIGIN_PARTICIPLES, REMARK_NOUNS, REPORT_SPEAKER_NOUNS, REPORTED_CLAIM_NOUNS, VERDICT_VERBS, INVERTED_ONLY_VERBS,
} from '../lexicon/reporting-verbs';
import { DISMISSAL_PREDICATES } from '../lexicon/stance';
import { HONORIFICS, ORGANISATION_WORDS, ROLE_WORDS, SPEAKER_MODIFIERS, SPEAKER_NOUNS, TITLE_HEADS, TITLE_QUALIFIERS } from '../lexicon/titles';
import type { Stance } from '../schema/statement';
import { regularForms, type VerbForm } from '../lexicon/verb-forms';

export interface VerbInfo {
  readonly lemma: string;
  readonly stance: Stance;
  readonly form: VerbForm;
  /** A verb of naming ("called it false"): a cue only before an object and a quoted or dismissing verdict. */
  readonly verdict?: boolean;
  /** A cue only inverted after a quotation ("'…,' read a statement"). */
  readonly invertedOnly?: boolean;
  /** A verb of accusing: the preposition before the charge ("accused Y of Z"). */
  readonly charge?: string;
  /** An accusing verb that reports a statement only with its charge ("condemned Y for Z", not "condemned the attack"). */
  readonly chargeOnly?: boolean;
}

/** The word lists extraction consults, compiled once per call into sets. */
export interface WordSets {
  readonly verbs: ReadonlyMap<string, VerbInfo>;
  readonly nounLike: ReadonlySet<string>;
  readonly hearer: ReadonlySet<string>;
  readonly blockers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Verbs whose "to" names what was answered, not what was said (see ANSWERING_VERBS). */
  readonly answering: ReadonlySet<string>;
  /** Verbs that only report what was said (see NEUTRAL_REPORTING_VERBS): a phrase of place or hearer after one is no content. */
  readonly saying: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
  readonly adverbialStarters: ReadonlySet<string>;
  readonly settingNouns: ReadonlySet<string>;
  readonly subordinators: ReadonlySet<string>;
  readonly negations: ReadonlySet<string>;
  readonly claimNouns: ReadonlySet<string>;
  readonly appositiveDeterminers: ReadonlySet<string>;
  readonly personPronouns: ReadonlySet<string>;
  readonly groupPronouns: ReadonlySet<string>;
  readonly firstPerson: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly roles: ReadonlySet<string>;
  readonly organisations: ReadonlySet<string>;
  readonly speakerNouns: ReadonlySet<string>;
  readonly modifiers: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  readonly clauseOpeners: ReadonlySet<string>;
  /** Weekdays, months and time words that may stand between a speaker and the cue ("on Friday said"). */
  readonly timeWords: ReadonlySet<string>;
  readonly timeOpeners: ReadonlySet<string>;
  readonly reportedClaimNouns: ReadonlySet<string>;
  /** Nouns of things said that name a claim only as "remarks by X, who said that …" (see `REMARK_NOUNS`). */
  readonly remarkNouns: ReadonlySet<string>;
  readonly reportSpeakerNouns: ReadonlySet<string>;
  readonly reportOrigins: ReadonlySet<string>;
  readonly dismissals: ReadonlySet<string>;
  readonly titleHeads: ReadonlySet<string>;
  readonly titleQualifiers: ReadonlySet<string>;
}

function formOf(word: string): VerbForm {
  if (word.endsWith('ing')) return 'ing';
  return 'ed';
}

export function buildWordSets(assertVerbs: readonly string[] = ASSERT_VERBS, denyVerbs: readonly string[] = DENY_VERBS): WordSets {
  const verbs = new Map<string, VerbInfo>();
  const add = (lemmas: readonly string[], stance: Stance): void => {
    for (const raw of lemmas) {
      const lemma = raw.toLowerCase();
      for (const [word, form] of regularForms(lemma)) if (!verbs.has(word)) verbs.set(word, { lemma, stance, form });
      for (const word of IRREGULAR_VERB_FORMS[lemma] ?? []) verbs.set(word, { lemma, stance, form: formOf(word) });
    }
  };
  // Denials first: a lemma listed in both keeps the stronger, denying reading.
  add(denyVerbs, 'denies');
  add(assertVerbs, 'asserts');
  for (const lemma of INVERTED_ONLY_VERBS) {
    if (verbs.has(lemma)) continue;
    for (const word of IRREGULAR_VERB_FORMS[lemma] ?? []) verbs.set(word, { lemma, stance: 'asserts', form: 'ed', invertedOnly: true });
  }
  for (const lemma of VERDICT_VERBS) {
    if (verbs.has(lemma)) continue;
    for (const [word, form] of regularForms(lemma)) if (!verbs.has(word)) verbs.set(word, { lemma, stance: 'asserts', form, verdict: true });
  }
  for (const [lemma, charge] of Object.entries(ACCUSATION_VERBS)) {
    const forms = [...regularForms(lemma), ...(IRREGULAR_VERB_FORMS[lemma] ?? []).map((word): [string, VerbForm] => [word, formOf(word)])];
    // A lemma the caller lists as a reporting verb keeps it, with its charge; one not listed is a cue only with its charge.
    const listed = verbs.get(lemma);
    if (listed !== undefined && listed.stance !== 'asserts') continue;
    for (const [word, form] of forms) {
      const known = verbs.get(word);
      if (listed !== undefined && known?.lemma === lemma) verbs.set(word, { ...known, charge });
      else if (listed === undefined && known === undefined) verbs.set(word, { lemma, stance: 'asserts', form, charge, chargeOnly: true });
    }
  }
  const blockers = new Map<string, ReadonlySet<string>>();
  for (const [lemma, words] of Object.entries(PREPOSITION_BLOCKERS)) blockers.set(lemma, new Set(words));
  return {
    verbs,
    nounLike: new Set(NOUN_LIKE_VERBS),
    hearer: new Set(HEARER_VERBS),
    blockers,
    answering: new Set(ANSWERING_VERBS),
    saying: new Set(NEUTRAL_REPORTING_VERBS),
    auxiliaries: new Set(CUE_AUXILIARIES),
    adverbialStarters: new Set(ADVERBIAL_STARTERS),
    settingNouns: new Set(SETTING_NOUNS),
    subordinators: new Set(SUBORDINATORS),
    negations: new Set(NEGATION_CUES.filter((w) => w !== 'without')),
    claimNouns: new Set(CLAIM_NOUNS),
    appositiveDeterminers: new Set(APPOSITIVE_DETERMINERS),
    personPronouns: new Set(PERSON_PRONOUNS),
    groupPronouns: new Set(GROUP_PRONOUNS),
    firstPerson: new Set(FIRST_PERSON_PRONOUNS),
    honorifics: new Set(HONORIFICS),
    roles: new Set(ROLE_WORDS),
    organisations: new Set(ORGANISATION_WORDS),
    speakerNouns: new Set(SPEAKER_NOUNS),
    modifiers: new Set(SPEAKER_MODIFIERS),
    functionWords: new Set(FUNCTION_WORDS),
    clauseOpeners: new Set(CLAUSE_OPENERS),
    timeWords: new Set([...TIME_WORDS, ...Object.keys(MONTHS).filter((m) => m.length > 3)]),
    timeOpeners: new Set(TIME_OPENERS),
    reportedClaimNouns: new Set(REPORTED_CLAIM_NOUNS),
    remarkNouns: new Set(REMARK_NOUNS),
    reportSpeakerNouns: new Set(REPORT_SPEAKER_NOUNS),
    reportOrigins: new Set(REPORT_ORIGIN_PARTICIPLES),
    dismissals: new Set(DISMISSAL_PREDICATES),
    titleHeads: new Set(TITLE_HEADS),
    titleQualifiers: new Set(TITLE_QUALIFIERS),
  };
}
