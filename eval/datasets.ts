/**
 * Parsers for the third-party labelled pair sets the eval harness reads (see
 * ../shared/data/README.md), and for its files of articles. Each pair parser takes the whole
 * file text and returns `{a, b, gold}` rows;
 * none of the data lives in the project. A malformed line throws with its line number: a
 * silently dropped row would shift every figure without anyone noticing.
 */

import type { Report } from '../src/schema/report';

export type DatasetKind = 'sick' | 'mrpc' | 'sts' | 'twitter-url' | 'emergent';

export interface Pair<G> {
  a: string;
  b: string;
  gold: G;
}

export const SICK_LABELS = ['ENTAILMENT', 'CONTRADICTION', 'NEUTRAL'] as const;
export type SickLabel = (typeof SICK_LABELS)[number];

export const EMERGENT_STANCES = ['for', 'against', 'observing'] as const;
export type EmergentStance = (typeof EMERGENT_STANCES)[number];

/**
 * Which set a file holds, from its first line alone. Three sets have a header; the other two
 * are told apart by their columns, so a renamed or moved file is still read correctly.
 */
export function detectDataset(text: string): DatasetKind | undefined {
  const first = lines(text).find((line) => line.text.trim() !== '')?.text ?? '';
  if (first.startsWith('pair_ID\t')) return 'sick';
  if (first.startsWith('Quality\t')) return 'mrpc';
  if (first.startsWith('id,claimHeadline,')) return 'emergent';
  const fields = first.split('\t');
  if (fields.length === 4 && /^\(\d+,\d+\)$/.test(fields[2] ?? '')) return 'twitter-url';
  if (fields.length === 3 && /^\d+(\.\d+)?$/.test(fields[0] ?? '')) return 'sts';
  return undefined;
}

/** SICK: `pair_ID sentence_A sentence_B entailment_label …`, a header line first. */
export function parseSick(text: string): Pair<SickLabel>[] {
  return rows(text, 1, 4, (f, at) => ({ a: f[1] ?? '', b: f[2] ?? '', gold: oneOf(SICK_LABELS, f[3], at) }));
}

/**
 * MRPC: `Quality #1_ID #2_ID #1_String #2_String`, header first, 1 = paraphrase. Sentences
 * carry unbalanced quote marks, so fields are split on tabs only, never CSV-style.
 */
export function parseMrpc(text: string): Pair<boolean>[] {
  return rows(text, 1, 5, (f, at) => ({ a: f[3] ?? '', b: f[4] ?? '', gold: oneOf(['0', '1'], f[0], at) === '1' }));
}

/** STS headlines: `score headline1 headline2`, no header; score in [0, 5]. */
export function parseSts(text: string): Pair<number>[] {
  return rows(text, 0, 3, (f, at) => {
    const gold = Number(f[0]);
    if (!Number.isFinite(gold) || gold < 0 || gold > 5) throw new Error(`${at}: expected a score 0–5, found "${f[0]}"`);
    return { a: f[1] ?? '', b: f[2] ?? '', gold };
  });
}

/**
 * Twitter-URL: `sent1 sent2 (n,6) url`, no header. n ≥ 4 of 6 votes is a paraphrase, n ≤ 2
 * is not; n = 3 is dropped, as the corpus authors do, because the annotators split evenly.
 */
export function parseTwitterUrl(text: string): Pair<boolean>[] {
  return rows(text, 0, 4, (f, at) => {
    const votes = /^\((\d+),(\d+)\)$/.exec(f[2] ?? '');
    if (votes === null) throw new Error(`${at}: expected votes like "(4,6)", found "${f[2]}"`);
    const n = Number(votes[1]);
    return n === 3 ? undefined : { a: (f[0] ?? '').trim(), b: (f[1] ?? '').trim(), gold: n >= 4 };
  });
}

/** Emergent: real CSV (quoted fields with commas), `id,claimHeadline,articleHeadline,articleHeadlineStance,…`. */
export function parseEmergent(text: string): Pair<EmergentStance>[] {
  const records = parseCsv(stripBom(text));
  const header = records[0] ?? [];
  const claim = header.indexOf('claimHeadline');
  const article = header.indexOf('articleHeadline');
  const stance = header.indexOf('articleHeadlineStance');
  if (claim < 0 || article < 0 || stance < 0) throw new Error('line 1: expected an Emergent header with claimHeadline,articleHeadline,articleHeadlineStance');
  return records
    .slice(1)
    .filter((record) => record.length > 1 || (record[0] ?? '') !== '')
    .map((record, i) => ({
      a: record[claim] ?? '',
      b: record[article] ?? '',
      gold: oneOf(EMERGENT_STANCES, record[stance], `record ${i + 2}`),
    }));
}

/**
 * RFC 4180 records: `"` quotes a field, `""` inside quotes is one quote mark, and a quoted
 * field may hold commas and line breaks. CR LF and LF both end a record.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    i += 1;
    if (quoted) {
      if (c !== '"') {
        field += c;
      } else if (text[i] === '"') {
        field += '"';
        i += 1;
      } else {
        quoted = false;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

function rows<G>(
  text: string,
  headerLines: number,
  minFields: number,
  read: (fields: string[], at: string) => Pair<G> | undefined,
): Pair<G>[] {
  const out: Pair<G>[] = [];
  for (const line of lines(text).slice(headerLines)) {
    if (line.text.trim() === '') continue;
    const at = `line ${line.number}`;
    const fields = line.text.split('\t');
    if (fields.length < minFields) throw new Error(`${at}: expected ${minFields} tab-separated fields, found ${fields.length}`);
    const row = read(fields, at);
    if (row !== undefined) out.push(row);
  }
  return out;
}

function lines(text: string): { text: string; number: number }[] {
  return stripBom(text)
    .split(/\r?\n/)
    .map((line, i) => ({ text: line, number: i + 1 }));
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined, at: string): T {
  const found = allowed.find((label) => label === value);
  if (found === undefined) throw new Error(`${at}: expected one of ${allowed.join(', ')}, found "${value}"`);
  return found;
}

/** The reports of a JSON-lines file of articles, one a line, with `doc` or `id`, and `text` (PolNeAR's form). */
export function parseReportLines(text: string): Report[] {
  return text.split('\n').filter((l) => l.trim() !== '').map((l) => {
    const r = JSON.parse(l) as { id?: string; doc?: string; text: string };
    return { id: r.id ?? r.doc ?? '', text: r.text };
  });
}
