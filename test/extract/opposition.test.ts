import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';

/** The stance of the statement a deny verb reports in `text`. */
const stanceOf = (text: string): string | undefined => extractStatements(text).find((s) => s.cue !== null)?.stance;

describe('opposesProposal', () => {
  it.each([
    ['a plan, after "rejected"', "The council rejected the mayor's plan to close the pier."],
    ['an act, after "dismissed"', 'The senator dismissed the governor’s actions to tighten ferry fares.'],
    ['an offer after a long possessive', "Harbour leaders rejected ferry operator Lumen Lines' offer to keep the night crossing."],
    ['a request, after "denied"', "The club denied the coach's request for a new contract."],
    ['a person, the phrase ending at "and"', 'Voters rejected the self-described harbour socialist and handed Ravel the seat.'],
    ['a thing, after "repudiated"', 'The mayor has repudiated decades of harbour support for free fares.'],
    ['a thing, after "rejected"', 'The board summarily rejected those days.'],
    ['an offer, after "rebuffed"', 'The board rebuffed the offer of talks with the ferry company.'],
    ['a thing with a past form before its head, after "rejected"', 'The board rejected the revised timetable for the ferries.'],
    ['what is granted, after "denied" with a person before it', 'The magistrate denied Ravel bail.'],
    ['what is granted, after "denied" with a pronoun before it', 'The harbour police denied them entry to the pier.'],
    ['a place, after "disputed"', 'The two towns have disputed the river island since 2019.'],
    ['a bill, after "disputed"', 'The mayor disputed the harbour bill.'],
  ])('reads a deny verb against %s as opposing it, not denying a claim', (_name, text) => {
    expect(stanceOf(text)).toBe('asserts');
  });

  it.each([
    ['plans, after "denied": that there are such plans', 'The ministry denied plans to close the pier.'],
    ['claims', 'The council rejected claims that the pier was unsafe.'],
    ['reports of a plan', 'The council dismissed reports of a plan to close the pier.'],
    ['a person\'s claims', "The council rejected the candidate's claims about the pier."],
    ['a clause whose subject is a plan', 'The minister denied any plan had been agreed.'],
    ['findings, after "rejected"', 'The board rejected the findings of the harbour audit.'],
    ['an idea with its clause, after "rejected"', 'The board rejected the idea that the pier was sold.'],
    ['remarks, after "rejected"', 'The board rejected the remarks of the harbour master about the pier.'],
    ['concerns, after "rejected"', "The board rejected the harbour master's concerns about the pier."],
    ['any wrongdoing, after "rejected"', 'The board rejected any wrongdoing in the pier sale.'],
    ['responsibility, after "rejected"', 'The board rejected responsibility for the pier collapse.'],
    ['any knowledge, after "disavowed"', 'The board disavowed any knowledge of the pier deal.'],
    ['a toll, after "rejected"', 'The board rejected the death toll from the pier collapse.'],
    ['a name, after "rejected"', 'The board rejected Ravel outright at the harbour meeting.'],
    ['figures, after "disputed"', 'The ministry disputed the figures from the pier collapse.'],
    ['an account ending its sentence, after "disputed"', 'The ministry disputed their account.'],
    ['critiques, after "disputed"', 'The mayor disputed both critiques.'],
    ['a result, after "disputed"', 'The mayor disputed the result of the harbour vote.'],
    ['a clause after a refused noun, after "denied"', 'The mayor denied access to the harbour files was ever granted to the contractor.'],
    ['an act of granting, after "denied"', 'The mayor denied granting the contractor access to the harbour site.'],
    ['"any" before a refused noun, after "denied"', 'The mayor denied any access to the harbour files.'],
    ['a timeline, after "disputed"', 'The mayor disputed the timeline.'],
    ['a count, after "disputed"', 'The mayor disputed the casualty count.'],
    ['a ruling, after "disputed"', 'The mayor disputed the ruling of the harbour court.'],
  ])('still reads a denial of %s', (_name, text) => {
    expect(stanceOf(text)).toBe('denies');
  });
});
