import { describe, expect, it } from 'vitest';
import { dismissedClaimants, oneClaimantDismissed } from '../../src/group/claimant-dismissals';
import { analyze } from '../../src/pipeline/analyze';

describe('dismissedClaimants', () => {
  it.each<[string, string, string[][]]>([
    ['a possessive before a claim noun', "the mayor's opponent called Hollis's accusations baseless", [['hollis']]],
    ['an adjective between them', 'Hollis’s latest claims were invented', [['hollis']]],
    ['a by-phrase with a source verb', 'all the charges leveled by Senator Ada Hollis against the council are lies', [['ada', 'hollis']]],
    ['an office and its holder set off by commas', 'the statements made by the Council Leader, Ada Hollis, about the budget are false', [['council'], ['ada', 'hollis']]],
    ['what a claimant said', 'all what Hollis mentioned of accusations against the council is but lies', [['hollis']]],
    ['a content after the noun: one claim, not all of them', 'Hollis’s assertion that the council lost the files', []],
    ['a figure: one claim', 'the numbers quoted by Hollis are fictional', []],
    ['no claimant named', 'the claims are totally false', []],
    ['a lower-case possessive is no name', "the council's claims are false", []],
    ['a name with a particle', 'the charges made by Bashar al-Assad are lies', [['bashar', 'al', 'assad']]],
    ['a pronoun is no name', "He's leveled charges against the council", []],
    ['a name at a sentence\'s end', 'all the accusations leveled by Hollis.', [['hollis']]],
    ['a claim noun opening the sentence', 'Claims made by Hollis are lies', [['hollis']]],
    ['"what" opening the sentence', 'What Hollis said is but lies', [['hollis']]],
    ['no claim noun and no "what"', 'Hollis lied about the council', []],
  ])('%s: "%s"', (_name, text, expected) => {
    expect(dismissedClaimants(text)).toEqual(expected);
  });
});

describe('oneClaimantDismissed', () => {
  const voice = (name: string) => ({ name, start: 0, end: 1, aliases: [] });
  const claim = (text: string, name: string, topic = 0) => ({ text, stance: 'asserts', topic, speaker: voice(name) });
  const denial = (text: string, topic: number | null = 0) => ({ text, stance: 'denies', topic: topic ?? undefined, speaker: voice('Per Holt') });

  it.each<[string, { text: string; stance: string; topic?: number | undefined; speaker: ReturnType<typeof voice> }[], [number, number][]]>([
    [
      'two dismissals of one voice of the story\'s claims, named two ways',
      [claim('the dam was mined', 'Ada Hollis'), denial('Hollis’s claims were fabricated'), denial('all the accusations leveled by Ada Hollis against the council are lies')],
      [[1, 2]],
    ],
    [
      'one name that stands for two voices ("Hollis": Ada and Ben), or two people',
      [claim('the dam was mined', 'Ada Hollis'), claim('the bridge was mined', 'Ben Hollis'), denial('Hollis’s claims were fabricated'), denial('the claims made by Ada Hollis are false'), denial('the claims made by Ben Hollis are false')],
      [],
    ],
    [
      'a word of two voices ("Syrian": the government and the rebels)',
      [claim('sarin was used', 'Syrian rebels'), claim('chlorine was used', 'Syrian government'), denial('the claims made by Syrian rebels were lies'), denial('the accusations made by the Syrian government were fabricated')],
      [],
    ],
    [
      'a name no voice of the story\'s claims holds',
      [claim('the dam was mined', 'Ada Hollis'), denial('Tom Reyes’s claims were fabricated'), denial('all what Reyes said is lies')],
      [],
    ],
    [
      'a dismissal naming two claimants ("Kerry, Lavrov said")',
      [claim('the dam was mined', 'Ada Hollis'), claim('the port was shelled', 'Tom Reyes'), denial('the claims made by Hollis, Reyes said, are lies'), denial('Hollis’s claims were fabricated')],
      [],
    ],
    [
      'two stories, or a story unknown',
      [claim('the dam was mined', 'Ada Hollis'), claim('the dam was mined', 'Ada Hollis', 1), denial('Hollis’s claims were fabricated'), denial('all what Hollis said is lies', 1), denial('all what Hollis said is lies', null)],
      [],
    ],
  ])('%s', (_name, items, pairs) => {
    expect(oneClaimantDismissed(items, () => false)).toEqual(pairs);
  });

  it('leaves out the pairs kept apart', () => {
    const items = [claim('the dam was mined', 'Ada Hollis'), denial('Hollis’s claims were fabricated'), denial('all what Hollis said is lies'), denial('the claims made by Ada Hollis are false')];
    expect(oneClaimantDismissed(items, () => false)).toEqual([[1, 2], [1, 3], [2, 3]]);
    expect(oneClaimantDismissed(items, (a, b) => a === 1 && b === 2)).toEqual([[1, 3], [2, 3]]);
  });
});

describe('dismissedClaimants on long runs of capitals', () => {
  it('reads a name of six words at most, so a long run costs a bounded look at each word', () => {
    const run = 'Ab Cd Ef Gh Ij Kl Mn Op Qr St';
    expect(dismissedClaimants(`${run}'s claims were lies`)).toEqual([['ij', 'kl', 'mn', 'op', 'qr', 'st']]);
    expect(dismissedClaimants(`${'Aa '.repeat(2000)}claims were lies`)).toEqual([]);
  });
});

describe('dismissals of one claimant in analyze', () => {
  it('groups them with his claims, and a claim stays the canonical', () => {
    const reports = [
      { id: 'r1', text: "Secretary of State John Kerry said the Syrian regime carried out a chemical attack near Damascus that killed 1,429 people. The Syrian foreign ministry said Kerry's claims were fabricated." },
      { id: 'r2', text: 'John Kerry said Syrian government forces launched a chemical attack near Damascus, killing 1,429 people. Syrian state television said all the accusations leveled by Kerry are lies.' },
      { id: 'r3', text: 'Kerry said the Syrian regime was behind the chemical attack near Damascus. Russia said the claims made by Kerry were false.' },
    ];
    const a = analyze(reports);
    const dismissals = a.statements.filter((s) => s.stance === 'denies' && dismissedClaimants(s.text).length > 0);
    expect(dismissals).toHaveLength(3);
    const group = a.groups.find((g) => g.members.includes(dismissals[0]?.id ?? ''));
    for (const d of dismissals) expect(group?.members).toContain(d.id);
    expect(a.statements.find((s) => s.id === group?.canonical)?.stance).toBe('asserts');
  });
});
