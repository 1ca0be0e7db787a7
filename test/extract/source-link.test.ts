import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';

const speakerOf = (text: string): string | undefined => extractStatements(text)[0]?.speaker?.name;

describe('linkedSourceStart', () => {
  it.each([
    ['a source close to a body', 'Sources close to the harbour board said the pier would close.', 'Sources close to the harbour board'],
    ['a source close to a named person', 'A source close to Harbour Minister Ana Lund said the pier would close.', 'source close to Harbour Minister Ana Lund'],
    ['a person familiar with a matter', 'A person familiar with the talks said the pier would close.', 'person familiar with the talks'],
    ['people briefed on a matter', 'People briefed on the talks said the pier would close.', 'People briefed on the talks'],
    ['investigators and what they probe', 'Investigators probing the pier collapse said a pump failed.', 'Investigators probing the pier collapse'],
  ])('names the source, not whom it is close to: %s', (_name, text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each([
    ['a spokesman for a body', 'A spokesman for the harbour board said the pier would close.', 'spokesman for the harbour board'],
    ['a named person', 'Harbour Minister Ana Lund said the pier would close.', 'Ana Lund'],
    ['a speaker and an aside participle between commas', 'The harbour board, citing the report, said the pier would close.', 'harbour board'],
    ['a noun in "-ing" before the speaker', 'During a press briefing the spokesman said the pier would close.', 'spokesman'],
    ['a meeting before the speaker', "After the board meeting Harbourline's chairman said the pier would close.", "Harbourline's chairman"],
  ])('leaves a phrase with no such link as it was: %s', (_name, text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});
