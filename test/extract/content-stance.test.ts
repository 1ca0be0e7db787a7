import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classNegation, deniesContent, dismissesContent } from '../../src/extract/content-stance';
import type { Doc } from '../../src/extract/doc';
import { docOf } from './doc-of';


/** A whole text as one content range. */
function content(text: string): [Doc, { lo: number; hi: number }] {
  const doc = docOf(text);
  return [doc, { lo: 0, hi: doc.tokens.length }];
}

const denies = (text: string): boolean => deniesContent(...content(text));

describe('deniesContent', () => {
  it.each([
    ['a negated event', 'the council has not sold the park'],
    ['a negation before a "like" that compares', "I don't feel like I misled the council"],
    ['a negated event after "will"', 'the council will not sell the park'],
    ['a negated event before a question of its own', 'the council will not sell the park. Why would it?'],
    ['a negation word as subject', 'no delegation was sent to the port'],
    ['a negation after a short opener', "Thank goodness, both of those things weren't true"],
    ['a negated event after an adverb and a comma', 'Frankly, the council did not sell the park'],
    ['a negated event after "Later,"', 'Later, the council did not sell the park'],
    ['a negated event after "Indeed,"', 'Indeed, the council did not sell the park'],
    ['a negation word as subject after an opener', 'In March, nobody was hurt at the pier'],
    ['a negated event with a degree word past the reach', 'the council did not sell the old park to the many bidders'],
    ['an emphatic "in the least"', 'the mayor did not in the least mislead the council'],
    ['an emphatic "so much as"', 'the mayor did not so much as call the harbour board'],
    ['an emphatic "much less"', 'the mayor did not accept money, much less a bribe'],
    ['be and a dismissal', 'the figures were fabricated'],
    ['intensifiers before the dismissal', 'the story is completely and utterly false'],
    ['a contracted be', "it's all lies"],
    ['a quoted dismissal', 'it was an "absolute lie"'],
    ['a dismissal by a determiner and an adjective', 'worse still is the false story about the fee'],
    ['a dismissal phrase', 'the statements have nothing to do with reality'],
    ['a negation before a participle of confirming after a comma', 'the troops did not withdraw, verifying reports from the port'],
    ['"far from the truth"', 'the statements are far from the truth'],
    ['a negated truth word after a long subject', 'the account given by the board to the press on Monday evening was not accurate'],
    ['a negation before a "whether" of its own clause', 'the board did not sell the pier, whether or not the mayor agreed'],
    ['a denial of having said it', 'we did not say the pier would close'],
    ['a negated claim of others ("were not claiming")', 'the rebels were not claiming responsibility for the attack'],
    ['a negation before a condition', 'he would not decide if the board objected'],
  ])('reads %s as a denial', (_name, text) => {
    expect(denies(text)).toBe(true);
  });

  it.each([
    ['a plain claim', 'the council sold the park'],
    ['a class', 'this is not a farming issue'],
    ['the own mind, first person', "I don't know what happened"],
    ['the own mind, reported', 'he was not surprised by the news'],
    ['a wish of one\'s own', "I don't want a fight at the convention"],
    ['a liking of one\'s own, reported', "she didn't like that"],
    ['a degree', 'not much happens in the town without the mayor'],
    ['a degree after the verb', "the board doesn't care very much about the ferry fares"],
    ['a degree of sufficiency', "the council didn't go far enough on the pier repairs"],
    ['an ability, "can not"', 'the mayor can not be trusted with the budget'],
    ['an ability, "cannot"', 'the pier cannot be reopened before May'],
    ['a duty, "should not"', 'the board should not be paid a bonus'],
    ['a cancelled negation', 'nothing moves in the port without the board'],
    ['a contrast', 'the question was not whether to close the pier but when'],
    ['lies that exist', 'there are lies in every campaign'],
    ['a negated dismissal', 'the figures were not unfounded but sound'],
    ['a negation inside a because clause', 'the pier closed because the board did not pay'],
    ['an addition, "not just"', "he's not just a harbour candidate"],
    ['an addition, "isn\'t only"', "it isn't only about the ferry fares"],
    ['an exhortation, "let us never"', 'let us never be silent about the ferry fares'],
    ['an exhortation, "let\'s not"', "let's not forget the ferry fares"],
    ['a question', "why won't the board publish the ferry fares? I think we know why"],
    ['a contrast set off by commas', 'the pier, not the ferry, was closed in May'],
    ['an opener that is a clause of its own', "It's true, I haven't been winning the harbour vote"],
    ['an opener with a subject of its own', "I know Ravel, and he's not going to sell the pier"],
    ['a question left open, "could not say whether"', 'he could not say whether the board would sell the pier'],
    ['a question left open, "not clear if"', 'it was not clear if the board would sell the pier'],
    ['a question left open past an adverb', 'the board could not immediately confirm whether the pier was sold'],
    ['what one could not confirm', 'she could not confirm the figures'],
    ['what was not verified, past an adverb', 'the reports had not been independently verified'],
    ['a hedge on what one says now ("not saying")', "we are not saying the pier should close, we are saying it needs repairs"],
    ['a hedge, contracted', "I'm not suggesting the mayor lied"],
  ])('reads %s as a claim', (_name, text) => {
    expect(denies(text)).toBe(false);
  });
});

describe('dismissesContent', () => {
  const plain = fc.constantFrom('the', 'board', 'said', 'pier', 'is', 'open', 'was', 'a', 'safe', 'plan', 'all', 'completely', 'and', 'to', 'it');

  it('never dismisses a text without a dismissal word', () => {
    fc.assert(fc.property(fc.array(plain, { maxLength: 30 }), (ws) => !dismissesContent(...content(ws.join(' ')))));
  });

  it('dismisses whenever "is" comes right before "false" (the words hold no "there")', () => {
    fc.assert(fc.property(fc.array(plain, { maxLength: 10 }), fc.array(plain, { maxLength: 10 }), (a, b) => dismissesContent(...content([...a, 'is', 'false', ...b].join(' ')))));
  });
});

describe('classNegation', () => {
  it.each([
    ['this is not a humanitarian issue', ['humanitarian', 'issue']],
    ["it's not an election ploy", ['election', 'ploy']],
    ['the council has not sold the park', null],
    ['this is a humanitarian issue', null],
  ])('reads the class in "%s"', (text, expected) => {
    expect(classNegation(...content(text))).toEqual(expected);
  });
});
