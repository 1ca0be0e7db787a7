import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';

/** The speaker of the statement of `text` whose text is `content`. */
const speakerOf = (text: string, content: string): string | null | undefined =>
  extractStatements(text).find((s) => s.text === content)?.speaker?.name;

describe('collectTitledPersons and personForTitle', () => {
  it.each([
    ['a title and a name before the verb', 'Port Minister Ines Halde opened the quay. The port minister said repairs were done.', 'repairs were done', 'Ines Halde'],
    ['a title and a name in a possessive', "Port Minister Ines Halde's aide Tom Brill spoke first. The port minister said repairs were done.", 'repairs were done', 'Ines Halde'],
    ['a title and a name ending in s, in a possessive', "Port Minister Ana Voss' aide Tom Brill spoke first. The port minister said repairs were done.", 'repairs were done', 'Ana Voss'],
    ['a title that fits two people', 'Port Minister Ines Halde met Port Minister Ana Voss. The port minister said repairs were done.', 'repairs were done', 'port minister'],
    ['a country\'s adjective no role holds, one bare title and one of another country', 'U.S. President Joe Brand met President Vlad Pero. Later, the Karvian president said the talks failed.', 'the talks failed', 'Vlad Pero'],
    ['a country\'s adjective, another name written after the bare title\'s', 'President Joe Brand met Ivan Koval on Monday. Brand pledged more aid to Koval. The Karvian president said the aid would help.', 'the aid would help', 'Karvian president'],
    ['a function word shaped like a country\'s adjective', 'U.S. President Joe Brand met President Vlad Pero on Monday. Each president said the talks had failed badly.', 'the talks had failed badly', 'Each president'],
    ['the surname only inside a longer word', `President Vlad Lee spoke. ${'The talks went on for hours. '.repeat(15)}In Leeds, the Karvian president said the talks failed.`, 'the talks failed', 'Karvian president'],
    ['a country\'s adjective one role holds', 'President Vlad Pero met Karvian President Joe Brand. Later, the Karvian president said the talks failed.', 'the talks failed', 'Joe Brand'],
    ['a country\'s adjective and no bare title', 'Vlad Pero met U.S. President Joe Brand. Later, the Karvian president said the talks failed.', 'the talks failed', 'Karvian president'],
    ['a country\'s adjective, the bare title named long before', `President Vlad Pero spoke first. ${'The talks went on for hours. '.repeat(16)}Later, the Karvian president said the talks failed.`, 'the talks failed', 'Karvian president'],
  ])('resolves a title-only speaker after %s', (_name, text, content, speaker) => {
    expect(speakerOf(text, content)).toBe(speaker);
  });
});
