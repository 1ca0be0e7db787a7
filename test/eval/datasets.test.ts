import { describe, expect, it } from 'vitest';
import { detectDataset, parseCsv, parseEmergent, parseMrpc, parseSick, parseSts, parseTwitterUrl } from '../../eval/datasets';

// Every snippet below is invented for these tests; none comes from the data sets.
const SICK = [
  'pair_ID\tsentence_A\tsentence_B\tentailment_label\trelatedness_score\tentailment_AB\tentailment_BA',
  '1\tA heron is wading in a pond\tA bird is standing in water\tENTAILMENT\t4.1\tA_entails_B\tB_neutral_A',
  '2\tA heron is wading in a pond\tNo heron is wading in a pond\tCONTRADICTION\t3.9\tA_contradicts_B\tB_contradicts_A',
  '',
].join('\n');

const MRPC = [
  '\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String',
  '1\t11\t12\tThe mayor said "the bridge will reopen in May.\tThe bridge reopens in May, the mayor said.',
  '0\t13\t14\tShares rose 3 percent on Tuesday.\tThe company cut 40 jobs "after a weak quarter".',
].join('\r\n');

const EMERGENT = [
  'id,claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId',
  '0,A goat was elected mayor,"Town denies goat, or any animal, holds office",against,x1,c1',
  '1,A goat was elected mayor,"Goat ""Mayor Billy"" sworn in",for,x2,c1',
  '2,A goat was elected mayor,Reports of goat mayor spread online,observing,x3,c1',
].join('\n');

describe('detectDataset', () => {
  it.each([
    { name: 'SICK by its header', text: SICK, kind: 'sick' },
    { name: 'MRPC by its header, after a byte-order mark', text: MRPC, kind: 'mrpc' },
    { name: 'Emergent by its CSV header', text: EMERGENT, kind: 'emergent' },
    { name: 'Twitter-URL by its vote column', text: 'A headline\tA tweet\t(4,6)\thttps://example.test/a\n', kind: 'twitter-url' },
    { name: 'STS by a leading score', text: '3.8\tRain floods the valley\tValley flooded by rain\n', kind: 'sts' },
    { name: 'nothing for an unknown file', text: 'hello, world\n', kind: undefined },
  ])('recognises $name', ({ text, kind }) => {
    expect(detectDataset(text)).toBe(kind);
  });
});

describe('parseSick', () => {
  it('reads the two sentences and the entailment label of each pair', () => {
    expect(parseSick(SICK)).toEqual([
      { a: 'A heron is wading in a pond', b: 'A bird is standing in water', gold: 'ENTAILMENT' },
      { a: 'A heron is wading in a pond', b: 'No heron is wading in a pond', gold: 'CONTRADICTION' },
    ]);
  });

  it('names the line of an unknown label', () => {
    const bad = SICK.replace('CONTRADICTION', 'MAYBE');
    expect(() => parseSick(bad)).toThrow(/line 3: expected one of ENTAILMENT, CONTRADICTION, NEUTRAL, found "MAYBE"/);
  });
});

describe('parseMrpc', () => {
  it('splits on tabs only, so unbalanced quote marks stay in the text', () => {
    expect(parseMrpc(MRPC)).toEqual([
      { a: 'The mayor said "the bridge will reopen in May.', b: 'The bridge reopens in May, the mayor said.', gold: true },
      { a: 'Shares rose 3 percent on Tuesday.', b: 'The company cut 40 jobs "after a weak quarter".', gold: false },
    ]);
  });

  it('names the line that has too few fields', () => {
    expect(() => parseMrpc('Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t11\tonly three')).toThrow(/line 2: expected 5/);
  });
});

describe('parseSts', () => {
  it.each([
    { line: '3.8\tRain floods the valley\tValley flooded by rain', gold: 3.8 },
    { line: '0\tRain floods the valley\tA cat wins a prize', gold: 0 },
  ])('reads the score $gold', ({ line, gold }) => {
    expect(parseSts(line)).toEqual([{ a: line.split('\t')[1], b: line.split('\t')[2], gold }]);
  });

  it('refuses a score outside 0 to 5', () => {
    expect(() => parseSts('7\tx\ty')).toThrow(/line 1: expected a score/);
  });
});

describe('parseTwitterUrl', () => {
  it('keeps 4 or more votes as paraphrase, 2 or fewer as not, and drops the even split', () => {
    const text = [
      'Storm closes airport \tAirport shut by storm tonight \t(5,6)\thttps://example.test/1',
      'Storm closes airport \tWhat a game last night \t(1,6)\thttps://example.test/1',
      'Storm closes airport \tFlights delayed again \t(3,6)\thttps://example.test/1',
    ].join('\n');
    expect(parseTwitterUrl(text)).toEqual([
      { a: 'Storm closes airport', b: 'Airport shut by storm tonight', gold: true },
      { a: 'Storm closes airport', b: 'What a game last night', gold: false },
    ]);
  });
});

describe('parseEmergent', () => {
  it('reads quoted fields with commas and doubled quote marks', () => {
    expect(parseEmergent(EMERGENT)).toEqual([
      { a: 'A goat was elected mayor', b: 'Town denies goat, or any animal, holds office', gold: 'against' },
      { a: 'A goat was elected mayor', b: 'Goat "Mayor Billy" sworn in', gold: 'for' },
      { a: 'A goat was elected mayor', b: 'Reports of goat mayor spread online', gold: 'observing' },
    ]);
  });

  it('refuses a file without the Emergent columns', () => {
    expect(() => parseEmergent('id,text\n1,hello')).toThrow(/Emergent header/);
  });
});

describe('parseCsv', () => {
  it.each([
    { name: 'quoted commas and quotes', text: 'a,"b,c","d ""e"""\r\nf,g', records: [['a', 'b,c', 'd "e"'], ['f', 'g']] },
    { name: 'a line break inside quotes', text: '"one\ntwo",3\n', records: [['one\ntwo', '3']] },
    { name: 'empty fields', text: ',x,\n', records: [['', 'x', '']] },
  ])('handles $name', ({ text, records }) => {
    expect(parseCsv(text)).toEqual(records);
  });
});
