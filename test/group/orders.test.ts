import { describe, expect, it } from 'vitest';
import { isOrder } from '../../src/group/orders';

describe('isOrder', () => {
  it.each<[string, string, string | undefined, boolean]>([
    ['a hearer and an infinitive under a verb of urging', 'the harbour board to reopen the ferry pier before the storm season', 'urge', true],
    ['a named hearer', 'Velmora Shipping to pay the contractor what it owes', 'press', true],
    ['an object pronoun as the hearer', 'him to resign before the vote', 'ask', true],
    ['a long hearer, six words', 'the members of the harbour board to resign', 'urge', true],
    ['a clause after a verb of telling: a subject and an auxiliary', 'we have not sent a team of negotiators to the port', 'tell', false],
    ['a contraction is a subject and a verb', 'we’re going to win the vote in May', 'tell', false],
    ['"to" as a preposition before a name', 'the board’s loss of support to Ilse Brandvold accelerated', 'tell', false],
    ['"to" as a preposition before a determiner', 'the ferry statements to the harbour office are not accurate', 'tell', false],
    ['a claim with no "to"', 'the harbour board shut the ferry pier after the storm', 'urge', false],
    ['a "to" too far for a hearer', 'the members of the new harbour board of the port to resign', 'urge', false],
    ['a verb that is no order', 'the harbour board to reopen the ferry pier', 'say', false],
    ['no reporting verb known', 'the harbour board to reopen the ferry pier', undefined, false],
    ['a verb of naming: "called the report a rush to judgment"', 'the report a rush to judgment', 'call', false],
    ['a warning against doing a thing', 'against attacking its territory', 'warn', true],
    ['advice against doing a thing', 'against reading too much into the vote', 'caution', true],
    ['"against" after a verb that warns of no deed', 'against the plan', 'warn', false],
    ['"against" and a gerund after a verb of saying', 'against attacking its territory', 'say', false],
  ])('%s', (_name, text, lemma, expected) => {
    expect(isOrder(text, lemma)).toBe(expected);
  });
});
