import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';

const texts = (text: string): string[] => extractStatements(text).map((s) => s.text);

describe('the content after a verb of saying', () => {
  it.each([
    ['a place closing the sentence', '"The ferry will run in May," Mr. Ravel said in Orrin.', 'in Orrin'],
    ['a hearer closing the sentence', '"We need the pier," the mayor said to Harbour Weekly.', 'to Harbour Weekly'],
    ['a setting past an interview', '"We will win the vote," Ms. Aske said in an interview on Harbour Radio.', 'on Harbour Radio'],
    ['a byline', 'Lena Horvath reported from Orrin.', 'from Orrin'],
    ['a time of speaking', '"The pier is safe," Mr. Ravel said at one point.', 'at one point'],
    ['a hearer after "wrote"', '"The pier is safe," Mr. Ravel wrote to investors.', 'to investors'],
    ['the question put to the speaker', 'Asked if he would resign, Mayor Ravel said no. The council met on Friday.', 'Asked if he would resign'],
    ['a channel with a number and a place', '"The pier is safe and it will stay open," Mr. Ravel told Harbour News 6 in Orrin.', '6 in Orrin'],
  ])('is no statement when it is only %s', (_name, text, setting) => {
    expect(texts(text)).not.toContain(setting);
  });

  it('leaves the quotation before the cue its statement', () => {
    expect(texts('"The ferry will run in May," Mr. Ravel said in Orrin.')).toEqual(['The ferry will run in May']);
  });

  it.each([
    ['"that" after the setting', 'The mayor said in Orrin that the ferry would run in May.', 'the ferry would run in May'],
    ['a setting, then the content', 'The mayor said on Harbour Radio the ferry would run in May.', 'the ferry would run in May'],
    ['a verb of promising, whose "to" opens what is promised', 'The mayor promised to reopen the pier.', 'to reopen the pier'],
    ['a share that opens it', 'Pollster Ines Brack said 30 percent of voters back the pier.', '30 percent of voters back the pier'],
    ['a count that opens it', 'The mayor said 2,000 homes lost power.', '2,000 homes lost power'],
    ['a weekday before it', 'The mayor said Sunday the ferry would run in May.', 'the ferry would run in May'],
    ['a day and month before it', 'The mayor said 4 March the ferry would run in May.', 'the ferry would run in May'],
    ['a participle clause that opens what is said', 'Asked to leave, most residents stayed in their homes, officials said.', 'Asked to leave, most residents stayed in their homes'],
    ['a hearer whose name ends in a number', 'The mayor told Harbour Radio 4 the ferry would run in May.', 'the ferry would run in May'],
    ['a hearer whose name ends in a number, then a day', 'The mayor told Harbour Radio 4 on Sunday the ferry would run in May.', 'the ferry would run in May'],
    ['a month and day before it', 'The mayor said March 4 the ferry would run in May.', 'the ferry would run in May'],
    ['a day, then "there was" and a "that" of its own', 'The harbour board said on Monday there was no evidence that the dredging harmed the seals.', 'there was no evidence that the dredging harmed the seals'],
    ['a day, then "it was" and a "that" of its own', 'The harbour board said on Monday it was untrue that the dredging harmed the seals.', 'it was untrue that the dredging harmed the seals'],
    ['a setting holding a clause of "it was" before its "that"', 'The mayor told reporters after it was announced that the ferry would run in May.', 'the ferry would run in May'],
    ['a hearer, then a clause of its own with its own "that"', 'The harbour board told me it categorically rejects any suggestion that the pier failed an inspection.', 'it categorically rejects any suggestion that the pier failed an inspection'],
    ['a setting with a relative clause of its own before "that"', 'Mayor Ravel said in a letter she sent to staff that the pier would close.', 'the pier would close'],
    ['a hearer with a relative clause of its own before "that"', 'Mayor Ravel told the committee he chairs that the pier would close.', 'the pier would close'],
    ['a pronoun after a day', 'Mayor Ravel said on Monday she would resign.', 'she would resign'],
    ['"it again" and a colon', 'Mayor Ravel said it again: "The council has not sold the pier."', 'The council has not sold the pier.'],
    ['"it" with an adverb and a colon', 'Mayor Ravel said it plainly: the council has not sold the pier.', 'the council has not sold the pier'],
    ['"it again", a day and a colon', 'Mayor Ravel said it again on Saturday: "The council has not sold the pier."', 'The council has not sold the pier.'],
    ['"this" and a colon', 'Mayor Ravel said this: the council has not sold the pier.', 'the council has not sold the pier'],
  ])('is read with %s', (_name, text, content) => {
    expect(texts(text)).toContain(content);
  });
});
