/**
 * Reporting verbs (lemmas), by the stance they give the reported content. Used by extraction
 * to find statements and by comparison to set the cue aside. Lower-case lemmas.
 */
export const ASSERT_VERBS: readonly string[] = [
  'say', 'tell', 'add', 'note', 'state', 'claim', 'allege', 'assert', 'insist', 'stress', 'warn',
  'argue', 'explain', 'announce', 'declare', 'report', 'confirm', 'maintain', 'contend', 'suggest',
  'reiterate', 'emphasise', 'emphasize', 'acknowledge', 'admit', 'accuse', 'charge', 'write', 'urge',
  'continue', 'remark', 'observe', 'point', 'predict', 'promise', 'vow', 'pledge', 'believe', 'testify',
  'reply', 'respond', 'answer', 'recall', 'concede', 'conclude', 'tweet', 'post', 'underline', 'underscore',
  'blame', 'highlight', 'caution', 'assure', 'inform', 'remind', 'complain', 'echo', 'hint', 'clarify',
  'retort', 'quip', 'huff',
];

/**
 * Verbs of knowing, thinking and perceiving (lemmas) that take a clause as their object: after
 * one ("did not suspect it was a hoax", "did not notice it was fake") the clause is what was
 * (not) known, not the speaker's own verdict.
 */
export const KNOWING_VERBS: readonly string[] = [
  'know', 'think', 'believe', 'suspect', 'notice', 'realise', 'realize', 'discover', 'see', 'find', 'expect',
  'fear', 'doubt', 'guess', 'assume', 'suppose', 'imagine', 'feel', 'hear', 'learn', 'understand', 'show', 'prove',
];

/**
 * How far a reporting verb vouches for what it reports, so that "police claimed the man was
 * armed" ~ "police confirmed the man was armed" is read as the same content under another
 * attribution: `VOUCHING_VERBS` present it as established, `DISTANCING_VERBS` as one party's
 * word, `NEUTRAL_REPORTING_VERBS` only report it. Deny verbs are a stance, not a certainty.
 */
export const VOUCHING_VERBS: readonly string[] = [
  'confirm', 'acknowledge', 'admit', 'concede', 'verify', 'reveal', 'disclose', 'establish', 'prove',
];
export const DISTANCING_VERBS: readonly string[] = [
  'claim', 'allege', 'contend', 'insist', 'purport', 'speculate', 'suggest', 'assert', 'maintain',
];
export const NEUTRAL_REPORTING_VERBS: readonly string[] = [
  'say', 'tell', 'state', 'add', 'note', 'report', 'announce', 'declare', 'explain', 'write', 'remark',
  'observe', 'reply', 'respond', 'answer', 'reiterate', 'comment',
];

export const DENY_VERBS: readonly string[] = [
  'deny', 'reject', 'dismiss', 'refute', 'rebut', 'dispute', 'contest', 'disavow', 'repudiate', 'rebuff',
  'contradict', 'disprove', 'debunk', 'counter',
];

/**
 * Forms that the regular rules (+s, +ed, +ing, y → ies/ied, e-dropping) do not produce.
 * Regular forms are derived from the lemma lists by extraction, so only exceptions live here.
 */
export const IRREGULAR_VERB_FORMS: Readonly<Record<string, readonly string[]>> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  admit: ['admitted', 'admitting'],
  rebut: ['rebutted', 'rebutting'],
  underline: ['underlined'],
  read: ['read'],
};

/**
 * Lemmas that are nouns far more often than reporting verbs in their bare or -s form
 * ("a claim", "the report", "United States"): only their -ed and -ing forms count as cues
 * unless a pronoun or plural subject stands right before them.
 */
export const NOUN_LIKE_VERBS: readonly string[] = [
  'claim', 'charge', 'note', 'state', 'report', 'post', 'point', 'answer', 'reply', 'counter', 'contest',
  'dispute', 'tweet', 'promise', 'pledge', 'vow', 'remark', 'highlight', 'caution', 'continue',
  'describe', 'ask', 'complain', 'recall', 'maintain', 'respond',
];

/**
 * Verbs that report an order or a request when a hearer and an infinitive follow ("urged Kabul to
 * take action", "told his lawyer to lie", "called on the council to resign"): what is urged is
 * neither true nor false, so it is no claim (see `isOrder`). Not "call" ("called the report a
 * rush to judgment") nor "warn" ("warned supporters plan to leave"), whose hearer-and-"to" is as
 * often a naming or a claim.
 */
export const ORDER_VERBS: readonly string[] = [
  'urge', 'ask', 'tell', 'order', 'direct', 'instruct', 'press', 'request', 'implore', 'encourage', 'advise', 'beg',
  'command', 'invite', 'pressure', 'exhort',
];

/**
 * Verbs that report a warning or advice when "against" and a gerund follow ("warned Pakistan
 * against attacking its territory", "cautioned against reading too much into it"): what is
 * advised against is neither true nor false (see `isOrder`).
 */
export const WARNING_VERBS: readonly string[] = ['warn', 'caution', 'advise', 'urge', 'counsel'];

/** Verbs that take the hearer as object before the content: "told reporters that …". */
export const HEARER_VERBS: readonly string[] = ['tell', 'warn', 'assure', 'inform', 'remind', 'caution', 'ask'];

/**
 * Verbs whose bare use needs a following clause to report speech; used to reject
 * "continued to", "pointed to", "asked for".
 */
export const PREPOSITION_BLOCKERS: Readonly<Record<string, readonly string[]>> = {
  continue: ['to', 'its', 'his', 'her', 'their', 'the', 'a'],
  point: ['to', 'at'],
  ask: ['for', 'about', 'to', 'if', 'whether', 'why', 'how', 'what'],
  describe: [],
  call: ['for', 'on', 'off', 'up', 'in', 'back', 'out', 'to', 'it', 'him', 'her', 'them', 'me', 'us'],
  maintain: ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'ties', 'relations'],
  post: ['on', 'a', 'an'],
};

/**
 * Verbs whose "to" names what was answered ("when responding to the journalist's inquiry",
 * "responded to the report"): a content that opens with it is no content. What they answer
 * with still is ("replied to reporters that …", "“…,” she responded to critics").
 */
export const ANSWERING_VERBS: readonly string[] = ['respond', 'reply'];

/** Multi-word cues that introduce their source instead of following it: "according to X". */
export const SOURCE_FIRST_CUES: readonly (readonly string[])[] = [['according', 'to']];

/**
 * Nouns that, in apposition to a reported clause, name it as a claim that someone else
 * denies: "…, a claim denied by Taliban officials" / "…, a charge Kabul denies".
 */
export const CLAIM_NOUNS: readonly string[] = [
  'claim', 'claims', 'charge', 'charges', 'allegation', 'allegations', 'accusation', 'accusations',
  'assertion', 'assertions', 'contention', 'suggestion', 'assessment', 'characterization',
  'characterisation', 'account', 'version',
];

/**
 * Nouns that name someone else's claim as the object of a denial, with the claim after them:
 * "rejected a report by X that …", "denied allegations that …", "disputed the Ledger's report
 * that said …". The clause after them is that claim, asserted by its source.
 */
export const REPORTED_CLAIM_NOUNS: readonly string[] = [
  ...CLAIM_NOUNS, 'report', 'reports', 'story', 'stories', 'article', 'articles', 'information', 'news',
  'rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'suggestions', 'suggestion', 'reporting', 'assertions',
];

/**
 * Nouns of what is asked for: "denied the coach's request", "rejected the appeal" refuse it, and
 * deny no claim.
 */
export const REFUSED_NOUNS: readonly string[] = [
  'request', 'requests', 'application', 'applications', 'appeal', 'appeals', 'motion', 'motions', 'invitation', 'invitations',
  // What one is granted or refused ("the judge denied Threlfall bail", "denied them entry"): a refusal, no claim denied.
  'bail', 'parole', 'entry', 'access', 'permission', 'asylum', 'visa', 'visas', 'permit', 'permits', 'licence', 'license', 'clearance',
];

/**
 * Nouns of what is proposed or done rather than said: "rejected the mayor's plan to close the
 * pier", "dismissed Obama's actions on guns" oppose it, and deny no claim. Not after "deny":
 * "denied plans to invade" denies that there are such plans.
 */
export const PROPOSAL_NOUNS: readonly string[] = [
  ...REFUSED_NOUNS, 'offer', 'offers', 'plan', 'plans', 'proposal', 'proposals', 'bid', 'bids', 'action', 'actions', 'policy',
  'policies', 'demand', 'demands', 'bill', 'bills', 'measure', 'measures', 'nomination', 'nominee', 'ultimatum',
];

/**
 * Nouns of people a deny verb may take, opposing them, not what they said: "voters rejected the
 * self-described democratic socialist", "dismissed the candidate". A name is not read so
 * ("rejected Sanders": tried, it took newsbench's denials of named people's claims).
 */
export const OPPOSED_PERSON_NOUNS: readonly string[] = [
  'candidate', 'candidates', 'socialist', 'senator', 'governor', 'president', 'mayor', 'minister', 'leader', 'leaders',
  'challenger', 'rival', 'rivals', 'incumbent', 'frontrunner', 'front-runner', 'congressman', 'congresswoman', 'party',
];

/**
 * Nouns of things said that name a claim only with their source and its own relative clause
 * ("remarks by Kerry, who said that …"): after them a bare "that" opens a relative clause of
 * their own ("the remarks that he made at the rally"), not what was claimed.
 */
export const REMARK_NOUNS: readonly string[] = ['remarks', 'comments', 'statements'];

/**
 * Participles between a report noun and its source: "reports emanating from the local press
 * that …", "a story published in the Herald claiming …". The source after them is the claimant.
 */
export const REPORT_ORIGIN_PARTICIPLES: readonly string[] = ['emanating', 'coming', 'originating', 'circulating', 'published', 'appearing', 'carried'];

/** Nouns that, with no source named, stand for the speaker of the claim they carry: "reports that …". */
export const REPORT_SPEAKER_NOUNS: readonly string[] = ['report', 'reports', 'article', 'story', 'stories'];

/**
 * Verbs that give a speaker's verdict on something by naming it: "called the report false",
 * "described him as 'a talented man'", "branded the claims 'fiction'". They report a statement
 * only when the verdict is quoted or dismisses ("Norvale called the accusation false"), never in
 * "called the police" or "called for calm". Lemmas.
 */
export const VERDICT_VERBS: readonly string[] = ['call', 'describe', 'brand', 'label', 'dub', 'term'];

/**
 * Verbs that report speech only inverted after a quotation: "'…,' read a statement on the
 * club's website". Before their object they are reading, not speech. Lemmas.
 */
export const INVERTED_ONLY_VERBS: readonly string[] = ['read'];

/**
 * Verbs of accusing (lemma → the preposition that introduces the charge): "X blamed Y for Z"
 * and "X accused Y of Z" hold the statement "Y Z", read from the object and the charge with the
 * preposition dropped. Lemmas that are no reporting verb of their own ("condemned the attack")
 * report a statement only with their preposition.
 */
export const ACCUSATION_VERBS: Readonly<Record<string, string>> = {
  accuse: 'of', blame: 'for', charge: 'with', criticise: 'for', criticize: 'for', fault: 'for', condemn: 'for',
};

/**
 * Verbs that state a feeling or a view as their object, and the forms they take: "the ministry
 * expressed concern that …", "voiced hope that …" report what follows "that" as its speaker's view.
 */
export const EXPRESSING_VERB_FORMS: Readonly<Record<string, readonly string[]>> = {
  express: ['express', 'expresses', 'expressed', 'expressing'],
  voice: ['voice', 'voices', 'voiced', 'voicing'],
};

/** What "expressed … that" states: a feeling or a view about the clause after "that". */
export const STATED_FEELINGS: readonly string[] = [
  'concern', 'concerns', 'hope', 'hopes', 'confidence', 'regret', 'surprise', 'astonishment', 'fear', 'fears',
  'doubt', 'doubts', 'belief', 'optimism', 'satisfaction', 'disappointment', 'frustration', 'dismay',
  'certainty', 'worry', 'worries', 'alarm', 'outrage', 'skepticism', 'scepticism', 'conviction', 'view',
];

/**
 * Verbs after which "to" and a reporting verb go on with what their subject says: "went on to
 * say that …", "proceeded to deny …". With "on" for "go". Forms, lower-case. ("declined to say",
 * "refused to comment" say nothing, and are not here.)
 */
export const GOING_ON_FORMS: Readonly<Record<string, readonly string[]>> = {
  go: ['go', 'goes', 'went', 'gone', 'going'],
  proceed: ['proceed', 'proceeds', 'proceeded', 'proceeding'],
};

/**
 * Deny verbs that as often reject a thing as deny a claim ("repudiated decades of Republican
 * support for free trade", "rejected those days"): their object denies only when it names
 * something said or a part in a deed (see `SAID_NOUNS`, `BLAME_NOUNS`), opens with "any" ("rejected
 * any wrongdoing"), is a pronoun or a name, or holds a clause ("rejected the idea that …").
 */
export const THING_REJECTING_LEMMAS: readonly string[] = ['reject', 'repudiate', 'rebuff', 'disavow'];

/** Land and waters two parties may dispute: "have disputed the border region since 2019" contests it, denying no claim. */
export const TERRITORY_NOUNS: readonly string[] = [
  'region', 'territory', 'territories', 'island', 'islands', 'border', 'borderlands', 'area', 'land', 'lands', 'waters', 'province', 'enclave', 'peninsula', 'zone',
];

/** Nouns of something said, besides `REPORTED_CLAIM_NOUNS`: what a rejection of it denies ("rejected the findings"). */
export const SAID_NOUNS: readonly string[] = [
  'finding', 'findings', 'criticism', 'criticisms', 'conclusion', 'conclusions', 'notion', 'idea', 'premise', 'narrative',
  'theory', 'theories', 'view', 'views', 'argument', 'arguments', 'assessments', 'portrayal', 'depiction', 'interpretation',
  'analysis', 'critique', 'critiques', 'estimate', 'estimates', 'result', 'results', 'outcome', 'tally', 'figure', 'figures', 'number', 'numbers', 'statement', 'account', 'accounts', 'version',
  'rumor', 'rumors', 'rumour', 'rumours', 'assertion', 'characterization', 'characterisation', 'description', 'explanation',
  // What is voiced as a worry or a grievance states what it fears: "rejected Pakistan's concerns" denies them.
  'concern', 'concerns', 'worry', 'worries', 'fear', 'fears', 'complaint', 'complaints', 'objection', 'objections', 'warning', 'warnings',
  'ideas', 'explanations', 'analyses', 'assessment', 'toll', 'implication', 'implications', 'insinuation', 'insinuations',
];

/** Nouns of a part in a deed that a deny verb denies having ("rejected responsibility for the attack", "rejected any role in it"). */
export const BLAME_NOUNS: readonly string[] = [
  'wrongdoing', 'involvement', 'responsibility', 'role', 'complicity', 'guilt', 'blame', 'knowledge', 'link', 'links', 'connection',
  'connections', 'ties', 'part', 'participation',
];

/** Words that open a clause inside a deny verb's object ("rejected the idea that …", "rejected suggestions saying …"): something said. */
export const OBJECT_CLAUSE_OPENERS: readonly string[] = ['that', 'whether', 'as', 'claiming', 'saying', 'suggesting', 'alleging'];
