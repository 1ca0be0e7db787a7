/** Words read around a denial's pointer ("the reports", "its report"): what may follow it without saying what the claim is, and verdicts on the piece itself. */

/**
 * Prepositions that, right after a denial's pointer noun, open where, when or how it was denied
 * or where the claim ran ("denied the reports in a comment to the news agency", "rejected the
 * claims at a briefing", "the accusations from Tehran"), not what it says: the denial still only
 * points. "of", "about", "on" and "over" are left out: they may open the content itself ("reports
 * of a deal", "claims about the talks").
 */
export const POINTER_ADJUNCT_PREPOSITIONS: readonly string[] = ['in', 'at', 'to', 'during', 'via', 'through', 'from', 'with', 'by', 'after', 'before'];

/**
 * Prepositions that, anywhere in a stretch after a pointer noun, may open what the claim says
 * ("the reports in the Herald of a deal"). "on" and "over", left out of the adjunct ones above,
 * too often say where a report ran ("published on his page") to mark content inside a stretch.
 */
export const CONTENT_PREPOSITIONS: readonly string[] = ['of', 'about'];

/**
 * Nouns of an outlet's piece whose accuracy a statement may judge ("its report was inaccurate",
 * "BuzzFeed's description … is not accurate", "We stand by our reporting"). Not "account" nor
 * "coverage": as often an email account or insurance coverage, which a verdict of "flawed" would
 * join to the piece.
 */
export const PIECE_NOUNS: readonly string[] = [
  'report', 'reports', 'reporting', 'story', 'stories', 'article', 'articles', 'description', 'characterization', 'characterisation',
];

/**
 * Verdicts on how well a report renders what it reports, not on whether that happened: "its report
 * was inaccurate", "the story is misleading". On an outlet's piece (see OPEN_POINTERS) they judge
 * the piece, a statement of its own, where "untrue", "a lie" or "fiction" deny what it says.
 */
export const ACCURACY_VERDICTS: readonly string[] = [
  'accurate', 'inaccurate', 'accuracy', 'inaccuracy', 'inaccuracies', 'misleading', 'incorrect', 'erroneous', 'flawed', 'imprecise', 'distorted',
];

/**
 * Verbs by which a pointer names whose claim it points at ("the number he gave", "the figures
 * quoted by the ministry", "the accusations leveled by Kerry"): they say who made the claim, not
 * what it is, so a pointer with them still only points.
 */
export const POINTER_SOURCE_VERBS: readonly string[] = [
  'give', 'gave', 'given', 'mention', 'mentioned', 'quote', 'quoted', 'cite', 'cited', 'level', 'leveled', 'levelled',
  'make', 'made', 'announce', 'announced', 'present', 'presented', 'circulate', 'circulated',
];

/**
 * Nouns of what a claimant said, taken as a whole ("Kerry's claims were fabricated", "all the
 * accusations leveled by Kerry … are lies"): a dismissal of them answers the claimant, not one
 * of the things claimed. Not the nouns of a figure (see FIGURE_POINTERS), which answer one claim.
 */
export const CLAIMANT_CLAIM_NOUNS: readonly string[] = [
  'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'assertion', 'assertions', 'charge', 'charges',
  'statement', 'statements', 'remarks', 'comments',
];

/** Verbs by which "what X …" names all a claimant said ("all what Kerry mentioned … is lies"). */
export const CLAIMANT_SAYING_VERBS: readonly string[] = ['said', 'says', 'mentioned', 'claimed', 'claims', 'stated', 'alleged', 'alleges', 'presented', 'cited'];

/**
 * Pointer nouns that name a figure ("the number he gave was fake", "the toll is false"): such a
 * pointer answers a claim that states one.
 */
export const FIGURE_POINTERS: readonly string[] = ['number', 'numbers', 'figure', 'figures', 'toll'];

/**
 * Words that make a negation a verdict on what is pointed at without a word of truth: "This is
 * not so", "that is not the case" (see `DENYING_ANSWERS`' "not so").
 */
export const NEGATED_VERDICT_WORDS: readonly string[] = ['so', 'case'];
