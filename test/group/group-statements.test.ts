import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandKeysIntoTable, bandsFor } from '../../src/group/band-keys';
import { featureTable } from '../../src/group/features';
import { resolveGroupSettings } from '../../src/group/settings';
import { groupFeatureTable, groupStatements, groupStatementsAsync } from '../../src/group/group-statements';
import type { GroupProgress } from '../../src/schema/analysis';
import { WIRE } from './fixtures';

const groupOf = (groups: { members: string[] }[], id: string) => groups.findIndex((g) => g.members.includes(id));

describe('groupStatements', () => {
  const groups = groupStatements(WIRE);

  it.each([
    ['wordings that differ by a word', 'a1', 'a2'],
    ['a wording with an attribution tail', 'a1', 'a3'],
    ['a reordered wording', 'b1', 'b2'],
    ['a partial quote and the full quote it was cut from', 'd1', 'd2'],
    ['a denial and the claim it denies', 'e1', 'e2'],
  ])('puts %s in one group', (_name, x, y) => {
    expect(groupOf(groups, x)).toBeGreaterThanOrEqual(0);
    expect(groupOf(groups, x)).toBe(groupOf(groups, y));
  });

  it.each([
    ['statements that share only a topic', 'a1', 'c2'],
    ['different statements of one day', 'b1', 'c1'],
  ])('keeps %s apart', (_name, x, y) => {
    expect(groupOf(groups, x)).not.toBe(groupOf(groups, y));
  });

  it('numbers groups by their first member and lists members in natural id order', () => {
    expect(groups[0]).toMatchObject({ id: 'g1', members: ['a1', 'a2', 'a3'] });
    expect(groupStatements([{ id: 's17', text: 'ports reopen monday' }, { id: 's4', text: 'ports reopen monday' }])[0]?.members).toEqual(['s4', 's17']);
  });

  it('gives the same groups for any order of the input', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(WIRE, { minLength: WIRE.length, maxLength: WIRE.length }), (shuffled) => {
        expect(groupStatements(shuffled)).toEqual(groups);
      }),
      { numRuns: 20 },
    );
  });

  it('puts every statement in exactly one group', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WIRE.map((w) => w.text), 'some other words here', ''), { maxLength: 25 }), (texts) => {
        const input = texts.map((text, i) => ({ id: `s${i}`, text }));
        const out = groupStatements(input).flatMap((g) => g.members).sort();
        expect(out).toEqual(input.map((s) => s.id).sort());
      }),
      { numRuns: 30 },
    );
  });

  it.each([
    ['not an array', 'text', /found "text", expected an array or iterable of statements/],
    ['a statement without text', [{ id: 'x' }], /\[0\].*expected a statement/],
    ['duplicate ids', [{ id: 'x', text: 'a' }, { id: 'x', text: 'b' }], /duplicate id "x"/],
  ])('throws on %s', (_name, input, message) => {
    expect(() => groupStatements(input as never)).toThrow(message);
  });

  it('takes a generator, and groupStatementsAsync an async one, with the groups of the array', async () => {
    function* items(): Generator<(typeof WIRE)[number]> {
      yield* WIRE;
    }
    async function* later(): AsyncGenerator<(typeof WIRE)[number]> {
      yield* WIRE;
    }
    expect(groupStatements(items())).toEqual(groups);
    expect((await groupStatementsAsync(later())).groups).toEqual(groups);
    await expect(groupStatementsAsync(5 as never)).rejects.toThrow(/groupStatementsAsync\(statements\): found .*expected an array, iterable or async iterable/);
  });

  it('reports progress: read with the total an array gives, then group from 0 to all', () => {
    const seen: GroupProgress[] = [];
    groupStatements(WIRE, { onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([
      { stage: 'read', done: WIRE.length, total: WIRE.length },
      { stage: 'group', done: 0, total: WIRE.length },
      { stage: 'group', done: WIRE.length, total: WIRE.length },
    ]);
  });

  it('throws on an unknown option', () => {
    expect(() => groupStatements([], { treshold: 0.5 } as never)).toThrow(/claimdiff: groupStatements\(statements, options\)/);
  });

  it('groups a feature table alike with band keys signed in two slices, as workers would', () => {
    const s = resolveGroupSettings({ coreMargin: 0, claimDenial: false });
    const texts = WIRE.map((x) => x.text);
    const table = featureTable(texts, s.features);
    const n = texts.length;
    const bands = bandsFor(s, n);
    const keys = new Uint32Array(n * bands);
    const half = n >> 1;
    bandKeysIntoTable(table, s.hashes, bands, keys, 0, n, 0, half);
    bandKeysIntoTable(table, s.hashes, bands, keys, half, n, half, n);
    expect(Array.from(groupFeatureTable(table, s, keys).canonical)).toEqual(Array.from(groupFeatureTable(table, s).canonical));
  });
});
