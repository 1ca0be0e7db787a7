/**
 * Accuracy of statement extraction: `npm run eval -- extract [paths…]`.
 * With no path it scores the project's own labelled wire copy (test/fixtures/extract);
 * a `.jsonl` path is read as PolNeAR (source / cue / content spans per attribution).
 */
import { existsSync, readFileSync } from 'node:fs';
import { extractStatements } from '../src/extract/extract-statements';
import { buildWordSets, type VerbInfo } from '../src/extract/word-sets';
import type { Statement } from '../src/schema/statement';
import { loadExtractFixtures, type GoldStatement } from '../test/fixtures/extract/load';
import { tokenize } from '../src/text/tokenize';

type Span = readonly [number, number];

/** Characters shared by a span and a set of pieces, over the longer of the two. */
export function overlap(a: Span, pieces: readonly Span[]): number {
  let inter = 0;
  let len = 0;
  for (const [s, e] of pieces) {
    inter += Math.max(0, Math.min(a[1], e) - Math.max(a[0], s));
    len += e - s;
  }
  const longer = Math.max(a[1] - a[0], len);
  return longer === 0 ? 0 : inter / longer;
}

/** The best overlap with any one piece: PolNeAR splits content around an interrupting cue. */
export function pieceOverlap(a: Span, pieces: readonly Span[]): number {
  let best = 0;
  for (const piece of pieces) best = Math.max(best, overlap(a, [piece]));
  return best;
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : (n / d).toFixed(3));

function scoreFixtures(): void {
  const reports = loadExtractFixtures();
  let gold = 0;
  let pred = 0;
  let matched = 0;
  let speakerOk = 0;
  let stanceOk = 0;
  let kindOk = 0;
  const misses: string[] = [];
  for (const r of reports) {
    const got = extractStatements({ id: r.id, text: r.text });
    pred += got.length;
    gold += r.statements.length;
    const used = new Set<Statement>();
    for (const g of r.statements) {
      // Prefer a prediction of the same stance: a claim and its denial share one span.
      const candidates = got.filter((s) => !used.has(s) && overlap([s.start, s.end], [[g.start, g.end]]) >= 0.5);
      const best = candidates.find((s) => s.stance === g.stance) ?? candidates[0];
      if (best === undefined) {
        misses.push(`  miss ${r.id}: [${g.speaker}] ${g.content.slice(0, 80)}`);
        continue;
      }
      used.add(best);
      matched++;
      if (sameSpeaker(best, g)) speakerOk++;
      else misses.push(`  speaker ${r.id}: want ${g.speaker}, got ${best.speaker?.name ?? 'null'}: ${g.content.slice(0, 60)}`);
      if (best.stance === g.stance) stanceOk++;
      else misses.push(`  stance ${r.id}: want ${g.stance}: ${g.content.slice(0, 60)}`);
      if (best.kind === g.kind) kindOk++;
      else misses.push(`  kind ${r.id}: want ${g.kind}, got ${best.kind}: ${g.content.slice(0, 60)}`);
    }
    for (const s of got) if (!used.has(s)) misses.push(`  extra ${r.id}: [${s.speaker?.name ?? '-'}] ${s.text.slice(0, 80)}`);
  }
  process.stdout.write(`extract fixtures: ${reports.length} reports, ${gold} gold statements, ${pred} predicted\n`);
  process.stdout.write(`  recall ${pct(matched, gold)}  precision ${pct(matched, pred)}  (span overlap >= 50%)\n`);
  process.stdout.write(`  speaker accuracy ${pct(speakerOk, matched)}  stance accuracy ${pct(stanceOk, matched)}  kind accuracy ${pct(kindOk, matched)}\n`);
  if (process.env.EVAL_VERBOSE) process.stdout.write(`${misses.join('\n')}\n`);
}

function sameSpeaker(s: Statement, g: GoldStatement): boolean {
  if (g.speaker === null) return s.speaker === null;
  return s.speaker !== null && s.speaker.name.toLowerCase() === g.speaker.toLowerCase();
}

interface PolnearDoc {
  doc: string;
  text: string;
  attributions: { source: Span[]; cue: Span[]; content: Span[] }[];
}

function scorePolnear(path: string): void {
  const words = buildWordSets();
  // Speech cues: reporting verbs, bar those that are cues only in one construction (a verdict,
  // an inversion after a quotation, an accusation with its charge), so that recall counts the same cues.
  const isSpeech = (cue: string): boolean => {
    const norms = tokenize(cue).filter((t) => t.kind === 'word').map((t) => t.norm);
    const speech = (v: VerbInfo | undefined): boolean => v !== undefined && v.verdict !== true && v.invertedOnly !== true && v.chargeOnly !== true;
    return norms.some((n) => speech(words.verbs.get(n))) || (norms.includes('according') && norms.includes('to'));
  };
  let pred = 0;
  let precise = 0;
  let preciseWhole = 0;
  let speech = 0;
  let found = 0;
  let foundWhole = 0;
  let withSource = 0;
  let sourceOk = 0;
  let docs = 0;
  const verbose: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const d = JSON.parse(line) as PolnearDoc;
    docs++;
    const got = extractStatements({ id: d.doc, text: d.text });
    pred += got.length;
    for (const s of got) {
      const hit = d.attributions.some((a) => pieceOverlap([s.start, s.end], a.content) >= 0.5);
      if (d.attributions.some((a) => a.content.length > 0 && overlap([s.start, s.end], a.content) >= 0.5)) preciseWhole++;
      if (hit) precise++;
      else if (verbose.length < 400) verbose.push(`  fp ${d.doc}: [${s.speaker?.name}|${s.cue?.text}] ${s.text.slice(0, 100)}`);
    }
    for (const a of d.attributions) {
      const cue = a.cue.map(([s, e]) => d.text.slice(s, e)).join(' ');
      if (a.content.length === 0 || !isSpeech(cue)) continue;
      speech++;
      if (got.some((s) => overlap([s.start, s.end], a.content) >= 0.5)) foundWhole++;
      const best = got.find((s) => pieceOverlap([s.start, s.end], a.content) >= 0.5);
      if (best === undefined) {
        if (verbose.length < 800) verbose.push(`  fn ${d.doc}: [${a.source.map(([s, e]) => d.text.slice(s, e)).join(' ')}|${cue}] ${a.content.map(([s, e]) => d.text.slice(s, e)).join(' … ').slice(0, 100)}`);
        continue;
      }
      found++;
      if (a.source.length === 0) continue;
      withSource++;
      const sourceText = a.source.map(([s, e]) => d.text.slice(s, e)).join(' ').toLowerCase();
      const sp = best.speaker;
      if (sp !== null && (a.source.some(([s, e]) => Math.min(sp.end, e) > Math.max(sp.start, s)) || sourceText.includes(sp.name.toLowerCase()))) sourceOk++;
    }
  }
  process.stdout.write(`extract polnear ${path}: ${docs} documents, ${pred} predicted, ${speech} gold speech attributions\n`);
  process.stdout.write(`  precision ${pct(precise, pred)}  recall (speech cues) ${pct(found, speech)}  source accuracy ${pct(sourceOk, withSource)}  (overlap >= 50% with one content span)\n`);
  process.stdout.write(`  stricter, against each attribution's whole content: precision ${pct(preciseWhole, pred)}  recall ${pct(foundWhole, speech)}\n`);
  if (process.env.EVAL_VERBOSE) process.stdout.write(`${verbose.join('\n')}\n`);
}

export async function run(paths: string[]): Promise<void> {
  if (paths.length === 0) {
    scoreFixtures();
    return;
  }
  for (const path of paths) {
    if (!existsSync(path)) {
      process.stdout.write(`extract: skipped: ${path} not found\n`);
      continue;
    }
    if (path.endsWith('.jsonl')) scorePolnear(path);
    else process.stdout.write(`extract: skipped: ${path} is not a .jsonl file\n`);
  }
}

