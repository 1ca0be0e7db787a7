import { describe, expect, it } from 'vitest';
import { createFeatureContext } from '../../src/group/features';
import { negateTwoThings } from '../../src/group/negated-apart';

const ctx = createFeatureContext();

describe('negateTwoThings', () => {
  it.each([
    ['two verbs negated, neither named by the other', 'I have not left Velmar with the harbour team', 'Karvia has not sent any harbour team to Osterholm', true],
    ['one verb negated, named by the other as a passive', 'Karvia has not sent a harbour team to Osterholm', 'the harbour team was sent by ferry, but it has not landed yet', false],
    ['the same verb negated in both', 'we have not sent a team of pilots to Osterholm', 'Karvia has not sent any pilots to the port', false],
    ['a verdict on the whole in one', 'I have not left Velmar with the harbour team', 'such reports are not true', false],
    ['a negation of a noun phrase in one: its head is the thing, not what is denied', 'none of the cargo was marked secret at the time', 'none of her letters were marked secret when they were sent', false],
    ['a claim with no negation', 'I have not left Velmar with the harbour team', 'Karvia sent a harbour team to Osterholm', false],
  ])('%s', (_name, a, b, apart) => {
    const two = negateTwoThings([{ text: a }, { text: b }], ctx);
    expect(two(0, 1)).toBe(apart);
    expect(two(1, 0)).toBe(apart);
  });
});
