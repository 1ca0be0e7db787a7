import { describe, expect, it } from 'vitest';
import { feelingAttribution } from '../../src/extract/stated-feelings';
import { docOf } from './doc-of';


/** The attribution at the first token whose text is `cue`, as cue text and content text. */
function at(text: string, cue: string): { cue: string; content: string } | null {
  const doc = docOf(text);
  const { tokens } = doc;
  const i = tokens.findIndex((t) => t.text === cue);
  const a = feelingAttribution(doc, i, { lo: 0, hi: tokens.length }, 3);
  if (a === null || !('range' in a.content)) return null;
  const { lo, hi } = a.content.range;
  return { cue: text.slice((tokens[a.cueFirst] as { start: number }).start, (tokens[a.cueLast] as { end: number }).end), content: text.slice((tokens[lo] as { start: number }).start, (tokens[hi - 1] as { end: number }).end) };
}

describe('feelingAttribution', () => {
  it.each([
    ['The harbour board expressed concern that the pier would close.', 'expressed', 'expressed concern', 'the pier would close'],
    ['The mayor voiced hope that the ferry would run in May.', 'voiced', 'voiced hope', 'the ferry would run in May'],
    ['She expressed her deep regret that the pier closed early.', 'expressed', 'expressed her deep regret', 'the pier closed early'],
  ])('reads "%s" as a view of its subject', (text, cue, cueText, content) => {
    expect(at(text, cue)).toEqual({ cue: cueText, content });
  });

  it.each([
    ['a feeling about a thing, no clause', 'He expressed concern about the pier.', 'expressed'],
    ['no feeling noun', 'He expressed the parcel to the port that morning.', 'expressed'],
    ['no subject before the verb', 'Expressing concern that the pier would close, the board met.', 'Expressing'],
  ])('reads no view in %s', (_name, text, cue) => {
    expect(at(text, cue)).toBeNull();
  });
});
