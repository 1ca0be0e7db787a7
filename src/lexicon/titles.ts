/**
 * Words that surround a speaker's name in news copy. Lower-case. Extraction uses them to
 * find where a speaker phrase starts and to fold "Foreign Office spokesperson Shafqat Ali
 * Khan", "Ambassador Shafqat Ali Khan" and "Khan" into one canonical name.
 */

/** Courtesy titles, dropped from a canonical name. */
export const HONORIFICS: readonly string[] = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady',
  'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'sgt.', 'adm.', 'rev.', 'hon.', 'pres.',
];

/** Roles and offices: part of a speaker phrase, not of the person's name. */
export const ROLE_WORDS: readonly string[] = [
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokesmen', 'ambassador', 'envoy',
  'president', 'vice', 'prime', 'minister', 'secretary', 'undersecretary', 'general', 'senator', 'representative',
  'congressman', 'congresswoman', 'governor', 'mayor', 'chief', 'head', 'director', 'chairman',
  'chairwoman', 'chair', 'commander', 'field', 'marshal', 'colonel', 'major', 'captain', 'lieutenant',
  'sergeant', 'admiral', 'judge', 'justice', 'attorney', 'lawyer', 'prosecutor', 'leader', 'lawmaker',
  'officer', 'official', 'deputy', 'acting', 'former', 'senior', 'special', 'foreign', 'defense',
  'defence', 'interior', 'finance', 'commerce', 'trade', 'information', 'state', 'king', 'queen',
  'prince', 'princess', 'sheikh', 'mullah', 'imam', 'pope', 'cardinal', 'bishop', 'reverend',
  'candidate', 'nominee', 'founder', 'ceo', 'mp', 'mep', 'executive', 'manager', 'analyst', 'expert', 'professor',
  'researcher', 'economist', 'strategist', 'adviser', 'advisor', 'aide', 'coach', 'correspondent',
  'reporter', 'journalist', 'columnist', 'editor', 'anchor', 'host', 'broadcaster', 'staff', 'army', 'defense',
  'democrat', 'republican', 'democratic', 'republican', 'gop', 'u.s.', 'us', 'white', 'house', 'press',
  'campaign', 'national', 'security', 'affairs', 'homeland', 'party', 'top', 'assistant', 'associate',
];

/**
 * Heads of phrases naming organisations: a speaker containing one is a body, not a person,
 * so "he" never resolves to it.
 */
export const ORGANISATION_WORDS: readonly string[] = [
  'office', 'ministry', 'department', 'government', 'administration', 'agency', 'council', 'committee',
  'commission', 'party', 'army', 'military', 'police', 'court', 'senate', 'congress', 'parliament',
  'assembly', 'bank', 'fund', 'union', 'organization', 'organisation', 'association', 'institute',
  'university', 'company', 'corporation', 'corp', 'inc', 'group', 'network', 'news', 'times', 'post',
  'journal', 'broadcaster', 'media', 'radio', 'television', 'tv', 'campaign', 'taliban', 'authorities',
  'foundation', 'center', 'centre', 'service', 'forces', 'bureau', 'board', 'embassy', 'mission',
  'coalition', 'alliance', 'league', 'federation', 'statement', 'report', 'reuters', 'bbc', 'cnn', 'afp',
  'ap', 'fbi', 'cia', 'nato', 'un', 'pentagon', 'kremlin', 'house', 'state', 'study', 'survey', 'poll',
  'newspaper', 'paper', 'magazine', 'website', 'site', 'outlet', 'channel', 'network', 'firm', 'team',
  'officials', 'sources', 'prosecutors', 'investigators', 'researchers', 'democrats', 'republicans',
  'gop', 'press', 'affairs', 'tribunal', 'cabinet', 'presidency', 'secretariat', 'directorate', 'command',
];

/**
 * Lower-case nouns that can head a speaker phrase on their own: "officials said",
 * "the spokesman said", "the statement said".
 */
export const SPEAKER_NOUNS: readonly string[] = [
  'official', 'officials', 'authorities', 'source', 'sources', 'analyst', 'analysts', 'expert', 'experts',
  'observer', 'observers', 'critic', 'critics', 'lawmaker', 'lawmakers', 'leader', 'leaders', 'diplomat',
  'diplomats', 'resident', 'residents', 'witness', 'witnesses', 'people', 'protesters', 'activists',
  'police', 'prosecutor', 'prosecutors', 'investigators', 'researchers', 'scientists', 'aide', 'aides',
  'adviser', 'advisers', 'advisor', 'advisors', 'officer', 'officers', 'spokesperson', 'spokesman',
  'spokeswoman', 'minister', 'ministers', 'ambassador', 'envoy', 'president', 'statement', 'report',
  'ministry', 'government', 'administration', 'military', 'army', 'media', 'broadcaster', 'agency',
  'newspaper', 'paper', 'study', 'survey', 'poll', 'letter', 'memo', 'document', 'documents', 'complaint',
  'lawsuit', 'filing', 'campaign', 'group', 'groups', 'office', 'department', 'committee', 'council',
  'court', 'judge', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'senator', 'senators', 'governor',
  'mayor', 'chief', 'director', 'commander', 'candidate', 'voters', 'supporters', 'opponents', 'members',
  'members', 'economists', 'strategists', 'organizers', 'organisers', 'insiders', 'sides', 'countries',
  'nations', 'reports', 'data', 'figures', 'polls', 'studies', 'editorial', 'article', 'story', 'post',
  'tweet', 'release', 'order', 'ruling', 'website', 'secretary', 'spokespeople', 'representatives',
  'parents', 'doctors', 'teachers', 'workers', 'students', 'families', 'citizens', 'americans', 'farmers',
  'reporters', 'journalists', 'counterparts', 'colleagues', 'allies', 'rivals', 'lawmaker', 'democrats', 'republicans', 'everyone',
  // Findings speak as reports do: "a preliminary intelligence assessment concluded that …".
  'assessment', 'assessments', 'analysis', 'investigation', 'inquiry', 'review', 'audit', 'probe', 'estimate', 'estimates',
];

/** Lower-case words that may stand inside a speaker phrase before its head. */
export const SPEAKER_MODIFIERS: readonly string[] = [
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'both', 'some',
  'many', 'several', 'other', 'two', 'three', 'four', 'five', 'most', 'few', 'senior', 'top', 'local',
  'state', 'federal', 'foreign', 'former', 'deputy', 'chief', 'acting', 'current', 'unnamed', 'anonymous',
  'civilian', 'military', 'security', 'government', 'administration', 'intelligence', 'police', 'health',
  'election', 'party', 'campaign', 'white', 'house', 'defense', 'defence', 'interior', 'press', 'news',
  'office', 'foreign', 'of', 'for', 'and', 'at', 'affairs', 'ministry', 'u.s.', 'us', 'independent',
  'western', 'regional', 'international', 'private', 'public', 'opposition', 'ruling', 'republican',
  'democratic', 'conservative', 'liberal', 'progressive', 'senior', 'junior', 'special', 'joint',
];

/**
 * Titles that name one person, so that "the Russian president" or "the journalist" with no
 * name is the one person the report names with that title. Not "official" or "officer": a
 * report has many of those.
 */
export const TITLE_HEADS: readonly string[] = [
  'president', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'minister', 'journalist', 'secretary',
  'ambassador', 'envoy', 'premier', 'chancellor', 'mayor', 'governor', 'senator', 'reporter', 'counsel',
  'prosecutor', 'editor', 'founder', 'leader', 'king', 'queen', 'pope', 'ceo', 'chairman', 'chairwoman',
];

/** Words of a title that any holder may be called by, whatever their own role says: "the US president". */
export const TITLE_QUALIFIERS: readonly string[] = ['the', 'us', 'u.s.', 'american', 'former', 'then', 'new', 'current'];

/** Lower-case words inside a name: "Ministry of Defence", "Osama bin Laden", "Ursula von der Leyen". */
export const NAME_PARTICLES: readonly string[] = ['of', 'for', 'and', 'al', 'bin', 'ibn', 'de', 'da', 'van', 'von', 'der', 'le', 'la', 'el'];

/** Suffixes a company's initials leave out: "General Electric Co." ~ "GE". */
export const CORPORATE_SUFFIXES: readonly string[] = ['co', 'corp', 'inc', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv'];
