import { FIRST_PERSON_FORMS } from '../lexicon/pronouns';
import { lowerWords } from '../text/lower-words';
import type { PlaceNames } from './place-names';
import { sameSpeaker, type ReportPlace } from './statement-places';

/** A first-person subject: its own speaker, whoever reports it. */
const FIRST_PERSON: ReadonlySet<string> = new Set(FIRST_PERSON_FORMS);

/** What `ownVoices` reads of a statement. */
export interface Voiced extends ReportPlace {
  text: string;
}

/** Whether a statement opens with a first-person subject: "I will vote for the bill". */
const speaksOfSelf = (s: Voiced): boolean => FIRST_PERSON.has(lowerWords(s.text, 1)[0] ?? '');

/**
 * Whether two statements each tell of their own speaker in the first person, two speakers ("'I
 * will resign,' Voss said" / "'I will not resign,' Reyl said"): two people's own votes, plans or
 * deeds are two statements, and one does not deny the other. A "he" or "she" reported by
 * another may be either person ("Thorne said she would not vote", but "Pell said he met the
 * envoy" is most often the one who denies meeting him): such a side is left to the rest of the
 * reading. O(1) words a side.
 */
export function ownVoices(x: Voiced, y: Voiced, places?: PlaceNames): boolean {
  return speaksOfSelf(x) && speaksOfSelf(y) && !!x.speaker && !!y.speaker && !sameSpeaker(x.speaker, y.speaker, places);
}
