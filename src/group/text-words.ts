import { contentWords, type FeatureContext } from './features';

/** The content words of a text (see `contentWords`), as one reader gives them. */
export type TextWords = (text: string) => readonly string[];

/**
 * `contentWords` of `ctx`, each text read once however often it is asked for, and each word form
 * looked up once across all the texts. `analyze` reads every statement's words for the stories
 * of the reports (`reportWords`) and again for the join sides (`joinSide`): one reader handed to
 * both reads each statement once. The lists given are shared, never to be changed; the reader
 * keeps them while it is held, so it is made for one run and let go with it.
 */
export function textWordsOf(ctx: FeatureContext): TextWords {
  const seen = new Map<string, string | null>();
  const read = new Map<string, readonly string[]>();
  return (text) => {
    let words = read.get(text);
    if (words === undefined) read.set(text, (words = contentWords(text, ctx, seen)));
    return words;
  };
}
