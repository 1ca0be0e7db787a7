import { lowerWords } from '../text/lower-words';
import type { PlaceNames } from './place-names';
import { sameSpeaker, type ReportPlace } from './statement-places';

/** A first-person subject: its own speaker, whoever reports it. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', "i'm", "i'll", "i've", "i'd", 'we', "we're", "we'll", "we've", "we'd"]);
/** A third-person subject that reported speech of a person most often uses for the person: "Cruz said he would never vote …". */
const THIRD_PERSON: ReadonlySet<string> = new Set(['he', 'she', "he's", "she's", "he'll", "she'll", "he'd", "she'd"]);

/** What `ownVoices` reads of a statement. */
export interface Voiced extends ReportPlace {
  text: string;
  kind?: string | undefined;
  speaker?: (ReportPlace['speaker'] & { type?: string | undefined }) | null | undefined;
}

/** The subject a statement opens with, when it is its speaker: 1 for a first person, 3 for "he"/"she" reported of a named person, else 0. */
function selfSubject(s: Voiced): 0 | 1 | 3 {
  const first = lowerWords(s.text, 1)[0] ?? '';
  if (FIRST_PERSON.has(first)) return 1;
  const named = s.speaker !== null && s.speaker !== undefined && /^\p{Lu}/u.test(s.speaker.name) && s.speaker.type !== 'organisation';
  return THIRD_PERSON.has(first) && (s.kind === 'indirect' || s.kind === 'partial') && named ? 3 : 0;
}

/**
 * Whether two statements tell each of its own speaker, two speakers: one opens with "I" or "we"
 * ("'I will vote for the bill,' Delacroix said"), the other too or with "he"/"she" in reported
 * speech of a named person, whole or partly quoted ("Thorne said she would not vote for the
 * bill"). Two people's own votes, plans or deeds are two statements, and one does not deny the
 * other. Both "he", by two speakers, may be one person spoken of ("Jones said he took bribes"),
 * so one side must be in the first person. O(1) words a side.
 */
export function ownVoices(x: Voiced, y: Voiced, places?: PlaceNames): boolean {
  const [a, b] = [selfSubject(x), selfSubject(y)];
  if (a === 0 || b === 0 || (a === 3 && b === 3)) return false;
  return !!x.speaker && !!y.speaker && !sameSpeaker(x.speaker, y.speaker, places);
}
