import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';
import { propositionText } from '../../src/schema/proposition';

/** The statements of `text` that carry pieces, as [proposition, speaker, stance]. */
const accusations = (text: string): [string, string | null, string][] =>
  extractStatements(text).filter((s) => s.content !== undefined).map((s) => [propositionText(s), s.speaker?.name ?? null, s.stance]);

describe('accusations', () => {
  it.each([
    ['blamed Y for Z', 'Norvale blamed Castoria for funding the border raids.', 'Castoria funding the border raids', 'Norvale'],
    ['accused Y of Z', 'The harbour board accused the ferry company of hiding the repair costs.', 'the ferry company hiding the repair costs', 'harbour board'],
    ['charged Y with Z', 'Opposition leader Ana Ruiz charged the minister with misleading parliament.', 'the minister misleading parliament', 'Ana Ruiz'],
    ['criticised Y for Z', 'The mayor criticised the council for delaying the bridge repairs.', 'the council delaying the bridge repairs', 'mayor'],
    ['criticized Y for Z', 'The union criticized the firm for cutting night shifts.', 'the firm cutting night shifts', 'union'],
    ['faulted Y for Z', 'The inspectors faulted the operator for skipping safety drills.', 'the operator skipping safety drills', 'inspectors'],
    ['condemned Y for Z', 'Tarsk condemned Ostrava for shelling the river villages.', 'Ostrava shelling the river villages', 'Tarsk'],
    ['a present-tense accusation', 'Ostrava accuses Tarsk of arming the rebels.', 'Tarsk arming the rebels', 'Ostrava'],
    ['a quoted charge', 'Cole accused the board of "pure negligence" in the case.', 'the board "pure negligence" in the case', 'Cole'],
    ['a participle after a statement', 'Tarsk issued a statement accusing Ostrava of arming the rebels.', 'Ostrava arming the rebels', 'Tarsk'],
    ['a passive with its accuser after the charge', 'Castoria was accused of harbouring militants by the ministry.', 'Castoria harbouring militants', 'ministry'],
    ['a passive with its accuser before the charge', 'Castoria was accused by the ministry of harbouring militants.', 'Castoria harbouring militants', 'ministry'],
    ['a passive naming no accuser', 'Castoria has been accused of harbouring militants.', 'Castoria harbouring militants', null],
    ['a passive blame', 'The port operator was blamed for the fuel spill by the coastguard.', 'The port operator the fuel spill', 'coastguard'],
    ['a name that holds the preposition, as the accused', 'The board accused the Port of Lisbon of hiding the costs.', 'the Port of Lisbon hiding the costs', 'board'],
    ['a name that holds the preposition, as the accuser', 'Castoria was accused by the Office of Audits of hiding the costs.', 'Castoria hiding the costs', 'Office of Audits'],
  ])('reads %s as the statement "Y Z" of the accuser', (_name, text, proposition, speaker) => {
    expect(accusations(text)).toEqual([[proposition, speaker, 'asserts']]);
  });

  it.each([
    ['a charge that holds a negation', 'The union accused the firm of not paying its drivers.', 'the firm not paying its drivers'],
    ['a charge that names a denial word', 'Norvale blamed Castoria for rejecting the ceasefire terms.', 'Castoria rejecting the ceasefire terms'],
  ])('reads %s as asserted', (_name, text, proposition) => {
    expect(accusations(text)).toEqual([[proposition, expect.any(String), 'asserts']]);
  });

  it.each([
    ['condemned with no charge', 'The mayor condemned the attack on the depot.'],
    ['criticised with no charge', 'The mayor criticised the new budget plan.'],
    ['faulted with no charge', 'The report faulted the design of the bridge.'],
  ])('finds no statement in %s', (_name, text) => {
    expect(extractStatements(text)).toEqual([]);
  });

  it.each([
    ['blame with "on" instead of "for"', 'The mayor blamed the flooding on the council.', 'the flooding on the council'],
    ['an accused phrase cut by a comma', 'Cole accused the board, again, of negligence.', 'the board, again, of negligence'],
  ])('keeps the span as the proposition for %s', (_name, text, span) => {
    const s = extractStatements(text).find((x) => x.text === span);
    expect(s, JSON.stringify(extractStatements(text).map((x) => x.text))).toBeDefined();
    expect(s?.content).toBeUndefined();
  });

  it.each([
    ['"which she denies" after a named accused', 'Critics accuse the mayor of favouring developers, which she denies.', 'mayor'],
    ['"a charge it denies" after a named accused', 'The ministry accused Castoria of harbouring militants, a charge it denies.', 'Castoria'],
    ['a named denier', 'Tarsk accused Ostrava of shelling the villages, a charge the Ostrava army denies.', 'Ostrava army'],
  ])('gives the denial of %s to the accused, not the accuser', (_name, text, denier) => {
    const denial = extractStatements(text).find((s) => s.stance === 'denies');
    expect(denial?.speaker?.name).toBe(denier);
  });

  it('gives a denial of an accusation the accusation\'s pieces', () => {
    const got = extractStatements('The ministry accused Castoria of harbouring militants, a charge Castoria denies.');
    expect(got.map((s) => [propositionText(s), s.speaker?.name, s.stance])).toEqual([
      ['Castoria harbouring militants', 'ministry', 'asserts'],
      ['Castoria harbouring militants', 'Castoria', 'denies'],
    ]);
  });

  const word = fc.constantFrom('Castoria', 'the council', 'its rival', 'Vell', 'the board', 'Ostrava', 'for', 'of', 'with', 'by', 'was', ',', '"', 'not');
  const verb = fc.constantFrom('accused', 'blamed', 'charged', 'criticised', 'faulted', 'condemned', 'was accused', 'has been blamed', 'said');
  const sentence = fc.tuple(fc.array(word, { maxLength: 3 }), verb, fc.array(word, { maxLength: 8 })).map(([a, v, b]) => `${['Norvale', ...a].join(' ')} ${v} ${b.join(' ')}.`);

  it('keeps every piece inside its statement, in order and apart, on any sentence', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 3 }), (sentences) => {
        const text = sentences.join(' ');
        for (const s of extractStatements(text)) {
          expect(s.text).toBe(text.slice(s.start, s.end));
          let last = s.start;
          for (const [a, b] of s.content ?? []) {
            expect(a).toBeGreaterThanOrEqual(last);
            expect(b).toBeGreaterThan(a);
            expect(b).toBeLessThanOrEqual(s.end);
            last = b;
          }
        }
      }),
    );
  });
});
