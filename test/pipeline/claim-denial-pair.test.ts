import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../src/compare/diff-claims';
import { judgeClaimDenial } from '../../src/pipeline/claim-denial-pair';

/** The claim on side a, as `toComparison` gives it when the claim comes first. */
const judge = (claim: string, denial: string) => {
  const d = diffClaims(claim, denial);
  return { ...judgeClaimDenial(claim, denial, d, 'a'), text: (span: [number, number] | null) => (span === null ? '' : claim.slice(span[0], span[1])) };
};

describe('judgeClaimDenial', () => {
  it('makes a claim and the denial of what it states a contradiction for stance, the denied content marked on both sides', () => {
    const v = judge('the harbour board paid the striking pilots in March', 'the harbour board did not pay the pilots');
    expect(v.relation).toBe('contradict');
    expect(v.reasons).toEqual(['stance']);
    const denied = v.segments.filter((s) => s.label === 'contradict' && s.a !== null && s.b !== null);
    expect(denied.map((s) => v.text(s.a)).join(' ')).toMatch(/harbour board/);
    expect(denied.every((s) => s.reasons.length > 0)).toBe(true);
  });

  it.each([
    ['in a claim with no adverbial clause', 'the Varne council ordered the night raids'],
    ['in the main clause, before the reason', 'the Varne council ordered the night raids because the pier talks stalled'],
    ['in a claim opening with its adverbial clause', 'After the pier talks stalled, the Varne council ordered the night raids'],
  ])('makes a contradiction of a denial met %s', (_name, claim) => {
    expect(judge(claim, 'the Varne council did not order the night raids').relation).toBe('contradict');
  });

  it('makes a dismissal that names nothing, answering the claim, contradict it whole', () => {
    const claim = 'a faulty fuel pump caused the ferry crash';
    const denial = 'Nothing could be further from the truth';
    const v = judgeClaimDenial(claim, denial, diffClaims(claim, denial), 'a', undefined, false, true);
    expect(v.relation).toBe('contradict');
    expect(v.segments.find((s) => s.label === 'contradict')?.b).toEqual([0, denial.length]);
  });

  it('reads a capitalised first word of the denial as a common word, not a name', () => {
    expect(judge('the army shelled hospitals in Varne', 'Hospitals in Varne were not shelled by the army').relation).toBe('contradict');
  });

  it.each([
    ['a denial of another act on the same topic', 'the harbour board raised the mooring fees for fishing boats this spring', 'the harbour board did not pay the striking pilots'],
    ['a denial that shares only a name', 'Tomas Velander spoke in Ostrava on Monday', 'Minister Tomas Velander never signed the harbour contract'],
    ['a denial of something unrelated', 'the ferry timetable changes in June', 'the harbour board did not pay the pilots'],
    ['a denial that shares only the place it speaks of', 'the situation in the Varne Strait was viewed with concern across the region', 'he was not worried about accidents in the Varne Strait'],
    ['a denial that shares only the parties it names', 'voters who dislike Ada Brunn or Per Holt should back Lina Osk', 'none of the efforts to stop Per Holt will work unless Ada Brunn and Lina Osk step up'],
    ['a denial that shares one word of what it denies', 'passengers were celebrating before the crash', 'we are not mourning, we are celebrating'],
    ['a denial of blame against a claim of support', "voters were solidly behind the mayor's harbour plan", "the mayor denied responsibility for the harbour plan's failure"],
    ['a denial met only in the reason a claim gives ("… stalled because …")', 'the pier talks stalled because the Varne council has not stopped the night raids', 'the Varne council did not order the night raids'],
  ])('does not make a contradiction of %s', (_name, claim, denial) => {
    const v = judge(claim, denial);
    expect(v.relation).not.toBe('contradict');
    expect(v.reasons).toBeUndefined();
  });

  it.each([
    ['another month', 'the ferry will return to service in June', 'the ferry would return to service in May'],
    ['another count', 'the strike cost 300 jobs at the yard', 'the strike cost 30 jobs at the yard'],
  ])('makes a claim and a denial of %s differ, since both may be true', (_name, claim, denial) => {
    const v = judge(claim, denial);
    expect(v.relation).toBe('differ');
    expect(v.reasons).toBeUndefined();
  });

  it('turns the core\'s stance-only contradiction into differ when the denial denies something else', () => {
    const claim = 'the mayor ordered the police to clear the square';
    const denial = 'Any suggestion that the mayor sold the stadium is false';
    const d = diffClaims(claim, denial);
    expect(d.relation).toBe('contradict');
    expect(judgeClaimDenial(claim, denial, d, 'a').relation).toBe('differ');
  });

  it('never makes a contradiction of a claim and a denial by one speaker', () => {
    const claim = 'the harbour board paid the striking pilots in March';
    const denial = 'the harbour board did not pay the pilots';
    const v = judgeClaimDenial(claim, denial, diffClaims(claim, denial), 'a', undefined, true);
    expect(v.relation).not.toBe('contradict');
  });

  it.each([
    ['she was not surprised by news that the harbour board paid the striking pilots', 'the harbour board did not pay the pilots'],
    ["I'm not surprised the harbour board paid the pilots in March", 'claims that the harbour board paid the pilots are false'],
  ])('never makes a contradiction of a claim that negates its speaker\'s own view (%j) and a denial of what it mentions', (claim, denial) => {
    const v = judgeClaimDenial(claim, denial, diffClaims(claim, denial), 'a', undefined, false, true);
    expect(v.relation).not.toBe('contradict');
    expect(v.reasons).toBeUndefined();
  });

  it('finds the same verdict with the claim on side b', () => {
    const claim = 'the harbour board paid the striking pilots in March';
    const denial = 'the harbour board did not pay the pilots';
    const v = judgeClaimDenial(claim, denial, diffClaims(denial, claim), 'b');
    expect(v.relation).toBe('contradict');
  });

  it('never calls a pair a contradiction without a contradict segment aligned on both sides', () => {
    const words = ['the', 'board', 'paid', 'did', 'not', 'pay', 'pilots', 'harbour', 'fees', 'raised', 'in', 'March'];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 9 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (claim, denial) => {
        const v = judge(claim, denial);
        if (v.relation === 'contradict') expect(v.segments.some((s) => s.label === 'contradict' && s.a !== null && s.b !== null)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ['the accusation false', 'the accusation', 'false'],
    ["the ferryman's claims as 'plainly untrue'", "the ferryman's claims", "as 'plainly untrue'"],
    ['These allegations are nonsense', 'These allegations', 'are nonsense'],
    ['the report was completely false', 'the report', 'was completely false'],
    ['any truth to the story', 'the story', 'any truth to'],
  ])('makes a denial that points at the claim ("%s") a contradiction of the whole claim against the pointer', (denial, pointer, rest) => {
    const claim = 'the quarry poisoned the wells of Harnby';
    const v = judgeClaimDenial(claim, denial, diffClaims(claim, denial), 'a', undefined, false, true);
    expect(v.relation).toBe('contradict');
    expect(v.reasons).toEqual(['stance']);
    const [first, ...others] = v.segments;
    expect(first).toMatchObject({ label: 'contradict', a: [0, claim.length], reasons: ['stance'] });
    expect(denial.slice(...(first?.b as [number, number]))).toBe(pointer);
    expect(others.map((x) => (x.b === null ? '' : denial.slice(x.b[0], x.b[1])))).toEqual([rest]);
  });

  it.each([
    ['a pointer at the report, whose accuracy is its own statement', 'the report was inaccurate', false, true],
    ['a bare "it"', 'it was categorically false', false, true],
    ['the claimant denying their own claim', 'the accusation false', true, true],
    ['a pointer not resolved to this claim', 'the accusation false', false, false],
  ])('does not read %s as a denial of the claim', (_name, denial, oneSpeaker, points) => {
    const claim = 'the quarry poisoned the wells of Harnby';
    expect(judgeClaimDenial(claim, denial, diffClaims(claim, denial), 'a', undefined, oneSpeaker, points).relation).not.toBe('contradict');
  });
});

describe('judgeClaimDenial: a claim that asks', () => {
  it.each([
    ['an indirect question inside it', 'The talks on whether the pier is closing are over', 'the pier is not closing'],
    ['an indirect question opening it', 'Whether the pier is closing is really the question', 'the pier is not closing'],
  ])('contradicts no denial of what it asks, with %s', (_name, claim, denial) => {
    expect(judge(claim, denial).relation).not.toBe('contradict');
  });

  it('still contradicts a denial of what it states before the question', () => {
    expect(judge('the council sold the pier, whether the mayor likes it or not', 'the council did not sell the pier').relation).toBe('contradict');
  });
});

describe('judgeClaimDenial: what a side only supposes', () => {
  it.each([
    ['the denial supposes it', 'the mayor needs 15 percent of the vote to reach the run-off', 'if the mayor got 15 percent of the vote he would not go to the run-off', false],
    ['the claim supposes it', 'if the council sells the pier, the ferry to Skerra will stop', 'the council will not sell the pier', false],
    ['the denial states it after a condition', 'the council will sell the pier', 'if asked, the council will not sell the pier', true],
  ])('contradicts nothing %s: %j against %j', (_name, claim, denial, want) => {
    expect(judge(claim, denial).relation === 'contradict').toBe(want);
  });
});

describe('judgeClaimDenial: a denial that only names statements', () => {
  it('contradicts no claim by the words that name them, and still the claim it points at', () => {
    const claim = 'all of her other public statements on the pier have been consistent';
    expect(judge(claim, 'her public statements').relation).not.toBe('contradict');
    const d = diffClaims(claim, 'her public statements');
    expect(judgeClaimDenial(claim, 'her public statements', d, 'a', undefined, false, true).relation).toBe('contradict');
  });
});

describe('judgeClaimDenial: two people', () => {
  it('contradicts no claim of what he did by what she denies doing, and one of what she did', () => {
    const denial = 'she had not sent or received any pier files marked secret';
    expect(judge('the clerk kept his own files, which he had sent and received on a harbour computer', denial).relation).not.toBe('contradict');
    expect(judge('the clerk said she had sent and received pier files marked secret', denial).relation).toBe('contradict');
  });
});

describe('judgeClaimDenial: another time in the slot of the claim\'s', () => {
  it.each([
    ['another year than a month', 'the Skerra Front bombed the pipeline in March', 'the Skerra Front had bombed the pipeline in 2019', 'differ'],
    ['another weekday', 'the Skerra Front bombed the pipeline on Monday', 'the Skerra Front had bombed the pipeline on Friday', 'differ'],
    ['the same time', 'the Skerra Front bombed the pipeline in March', 'the Skerra Front had bombed the pipeline in March', 'contradict'],
    ['another object, which may be a paraphrase the lexicon lacks', 'soldiers fired on protesters in Varne', 'soldiers had fired on demonstrators in Varne', 'contradict'],
    ['another name, which may be a capital for its country', 'Varnia supplied the missiles', 'Pyongyang had supplied the missiles', 'contradict'],
  ])('with %s', (_name, claim, denial, relation) => {
    expect(judge(claim, denial).relation).toBe(relation);
  });
});

describe('judgeClaimDenial: a claim of what ought to be', () => {
  it('contradicts no denial of the fact, and a verdict on it', () => {
    expect(judge('Mayor Varn should release his tax returns', 'Mayor Varn was not releasing his tax returns').relation).not.toBe('contradict');
    expect(judge('the mayor released his tax returns', 'Mayor Varn was not releasing his tax returns').relation).toBe('contradict');
    expect(judge('the council should sell the pier to the ferry company', 'the idea of selling the pier to the ferry company is absurd').relation).toBe('contradict');
  });
});

describe('judgeClaimDenial with a negation of the speaker\'s own', () => {
  it.each([
    ['one word of it aligned ("hope")', 'I should hope so', 'I hope not', 'contradict', 'differ'],
    ['two words of it aligned', 'the council sold the park', 'the council did not sell the park', 'contradict', 'contradict'],
    ['the people and places aligned, not what it negates', 'the government will keep screening people from Varne and Skerra for the ferry', "the ferry checks haven't stopped people from Varne and Skerra from boarding", 'contradict', 'differ'],
    ['its negated verb stated by the claim', 'the ferry company sent a team of engineers to Skerra', 'the ferry company has not sent a team of engineers to Skerra', 'contradict', 'contradict'],
    ['a verdict on the whole', 'the ferry company sent a team of engineers to Skerra', 'reports the ferry company sent a team of engineers to Skerra are not true', 'contradict', 'contradict'],
    ['a subject it only points at ("This isn\'t …")', 'the harbour levy has to be a key part of any tax reform', "This isn't tax reform at the harbour levy", 'contradict', 'differ'],
    ['a subject of its own', 'the harbour levy is a tax reform', "the harbour levy isn't a tax reform", 'contradict', 'contradict'],
    ['a cleft, whose subject is what it names', 'the army shelled the town of Varne on Monday night', 'It was not the army that shelled the town of Varne on Monday night', 'contradict', 'contradict'],
    ['an event of a bare "it"', 'it rained heavily in Skerra on Tuesday', 'It did not rain heavily in Skerra on Tuesday', 'contradict', 'contradict'],
    ['a bare "that" and a sentence more', 'the council closed the harbour school in May', 'That did not happen. The council did not close the harbour school in May', 'contradict', 'contradict'],
    ['another thing told in the same words', 'The leaflet was printed by the harbour union last week', 'The new timetable was not printed by the harbour union last week', 'contradict', 'differ'],
    ['a subject that picks among things named before ("neither of these emails")', 'the harbour board sent emails about the pier to the mayor', 'Neither of these emails involve the mayor or the pier', 'contradict', 'differ'],
    ['a demonstrative subject, the claim\'s own', 'the new ferries were safe', 'These ferries are not safe', 'contradict', 'contradict'],
  ])('with %s: %s as an answer, %s as a negation of one\'s own', (_name, claim, denial, answer, own) => {
    const d = diffClaims(claim, denial);
    expect(judgeClaimDenial(claim, denial, d, 'a').relation).toBe(answer);
    expect(judgeClaimDenial(claim, denial, d, 'a', undefined, false, false, true).relation).toBe(own);
  });
});

describe('judgeClaimDenial: what the aligned segments hold', () => {
  it('counts a word of the denial as aligned only when the claim\'s side holds it or one of the same meaning', () => {
    // "Osterland's" meets "this report strengthens Karvia's" by their "'s" alone: no word of the
    // denial is aligned there, and "actions" alone is one word, too little to deny the claim.
    const claim = 'this report strengthens Karvia’s call for Osterland authorities to take concrete actions that prevent their soil being used against any other nation';
    const denial = 'Osterland’s territory is not being used for hostile actions against neighbouring states';
    expect(judgeClaimDenial(claim, denial, diffClaims(claim, denial), 'a').relation).not.toBe('contradict');
  });
});
