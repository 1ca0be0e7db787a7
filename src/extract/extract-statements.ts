import * as z from 'zod';
import { parseArgument } from '../schema/error';
import type { Issue } from '../schema/issue';
import { ReportSchema, type Report } from '../schema/report';
import {
  ExtractOptionsSchema, type Cue, type ExtractOptions, type ExtractResult, type Speaker, type Stance, type Statement,
} from '../schema/statement';
import { splitSentences } from '../text/sentences';
import { tokenize } from '../text/tokenize';
import type { Token } from '../text/tokens';
import { Discourse, nameMention } from './aliases';
import { accusedDenier } from './accusations';
import { answerDraft, dropQuestionEchoes } from './answers';
import { findAttributions, type Attribution } from './attributions';
import { classNegation, deniesContent } from './content-stance';
import { answerClassClaims, finish, quoteDrafts, type Draft } from './drafts';
import { findAppositiveDenials } from './denials';
import { appositiveClaim } from './appositive-claim';
import { withoutNestedDirectives } from './directives';
import { rangeOffsets, tok, type Doc, type Range } from './doc';
import { boundRanges, capIssues, DEFAULT_EXTRACT_LIMITS, prepareText, type ExtractLimits } from './limits';
import { reportedClaim } from './reported-claims';
import { opposesProposal } from './opposition';
import { withoutDateline } from './dateline';
import { deniedComplement } from './falsity-frame';
import { splitFigureClauses } from './figure-clause';
import { splitCoordinatedComplements } from './coordinated-complement';
import { collectTitledPersons, personForTitle } from './titled-persons';
import { findQuotes, quoteIndexOfTokens, type QuoteSpan } from './quotes';
import { trimRange } from './reported-speech';
import { phraseStartingAt, type Mention } from './speakers';
import { buildWordSets, type WordSets } from './word-sets';

let defaultWords: WordSets | undefined;

function wordSetsFor(options: ExtractOptions): WordSets {
  if (options.assertVerbs === undefined && options.denyVerbs === undefined) return (defaultWords ??= buildWordSets());
  return buildWordSets(options.assertVerbs, options.denyVerbs);
}

/** Sentences as token ranges, in one merge pass over both sorted lists. */
function sentenceRanges(text: string, tokens: readonly Token[]): Range[] {
  const ranges: Range[] = [];
  let i = 0;
  for (const s of splitSentences(text, {}, tokens)) {
    while (i < tokens.length && (tokens[i] as Token).start < s.start) i++;
    const lo = i;
    while (i < tokens.length && (tokens[i] as Token).end <= s.end) i++;
    if (i > lo) ranges.push({ lo, hi: i });
  }
  return ranges;
}

/** A quotation's words, without a trailing comma left inside the marks ("…,” he said"). */
function quoteSpan(text: string, q: QuoteSpan): [number, number] {
  let end = q.end;
  while (end > q.start && /[\s,]/.test(text[end - 1] as string)) end--;
  return [q.start, end];
}

const ReportArgument = z.union([z.string(), ReportSchema]);

function limitsOf(opts: ExtractOptions): ExtractLimits {
  const d = DEFAULT_EXTRACT_LIMITS;
  return {
    maxLength: opts.maxLength ?? d.maxLength,
    maxStatements: opts.maxStatements ?? d.maxStatements,
    maxSentenceTokens: opts.maxSentenceTokens ?? d.maxSentenceTokens,
    maxIssues: opts.maxIssues ?? d.maxIssues,
  };
}

/**
 * Finds the statements of a report and who made them, and lists the problems met on the way
 * (unbalanced quotation marks, quotations nobody is said to have said, pronouns with no
 * antecedent, a text cut or skipped at a bound) as issues. Never throws on a well-formed
 * argument. O(n) in the text length (at most `maxLength`), times a factor bounded by
 * `maxSentenceTokens` per reporting cue.
 *
 * @throws ClaimdiffError when `report` is neither a string nor a report `{ id, text }`, or an option is invalid.
 */
export function extractStatementsWithIssues(report: Report | string, options?: ExtractOptions): ExtractResult {
  const input = parseArgument(ReportArgument, report, 'extractStatements(report)', 'a report { id, text } or a string');
  const opts = parseArgument(ExtractOptionsSchema.optional(), options, 'extractStatements(report, options)', 'extract options (see ExtractOptions)', 'invalid-options') ?? {};
  const r: Report = typeof input === 'string' ? { id: opts.reportId ?? 'report', text: input } : input;
  const limits = limitsOf(opts);
  const prepared = prepareText(r.text, r.id, limits);
  if (prepared.skip) return { statements: [], issues: prepared.issues };
  const found = extractFrom(r, r.text.slice(0, prepared.end), opts, limits);
  return { statements: found.statements, issues: [...prepared.issues, ...capIssues(found.issues, limits.maxIssues, r.id)] };
}

/**
 * The extraction proper over `text`, the part of the report read (a prefix of it, so offsets
 * are those of the report).
 */
function extractFrom(r: Report, text: string, opts: ExtractOptions, limits: ExtractLimits): ExtractResult {
  const issues: Issue[] = [];
  const minWords = opts.minWords ?? 2;
  const termMaxWords = opts.termMaxWords ?? 4;
  const keepUnattributed = opts.keepUnattributed ?? true;
  const tokens = tokenize(text);
  const found = findQuotes(text, r.id);
  issues.push(...found.issues);
  const doc: Doc = { text, tokens, quotes: found.quotes, quoteOf: quoteIndexOfTokens(tokens, found.quotes), words: wordSetsFor(opts) };
  const discourse = new Discourse(doc.words.roles);
  const drafts: Draft[] = [];
  const byQuote = new Map<number, Draft>();
  // Assigned inside closures too, so declared with `as` to keep TypeScript from narrowing them to null.
  let lastQuote = null as { speaker: Speaker | null; cue: Cue | null; sentence: number } | null;
  // The speaker of the last reported speech: "The club denied the reports. “…”" continues the club.
  let lastSaid = null as { speaker: Speaker | null; cue: Cue | null; sentence: number } | null;
  // The source of the last claim a denial named ("denied reports from the local press that …"): "It was claimed that …" right after is theirs.
  let lastClaimed = null as { speaker: Speaker; sentence: number } | null;
  let announced = null as { speaker: Speaker | null; cue: Cue } | null;

  const speakerOf = (m: Mention, nearStatement: boolean): Speaker => {
    const mention = nameMention(doc, m);
    // "the Russian president" is the one person the report names with that title.
    const start = tok(doc, m.first).start;
    const named = personForTitle(doc, mention, titled, start) ?? mention;
    const end = tok(doc, m.last).end;
    const res = discourse.resolve(named, text.slice(start, end), nearStatement);
    if (!res.resolved) issues.push({ code: 'unresolved-speaker', message: `no earlier speaker for "${named.name}"`, report: r.id, span: [start, end] });
    return { name: res.name, start, end, aliases: res.aliases.filter((a) => a !== res.name), type: res.type };
  };
  const cueOf = (a: Attribution): Cue => {
    const start = tok(doc, a.cueFirst).start;
    const end = tok(doc, a.cueLast).end;
    return { text: text.slice(start, end), start, end, lemma: a.lemma };
  };
  const ranges = boundRanges(sentenceRanges(text, tokens), tokens, limits.maxSentenceTokens, r.id, issues);
  const titled = collectTitledPersons(doc, ranges);
  // The first part of a quotation stands for it.
  const addQuote = (q: number, speaker: Speaker | null, cue: Cue | null, stance: Stance, sentence: number): Draft | undefined => {
    if (byQuote.has(q)) return byQuote.get(q);
    const quote = doc.quotes[q] as QuoteSpan;
    const answer = answerDraft(doc, quote, ranges[sentence] as Range, speaker, cue, ranges[sentence - 1]);
    const drafted = answer === null ? quoteDrafts(doc, quoteSpan(text, quote), stance, speaker, cue) : [answer];
    drafts.push(...drafted);
    const first = drafted[0];
    if (first !== undefined) byQuote.set(q, first);
    lastQuote = { speaker, cue, sentence };
    return first;
  };

  for (let si = 0; si < ranges.length; si++) {
    const range = ranges[si] as Range;
    if (drafts.length >= limits.maxStatements) {
      const from = tok(doc, range.lo).start;
      issues.push({
        code: 'statements-capped',
        message: `${limits.maxStatements} statements found before offset ${from}; the rest of the report was not read (maxStatements)`,
        report: r.id,
        span: [from, text.length],
      });
      break;
    }
    const sentenceText = text.slice(tok(doc, range.lo)?.start ?? 0, tok(doc, Math.max(range.lo, range.hi - 1))?.end ?? 0).toLowerCase();
    const nearStatement = /\bstatement\b/.test(sentenceText);
    const atts = withoutNestedDirectives(doc, findAttributions(doc, range, minWords));
    let main: { speaker: Speaker | null; stance: Stance } | null = null;
    const sentenceDrafts: Draft[] = [];
    for (const a of atts) {
      let speaker: Speaker | null;
      let stance = a.stance;
      if (a.speakerFrom === 'none') speaker = lastClaimed !== null && si - lastClaimed.sentence === 1 ? lastClaimed.speaker : null;
      else if (a.speaker !== null) {
        speaker = speakerOf(a.speaker, nearStatement);
        // A participle after a denying verb continues the denial; after a verdict ("called it false") it does not.
        main = { speaker, stance: doc.words.verbs.get(tok(doc, a.cueFirst).norm)?.verdict ? 'asserts' : a.stance };
      } else {
        if (main === null) {
          const subject = phraseStartingAt(doc, withoutDateline(doc, range).lo, range.hi); // past a dateline: "VALMORA (AP) - Vasquel refused …, saying …"
          main = { speaker: subject === null ? null : speakerOf(subject, nearStatement), stance: 'asserts' };
        }
        speaker = main.speaker;
        if (main.stance === 'denies' && a.speakerFrom !== 'coordinated') stance = 'denies';
      }
      const cue = cueOf(a);
      if ('next' in a.content) {
        announced = { speaker, cue };
        continue;
      }
      if ('quote' in a.content) {
        const d = addQuote(a.content.quote, speaker, cue, stance, si);
        if (d !== undefined) sentenceDrafts.push(d);
        continue;
      }
      const { lo, hi } = a.content.range;
      const quoted: [number, number][] = [];
      for (let i = lo; i < hi; i++) {
        const q = doc.quoteOf[i] ?? -1;
        if (q >= 0 && (doc.quotes[q] as QuoteSpan).open === tok(doc, i).start) {
          quoted.push(quoteSpan(text, doc.quotes[q] as QuoteSpan));
          byQuote.set(q, byQuote.get(q) ?? ({} as Draft));
        }
      }
      // An accusation asserts its charge, a negative one too ("accused Y of not paying"); a
      // relative clause's may deny ("the crew, who the captain said had not seen the buoy, …").
      const read = a.pieces === undefined ? a.content.range : a.subjectPiece ? a.pieces[1] : null;
      // "rejected the mayor's plan to close the pier" opposes a plan: it denies no claim.
      const opposes = stance === 'denies' && opposesProposal(doc, a.content.range, a.lemma);
      const denies = !opposes && (stance === 'denies' || (read !== null && deniesContent(doc, read)));
      const notOfClass = denies ? null : classNegation(doc, a.content.range);
      // "said it was false that …": what the frame calls untrue is what is denied.
      const framed = denies && a.pieces === undefined ? deniedComplement(doc, a.content.range) : null;
      const pieces = a.pieces ?? (framed ? [framed] : undefined);
      const d: Draft = {
        start: tok(doc, lo).start, end: tok(doc, hi - 1).end, kind: quoted.length > 0 ? 'partial' : 'indirect',
        stance: denies ? 'denies' : 'asserts', speaker, cue, ...(quoted.length > 0 ? { quoted } : {}), ...(notOfClass ? { notOfClass } : {}),
        ...(pieces ? { content: pieces.map((p) => rangeOffsets(doc, p)) } : {}),
      };
      drafts.push(d);
      sentenceDrafts.push(d);
      // "reports claiming that …" is no one a quotation after it could continue.
      if (speaker !== null && /^\p{Lu}/u.test(speaker.name)) lastSaid = { speaker, cue, sentence: si };
      const inner = d.stance === 'denies' ? reportedClaim(doc, a.content.range, a.stance === 'asserts') : null;
      if (inner !== null) {
        // The claim the denial answers, asserted by its source ("a report by X that …").
        // With no source named, "reports" itself is who claims it; never resolved to an earlier speaker.
        const noun = tok(doc, inner.noun);
        const unnamed: Speaker | null = doc.words.reportSpeakerNouns.has(noun.norm) ? { name: noun.text, start: noun.start, end: noun.end, type: 'unknown', aliases: [] } : null;
        const speaker = inner.source === null ? unnamed : speakerOf(inner.source, nearStatement);
        const claim: Draft = { start: tok(doc, inner.content.lo).start, end: tok(doc, inner.content.hi - 1).end, kind: 'indirect', stance: 'asserts', speaker, cue: null };
        drafts.push(claim);
        d.denies = claim;
        if (speaker !== null) lastClaimed = { speaker, sentence: si };
      }
    }
    for (const den of findAppositiveDenials(doc, range)) {
      const limit = tok(doc, den.boundary).start;
      let claim = sentenceDrafts.filter((d) => d.end <= limit && d.end >= limit - 3).at(-1);
      if (claim === undefined) {
        const whole = trimRange(doc, range.lo, den.boundary);
        if (whole === null) continue;
        // No reporting verb names the claimant ("X has been accused of …"): the claim stays unattributed.
        const clause = appositiveClaim(doc, whole);
        claim = { start: tok(doc, clause.lo).start, end: tok(doc, clause.hi - 1).end, kind: 'indirect', stance: 'asserts', speaker: null, cue: null };
        drafts.push(claim);
      }
      const cueTok = tok(doc, den.cue);
      drafts.push({
        start: claim.start, end: claim.end, kind: claim.kind, stance: 'denies', speaker: speakerOf(accusedDenier(doc, den.speaker, claim.content), nearStatement), ...(claim.content ? { content: claim.content } : {}),
        cue: { text: cueTok.text, start: cueTok.start, end: cueTok.end, lemma: doc.words.verbs.get(cueTok.norm)?.lemma ?? cueTok.norm },
        denies: claim,
      });
    }
    // Quotations no cue claimed: a quotation standing alone continues the last speaker.
    // Word counts per quotation first, in one pass, so many quotations in a sentence stay linear.
    let sentenceWords = 0;
    const inQuote = new Map<number, { words: number; content: number }>();
    for (let j = range.lo; j < range.hi; j++) {
      const t = tok(doc, j);
      if (t.kind !== 'word' && t.kind !== 'number') continue;
      sentenceWords++;
      const q = doc.quoteOf[j] ?? -1;
      if (q < 0) continue;
      const c = inQuote.get(q) ?? { words: 0, content: 0 };
      c.content++;
      if (t.kind === 'word') c.words++;
      inQuote.set(q, c);
    }
    for (let i = range.lo; i < range.hi; i++) {
      const q = doc.quoteOf[i] ?? -1;
      if (q < 0 || byQuote.has(q) || (doc.quotes[q] as QuoteSpan).open !== tok(doc, i).start) continue;
      const quote = doc.quotes[q] as QuoteSpan;
      const counts = inQuote.get(q);
      const words = counts?.words ?? 0;
      const alone = sentenceWords === (counts?.content ?? 0);
      if (!alone) {
        if (words > termMaxWords && main?.speaker) addQuote(q, main.speaker, null, 'asserts', si);
        else if (words > termMaxWords) issues.push({ code: 'unattributed-quote', message: 'a quotation with no reporting verb near it', report: r.id, span: [quote.start, quote.end] });
        continue;
      }
      const prev: { speaker: Speaker | null; cue: Cue | null; sentence: number } | null = lastQuote;
      const quoted = prev !== null && (si - prev.sentence <= 2 || quote.continued) ? prev : null;
      const said: typeof lastSaid = lastSaid;
      const reported = said !== null && si - said.sentence === 1 && (quoted === null || said.sentence > quoted.sentence) ? said : null;
      const from = announced ?? reported ?? quoted;
      if (from === null || from.speaker === null) {
        if (!keepUnattributed) continue;
        issues.push({ code: 'unattributed-quote', message: 'a quotation with no speaker before or after it', report: r.id, span: [quote.start, quote.end] });
      }
      addQuote(q, from?.speaker ?? null, from?.cue ?? null, 'asserts', si);
    }
    if (tok(doc, Math.max(range.lo, range.hi - 1))?.text !== ':') announced = null;
  }
  dropQuestionEchoes(drafts);
  answerClassClaims(drafts, text);
  splitCoordinatedComplements(doc, drafts);
  splitFigureClauses(doc, drafts);
  return { statements: finish(r, drafts, limits.maxStatements), issues };
}

/** The statements of a report; see `extractStatementsWithIssues` for the issues met. */
export function extractStatements(report: Report | string, options?: ExtractOptions): Statement[] {
  return extractStatementsWithIssues(report, options).statements;
}

