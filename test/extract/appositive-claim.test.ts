import { describe, expect, it } from 'vitest';
import { textsSpeakersAndStances } from './said';

const said = textsSpeakersAndStances;

describe('the claim an appositive denial names', () => {
  it.each([
    [
      'is what a claim noun inside the clause reports',
      'Mayor Ann Holt said the pier was safe. The mayor also faces questions about her record, including allegations that she sold the pier, which she has denied.',
      [['the pier was safe', 'Ann Holt', 'asserts'], ['she sold the pier', undefined, 'asserts'], ['she sold the pier', 'Ann Holt', 'denies']],
    ],
    [
      'is what "whether" asks',
      'The early talk centred on whether the harbour board had hidden the cracks - an allegation rejected by the port inspectors.',
      [['the harbour board had hidden the cracks', undefined, 'asserts'], ['the harbour board had hidden the cracks', 'port inspectors', 'denies']],
    ],
    [
      'is what "whether or not" asks',
      'The early talk centred on whether or not the harbour board had hidden the cracks - an allegation rejected by the port inspectors.',
      [['the harbour board had hidden the cracks', undefined, 'asserts'], ['the harbour board had hidden the cracks', 'port inspectors', 'denies']],
    ],
    [
      'is the whole clause before it when nothing inside names a claim',
      'The harbour board hid the cracks for a year, a claim denied by the port inspectors.',
      [['The harbour board hid the cracks for a year', undefined, 'asserts'], ['The harbour board hid the cracks for a year', 'port inspectors', 'denies']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});
