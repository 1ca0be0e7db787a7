/**
 * A deny verb whose object is something proposed or done, not said: "rejected the mayor's plan
 * to close the pier", "dismissed Obama's actions to tighten gun sales". The speaker opposes or
 * refuses it; no claim is denied, so the statement asserts (it contradicts no claim by its verb).
 */
import {
  BLAME_NOUNS, OBJECT_CLAUSE_OPENERS, OPPOSED_PERSON_NOUNS, PROPOSAL_NOUNS, REFUSED_NOUNS, REMARK_NOUNS, REPORTED_CLAIM_NOUNS, SAID_NOUNS,
  TERRITORY_NOUNS, THING_REJECTING_LEMMAS,
} from '../lexicon/reporting-verbs';
import { POINTER_PRONOUNS } from '../lexicon/stance';
import { FINITE_AUXILIARIES } from '../lexicon/function-words';
import { nextContent, tok, type Doc, type Range } from './doc';

const PROPOSALS: ReadonlySet<string> = new Set(PROPOSAL_NOUNS);
const REFUSED: ReadonlySet<string> = new Set(REFUSED_NOUNS);
const PERSONS: ReadonlySet<string> = new Set(OPPOSED_PERSON_NOUNS);
const THING_REJECTING: ReadonlySet<string> = new Set(THING_REJECTING_LEMMAS);
const TERRITORIES: ReadonlySet<string> = new Set(TERRITORY_NOUNS);
const SAID: ReadonlySet<string> = new Set([...REPORTED_CLAIM_NOUNS, ...REMARK_NOUNS, ...SAID_NOUNS, ...BLAME_NOUNS, ...POINTER_PRONOUNS]);
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(OBJECT_CLAUSE_OPENERS);
const AUXILIARIES: ReadonlySet<string> = new Set(FINITE_AUXILIARIES);

/** Words that end the noun phrase an object opens with: its head comes right before one. */
const PHRASE_ENDS: ReadonlySet<string> = new Set([
  'to', 'of', 'for', 'on', 'in', 'by', 'that', 'which', 'who', 'from', 'with', 'against', 'about', 'and', 'since', 'until', 'over', 'at', 'during', ',', ';',
]);

/** The most words an object's noun phrase may have before its head is taken as unknown. */
const MAX_PHRASE = 8;

/**
 * Whether the content of deny verb `lemma` opens with a noun phrase whose head names a proposal
 * or an act (see `PROPOSAL_NOUNS`), or a person by a noun (`OPPOSED_PERSON_NOUNS`; not by a name:
 * "rejected Sanders" stays a denial, see docs/accuracy.md, session 12); after "deny", only what
 * is asked for (`REFUSED_NOUNS`).
 */
export function opposesProposal(doc: Doc, content: Range, lemma: string): boolean {
  let head = -1;
  for (let k = content.lo, n = 0; k >= 0 && k < content.hi && n < MAX_PHRASE; k = nextContent(doc, k, content.hi), n++) {
    const t = tok(doc, k);
    // A mark ends the phrase too ("disputed their account.)"), not a possessive's apostrophe ("Sanders’ tax plan").
    if ((doc.quoteOf[k] ?? -1) >= 0 || PHRASE_ENDS.has(t.norm) || (t.kind === 'punct' && !/^['’]/u.test(t.text))) break;
    head = k;
  }
  if (head < 0) return false;
  if (lemma === 'deny') return REFUSED.has(tok(doc, head).norm) && plainThing(doc, content, head);
  // "have disputed the border region": a territory contested; a disputed count or ruling is denied.
  if (lemma === 'dispute' && TERRITORIES.has(tok(doc, head).norm) && plainThing(doc, content, head)) return true;
  // "rejected the self-described democratic socialist": a person opposed.
  if (PROPOSALS.has(tok(doc, head).norm) || PERSONS.has(tok(doc, head).norm)) return true;
  return THING_REJECTING.has(lemma) && rejectsThing(doc, content, head);
}

/**
 * Whether what a deny verb refuses or disputes ("denied Threlfall bail", "denied them entry to the
 * pier", "disputed the border region") is a plain thing, not a denied act or clause: it opens with no gerund ("denied granting the contractor
 * access"), no "any" ("denied any access": none is said to exist) and holds no clause ("denied
 * access to the files was ever granted", see `holdsClause`).
 */
function plainThing(doc: Doc, content: Range, head: number): boolean {
  const first = tok(doc, content.lo);
  return first.norm !== 'any' && !/^\p{Ll}+ing$/u.test(first.text) && !holdsClause(doc, content, head);
}

/** Whether an object holds a clause: an opener ("that", "as"), an auxiliary, or a past form after its head. */
function holdsClause(doc: Doc, content: Range, head: number): boolean {
  for (let k = content.lo; k >= 0 && k < content.hi; k = nextContent(doc, k, content.hi)) {
    const w = tok(doc, k).norm;
    if (CLAUSE_OPENERS.has(w) || AUXILIARIES.has(w) || (k > head && /\p{L}ed$/u.test(w))) return true;
  }
  return false;
}

/**
 * Whether the object of a verb that may reject a thing (see `THING_REJECTING_LEMMAS`) names one:
 * its head is no noun of something said or of a part in a deed and no pronoun (see `SAID_NOUNS`,
 * `BLAME_NOUNS`), it neither opens with a name nor ends in one, nor opens with "any", and it
 * holds no clause: no opener ("that", "as"), auxiliary, or past form after its head ("repudiated decades of
 * Republican support for free trade", "rejected those days"; not "rejected the findings",
 * "rejected the idea that …", "rejected Sanders", nor a reported claim, "the minister had
 * resigned").
 */
function rejectsThing(doc: Doc, content: Range, head: number): boolean {
  const t = tok(doc, head);
  // "rejected any wrongdoing": whatever follows "any" is denied to exist.
  const first = tok(doc, content.lo);
  if (SAID.has(t.norm) || /^\p{Lu}/u.test(t.text) || /^\p{Lu}/u.test(first.text) || first.norm === 'any') return false;
  // A clause is something said ("the minister had resigned"); "the revised timetable" is a thing.
  return !holdsClause(doc, content, head);
}
