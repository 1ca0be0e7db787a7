import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFeatureContext } from '../../src/group/features';
import { joinFeatures } from '../../src/group/join-features';
import { candidateFeatures, joinContext, joinGroups, keptApart, linkedGroups, type JoinItem } from '../../src/group/join-groups';
import { JOIN_MODEL } from '../../src/group/join-model';

const ctx = createFeatureContext();
const members = (items: JoinItem[], claimDenial = true): number[][] => joinGroups(items, ctx, { claimDenial }).map((g) => g.members);
const at = (report: string, start: number, text: string, speaker: string | null, stance: 'asserts' | 'denies' = 'asserts'): JoinItem =>
  ({ text, stance, report, start, end: start + text.length, speaker: speaker === null ? null : { name: speaker } });

/** A claim in two reports, a denial that holds it, and two more denials of its speaker, all of one story when `topic` is given. */
const divers = (topic: number | undefined): JoinItem[] => {
  const denial = 'rejected reports that Karvian navy divers planted mines beneath the Osterholm ferry terminal';
  const claim = 'Karvian navy divers planted mines beneath the Osterholm ferry terminal';
  return [
    { ...at('r1', 0, denial, 'Piet Armand', 'denies'), answers: 1, topic },
    { ...at('r1', denial.indexOf(claim), claim, 'Hedda Quist'), topic },
    { ...at('r2', 0, 'navy divers from Karvia planted the mines under the Osterholm terminal in a winter drill', 'Hedda Quist'), topic },
    { ...at('r2', 120, 'Karvian navy divers did not plant mines beneath the Osterholm ferry terminal', 'Piet Armand', 'denies'), topic },
    { ...at('r3', 0, 'rejected reports that Karvian divers planted mines at the Osterholm terminal', 'Piet Armand', 'denies'), topic },
  ];
};

// Invented statements sharing words, names, speakers and reports, claims and denials.
const POOL = [
  at('r1', 0, 'the harbour board shut the ferry pier after the storm', 'Kofi Okafor'),
  at('r1', 70, 'Velmora Shipping denied that the harbour board shut the ferry pier', 'Velmora Shipping', 'denies'),
  at('r2', 0, 'the ferry pier was closed by the harbour board after the storm', 'Kofi Okafor'),
  at('r2', 80, 'the council paid the contractor 40 million for the pier', 'Ilse Brandvold'),
  at('r3', 0, 'the council did not pay the contractor 12 million for the pier', 'Ilse Brandvold', 'denies'),
  at('r3', 90, '"a storm" shut the pier, the board said', 'harbour board'),
  at('r4', 0, 'the contractor was paid 40 million by the council', 'Marta Oyelaran'),
];

describe('keptApart', () => {
  const items = [
    at('r1', 0, 'the pier will close for repairs in winter', 'Ilse Brandvold'),
    at('r1', 10, 'close for repairs in winter', 'Ilse Brandvold'),
    at('r2', 0, 'the pier will not close for repairs', 'Ilse Brandvold', 'denies'),
    at('r3', 0, 'the pier will not close for repairs', 'Kofi Okafor', 'denies'),
    at('r4', 0, 'she was not surprised by reports that the pier will close for repairs', 'Ilse Brandvold'),
  ];
  it.each([
    ['two overlapping spans of one report', 0, 1, true],
    ['a claim and a denial of one voice', 0, 2, true],
    ['a claim and another voice’s denial', 0, 3, false],
    ['a claim of its speaker’s own view and another voice’s denial', 4, 3, true],
  ])('%s', (_name, a, b, apart) => {
    expect(keptApart(items)(a, b)).toBe(apart);
  });

  it('keeps a claim of what ought to be apart from a denial of the fact, not from a verdict on it', () => {
    const three = [
      at('r1', 0, 'the council should close the pier for repairs', 'Ilse Brandvold'),
      at('r2', 0, 'the council is not closing the pier for repairs', 'Kofi Okafor', 'denies'),
      at('r3', 0, 'closing the pier for repairs is absurd', 'Kofi Okafor', 'denies'),
    ];
    expect(keptApart(three)(0, 1)).toBe(true);
    expect(keptApart(three)(0, 2)).toBe(false);
  });

  it('keeps apart a claim of a country and a denial of its capital when it reads place names', () => {
    const two = [at('r1', 0, 'the ferry will stop at the Varne quay in May', 'Karvia'), at('r2', 0, 'the ferry will not stop at the Varne quay', 'Velmar', 'denies')];
    const places = (x: string, y: string) => [x, y].sort().join(' ') === 'karvia velmar';
    expect(keptApart(two)(0, 1)).toBe(false);
    expect(keptApart(two, true, places)(0, 1)).toBe(true);
  });

  const outer = 'the mayor’s alleged role in the depot fire that killed two night guards and a firefighter was a complete fabrication';
  const inner = 'role in the depot fire that killed two night guards and a firefighter was a complete fabrication';
  const at0 = outer.indexOf(inner);
  const clause = 'a complete fabrication';
  it.each<[string, JoinItem[], boolean]>([
    ['one sentence read twice with one stance, once for each speaker', [
      at('r1', 0, outer, 'Ilse Brandvold', 'denies'), at('r1', at0, inner, 'mayor', 'denies')], false],
    ['the same sentence read twice, one reading a claim and one a denial, of one voice', [
      at('r1', 0, outer, 'Ilse Brandvold', 'denies'), at('r1', at0, inner, 'Ilse Brandvold')], true],
    ['a short clause nested in a long statement', [
      at('r1', 0, outer, 'Ilse Brandvold', 'denies'), at('r1', outer.indexOf(clause), clause, 'Ilse Brandvold', 'denies')], true],
  ])('two overlapping spans of one report: %s', (_name, pair, apart) => {
    expect(keptApart(pair)(0, 1)).toBe(apart);
    expect(keptApart(pair)(1, 0)).toBe(apart);
  });

  it('keeps apart statements of reports of two stories, and only when both stories are known', () => {
    const claim = 'the council paid the contractor 40 million for the pier';
    const pair = (x: number | undefined, y: number | undefined): JoinItem[] => [{ ...at('r1', 0, claim, 'Ilse Brandvold'), topic: x }, { ...at('r2', 0, claim, 'Kofi Okafor'), topic: y }];
    expect(keptApart(pair(0, 1))(0, 1)).toBe(true);
    expect(keptApart(pair(1, 1))(0, 1)).toBe(false);
    expect(keptApart(pair(0, undefined))(0, 1)).toBe(false);
    expect(members(pair(0, 1))).toEqual([[0], [1]]);
    expect(members(pair(1, 1))).toEqual([[0, 1]]);
    // Kept apart whatever their probability, the two stories' pair is not weighed at all.
    expect(linkedGroups(pair(0, 1), ctx).scored.length).toBe(0);
    expect(linkedGroups(pair(1, 1), ctx).scored.length).toBe(1);
  });

  it('keeps an order apart from a claim, and from a denial, but not from another order', () => {
    const urge = { lemma: 'urge' };
    const orders: JoinItem[] = [
      { ...at('r1', 0, 'the harbour board to stop crews from using the ferry pier to unload fuel', 'Velmora Shipping'), cue: urge },
      { ...at('r2', 0, 'the harbour board to stop crews using the ferry pier to unload fuel', 'Velmora Shipping'), cue: { lemma: 'press' } },
      { ...at('r3', 0, 'talks failed because the harbour board has not stopped crews using the ferry pier to unload fuel', 'Velmora Shipping'), cue: { lemma: 'say' } },
      { ...at('r4', 0, 'crews are not using the ferry pier to unload fuel', 'harbour board', 'denies'), cue: { lemma: 'deny' } },
    ];
    expect(keptApart(orders)(0, 1)).toBe(false);
    expect(keptApart(orders)(0, 2)).toBe(true);
    expect(keptApart(orders)(1, 3)).toBe(true);
    expect(keptApart(orders)(2, 3)).toBe(false);
    // The same words without a verb of urging: one more claim, joinable.
    expect(keptApart(orders.map((x) => ({ ...x, cue: null })))(0, 2)).toBe(false);
  });

  it('groups the verdicts on the accuracy of one story\'s piece as one statement, whatever their words', () => {
    const verdicts: JoinItem[] = [
      { ...at('r1', 0, 'the accuracy of a news report saying that the mayor told his aide to lie to the council', 'harbour board', 'denies'), topic: 0 },
      { ...at('r2', 0, 'its report was inaccurate', 'Piet Armand', 'denies'), topic: 0 },
      { ...at('r3', 0, 'We stand by our reporting and the sources who informed it', 'Hedda Quist'), topic: 0 },
    ];
    expect(members(verdicts)).toEqual([[0, 1, 2]]);
    expect(members(verdicts.map((x) => ({ ...x, topic: undefined })))).not.toEqual([[0, 1, 2]]);
  });

  it('keeps apart a claim of helping and a claim of the deed, but not two claims of helping nor a denial', () => {
    const four = [
      at('r1', 0, 'The Velmari had assisted the Karvian navy in planting mines beneath the ferry terminal', 'Hedda Quist'),
      at('r2', 0, 'Karvian navy divers planted mines beneath the ferry terminal', 'Hedda Quist'),
      at('r3', 0, 'the Velmari helped the Karvian navy plant mines beneath the ferry terminal', 'Hedda Quist'),
      at('r4', 0, 'the Velmari did not help anyone plant mines beneath the ferry terminal', 'Velmar ministry', 'denies'),
    ];
    expect(keptApart(four)(0, 1)).toBe(true);
    expect(keptApart(four)(0, 2)).toBe(false);
    expect(keptApart(four)(0, 3)).toBe(false);
    expect(keptApart(four)(1, 3)).toBe(false);
  });

  it('keeps a generic claim apart from a claim of one event and from a denial, not the claim of the event from the denial', () => {
    const three = [
      at('r1', 0, 'Karvian navy divers planted mines beneath the ferry terminal', 'Hedda Quist'),
      at('r2', 0, 'navy divers often plant mines beneath ferry terminals', 'harbour analysts'),
      at('r3', 0, 'navy divers did not plant mines beneath the ferry terminal', 'Karvian navy', 'denies'),
    ];
    expect(keptApart(three)(0, 1)).toBe(true);
    expect(keptApart(three)(1, 2)).toBe(true);
    expect(keptApart(three)(0, 2)).toBe(false);
  });

  it('keeps apart two denials that negate two different things, only with a feature context', () => {
    const two = [
      at('r1', 0, 'I have not left Velmar with the harbour negotiating team', 'Piet Armand', 'denies'),
      at('r2', 0, 'Karvia has not sent any harbour negotiating team to Osterholm', 'Piet Armand', 'denies'),
    ];
    expect(keptApart(two)(0, 1)).toBe(false);
    expect(keptApart(two, true, undefined, ctx)(0, 1)).toBe(true);
    expect(members(two)).toEqual([[0], [1]]);
  });

  it('keeps every claim from every denial when claim–denial joining is off', () => {
    expect(keptApart(items, false)(0, 3)).toBe(true);
  });
});

describe('candidateFeatures', () => {
  it('pairs a pointing denial with the claim it answers, pointer first', () => {
    const items = [
      at('r1', 0, 'the harbour board sold the old lighthouse to a hotel chain', 'Kofi Okafor'),
      at('r1', 80, 'the report', 'Ilse Brandvold', 'denies'),
    ];
    const pair = candidateFeatures(items, ctx).find((c) => c.points);
    expect(pair).toMatchObject({ i: 1, j: 0, points: true });
    expect(pair?.f.pointed).toBe(1);
  });

  it('gives every candidate pair the features joinFeatures reads from the two sides', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 2, maxLength: POOL.length }), (items) => {
        const jc = joinContext(items, ctx);
        for (const c of candidateFeatures(items, ctx, undefined, jc)) {
          const points = jc.targets.get(c.i) === c.j || jc.targets.get(c.j) === c.i;
          expect(c.f).toEqual(joinFeatures(jc.sides[c.i]!, jc.sides[c.j]!, jc.idf, ctx, points));
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('joinGroups', () => {
  it('groups two outlets’ wordings of one statement and leaves a statement on the same topic apart', () => {
    const items = [
      at('r1', 0, 'the harbour board sold the old lighthouse to a hotel chain for two million', 'Kofi Okafor'),
      at('r2', 0, 'the old lighthouse was sold by the harbour board to a hotel chain for two million', 'Kofi Okafor'),
      at('r3', 0, 'the lighthouse keepers will march on the town hall on Sunday', 'Marta Oyelaran'),
    ];
    expect(members(items)).toEqual([[0, 1], [2]]);
  });

  it('puts a denial of another voice with the claim it denies, and not when joining is off', () => {
    const items = [
      at('r1', 0, 'the harbour board sold the old lighthouse to a hotel chain', 'Kofi Okafor'),
      at('r2', 0, 'the harbour board has not sold the old lighthouse to a hotel chain', 'Ilse Brandvold', 'denies'),
    ];
    expect(members(items)).toEqual([[0, 1]]);
    expect(members(items, false)).toEqual([[0], [1]]);
  });

  it('does not put a denial with the claims of its own speaker', () => {
    const items = [
      at('r1', 0, 'the harbour board sold the old lighthouse to a hotel chain', 'Ilse Brandvold'),
      at('r2', 0, 'the harbour board has not sold the old lighthouse to a hotel chain', 'Ilse Brandvold', 'denies'),
    ];
    expect(members(items)).toEqual([[0], [1]]);
  });

  it.each([
    ['a report that quotes no claim: the dismissal answers the other voice\'s denial', [
      at('r1', 0, 'such reports are simply untrue', 'Ines Valtonen', 'denies'),
      at('r1', 60, 'no inspectors from the agency were sent to the Varn plant', 'Oskar Lindqvist', 'denies'),
      at('r2', 0, 'the school year will start a week later in the northern districts', 'Marta Oyelaran'),
    ], [[0, 1], [2]]],
    ['two dismissals side by side, with no claim or denial that names anything, stay alone', [
      at('r1', 0, 'such reports are simply untrue', 'Ines Valtonen', 'denies'),
      at('r1', 60, 'that story is false', 'Oskar Lindqvist', 'denies'),
    ], [[0], [1]]],
  ])('joins a pointing denial with what it answers: %s', (_, items, groups) => {
    expect(members(items)).toEqual(groups);
  });

  it('puts one sentence read twice in one report in the group of another outlet’s wording of it', () => {
    const outer = 'the mayor’s alleged role in the depot fire that killed two night guards and a firefighter was a complete fabrication';
    const inner = 'role in the depot fire that killed two night guards and a firefighter was a complete fabrication';
    const items = [
      at('r1', 0, outer, 'Ilse Brandvold', 'denies'),
      at('r1', outer.indexOf(inner), inner, 'mayor', 'denies'),
      at('r2', 0, 'any role of the mayor in the depot fire that killed two night guards and a firefighter is a fabrication', 'Ilse Brandvold', 'denies'),
      at('r3', 0, 'the ferry to the islands will stop in October', 'Kofi Okafor'),
    ];
    expect(members(items)).toEqual([[0, 1, 2], [3]]);
  });

  it('leaves a claim of its speaker’s own view out of the group of the denials of what it mentions', () => {
    const items = [
      at('r1', 0, 'the mayor had any role in the depot fire that killed two night guards', 'Ilse Brandvold', 'denies'),
      at('r2', 0, 'he was not surprised by reports that the mayor had a role in the depot fire that killed two night guards', 'Kofi Okafor'),
      at('r3', 0, 'the mayor had a role in the depot fire that killed two night guards', 'Marta Oyelaran'),
    ];
    expect(members(items).find((g) => g.includes(1))).not.toContain(0);
  });

  it('puts a group of denials with the claim one of them points at, when the others answer nothing in their report', () => {
    const items = [
      at('r1', 0, 'navy divers from Karvia had planted mines beneath the Osterholm ferry terminal during a winter drill', 'Hedda Quist'),
      at('r1', 120, 'the story is a lie and a fabrication', 'Piet Armand', 'denies'),
      at('r2', 0, 'Karvian navy divers planted mines beneath the Osterholm ferry terminal during a winter drill', 'Hedda Quist'),
      at('r3', 0, 'Karvian navy divers planted mines beneath the Osterholm ferry terminal during a winter drill last March', 'Hedda Quist'),
      at('r4', 0, 'divers of the Karvian navy planted mines beneath the Osterholm ferry terminal in a winter drill', 'Hedda Quist'),
      at('r5', 0, 'all of it is a lie and a fabrication', 'Piet Armand', 'denies'),
    ];
    expect(members(items)).toEqual([[0, 1, 2, 3, 4, 5]]);
    expect(members(items, false)).toEqual([[0, 2, 3, 4], [1, 5]]);
  });

  it.each<[string, number | undefined, number[][]]>([
    ['with their story known, their groups merge: pooled, their words are one statement and its denials', 0, [[0, 1, 2, 3, 4]]],
    ['without a story, they stay in two groups, as two overlapping spans are kept apart', undefined, [[0, 2, 4], [1, 3]]],
  ])('a denial and the claim it answers, read inside it: %s', (_name, topic, want) => {
    expect(members(divers(topic))).toEqual(want);
  });

  it('gives every statement one group, groups by first member', () => {
    const items = [
      at('r1', 0, 'the ferry to the islands stops in October', 'Kofi Okafor'),
      at('r2', 0, 'the ferry to the islands will stop in October', 'Kofi Okafor'),
      at('r2', 60, 'the school roof leaks', 'Marta Oyelaran'),
      at('r3', 0, 'the roof of the school leaks', 'Marta Oyelaran'),
    ];
    const groups = members(items);
    expect(groups.flat().sort()).toEqual([0, 1, 2, 3]);
    expect(groups).toEqual([[0, 1], [2, 3]]);
  });
});

describe('linkedGroups', () => {
  it('gives the groups before groups of one story merge by their words, which joinGroups then merges', () => {
    const linked = linkedGroups(divers(0), ctx);
    expect(linked.groups.map((g) => g.members)).toEqual([[0, 2, 4], [1, 3]]);
    expect(members(divers(0))).toEqual([[0, 1, 2, 3, 4]]);
  });

  it('lets a denial and the claim read inside it be one group only when whole groups merge', () => {
    const linked = linkedGroups(divers(0), ctx);
    expect(keptApart(divers(0))(0, 1)).toBe(true);
    expect(linked.apart(0, 1)).toBe(false);
  });

  it('puts every statement in one group, and each average-link cluster inside one group', () => {
    fc.assert(fc.property(fc.subarray(POOL, { minLength: 1 }), (items) => {
      const linked = linkedGroups(items, ctx);
      const groupOf = new Map(linked.groups.flatMap((g, k) => g.members.map((m) => [m, k] as const)));
      expect([...groupOf.keys()].sort((x, y) => x - y)).toEqual(items.map((_, i) => i));
      for (const c of linked.clustered) expect(new Set(c.members.map((m) => groupOf.get(m))).size).toBe(1);
    }), { numRuns: 40 });
  });
});

describe('joinGroups: a phrase many statements share', () => {
  // Invented words, each of one statement: two of them and "harbour tunnel" make a fragment
  // that shares only that phrase with the others, among unrelated statements of three words.
  const syllables = ['ka', 'lo', 'mi', 'ru', 'te', 'vo', 'sa', 'ne', 'di', 'po'];
  const word = (k: number, salt: number): string =>
    `${syllables[k % 10]}${syllables[Math.floor(k / 10) % 10]}${syllables[salt]}${syllables[Math.floor(k / 100) % 10]}x`;
  const corpus = (sharing: number): JoinItem[] => Array.from({ length: 300 }, (_, k) => {
    const text = k < sharing ? `${word(k, 1)} ${word(k, 2)} harbour tunnel` : `${word(k, 3)} ${word(k, 4)} ${word(k, 5)}`;
    return at(`r${k}`, 0, text, word(k, 6).toUpperCase());
  });
  const largest = (items: JoinItem[], model = JOIN_MODEL): number => Math.max(...joinGroups(items, ctx, { model }).map((g) => g.members.length));

  it.each([
    ['held by 10, fewer than one proposition ever held where the decision was fitted: joined as before', 10, 10, 10],
    ['held by 40: a topic, no longer one group', 40, 1, 40],
    ['held by 80', 80, 1, 80],
  ])('%s', (_name, sharing, withReach, withoutReach) => {
    const items = corpus(sharing);
    expect(largest(items)).toBe(withReach);
    expect(largest(items, { ...JOIN_MODEL, reach: undefined, speakerReach: undefined })).toBe(withoutReach);
  });
});

describe('linkedGroups: a phrase many voices say', () => {
  // Ten statements of ten reports, each "the presumptive Varne Party nominee" and a word of its
  // own, said by `voices` speakers in turn: fewer statements than one proposition ever held
  // where the decision was fitted, but as many voices as a topic has.
  const own = ['quarrel', 'ferry', 'budget', 'tunnel', 'strike', 'harbour', 'pension', 'school', 'bridge', 'tariff'];
  const corpus = (voices: number): JoinItem[] => own.map((w, k) => at(`r${k}`, 0, `the presumptive Varne Party nominee ${w}`, `Speaker ${String.fromCharCode(65 + (k % voices))}`));
  const probabilities = (items: JoinItem[], model = JOIN_MODEL): number[] => {
    const { scored } = linkedGroups(items, ctx, { model });
    return Array.from(scored.p.subarray(0, scored.length));
  };

  it.each([
    ['said by as many voices as one proposition had where the decision was fitted: its pairs as likely as without the speaker reach', 5, false],
    ['said by ten voices: every pair less likely than without the speaker reach', 10, true],
  ])('%s', (_name, voices, lower) => {
    const items = corpus(voices);
    const withReach = probabilities(items);
    const without = probabilities(items, { ...JOIN_MODEL, speakerReach: undefined });
    expect(withReach.length).toBe(without.length);
    expect(withReach.length).toBeGreaterThan(0);
    withReach.forEach((p, k) => (lower ? expect(p).toBeLessThan(without[k] as number) : expect(p).toBe(without[k])));
  });
});
