import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFeatureContext } from '../../src/group/features';
import type { Analysis } from '../../src/schema/analysis';
import type { Statement } from '../../src/schema/statement';
import { findTopics, reportStories, smallStoriesJoined } from '../../src/topics/find-topics';

const ctx = createFeatureContext();

/** A statement of `report` with `text`, said by `speaker`. */
function said(id: string, report: string, text: string, speaker: string | null = null): Statement {
  return { id, report, start: 0, end: text.length, text, kind: 'indirect', stance: 'asserts', speaker: speaker === null ? null : { name: speaker, start: 0, end: 0, aliases: [] }, cue: null, quoted: [] };
}

/** Groups from lists of member ids, the first member canonical. */
const groupsOf = (lists: string[][]): Analysis['groups'] => lists.map((members, k) => ({ id: `g${k + 1}`, members, canonical: members[0] as string, comparisons: [] }));

// Two stories of two reports each, written for these tests: a dam inspection and a chess final.
const DAM = [
  said('s1', 'r1', 'the Orlov dam spillway shows cracks after the spring floods', 'Greta Lindqvist'),
  said('s2', 'r1', 'engineers will drain the Orlov reservoir before inspecting the spillway', 'Greta Lindqvist'),
  said('s3', 'r2', 'cracks were found in the Orlov dam spillway after the floods', 'Lindqvist'),
  said('s4', 'r2', 'the reservoir will be drained so inspectors can reach the cracked spillway', 'Pavel Orsk'),
];
const CHESS = [
  said('s5', 'r3', 'the grandmaster Amara Quist resigned the final game of the Telford championship', 'Tomas Reyne'),
  said('s6', 'r3', 'Quist blundered her rook in a drawn endgame', 'Tomas Reyne'),
  said('s7', 'r4', 'Amara Quist lost the Telford championship final after a rook blunder', 'Reyne'),
  said('s8', 'r4', 'the Telford organisers will double the prize fund next season', 'Ines Barrow'),
];

describe('findTopics', () => {
  const cases: { name: string; statements: Statement[]; groups: string[][]; topics: string[][] }[] = [
    {
      name: 'two stories of two reports each make two topics, each with its groups',
      statements: [...DAM, ...CHESS],
      groups: [['s1', 's3'], ['s2', 's4'], ['s5', 's7'], ['s6'], ['s8']],
      topics: [['g1', 'g2'], ['g3', 'g4', 'g5']],
    },
    {
      name: 'a story told in one report is a topic of its own',
      statements: DAM.filter((s) => s.report === 'r1').concat(CHESS),
      groups: [['s1'], ['s2'], ['s5', 's7'], ['s6'], ['s8']],
      topics: [['g1', 'g2'], ['g3', 'g4', 'g5']],
    },
    {
      name: 'a group whose members span two stories goes to the story of most of them',
      statements: [...DAM, ...CHESS],
      groups: [['s1', 's3', 's6'], ['s2', 's4'], ['s5', 's7'], ['s8']],
      topics: [['g1', 'g2'], ['g3', 'g4']],
    },
    {
      name: 'a tie between two stories goes to the story of the canonical member',
      statements: [...DAM, ...CHESS],
      groups: [['s1', 's3'], ['s2'], ['s6', 's4'], ['s5', 's7'], ['s8']],
      topics: [['g1', 'g2'], ['g3', 'g4', 'g5']],
    },
    { name: 'no statements make no topics', statements: [], groups: [], topics: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const topics = findTopics({ statements: c.statements, groups: groupsOf(c.groups) }, ctx);
      expect(topics.map((t) => t.groups)).toEqual(c.topics);
      expect(topics.map((t) => t.id)).toEqual(c.topics.map((_, k) => `t${k + 1}`));
    });
  }

  it('lists each topic’s reports, a label of its most telling words and why its groups are together', () => {
    const [dam, chess] = findTopics({ statements: [...DAM, ...CHESS], groups: groupsOf([['s1', 's3'], ['s2', 's4'], ['s5', 's7'], ['s6'], ['s8']]) }, ctx);
    expect(dam?.reports).toEqual(['r1', 'r2']);
    expect(chess?.reports).toEqual(['r3', 'r4']);
    // The words in both dam reports (base forms: "cracked" is "crack", "drained" is "drain"),
    // each in two of four reports, so of one weight: alphabetical.
    expect(dam?.why.words).toEqual(['crack', 'dam', 'drain', 'flood', 'lindqvist', 'orlov', 'reservoir', 'spillway']);
    expect(dam?.label).toBe('crack, dam, drain, flood');
    expect(dam?.why.groups).toEqual(['g1', 'g2']);
    expect(chess?.why.groups).toEqual(['g3']);
  });

  it('gives a one-report topic its rarest words as label and no shared words', () => {
    const [only] = findTopics({ statements: CHESS.filter((s) => s.report === 'r3'), groups: groupsOf([['s5'], ['s6']]) }, ctx);
    expect(only?.label).not.toBe('');
    expect(only?.why).toEqual({ words: [], groups: [] });
  });

  it('keeps apart two reports that share only common words', () => {
    const statements = [said('s1', 'r1', 'the council said the plan would work', 'Ada Brook'), said('s2', 'r2', 'the plan would cost jobs, the union said', 'Bo Lenz')];
    const topics = findTopics({ statements, groups: groupsOf([['s1'], ['s2']]) }, ctx, { threshold: 0.5 });
    expect(topics.map((t) => t.reports)).toEqual([['r1'], ['r2']]);
  });
});

/** Random corpora: reports of a few words each from a small vocabulary, statements grouped at random. */
const corpus = fc
  .array(fc.tuple(fc.nat(5), fc.array(fc.constantFrom('orlov', 'spillway', 'quist', 'rook', 'telford', 'reservoir', 'flood', 'prize', 'crack', 'final'), { minLength: 1, maxLength: 5 })), { minLength: 1, maxLength: 14 })
  .chain((rows) => fc.tuple(fc.constant(rows), fc.array(fc.nat(rows.length - 1), { minLength: rows.length, maxLength: rows.length })));

function build([rows, groupOf]: [[number, string[]][], number[]]): { statements: Statement[]; groups: Analysis['groups'] } {
  const statements = rows.map(([report, words], k) => said(`s${k + 1}`, `r${report}`, words.join(' ')));
  const lists = new Map<number, string[]>();
  groupOf.forEach((g, k) => lists.set(g, [...(lists.get(g) ?? []), `s${k + 1}`]));
  return { statements, groups: groupsOf([...lists.keys()].sort((x, y) => x - y).map((g) => lists.get(g) as string[])) };
}

describe('findTopics (properties)', () => {
  it('puts every group in exactly one topic, and every report with statements in exactly one', () => {
    fc.assert(
      fc.property(corpus, (input) => {
        const { statements, groups } = build(input);
        const topics = findTopics({ statements, groups }, ctx);
        expect(topics.flatMap((t) => t.groups).sort()).toEqual(groups.map((g) => g.id).sort());
        expect(topics.flatMap((t) => t.reports).sort()).toEqual([...new Set(statements.map((s) => s.report))].sort());
        for (const t of topics) expect(t.groups.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same topics whatever the order of the statements', () => {
    fc.assert(
      fc.property(corpus, fc.nat(), (input, seed) => {
        const { statements, groups } = build(input);
        const shuffled = [...statements].sort((a, b) => ((Number(a.id.slice(1)) * 7919 + seed) % 101) - ((Number(b.id.slice(1)) * 7919 + seed) % 101));
        expect(findTopics({ statements: shuffled, groups }, ctx)).toEqual(findTopics({ statements, groups }, ctx));
      }),
      { numRuns: 100 },
    );
  });
});

describe('reportStories', () => {
  it('numbers the story of each report before any group is made: the reports of one story share a number', () => {
    const stories = reportStories([...DAM, ...CHESS], ctx).byReport;
    expect([...stories.keys()].sort()).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(stories.get('r1')).toBe(stories.get('r2'));
    expect(stories.get('r3')).toBe(stories.get('r4'));
    expect(stories.get('r1')).not.toBe(stories.get('r3'));
  });

  it('gives the reports the same stories as the topics of `findTopics`, whatever the order of the statements', () => {
    const statements = [...CHESS, ...DAM];
    const stories = reportStories(statements, ctx).byReport;
    const topics = findTopics({ statements, groups: groupsOf(statements.map((s) => [s.id])) }, ctx);
    for (const t of topics) expect(new Set(t.reports.map((r) => stories.get(r))).size).toBe(1);
    expect(new Set(stories.values()).size).toBe(topics.length);
  });

  it('gives `findTopics` the same topics when handed to it as when it reads the reports itself', () => {
    const statements = [...DAM, ...CHESS];
    const analysis = { statements, groups: groupsOf(statements.map((s) => [s.id])) };
    expect(findTopics(analysis, ctx, {}, reportStories(statements, ctx))).toEqual(findTopics(analysis, ctx));
  });
});

describe('smallStoriesJoined', () => {
  // Reports 0-3 one story centred on 0; reports 4 and 5 a story of two, centred on 5.
  const clusters = [{ canonical: 0, members: [0, 1, 2, 3] }, { canonical: 5, members: [4, 5] }];
  const storyOf = Int32Array.from([0, 0, 0, 0, 1, 1]);
  const edge = (i: number, j: number, weight: number) => ({ i, j, weight });
  it.each([
    ['a story of two whose report is linked to a larger story\'s centre joins it', [edge(0, 4, 0.18), edge(4, 5, 0.46)], [0, 0, 0, 0, 0, 0]],
    ['a story of two linked only to a member of the larger story, not its centre, joins it too', [edge(1, 4, 0.18), edge(4, 5, 0.46)], [0, 0, 0, 0, 0, 0]],
    ['a story of two linked to nothing else stays', [edge(4, 5, 0.46)], [0, 0, 0, 0, 1, 1]],
  ])('%s', (_name, edges, want) => {
    expect([...smallStoriesJoined(clusters, edges, storyOf)]).toEqual(want);
  });

  it('moves a lone report linked to two larger stories into the story of its strongest link, whatever member it reaches', () => {
    const two = [{ canonical: 0, members: [0, 1, 2] }, { canonical: 3, members: [3, 4, 5] }, { canonical: 6, members: [6] }];
    const of = Int32Array.from([0, 0, 0, 1, 1, 1, 2]);
    expect([...smallStoriesJoined(two, [edge(0, 6, 0.2), edge(5, 6, 0.3)], of)]).toEqual([0, 0, 0, 1, 1, 1, 1]);
    expect([...smallStoriesJoined(two, [edge(2, 6, 0.4), edge(3, 6, 0.3)], of)]).toEqual([0, 0, 0, 1, 1, 1, 0]);
  });

  it('moves no story of more than two reports, and none into a story no larger than itself', () => {
    const three = [{ canonical: 0, members: [0, 1, 2] }, { canonical: 3, members: [3, 4, 5] }];
    const of = Int32Array.from([0, 0, 0, 1, 1, 1]);
    expect([...smallStoriesJoined(three, [edge(0, 3, 0.5)], of)]).toEqual([0, 0, 0, 1, 1, 1]);
    const pairs = [{ canonical: 0, members: [0, 1] }, { canonical: 2, members: [2, 3] }];
    expect([...smallStoriesJoined(pairs, [edge(0, 2, 0.5)], Int32Array.from([0, 0, 1, 1]))]).toEqual([0, 0, 1, 1]);
  });

  it('takes no story into one that moves: stories do not chain', () => {
    // The pair centred on 0 moves into the story centred on 4; report 2, alone and linked to 0, stays where it was.
    const clusters3 = [{ canonical: 0, members: [0, 1] }, { canonical: 2, members: [2] }, { canonical: 4, members: [3, 4, 5, 6] }];
    const of = Int32Array.from([0, 0, 1, 2, 2, 2, 2]);
    expect([...smallStoriesJoined(clusters3, [edge(0, 2, 0.3), edge(1, 4, 0.2)], of)]).toEqual([2, 2, 1, 2, 2, 2, 2]);
  });
});

describe('smallStoriesJoined (properties)', () => {
  it('moves whole stories of at most two reports, each into a larger one that stays where it was', () => {
    const stories = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(fc.property(stories, fc.array(fc.tuple(fc.nat(40), fc.nat(40), fc.double({ min: 0.1, max: 1, noNaN: true })), { maxLength: 30 }), (sizes, links) => {
      const clusters: { canonical: number; members: number[] }[] = [];
      let next = 0;
      for (const size of sizes) {
        const members = Array.from({ length: size }, () => next++);
        clusters.push({ canonical: members[0] as number, members });
      }
      const storyOf = Int32Array.from({ length: next }, (_, r) => clusters.findIndex((c) => c.members.includes(r)));
      const edges = links.map(([i, j, weight]) => ({ i: i % next, j: j % next, weight })).filter((e) => e.i < e.j);
      const got = smallStoriesJoined(clusters, edges, storyOf);
      clusters.forEach((c, k) => {
        const into = got[c.members[0] as number] as number;
        for (const m of c.members) expect(got[m]).toBe(into);
        if (into !== k) {
          expect(c.members.length).toBeLessThanOrEqual(2);
          expect((clusters[into] as { members: number[] }).members.length).toBeGreaterThan(c.members.length);
          expect(got[(clusters[into] as { canonical: number }).canonical]).toBe(into);
        }
      });
    }));
  });
});
