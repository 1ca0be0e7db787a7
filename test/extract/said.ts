import { extractStatements } from '../../src/index';

/** Each statement of `text`, as its text and stance: what the clause-cut tests of src/extract compare. */
export function textsAndStances(text: string): [string, string][] {
  return extractStatements(text).map((s) => [s.text, s.stance]);
}

/** Each statement of `text`, as its text, speaker's name and stance. */
export function textsSpeakersAndStances(text: string): [string, string | undefined, string][] {
  return extractStatements(text).map((s) => [s.text, s.speaker?.name, s.stance]);
}
