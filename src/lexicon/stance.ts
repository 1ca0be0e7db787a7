/**
 * Words by which a headline or a statement takes a stance on a claim it reports: it denies
 * it ("X denies …", "… is a hoax", "… not true"), or only reports it ("reportedly", "rumour:").
 * Lower-case; comparison reads verbs through their lemmas, so "denies" finds "deny".
 */

/**
 * Nouns and adjectives that call the reported content untrue: "the video is a hoax", "fake
 * report", "Batmobile theft rumor put to rest: nope". Each counts as one flip of polarity, like
 * a "not": "they're not fake" affirms.
 */
export const FALSITY_WORDS: readonly string[] = [
  'hoax', 'hoaxes', 'fake', 'faked', 'fakes', 'false', 'falsely', 'myth', 'myths', 'untrue', 'bogus',
  'fabricated', 'fabrication', 'fiction', 'fictional', 'baseless', 'groundless', 'unfounded', 'debunked',
  'nope', 'denial', 'denials', 'misleading', 'wrongly', 'retracts', 'retracted', 'retraction', 'satire',
  'satirical', 'prank', 'fraud', 'phony', 'phoney', 'spoof', 'doctored', 'photoshopped',
  'hoaxer', 'hoaxers', 'hoaxed', 'hoaxster', 'hoaxsters',
  'fallacious', 'fictitious', 'falsehood', 'falsehoods', 'untruth', 'untruths', 'disinformation',
  // Words of scorn that judge a report untrue when said of it ("calls the claims absurd").
  'nonsense', 'rubbish', 'absurd', 'ludicrous', 'baloney', 'bunk',
  // A report twisted or made for fun: "misquoted", "a parody", "a scam".
  'parody', 'scam', 'misquoted', 'misreported', 'misinterpreted', 'misattributed',
];

/**
 * Words of FALSITY_WORDS that name a deception, never a property of an object: before a noun
 * they still call the thing made up ("hoax Banksy arrest", "hoax priest"), where "fake nose"
 * and "false teeth" only describe the nose and the teeth.
 */
export const DECEPTION_NOUNS: readonly string[] = ['hoax', 'hoaxes', 'hoaxer', 'hoaxers', 'hoaxster', 'hoaxsters', 'myth', 'myths'];

/**
 * Nouns whose negation denies the rest of the clause whatever follows: "No evidence Banksy was
 * arrested", "There is no truth to reports that …".
 */
export const EVIDENCE_NOUNS: readonly string[] = ['evidence', 'proof', 'truth', 'basis'];

/** Words whose negation is a verdict of falsity on the rest of the text: "Update: not true". */
export const TRUTH_WORDS: readonly string[] = ['true', 'real', 'accurate', 'correct', 'so', 'happening', 'happened', 'genuine', 'legit'];

/**
 * Nouns that, as the predicate of "it is … that", say the clause that follows is so: "it is
 * not the case that …", "it is a fact that …". See truth-frame.ts.
 */
export const TRUTH_NOUNS: readonly string[] = ['case', 'fact'];

/**
 * Words that name the reported content as a report, or only frame it, rather than assert it: "denies reports
 * that …", "Banksy arrest hoax: …". Set aside when asking what a denial is about.
 */
export const REPORT_WORDS: readonly string[] = [
  'report', 'reports', 'reported', 'reporting', 'claim', 'claims', 'claimed', 'claiming', 'rumor', 'rumors', 'rumour', 'rumours',
  'rumored', 'rumoured', 'story', 'stories', 'news', 'allegation', 'allegations', 'speculation', 'suggestion',
  'suggestions', 'word', 'talk', 'gossip', 'video', 'photo', 'picture', 'image', 'footage', 'tweet', 'post',
  'article', 'headline', 'headlines', 'internet', 'web', 'online', 'viral', 'website', 'site', 'update', 'updated',
  'actually', 'really', 'sorry', 'relax', 'calm', 'everyone', 'everybody', 'people', 'says', 'say', 'said',
  'exclusive', 'breaking', 'officially', 'truth', 'fact', 'check', 'debunk', 'debunks', 'busted', 'again',
  // "False alarm over Castro's death": the alarm is the report.
  'alarm', 'alarms',
];

/**
 * Marks of a headline that reports a claim without vouching for it: a question ("Is …?"),
 * "reportedly", "rumour:". A denial cue inside such a clause is not the writer's verdict.
 */
export const HEDGE_WORDS: readonly string[] = [
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'possibly', 'perhaps', 'maybe',
  'may', 'might', 'could', 'rumor', 'rumors', 'rumour', 'rumours', 'rumored', 'rumoured', 'whether', 'if',
];

/**
 * Verb phrases that deny or withdraw what follows them, beside the one-word deny verbs of
 * reporting-verbs.ts: `verb` is a lemma, `then` the words that must follow it at once. A
 * figure of speech whose words also have a literal sense ("shoots down a drone") counts only
 * with a report among its next words (`report`): "shoots down report of failed drug test".
 * Withdrawals ("drops out of the film", "walks back his remark") deny that the thing goes ahead.
 */
export interface DenialPhrase {
  readonly verb: string;
  readonly then: readonly string[];
  readonly report?: boolean;
  /**
   * A withdrawal by its subject: only in the simple tenses of a headline ("quits", "pulled
   * out of"). After a form of "be" it is literal or another's act: "goo is being pulled out
   * of a bowl", "the owner is quitting chasing it".
   */
  readonly withdrawal?: boolean;
}

export const DENIAL_PHRASES: readonly DenialPhrase[] = [
  { verb: 'rule', then: ['out'] },
  { verb: 'laugh', then: ['off'] },
  { verb: 'brush', then: ['off'] },
  { verb: 'brush', then: ['aside'] },
  { verb: 'shrug', then: ['off'] },
  { verb: 'wave', then: ['off'] },
  { verb: 'wave', then: ['away'] },
  { verb: 'pour', then: ['cold', 'water', 'on'] },
  { verb: 'throw', then: ['cold', 'water', 'on'] },
  { verb: 'cast', then: ['doubt', 'on'] },
  { verb: 'doubt', then: [] },
  { verb: 'dispel', then: [] },
  { verb: 'scotch', then: [], report: true },
  { verb: 'quash', then: [], report: true },
  { verb: 'squash', then: [], report: true },
  { verb: 'slam', then: [], report: true },
  { verb: 'blast', then: [], report: true },
  { verb: 'hit', then: ['back', 'at'], report: true },
  { verb: 'shoot', then: ['down'], report: true },
  { verb: 'knock', then: ['down'], report: true },
  { verb: 'slap', then: ['down'], report: true },
  { verb: 'quit', then: [], withdrawal: true },
  { verb: 'withdraw', then: ['from'], withdrawal: true },
  { verb: 'recant', then: [], withdrawal: true },
  { verb: 'drop', then: ['out'], withdrawal: true },
  // "pulls out survivors" is literal; "pulls out of the deal" withdraws.
  { verb: 'pull', then: ['out', 'of'], withdrawal: true },
  { verb: 'back', then: ['out'], withdrawal: true },
  { verb: 'bow', then: ['out'], withdrawal: true },
  { verb: 'back', then: ['away'], withdrawal: true },
  { verb: 'back', then: ['off'], withdrawal: true },
  { verb: 'back', then: ['down'], withdrawal: true },
  { verb: 'walk', then: ['back'], withdrawal: true },
  { verb: 'bail', then: ['on'], withdrawal: true },
];

/**
 * Verbs (lemmas) that, after a "but", take back part of a denial: "denies threatening the
 * families but adds the law was made clear to them", "denies the affair but admits meeting her".
 */
export const CONCESSION_VERBS: readonly string[] = ['admit', 'acknowledge', 'concede', 'confirm', 'add', 'say', 'allow', 'grant'];

/**
 * Verbs (lemmas) of leaving a post, a body or a contest: what a withdrawal ("quits", "drops out
 * of") restates rather than denies ("The CEO will leave the company" ~ "The CEO quits the
 * company"). WordNet's first senses do not link them all.
 */
export const DEPARTURE_VERBS: readonly string[] = ['leave', 'quit', 'exit', 'depart', 'resign', 'retire', 'withdraw', 'abandon'];

/**
 * Nouns that name a claim as such, the object a deny verb may take alone ("denies the
 * reports", "debunks the rumours"). Narrower than REPORT_WORDS: a photo or a video is a
 * thing one may deny having, not a claim ("denying a photo").
 */
export const CLAIM_REPORTS: readonly string[] = [
  'report', 'reports', 'claim', 'claims', 'rumor', 'rumors', 'rumour', 'rumours', 'story', 'stories', 'news',
  'allegation', 'allegations', 'accusation', 'accusations', 'speculation', 'suggestion', 'suggestions', 'gossip', 'talk',
];

/** The pronouns of DISMISSED_POINTERS: they point, but take no modifier the way a noun does ("the reports in a comment to …"). */
export const POINTER_PRONOUNS: readonly string[] = ['it', 'this', 'that', 'these', 'those', 'all', 'everything'];

/**
 * What a dismissal points to instead of repeating it: a pronoun ("All of that is a lie", "it's
 * fake") or a noun naming a report or a figure ("the report was false", "the number he gave was
 * fake"). With CLAIM_REPORTS.
 */
export const DISMISSED_POINTERS: readonly string[] = [
  ...POINTER_PRONOUNS,
  'number', 'numbers', 'figure', 'figures', 'toll', 'account', 'accounts', 'statement', 'statements', 'information',
  'version', 'charge', 'charges', 'assertion', 'assertions', 'article', 'articles',
];

/** The nouns a pointer may end in ("the claims", "the number he gave"): claim reports and the dismissed pointers that are no pronoun. */
export const POINTER_HEAD_NOUNS: readonly string[] = [...CLAIM_REPORTS, ...DISMISSED_POINTERS.filter((w) => !POINTER_PRONOUNS.includes(w))];

/**
 * Pointers (of DISMISSED_POINTERS and CLAIM_REPORTS) that leave open what a dismissal denies:
 * a report, a story or an article is the outlet's piece ("the report was inaccurate" denies
 * its accuracy, a statement of its own), and a bare "it" may stand for either. A dismissal
 * through them is not read as a denial of the claim's content.
 */
export const OPEN_POINTERS: readonly string[] = ['it', 'report', 'reports', 'story', 'stories', 'news', 'article', 'articles'];

/**
 * Words that make a verdict on an open pointer take in the whole of what it names: "the report
 * was inaccurate" may deny a part of the report, "the report was completely false" or "complete
 * fiction" deny all of it, so the claim it answers. A negation before one turns it into a part
 * again: "not entirely accurate" denies less than "inaccurate" (see `WHOLE_QUANTIFIERS` for the
 * words a negation does not turn).
 */
export const WHOLE_DEGREES: readonly string[] = [
  'completely', 'utterly', 'totally', 'entirely', 'wholly', 'absolutely', 'complete', 'total', 'utter', 'absolute', 'pure',
];

/** Words that take in the whole of what they name, negated or not: "any truth to the report", "not any truth", "no truth in it". */
export const WHOLE_QUANTIFIERS: readonly string[] = ['any', 'no', 'nothing'];

/** Pointers that leave open what is denied whatever the verdict: what "it" stands for is not said. */
export const VAGUE_POINTERS: readonly string[] = ['it'];

/**
 * A report that someone is alive denies a report of their death: "Kurdish fighter alive and
 * well" ~ "Kurdish fighter was killed". LIFE_WORDS are the words of the denying side;
 * DEATH_WORDS (lemmas and forms) the claims they deny.
 */
export const LIFE_WORDS: readonly string[] = ['alive'];
export const DEATH_WORDS: readonly string[] = [
  'die', 'died', 'dead', 'death', 'kill', 'killed', 'murder', 'murdered', 'behead', 'beheaded', 'execute', 'executed',
  'slay', 'slain', 'assassinate', 'assassinated', 'perish', 'perished',
];

/**
 * Deny verbs (lemmas) with a common sense that denies nothing: they deny only a claim named
 * as such ("dismissed the reports", "dismissed it as a hoax"), not a case, a charge or a
 * person ("the court dismissed the lawsuit", "the club dismissed its coach").
 */
export const CLAIM_ONLY_DENY_VERBS: readonly string[] = ['dismiss'];

/**
 * Pronouns that open a headline's verdict of its own on what came before, run on without a
 * stop: "… did NOT accuse Cosby It's A HOAX", "… This Is Fake".
 */
export const VERDICT_SUBJECTS: readonly string[] = ['it', 'this', 'that'];

/**
 * Predicates by which a speaker calls what they answer untrue ("… is false", "… are lies",
 * "it's all lies", "was an absolute lie"): reported content whose clause says this of its
 * subject denies that subject. Extraction reads them after a form of "be"; lower-case.
 */
export const DISMISSAL_PREDICATES: readonly string[] = [
  'false', 'untrue', 'lie', 'lies', 'fiction', 'fictional', 'fabricated', 'fabrication', 'fabrications',
  'fake', 'nonsense', 'rubbish', 'baseless', 'groundless', 'unfounded', 'bogus', 'fallacious', 'inaccurate',
  'invented', 'invention', 'fantasy', 'hoax', 'myth', 'absurd', 'ludicrous', 'slander', 'disinformation', 'misinformation',
];

/** Words that may stand between "be" and a dismissal: "is completely and utterly false", "is but mere lies". */
export const DISMISSAL_INTENSIFIERS: readonly string[] = [
  'utterly', 'completely', 'totally', 'categorically', 'absolutely', 'entirely', 'simply', 'clearly',
  'plainly', 'blatantly', 'patently', 'all', 'but', 'mere', 'merely', 'just', 'pure', 'purely', 'complete',
  'absolute', 'total', 'outright', 'a', 'an', 'the', 'and', 'nothing', 'more', 'than', 'also', 'both', 'wholly',
];

/** Verbs whose subject is the reported thing, as "be" is: "the claims remain baseless". */
export const COPULAS: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'seems', 'appears'];

/** Pronouns contracted with "is": "it's all lies", "that's false". */
export const COPULA_CONTRACTIONS: readonly string[] = ["it's", "that's", "this's", "what's"];

/** Phrases that call the thing they follow untrue without "be … false": "have nothing to do with reality". */
export const DISMISSAL_PHRASES: readonly (readonly string[])[] = [
  ['nothing', 'to', 'do', 'with', 'reality'], ['nothing', 'to', 'do', 'with', 'the', 'truth'], ['nothing', 'to', 'do', 'with', 'the', 'facts'],
  ['devoid', 'of', 'truth'], ['no', 'basis', 'in', 'fact'], ['far', 'from', 'the', 'truth'], ['further', 'from', 'the', 'truth'],
  ['not', 'true'], ['not', 'accurate'], ['not', 'correct'],
];

/**
 * Words after a negation that make it a claim of degree, not a denial: "not much happens
 * without him", "there are not many facts".
 */
export const DEGREE_AFTER_NEGATION: readonly string[] = ['much', 'many', 'enough', 'least'];

/**
 * Negated modals of ability, permission and obligation: "he can not be trusted", "it cannot be
 * allowed", "they should not be paid" judge what may or must be, and deny no reported event.
 * Contracted forms as the tokeniser keeps them.
 */
export const JUDGING_NEGATED_MODALS: readonly string[] = ['cannot', "can't", 'can’t', "shouldn't", 'shouldn’t', "mustn't", 'mustn’t'];
export const JUDGING_MODALS: readonly string[] = ['can', 'should', 'must'];

/**
 * Predicates that a speaker negates of their own mind, which states a view rather than denies
 * a claim: "I don't know", "I'm not surprised", "we are not sure", and a wish: "I don't want a
 * fight at the convention" denies nothing anyone claimed. Lemmas and adjectives.
 */
export const OWN_MIND_PREDICATES: readonly string[] = ['know', 'knew', 'surprised', 'sure', 'certain', 'think', 'expect', 'remember', 'recall', 'want'];

/**
 * Predicates of one's own mind only right after the negation ("she didn't like that"): a few
 * words further on, "like" compares, and the negation may deny ("I don't feel like I made light
 * of it", "I won't just talk like a conservative").
 */
export const OWN_MIND_NEXT_PREDICATES: readonly string[] = ['like'];

/** Words before the subject that leave the main clause where it was: "But I'm not surprised", "And we don't know". */
export const OWN_MIND_OPENERS: readonly string[] = ['but', 'and', 'so', 'still', 'yet'];

/**
 * Nouns of a call or a demand, each with the words after it that make it one ("Pakistan's call
 * for Kabul to act", "his demand that the pier close", "a request to release the file"). Not
 * "demand for" (of goods), "appeal to" (of voters) or "calls to" (on the telephone).
 */
export const CALL_NOUNS: Readonly<Record<string, readonly string[]>> = {
  call: ['for', 'on'], calls: ['for', 'on'], appeal: ['for'], appeals: ['for'], plea: ['for'], pleas: ['for'],
  demand: ['that'], demands: ['that'], request: ['to', 'that', 'for'], requests: ['to', 'that', 'for'],
};

/** Words of truth a denial that points to a claim may hold besides the pointer: "there is no truth to the report", "it is not accurate". */
export const POINTING_VERDICTS: readonly string[] = ['true', 'truth', 'accurate', 'accuracy', 'correct'];

/** Adjectives that only strengthen a verdict: "an absolute lie", "complete nonsense". */
export const VERDICT_INTENSIFIERS: readonly string[] = ['absolute', 'complete', 'total', 'utter', 'outright', 'blatant', 'pure', 'all'];

/** Verbs (lemmas) that call their object what follows: "called the report false". */
export const CALLING_VERBS: readonly string[] = ['call', 'brand', 'label', 'describe', 'dismiss', 'term'];
