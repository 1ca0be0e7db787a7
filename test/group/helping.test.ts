import { describe, expect, it } from 'vitest';
import { statesHelp } from '../../src/group/helping';

describe('statesHelp', () => {
  it.each([
    ['a helper after its subject and an auxiliary', 'The Velmari had assisted the Karvian navy in planting mines at the terminal', true],
    ['a helper right after its subject', 'Ostrava helped the militia plan the raid on the depot', true],
    ['a helper named by a passive', 'navy divers helped by Velmar planted mines at the terminal', false],
    ['a passive with a form of "be"', 'the militia was aided in the raid by Ostrava', false],
    ['the deed itself', 'Karvian navy divers planted mines beneath the ferry terminal', false],
    ['a verb of helping far past the first clause', 'the navy planted mines beneath the ferry terminal last winter and then it assisted in the clean-up', false],
    ['a verb of helping opening the text, with no subject', 'helped the militia plan the raid', false],
  ])('%s: "%s"', (_name, text, expected) => {
    expect(statesHelp(text)).toBe(expected);
  });
});
