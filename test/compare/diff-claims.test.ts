import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../src/compare/diff-claims';
import type { ClaimDiff, Label, Reason, Relation } from '../../src/schema/diff';

/** The segment whose A side (or B side, when A is absent) covers the given text. */
function segmentOf(diff: ClaimDiff, a: string, b: string, pieceA: string | null, pieceB: string | null) {
  return diff.segments.find((s) => (pieceA === null ? s.a === null : s.a !== null && a.slice(...s.a) === pieceA) && (pieceB === null ? s.b === null : s.b !== null && b.slice(...s.b) === pieceB));
}

const SPOKESMAN_A = 'We have tried to improve relations, but the main hurdle, as is evident, remains the security situation and the sanctuaries terrorists benefit from';
const SPOKESMAN_B = 'We have been trying to improve relations, but the major obstacle remains the security situation and the sanctuaries enjoyed by terrorists';

describe('diffClaims on the spokesman’s two wordings', () => {
  const diff = diffClaims(SPOKESMAN_A, SPOKESMAN_B);

  it('calls the pair a paraphrase', () => {
    expect(diff.relation).toBe('paraphrase');
  });

  it.each([
    ['tried', 'been trying', 'inflection'],
    ['main hurdle', 'major obstacle', 'synonym'],
    ['terrorists benefit from', 'enjoyed by terrorists', 'reorder'],
    ['terrorists benefit from', 'enjoyed by terrorists', 'voice'],
  ] as const)('labels %j ~ %j a paraphrase with reason %s', (pa, pb, reason) => {
    const s = segmentOf(diff, SPOKESMAN_A, SPOKESMAN_B, pa, pb);
    expect(s?.label).toBe('paraphrase');
    expect(s?.reasons).toContain(reason);
  });

  it('labels "as is evident" removed', () => {
    const s = diff.segments.find((x) => x.label === 'removed');
    expect(s?.a && SPOKESMAN_A.slice(...s.a)).toMatch(/as is evident/);
  });

  it('labels the rest a match and nothing a contradiction', () => {
    expect(diff.segments.map((s) => s.label)).not.toContain('contradict');
    expect(segmentOf(diff, SPOKESMAN_A, SPOKESMAN_B, 'remains the security situation and the sanctuaries', 'remains the security situation and the sanctuaries')?.label).toBe('match');
  });
});

describe('diffClaims on the scope of a negation', () => {
  it.each([
    ['The minister, who did not attend, said the plan was approved', 'The minister said the plan was approved', ', who did not attend,'],
    ['Although he did not vote, the senator backed the bill', 'The senator backed the bill', 'Although he did not vote,'],
  ])('does not let a negated clause on one side only flip the other: %j ~ %j', (a, b, clause) => {
    const diff = diffClaims(a, b);
    expect(diff.relation).not.toBe('contradict');
    expect(diff.segments.map((s) => s.label)).not.toContain('contradict');
    expect(diff.segments.find((s) => s.a !== null && a.slice(...s.a).includes(clause))?.label).toBe('removed');
  });
});

describe('diffClaims never calls a pair with another figure or date a paraphrase', () => {
  it.each([
    ['"The contractor has missed every deadline, and the bridge will not reopen before the autumn," Mayor Ana Reyes said.', '"The contractor has failed to meet every deadline, and the bridge won\'t reopen before the summer," Reyes said.'],
    ['Officials said about 40 people were hurt when the stand collapsed on Saturday', 'About 60 people were injured when a stand collapsed on Saturday, officials said'],
  ])('%j ~ %j', (a, b) => {
    const diff = diffClaims(a, b);
    expect(diff.segments.some((s) => s.label === 'contradict')).toBe(true);
    expect(['contradict', 'differ']).toContain(diff.relation);
  });
});

describe('diffClaims on a capital named for its country', () => {
  it.each<[string, string, string, string]>([
    ['The ministry sent a team of envoys to Muscat on Sunday.', 'The ministry sent a team of envoys to Oman on Sunday.', 'Muscat', 'Oman'],
    ['Damascus rejected the proposal within hours.', 'Syria rejected the proposal within hours.', 'Damascus', 'Syria'],
    ['Moscow was behind the blast, the minister said.', 'The Kremlin was behind the blast, the minister said.', 'Moscow', 'The Kremlin'],
  ])('%j ~ %j: %j ~ %j is a paraphrase piece, and the pair a paraphrase', (a, b, pa, pb) => {
    const diff = diffClaims(a, b);
    expect(diff.relation).toBe('paraphrase');
    expect(segmentOf(diff, a, b, pa, pb)?.label).toBe('paraphrase');
    expect(diff.segments.map((s) => s.label)).not.toContain('contradict');
  });

  it.each([
    ['The ministry sent a team of envoys to Muscat on Sunday.', 'The ministry sent a team of envoys to Tehran on Sunday.', 'Muscat', 'Tehran'],
    ['The ministry sent a team of envoys to Paris on Sunday.', 'The ministry sent a team of envoys to Oman on Sunday.', 'Paris', 'Oman'],
  ])('%j ~ %j: still contradicts %j by %j, the capital of another country', (a, b, pa, pb) => {
    const diff = diffClaims(a, b);
    expect(diff.relation).toBe('contradict');
    expect(segmentOf(diff, a, b, pa, pb)?.label).toBe('contradict');
  });
});

describe('diffClaims on hedges and attribution', () => {
  it.each<[string, string, string | null, string | null, Label, Reason]>([
    ['Police claimed the man was armed', 'Police confirmed the man was armed', 'claimed', 'confirmed', 'paraphrase', 'attribution'],
    ['The minister said the talks failed', 'The minister admitted the talks failed', 'said', 'admitted', 'paraphrase', 'attribution'],
    ['The minister said the talks failed', 'The minister stated the talks failed', 'said', 'stated', 'paraphrase', 'synonym'],
    ['The man was reportedly armed', 'The man was armed', 'reportedly', null, 'removed', 'hedge'],
    ['The general allegedly ordered the raid', 'The general ordered the raid', 'allegedly', null, 'removed', 'hedge'],
  ])('%j ~ %j: %j ~ %j is %s (%s), and the pair a paraphrase', (a, b, pa, pb, label, reason) => {
    const diff = diffClaims(a, b);
    expect(diff.relation).toBe('paraphrase');
    const s = segmentOf(diff, a, b, pa, pb);
    expect(s?.label).toBe(label);
    expect(s?.reasons).toEqual([reason]);
  });

  it.each([
    ['Officials rejected the claims', 'Officials rejected the reports'],
    ['The man was armed', 'The man was heavily armed'],
  ])('does not read %j ~ %j as a shift of attribution or a hedge', (a, b) => {
    const reasons = diffClaims(a, b).segments.flatMap((s) => s.reasons);
    expect(reasons).not.toContain('attribution');
    expect(reasons).not.toContain('hedge');
  });
});

describe('diffClaims contradictions and their look-alikes', () => {
  it.each<[string, string, Label, Reason]>([
    ['Afghan soil is used to plan attacks', 'Afghan soil is not used to plan attacks', 'contradict', 'negation'],
    ['The group operates with state support', 'The group operates without state support', 'contradict', 'negation'],
    ['The offer was accepted on Monday', 'The offer was rejected on Monday', 'contradict', 'antonym'],
    ['Exports increased last year', 'Exports decreased last year', 'contradict', 'antonym'],
    ['The border is 1,600 miles long', 'The border is 1,400 miles long', 'contradict', 'number'],
    ['Turnout was 70% in the capital', 'Turnout was 55% in the capital', 'contradict', 'number'],
    ['The fine was $420', 'The fine was $240', 'contradict', 'number'],
    ['The talks were held on Nov. 7', 'The talks were held on November 9', 'contradict', 'date'],
    ['All the detainees were released', 'None of the detainees were released', 'contradict', 'quantifier'],
    ['Pakistan accused India of the attack', 'Pakistan accused Iran of the attack', 'contradict', 'entity'],
    ['The bridge will not reopen before the autumn', 'The bridge will not reopen before the summer', 'contradict', 'date'],
    ['The bridge will reopen in the fall', 'The bridge will reopen in the autumn', 'paraphrase', 'date'],
    ['They met in spring 2024', 'They met in the spring of 2024', 'paraphrase', 'date'],
    ['Turnout was 70% in the capital', 'Turnout was 70 percent in the capital', 'paraphrase', 'number'],
    ['Turnout was seventy percent in the capital', 'Turnout was 70% in the capital', 'paraphrase', 'number'],
    ['The talks were held on Nov. 7', 'The talks were held on November 7', 'paraphrase', 'date'],
    ["We won't accept the terms", 'We will not accept the terms', 'paraphrase', 'contraction'],
    ['Tehrik-e-Taliban Pakistan claimed the attack', 'Tehreek-e-Taliban Pakistan claimed the attack', 'match', 'spelling'],
    ['The MINISTER resigned', 'The minister resigned', 'match', 'case'],
    ['The army’s “plan” failed', 'The army\'s "plan" failed', 'match', 'punctuation'],
    ['Iran and Iraq share a 1,600-mile border', 'Iran and Iraq share a 2,575-km border', 'paraphrase', 'number'],
    ['The town lies about 90 miles north of Baghdad', 'The town lies about 150 kilometres north of Baghdad', 'paraphrase', 'number'],
    ['Revenue was $6.3 billion in the quarter', 'Revenue was $6.32 billion in the quarter', 'paraphrase', 'number'],
    ['Revenue was $6.3 billion in the quarter', 'Revenue was $6.9 billion in the quarter', 'contradict', 'number'],
    ['The town lies 90 miles north of Baghdad', 'The town lies 190 kilometres north of Baghdad', 'contradict', 'number'],
    ['The fire killed 100 people', 'The fire killed 120 people', 'contradict', 'number'],
    ['More than 1,500 people were killed', '1,600 people were killed', 'paraphrase', 'number'],
    ['The plan, which was not funded, failed', 'The plan, which was funded, failed', 'contradict', 'negation'],
    ['Three men are jumping on a wall', 'Three men are jumping off a wall', 'contradict', 'antonym'],
    ['Rates will go up next year', 'Rates will go down next year', 'contradict', 'antonym'],
    ['About 70 people were arrested', '72 people were arrested', 'paraphrase', 'number'],
    ['Between 10 and 20 soldiers died', '15 soldiers died', 'paraphrase', 'number'],
    ['Between 10 and 20 soldiers died', '30 soldiers died', 'contradict', 'number'],
    ['Fewer than 100 people came', 'More than 200 people came', 'contradict', 'number'],
    ['Nearly 2,000 troops were sent', '2,100 troops were sent', 'contradict', 'number'],
    ['The writedown was $2 billion', 'The writedown was $1.5 billion', 'contradict', 'number'],
    ['a 1.5 billion pound writedown', 'a 1.5 billion-pound writedown', 'paraphrase', 'number'],
    ['There are no plans for new bases, Pentagon officials said', 'There are no plans for new bases, Defense Department officials said', 'paraphrase', 'entity'],
    ['Tehreek-e-Taliban Pakistan claimed the attack', 'TTP claimed the attack', 'paraphrase', 'entity'],
    ['Tehreek-e-Taliban Pakistan claimed the attack', 'The group claimed the attack', 'paraphrase', 'entity'],
    ['The Islamic State claimed the attack', 'ISIS claimed the attack', 'paraphrase', 'entity'],
    ["Officials approved O'Neill's plan", 'Officials approved ONeills plan', 'paraphrase', 'entity'],
    ['Officials said the Taliban claimed the attack', 'Officials said the Haqqani Network claimed the attack', 'contradict', 'entity'],
  ])('%j ~ %j is %s (%s)', (a, b, relation, reason) => {
    const diff = diffClaims(a, b);
    expect(diff.relation).toBe(relation);
    expect(diff.segments.flatMap((s) => s.reasons)).toContain(reason);
    if (relation !== 'contradict') expect(diff.segments.map((s) => s.label)).not.toContain('contradict');
  });

  it.each([
    ['The army will withdraw', 'The army may withdraw'],
    ['The levy could be $4 billion', 'The levy would be $4 billion'],
  ])('marks the modal of %j ~ %j as another force, and the pair differs: a hedge is no contradiction', (a, b) => {
    const diff = diffClaims(a, b);
    expect(diff.relation).toBe('differ');
    expect(diff.segments.find((s) => s.reasons.includes('modality'))?.label).toBe('contradict');
  });

  it.each<[string, string, string, string, Label]>([
    ['The minister resigned on Friday', 'The minister resigned on Nov. 13', '2026-11-14', '2026-11-20', 'paraphrase'],
    ['The minister resigned on Friday', 'The minister resigned on Nov. 6', '2026-11-14', '2026-11-20', 'contradict'],
    ['The minister resigned yesterday', 'The minister resigned last Friday', '2026-11-14', '2026-11-20', 'paraphrase'],
  ])('reads %j ~ %j against the days they were published (%s, %s): the dates are %s', (a, b, pa, pb, label) => {
    const diff = diffClaims(a, b, { publishedAt: { a: pa, b: pb } });
    expect(diff.segments.find((s) => s.reasons.includes('date'))?.label).toBe(label);
    const back = diffClaims(b, a, { publishedAt: { a: pb, b: pa } });
    expect(back.segments.find((s) => s.reasons.includes('date'))?.label).toBe(label);
  });

  it('reads one wording against each pair\'s own publication day, however often it was compared before', () => {
    const a = 'The mayor resigned on Friday';
    const b = 'The mayor resigned on March 6, 2026';
    const dateLabel = (day: string): string | undefined => diffClaims(a, b, { publishedAt: { a: day } }).segments.find((s) => s.reasons.includes('date'))?.label;
    expect([dateLabel('2026-03-09'), dateLabel('2026-03-16'), dateLabel('2026-03-09'), dateLabel('2026-03-16')]).toEqual(['paraphrase', 'contradict', 'paraphrase', 'contradict']);
  });

  it('rejects a publication day it cannot read', () => {
    expect(() => diffClaims('a', 'b', { publishedAt: { a: 'last Tuesday' } })).toThrow(/claimdiff: diffClaims: options/);
  });

  it('reads the same auxiliary in another tense as an inflection: "has missed" ~ "had missed"', () => {
    const a = 'The contractor has missed every deadline';
    const b = 'The contractor had missed every deadline';
    const diff = diffClaims(a, b);
    expect(diff.relation).toBe('paraphrase');
    expect(segmentOf(diff, a, b, 'has', 'had')).toMatchObject({ label: 'paraphrase', reasons: ['inflection'] });
  });

  it('cancels a negation against an antonym: "not accepted" paraphrases "rejected"', () => {
    expect(diffClaims('The plan was not accepted', 'The plan was rejected').relation).not.toBe('contradict');
  });

  it('calls unrelated statements different, not contradictory', () => {
    expect(diffClaims('Wheat prices rose in March', 'The minister visited Kabul on Friday').relation).toBe('differ');
  });
});

describe('diffClaims pair verdicts on subjects, quantifiers, negation and names', () => {
  it.each<[string, string, Relation]>([
    ['A man is playing the flute', 'A woman is playing the flute', 'differ'],
    ['The minister is sitting in the front row', 'The minister is standing in the front row', 'contradict'],
    ['Some people are singing', 'A few people are singing', 'paraphrase'],
    ['There is no one typing', 'Someone is typing', 'contradict'],
    ['The economy has yet to show growth', 'The economy has not shown growth', 'paraphrase'],
    ['Not only is this planet old, it is also distant', 'This planet is old and distant', 'paraphrase'],
    ['Companies can be sued under the Americans with Disabilities Act', 'Companies can be sued under the ADA', 'paraphrase'],
    ['Ben Nelson (D-Neb.) voted for it', 'Ben Nelson, Democrat of Nebraska, voted for it', 'paraphrase'],
    ['The talks were held on Jan. 12, 1996', 'The talks were held in January 1996', 'paraphrase'],
    ['The senator did not visit the villages after the storm hit the coast', 'The senator visited the villages after the storm', 'differ'],
    ['A person is not playing the keyboard', 'A man is playing a keyboard', 'contradict'],
    ['There is no man cutting a potato', 'A man is slicing a potato', 'contradict'],
    ['A man is not slicing a potato', 'A man is cutting a potato', 'differ'],
    ['Carlson said he would not recuse himself from the case', 'Officials said Carlson refused to recuse himself from the case', 'paraphrase'],
    ['The officer was singled out for not addressing the scandal', 'The officer was singled out for failing to address the scandal', 'paraphrase'],
    ['Police found the bodies of missing students', 'Police said the students were not among the bodies', 'differ'],
    ['A woman is cooking fish', 'A woman is not frying fish', 'differ'],
    ['The man is painting the fence', 'The woman is painting the fence', 'differ'],
    ['The woman is cooking fish', 'The woman is not frying fish', 'differ'],
    ['The player scored', 'The player failed to score', 'differ'],
    ['The senator attended the vote', 'The senator was absent from the vote', 'differ'],
    ['He did not pay the fine', 'He failed to pay the fine', 'paraphrase'],
    ['A diver with a mask is swimming near the reef', 'A diver with no mask is swimming near the reef', 'differ'],
    ['A diver is swimming near the reef', 'No diver is swimming near the reef', 'contradict'],
    ['A diver with a mask is swimming near the reef', 'A diver with a mask is not swimming near the reef', 'contradict'],
    ['Senator Smith said the vote was close', 'Senator Jones said the vote was close', 'contradict'],
    ['The minister resigned', 'The minister quit', 'paraphrase'],
    ['The company said on Tuesday that its stock rose sharply after the report on sales in Europe', 'The company said on Tuesday that its shares rose sharply after the report on sales in Europe', 'paraphrase'],
    ['A guide is on top of the ridge and is waving', 'There is no guide waving on top of the ridge', 'contradict'],
    ['A guide is waving on top of the ridge', 'A guide on a ridge which you cannot climb is waving', 'differ'],
  ])('%j ~ %j is %s', (a, b, relation) => {
    expect(diffClaims(a, b).relation).toBe(relation);
  });

  it('marks a negation left among moved words as the contradicting segment', () => {
    const a = 'A guide is on top of the ridge and is waving';
    const b = 'There is no guide waving on top of the ridge';
    const contra = diffClaims(a, b).segments.filter((s) => s.label === 'contradict');
    expect(contra.map((s) => (s.b === null ? '' : b.slice(...s.b))).join(' ')).toContain('no');
    expect(contra.flatMap((s) => s.reasons)).toEqual(['negation']);
  });

  it('keeps the flip between two indefinite subjects as a contradicting segment', () => {
    const diff = diffClaims('A man is playing the flute', 'A woman is playing the flute');
    expect(diff.segments.filter((s) => s.label === 'contradict').flatMap((s) => s.reasons)).toContain('antonym');
  });
});

describe('diffClaims on a negation said by an adjective after "be"', () => {
  it.each<[string, string, Relation]>([
    ['The minister did not attend the summit', 'The minister was absent from the summit', 'paraphrase'],
    ['The files were not in the archive', 'The files were missing from the archive', 'paraphrase'],
    ['The report did not include any figures', 'The report was lacking any figures', 'paraphrase'],
    ['The senator was not absent from the vote', 'The senator did not miss the vote', 'paraphrase'],
  ])('%j ~ %j is %s', (a, b, relation) => {
    expect(diffClaims(a, b).relation).toBe(relation);
  });

  it.each([
    ['The witness did not appear at the hearing', 'The witness was absent from the hearing'],
    ['The coach was absent from training', 'The coach did not attend training'],
  ])('does not call %j ~ %j a contradiction', (a, b) => {
    expect(diffClaims(a, b).relation).not.toBe('contradict');
  });

  it.each([
    ['The senator was not absent from the vote', 'The senator was absent from the vote'],
    ['Police did not find the missing children', 'Police found the missing children'],
    ['Absent fathers did not pay support', 'Absent fathers paid support'],
    ['The missing hikers did not return', 'The missing hikers returned'],
  ])('still calls %j ~ %j a contradiction: the adjective describes a noun or is negated itself', (a, b) => {
    expect(diffClaims(a, b).relation).toBe('contradict');
  });
});

describe('diffClaims on a clause framed by a verdict on its truth ("It is not true that …")', () => {
  it.each<[string, string, Relation]>([
    ['It is not true that the plant will close', 'The plant will not close', 'paraphrase'],
    ['The plant will not close', 'It is not true that the plant will close', 'paraphrase'],
    ['It is not true that the plant will close', 'It is false that the plant will close', 'paraphrase'],
  ])('%j ~ %j is %s', (a, b, relation) => {
    expect(diffClaims(a, b).relation).toBe(relation);
  });

  it.each([
    ["It's not true that the mayor resigned", 'The mayor did not resign'],
    ["It isn't true that the mayor resigned", "The mayor hasn't resigned"],
    ['It is simply not true that prices doubled', 'Prices did not double'],
    ['It is not the case that the bank failed', 'The bank did not fail'],
    ['It is false that the bridge collapsed', 'The bridge did not collapse'],
    ['It is not true that the plant will not close', 'The plant will close'],
  ])('does not call %j ~ %j a contradiction: the frame negates the clause it judges', (a, b) => {
    expect(diffClaims(a, b).relation).not.toBe('contradict');
  });

  it.each([
    ['It is not true that the plant will close', 'The plant will close'],
    ["It's not true that the mayor resigned", 'The mayor resigned'],
    ['It is false that the bridge collapsed', 'The bridge collapsed'],
    ['It is true that the plant will close', 'The plant will not close'],
    ['It is not true that the plant will close', 'It is true that the plant will close'],
  ])('still calls %j ~ %j a contradiction', (a, b) => {
    expect(diffClaims(a, b).relation).toBe('contradict');
  });
});

describe('diffClaims on a negation worded in a word on the other side', () => {
  it.each<[string, string, Relation]>([
    ['The council knew of the fault for a week and said nothing', 'The council knew of the fault for a week and kept quiet', 'paraphrase'],
    ['The museum will not reopen before June', 'The museum will stay closed before June', 'paraphrase'],
    ['The mayor did not comment on the audit', 'The mayor declined to comment on the audit', 'paraphrase'],
    ['The figures in the audit were not accurate', 'The figures in the audit were inaccurate', 'paraphrase'],
    ['The minister said the rumour was not true', 'The minister said the rumour was untrue', 'paraphrase'],
  ])('%j ~ %j: %s, with no segment left contradicting', (a, b, relation) => {
    const r = diffClaims(a, b);
    expect(r.relation).toBe(relation);
    expect(r.segments.filter((s) => s.label === 'contradict')).toEqual([]);
    expect(r.segments.some((s) => s.reasons.includes('negation'))).toBe(true);
  });

  it.each<[string, string]>([
    ['The council knew of the fault for a week and said nothing', 'The council knew of the fault for a week and spoke out'],
    ['The museum will not reopen before June', 'The museum will reopen before June'],
    ['No woman is singing a song', 'A man is singing a song'],
    ['No man is painting a fence', 'A man is painting a fence'],
  ])('%j ~ %j is no paraphrase: the negation is not worded on the other side', (a, b) => {
    expect(['match', 'paraphrase']).not.toContain(diffClaims(a, b).relation);
  });
});

describe('diffClaims reads a change of voice as a paraphrase', () => {
  it.each<[string, string]>([
    ['The cartel uses the river port to move cargo', 'The river port is used to move cargo'],
    ['Rebels launched the offensive on Monday', 'The offensive was launched by rebels on Monday'],
    ['Rebels launched the offensive on Monday', 'The offensive was launched on Monday'],
    ['The council approved the budget', 'The budget was approved by the council'],
  ])('%j ~ %j: paraphrase', (a, b) => {
    expect(diffClaims(a, b).relation).toBe('paraphrase');
  });
});

describe('diffClaims on a name that holds a negation-looking word', () => {
  it.each<[string, string, Relation]>([
    ['Every rule was kept in No 10.', 'every rule was kept in No. 10', 'match'],
    ['Every rule was kept in No 10.', 'Every rule was kept in Number 10.', 'match'],
    ['The talks were held at No. 4 Park Lane', 'The talks were held at Number 4 Park Lane', 'match'],
    ['The storm left 1,520 homes without power', 'The storm left 1, 520 homes without power', 'match'],
  ])('%j ~ %j: %s', (a, b, relation) => {
    const r = diffClaims(a, b);
    expect(r.relation).toBe(relation);
    expect(r.segments.filter((s) => s.label === 'contradict')).toEqual([]);
  });
});

describe('diffClaims invariants', () => {
  const wording = fc.array(fc.constantFrom('the', 'army', 'did', 'not', 'withdraw', 'troops', 'soldiers', '70%', 'seventy', 'percent', 'on', 'Nov.', '7', 'won’t', 'will', 'rejected', 'accepted', ',', '“', '”', 'Khan', 'he', 'said'), { maxLength: 14 }).map((w) => w.join(' '));

  it('tiles both texts: every non-space character lies in exactly one segment', () => {
    fc.assert(
      fc.property(wording, wording, (a, b) => {
        const diff = diffClaims(a, b);
        for (const [side, text] of [['a', a], ['b', b]] as const) {
          const owner = new Array<number>(text.length).fill(0);
          for (const s of diff.segments) {
            const span = s[side];
            if (span === null) continue;
            for (let i = span[0]; i < span[1]; i++) owner[i] = (owner[i] as number) + (/\s/.test(text[i] as string) ? 0 : 1);
          }
          for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i] as string)) expect(owner[i]).toBe(1);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is symmetric: diffClaims(b, a) mirrors diffClaims(a, b)', () => {
    const swap: Record<Label, Label> = { added: 'removed', removed: 'added', match: 'match', paraphrase: 'paraphrase', contradict: 'contradict' };
    fc.assert(
      fc.property(wording, wording, (a, b) => {
        const ab = diffClaims(a, b);
        const ba = diffClaims(b, a);
        expect(ba.relation).toBe(ab.relation);
        expect(ba.score).toBe(ab.score);
        expect(ba.segments).toEqual(ab.segments.map((s) => ({ ...s, label: swap[s.label], a: s.b, b: s.a })));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the score in [0, 1] and gives 1 for the same wording', () => {
    expect(diffClaims('Same words here', 'Same words here').score).toBe(1);
    fc.assert(fc.property(wording, wording, (a, b) => {
      const { score } = diffClaims(a, b);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }), { numRuns: 100 });
  });
});

describe('diffClaims input handling', () => {
  it('gives an empty diff for two empty strings', () => {
    expect(diffClaims('', '')).toEqual({ relation: 'match', score: 1, segments: [], issues: [], confidence: 1 });
  });

  it('labels everything added against an empty string', () => {
    const diff = diffClaims('', 'Khan said it');
    expect(diff.relation).toBe('differ');
    expect(diff.segments).toEqual([{ label: 'added', a: null, b: [0, 12], reasons: [], confidence: 0.9 }]);
  });

  it.each([
    [null, 'x', /claimdiff: diffClaims: first argument \(a\): found null, expected a string/],
    ['x', 42, /claimdiff: diffClaims: second argument \(b\): found number 42, expected a string/],
    [undefined, 'x', /found undefined, expected a string/],
  ])('throws a claimdiff error for %j, %j', (a, b, message) => {
    expect(() => diffClaims(a as string, b as string)).toThrow(message);
  });

  it('rejects an unknown option by name', () => {
    expect(() => diffClaims('a', 'b', { maxEdit: 3 } as never)).toThrow(/claimdiff: diffClaims: options: .*expected an options object/);
  });

  it('calls two unrelated 1,000-word texts different even when the alignment completes', () => {
    let seed = 1;
    const word = (): string => `w${((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 50000).toString(36)}`;
    const text = (): string => Array.from({ length: 1000 }, word).join(' ');
    const diff = diffClaims(text(), text(), { timeout: 60_000 });
    expect(diff.issues).toEqual([]);
    expect(diff.relation).toBe('differ');
  });

  it('caps the alignment of two long unrelated texts and says so in an issue', () => {
    const words = (seed: number): string => Array.from({ length: 3000 }, (_, i) => `w${(i * seed) % 7919}x${seed}`).join(' ');
    const diff = diffClaims(words(3), words(5), { maxEditLength: 100 });
    expect(diff.relation).toBe('differ');
    expect(diff.issues.map((i) => i.code)).toEqual(['alignment-capped']);
  });
});
