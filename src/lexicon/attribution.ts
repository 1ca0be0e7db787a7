/**
 * Words that sit between a speaker, a reporting verb and the reported content without
 * belonging to either ("has always denied", "said on Friday that"). Lower-case.
 */

/** Auxiliaries and adverbs between a speaker and the reporting verb. */
export const CUE_AUXILIARIES: readonly string[] = [
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'did', 'does', 'do', 'can', 'could',
  'may', 'might', 'should', 'also', 'long', 'always', 'previously', 'repeatedly', 'again', 'further',
  'later', 'earlier', 'then', 'now', 'once', 'still', 'often', 'recently', 'publicly', 'privately',
  'reportedly', 'allegedly', 'both', 'all', 'flatly', 'strongly', 'firmly', 'consistently', 'vehemently',
  'categorically', 'quickly', 'swiftly', 'immediately', 'separately', 'similarly', 'likewise', 'even',
  'already', 'just', 'since', 'first', 'initially', 'frequently', 'routinely', 'widely', 'openly',
  'explicitly', 'angrily', 'sharply', 'bluntly', 'simply', 'only', 'herself', 'himself', 'themselves',
  'itself', 'too', 'had', 'been', 'being',
];

/** Words that open an adverbial between a reporting verb and its content. */
export const ADVERBIAL_STARTERS: readonly string[] = [
  'on', 'in', 'at', 'during', 'after', 'before', 'from', 'via', 'through', 'last', 'late', 'early',
  'earlier', 'later', 'again', 'also', 'repeatedly', 'publicly', 'privately', 'previously', 'yesterday',
  'today', 'tonight', 'this', 'recently', 'separately', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'then', 'once', 'over', 'while', 'when', 'as', 'to', 'by', 'with',
];

/**
 * Prepositions that open how, by whom or why an event happened ("freed by the courts", "freed in
 * exchange for a ransom", "released as part of the deal"): a denial of one such circumstance is
 * no denial of the event told with another.
 */
export const CIRCUMSTANCE_PREPOSITIONS: readonly string[] = [
  'by', 'in exchange for', 'in return for', 'as part of', 'because of', 'due to', 'through', 'via', 'under', 'without', 'thanks to', 'on behalf of',
];

/**
 * An adjective and preposition linking an anonymous source to whom it is close to: "sources
 * close to the ministry", "a person familiar with the talks". The source speaks, not the body.
 */
export const SOURCE_LINKS: readonly string[] = ['close to', 'familiar with', 'briefed on', 'knowledgeable about', 'near to'];

/** Words that open a time between a speaker and the cue: "the ministry on Friday said", "last week". */
export const TIME_OPENERS: readonly string[] = ['on', 'in', 'last', 'this', 'early', 'late'];

/** Nouns that end a short adverbial after a reporting verb: "said in a statement". */
export const SETTING_NOUNS: readonly string[] = [
  'statement', 'call', 'interview', 'tweet', 'post', 'speech', 'letter', 'briefing', 'conference', 'address',
  'release', 'email', 'e-mail', 'message', 'video', 'hearing', 'remarks', 'twitter', 'facebook', 'x',
  'television', 'radio', 'broadcast', 'podcast', 'op-ed', 'memo', 'report', 'filing', 'testimony',
  'week', 'month', 'year', 'past', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'day', 'time',
];

/** Words after which a negation belongs to a subordinate clause, not the main one. */
export const SUBORDINATORS: readonly string[] = [
  'because', 'that', 'which', 'who', 'whom', 'whose', 'if', 'when', 'whether', 'although', 'though',
  'while', 'after', 'before', 'unless', 'since', 'until', 'where', 'as', 'so', 'than', 'even',
];

/** Pronouns that open a relative clause, which describes a noun of the clause before it. */
export const RELATIVE_PRONOUNS: readonly string[] = ['that', 'which', 'who', 'whom', 'whose'];

/** Finite forms of "be" that, right after a comma, resume the clause a relative clause interrupted. */
export const CLAUSE_RESUMING_VERBS: readonly string[] = ['is', 'are', 'was', 'were'];

/** Conjunctions that open an adverbial clause: a time, cause or condition of the main clause. */
export const ADVERBIAL_SUBORDINATORS: readonly string[] = [
  'after', 'before', 'since', 'until', 'because', 'although', 'though', 'while', 'when', 'if', 'unless',
];

/** Determiners that stand before a claim noun in an appositive: "…, a claim denied by …". */
export const APPOSITIVE_DETERMINERS: readonly string[] = ['a', 'an', 'the', 'which', 'such', 'those', 'these', 'that'];

/** Capitalised words that open a clause and so never belong to a speaker phrase. */
export const CLAUSE_OPENERS: readonly string[] = [
  'however', 'meanwhile', 'instead', 'still', 'now', 'earlier', 'later', 'separately', 'yesterday', 'today',
  'speaking', 'asked', 'but', 'and', 'yet', 'so', 'although', 'though', 'because', 'since', 'as', 'if',
  'when', 'while', 'after', 'before', 'on', 'in', 'at', 'for', 'with', 'by', 'from', 'during', 'nevertheless',
  'nonetheless', 'moreover', 'furthermore', 'also', 'then', 'thus', 'indeed', 'last', 'next', 'despite',
  'according', 'mr', 'mrs', 'ms', 'yes', 'no', 'well', 'oh', 'here', 'there', 'what', 'why', 'how', 'where',
  'who', 'which', 'that', 'this', 'these', 'those', 'it', 'its', 'i', 'we', 'you', 'he', 'she', 'they',
  'his', 'her', 'their', 'our', 'my', 'your', 'the', 'a', 'an', 'despite', 'amid', 'among', 'under', 'over', 'without', 'through',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Where a statement is posted, never who issued it: "a statement on the club website". */
export const PAGE_NOUNS: readonly string[] = ['website', 'site', 'page', 'account', 'channel', 'feed', 'blog'];

/** Plural nouns that speak through a participle after them: "sources saying …", "reports claiming …". */
export const SOURCE_NOUNS: readonly string[] = ['sources', 'reports', 'officials', 'witnesses', 'analysts', 'experts', 'diplomats'];

/** Texts a body issues, which speak for it: "the ministry's statement said". */
export const ISSUED_TEXT_NOUNS: readonly string[] = ['statement', 'report', 'release', 'letter', 'communique', 'document', 'memo'];

/** Words before a present participle that make it report its sentence's subject (", insisting that …", "by denying …"). */
export const PARTICIPLE_OPENING_WORDS: readonly string[] = ['by', 'after', 'while', 'before', 'without', 'when', 'and', 'in'];

/** Subordinators that open a condition ("if we don't have it, …", "unless they pay"): what the clause says is supposed, not stated. */
export const CONDITION_SUBORDINATORS: readonly string[] = ['if', 'unless'];
