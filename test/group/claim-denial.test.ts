import { describe, expect, it } from 'vitest';
import { findDenialLinks, findDenialPairs, propositionWords } from '../../src/group/claim-denial';
import { createFeatureContext } from '../../src/group/features';
import { groupStatements } from '../../src/group/group-statements';

const ctx = createFeatureContext();
const T = { threshold: 0.5, maxDf: 200 };

/** Invented: two claims about the northern ports too different to group, and a denial of each. */
/** Invented: one denied sale in two wordings, and other statements on the same coast. */
const LAND = [
  { id: 'c1', text: 'the ministry sold the coastal land to a developer last spring' },
  { id: 'c2', text: 'the ministry raised the fishing quota for the coastal towns' },
  { id: 'd1', text: 'the ministry did not sell the coastal land to the developer', stance: 'denies' as const },
  { id: 'd2', text: 'the coastal land was never sold to the developer', stance: 'denies' as const },
  { id: 'd3', text: 'the ministry did not raise the fishing quota for the towns', stance: 'denies' as const },
  { id: 'c3', text: 'Ministry officials' },
];

const PORTS = [
  { id: 'c1', text: 'smugglers use the northern ports to move weapons into the capital' },
  { id: 'c2', text: 'rebel commanders ship rifles through the northern ports every week' },
  { id: 'd1', text: 'the northern ports are not used to move weapons', stance: 'denies' as const },
  { id: 'd2', text: 'rebels do not ship rifles through the northern ports', stance: 'denies' as const },
  { id: 'd3', text: 'the mayor did not cancel the spring festival', stance: 'denies' as const },
  { id: 'c3', text: 'the mayor cancelled the spring festival after the storm' },
];

describe('propositionWords', () => {
  it.each([
    ['sets aside a reporting prefix and a second clause', 'Officials say the ministry does not allow its ports to be used for smuggling and cannot be blamed for shortages', ['allow', 'ministry', 'port', 'smuggle', 'use']],
    ['sets aside a claim noun', 'claims that its harbours are used by smugglers', ['harbour', 'smuggler', 'use']],
    ['keeps a plain proposition whole', 'the northern ports are not used to move weapons', ['move', 'northern', 'port', 'use', 'weapon']],
    ['gives nothing for a bare pointer to a claim', 'those claims', []],
    ['sets aside a verb of knowing: what is denied is its clause', "I don't think the ferry will run again before the storm passes", ['again', 'ferry', 'pass', 'run', 'storm']],
    ['gives nothing for a bare "I don\'t know"', "I don't know", []],
    ['keeps the claimant a possessive names before a claim noun that is also a cue', "the harbourmaster's claims were invented", ['harbourmaster', 'invent']],
    ['keeps the claimant with a curly apostrophe', 'Whitlow’s charges are baseless', ['baseless', 'whitlow']],
    ['reads a claim noun after a determiner as a noun, not a cue', 'these claims about the pier are invented', ['invent', 'pier']],
    ['still sets aside a speaker before a verb that is a cue', 'The ministry claims the pier is safe', ['pier', 'safe']],
    ['keeps the claimant of a plural possessive, its apostrophe last', "the protesters' claims were invented", ['invent', 'protester']],
    ['reads "\'s claimed" as "has claimed", a cue', "Whitlow's claimed the pier is unsafe", ['pier', 'unsafe']],
    ['reads a verb after "that" as a cue: a relative clause, not a determiner', 'Officials that say the pier is unsafe', ['pier', 'unsafe']],
    ['reads a share as one word however it is written', 'fees of 12% on the berths', ['12', 'berth', 'fee', 'percent']],
    ['reads "per cent" as that share', 'fees of 12 per cent on the berths', ['12', 'berth', 'fee', 'percent']],
  ])('%s', (_name, text, words) => {
    expect(propositionWords(text, ctx)).toEqual(words);
  });
});

describe('findDenialLinks and findDenialPairs', () => {
  const items = PORTS.map((s) => ({ text: s.text, stance: s.stance }));

  it('links each denial to the claims that hold its proposition, and no other', () => {
    const links = findDenialLinks(items, ctx, T).map((l) => `${PORTS[l.denial]?.id}>${PORTS[l.claim]?.id}`);
    expect(links).toEqual(['d1>c1', 'd2>c2', 'd3>c3']);
  });

  it('takes the link the extractor made even without shared words', () => {
    const explicit = [{ text: 'prices rose' }, { text: 'nothing of the kind happened', stance: 'denies' as const, denies: 0 }];
    expect(findDenialLinks(explicit, ctx, T)).toEqual([{ denial: 1, claim: 0, score: 1 }]);
  });

  it('pairs denials of one proposition in two wordings, not denials of different ones on one topic', () => {
    const pairs = findDenialPairs(LAND.map((s) => ({ text: s.text, stance: s.stance })), ctx, T).map((p) => `${LAND[p.denial]?.id}~${LAND[p.claim]?.id}`);
    expect(pairs).toEqual(['d1~d2']);
  });
});

describe('claim–denial groups', () => {
  const groups = groupStatements(PORTS);
  const groupOf = (id: string) => groups.findIndex((g) => g.members.includes(id));

  it('keeps two claims on one topic apart though each has its own denial', () => {
    expect(groups[groupOf('c1')]?.members).toEqual(['c1', 'd1']);
    expect(groups[groupOf('c2')]?.members).toEqual(['c2', 'd2']);
  });

  it('joins the denials of one proposition with one group of claims, not every claim on the topic', () => {
    const land = groupStatements(LAND);
    const members = (id: string) => land.find((g) => g.members.includes(id))?.members;
    expect(members('d1')).toEqual(['c1', 'd1', 'd2']);
    expect(members('d3')).toEqual(['c2', 'd3']);
  });

  it('never joins a claim that holds only the names of a denied proposition', () => {
    const land = groupStatements(LAND);
    expect(land.find((g) => g.members.includes('c3'))?.members).toEqual(['c3']);
  });

  it('keeps a denial of another proposition with its own claim only', () => {
    expect(groups[groupOf('d3')]?.members).toEqual(['c3', 'd3']);
  });

  it('gives the same groups for any order of the input', () => {
    expect(groupStatements([...PORTS].reverse())).toEqual(groups);
  });
});
