/**
 * Statements being built for one report, and how they become `Statement`s: quotations cut
 * around the sentences that dismiss, duplicates dropped, ids given in text order.
 */
import { reportedInDenial } from './denied-reports';
import type { Report } from '../schema/report';
import type { Cue, Speaker, Stance, Statement, StatementKind } from '../schema/statement';
import { mergeSpeakers } from './aliases';
import { classNegation, deniesContent, dismissesContent } from './content-stance';
import { dismissalClause } from './dismissal-clause';
import { dismissalThenClaim } from './dismissal-then-claim';
import { urgingClause } from './urging-clause';
import { contrastClause } from './contrast-clause';
import { countWords, rangeOffsets, tokenIndexAt, type Doc, type Range } from './doc';
import { deniedComplement } from './falsity-frame';
import { quoteSentences } from './quotes';

/** A statement before ids are given; `denies` points to the draft of the claim it denies. */
export interface Draft {
  start: number;
  end: number;
  kind: StatementKind;
  stance: Stance;
  speaker: Speaker | null;
  cue: Cue | null;
  quoted?: [number, number][];
  /** The pieces that read as the proposition when it is not the span ("Y" and "Z" of "accused Y of Z"). */
  content?: [number, number][];
  denies?: Draft;
  /** The class the content says something is not ("not a humanitarian issue"): a claim unless it answers one. */
  notOfClass?: string[];
}

/**
 * The words a sentence of a quotation and the sentence before it each hold, at least, to be two
 * statements rather than one. Fitted on the dev splits: on newsbench every length from 1 to 14
 * gives the same grouping gain (a quotation's two sentences on two propositions apart), and on
 * PolNeAR dev 14 is the least that adds no false contradict: shorter sentences join on fewer
 * words, and a short negation of one's own ("This isn't tax reform") met a short sentence of
 * another voice on two of them (docs/accuracy.md, session 17).
 */
const SENTENCE_STATEMENT_WORDS = 14;

/**
 * A quotation as statements: one, cut around its sentences that dismiss what they answer ("It
 * is all a lie. We rely on facts."), and inside a sentence before a closing clause that dismisses
 * ("…, and all of it is a complete lie": see `dismissalClause`), since a dismissal is a denial
 * and what is said beside it is not, before a clause that urges ("…, and we urge the Special
 * Counsel to make clear what he's disputing": see `urgingClause`), and where ", but" turns to a
 * clause with a subject of its own ("…, but I'm not surprised": see `contrastClause`), where a
 * dismissal turns to a claim of its own on the same subject ("… is false, absurd and has clear
 * intentions for …": see `dismissalThenClaim`), and
 * between two sentences of `SENTENCE_STATEMENT_WORDS` words or more each, each a statement of
 * its own. `span` is the quotation's words; `stance` the cue's, which a sentence set apart by its
 * length takes only when its own words deny.
 */
export function quoteDrafts(doc: Doc, span: readonly [number, number], stance: Stance, speaker: Speaker | null, cue: Cue | null): Draft[] {
  const rangeOf = (start: number, end: number): Range => ({ lo: tokenIndexAt(doc, start), hi: tokenIndexAt(doc, end) });
  // `alone`: a part no neighbour of the same stance joins (an urging or contrasting clause, and what comes before it).
  // `tail`: where the last sentence added to a part starts, what the next one is measured against.
  // `apart`: a part the length cut began, which would else have joined the one before: it denies by its own words only, whatever the cue.
  // `content`: the pieces a part's proposition reads, when not its span (a claim after a dismissal: its subject and its predicate).
  const parts: { start: number; end: number; dismisses: boolean; alone: boolean; tail: number; apart: boolean; content?: [number, number][] }[] = [];
  const long = (start: number, end: number): boolean => {
    const r = rangeOf(start, end);
    return countWords(doc, r.lo, r.hi, SENTENCE_STATEMENT_WORDS) >= SENTENCE_STATEMENT_WORDS;
  };
  const add = (start: number, end: number, dismisses: boolean, alone = false): void => {
    const last = parts.at(-1);
    const joins = last !== undefined && last.dismisses === dismisses && !last.alone && !alone;
    // Two long sentences are two statements ("No official has ever asked to grovel at the gates. The only thing more despicable …").
    if (joins && !(long(last.tail, last.end) && long(start, end))) {
      last.end = end;
      last.tail = start;
    } else parts.push({ start, end, dismisses, alone, tail: start, apart: joins });
  };
  for (const [start, end] of quoteSentences(doc.text, span)) {
    const range = rangeOf(start, end);
    const clause = dismissalClause(doc, range);
    const cut = clause === null ? urgingClause(doc, range) ?? contrastClause(doc, range) : null;
    const turn = clause === null && cut === null ? dismissalThenClaim(doc, range) : null;
    if (turn !== null) {
      // "… is totally false, absurd and has clear intentions for …": a dismissal, then a claim of
      // the speaker's own, whose span runs from the subject they share and whose proposition
      // skips the dismissal ("this information has clear intentions for …").
      add(start, turn.before, true);
      const last = parts.at(-1);
      if (last !== undefined) last.alone = true;
      parts.push({ start: turn.subject[0], end, dismisses: false, alone: true, tail: turn.subject[0], apart: true, content: [turn.subject, [turn.from, end]] });
    } else if (cut !== null) {
      add(start, cut.before, dismissesContent(doc, rangeOf(start, cut.before)));
      const last = parts.at(-1);
      if (last !== undefined) last.alone = true;
      add(cut.from, end, false, true);
    } else if (clause === null) add(start, end, dismissesContent(doc, range));
    else {
      add(start, clause.before, false);
      add(clause.from, end, true);
    }
  }
  return parts.map(({ start, end, dismisses, apart, content }): Draft => {
    // A sentence the length cut set apart denies by its own words only: after "denied the report,
    // saying:", "The company did send a letter in May …" is no denial. A claim after a dismissal asserts.
    const denies = content === undefined && ((stance === 'denies' && !apart) || dismisses || deniesContent(doc, rangeOf(start, end)));
    const notOfClass = denies || content !== undefined ? null : classNegation(doc, rangeOf(start, end));
    const denied = denies ? deniedComplement(doc, rangeOf(start, end)) : null;
    const pieces = content ?? (denied ? [rangeOffsets(doc, denied)] : undefined);
    return {
      start, end, kind: 'direct', stance: denies ? 'denies' : 'asserts', speaker, cue, ...(notOfClass ? { notOfClass } : {}),
      ...(pieces ? { content: pieces } : {}),
    };
  });
}

/**
 * "This is not a humanitarian issue" answers another party's claim when one in the report
 * says it is ("… calls it a humanitarian issue"): then it denies. Another party: another
 * speaker, or none named. O(drafts² × text) on one report's drafts, which are few.
 */
export function answerClassClaims(drafts: Draft[], text: string): void {
  for (const d of drafts) {
    if (d.notOfClass === undefined) continue;
    const words = d.notOfClass;
    const answered = drafts.some((o) => o !== d && o.stance === 'asserts' && o.notOfClass === undefined
      && (o.speaker?.name ?? null) !== (d.speaker?.name ?? null)
      && words.every((w) => text.slice(o.start, o.end).toLowerCase().includes(w)));
    if (answered) d.stance = 'denies';
  }
}

/** The drafts as statements of report `r`, at most `max`, in text order. */
export function finish(r: Report, found: readonly Draft[], max: number): Statement[] {
  // What a denial denies was said by no one (see `reportedInDenial`).
  const drafts = found.filter((d) => !reportedInDenial(d, found, r.text));
  // One statement per span and stance: "denied reports claiming that P" finds P twice. The
  // first found stands for both; it takes the other's cue when it has none (the claim a denial
  // names, then the same claim read from its own "said"), and a denial of either denies it.
  const seen = new Map<string, Draft>();
  const keptFor = new Map<Draft, Draft>();
  const unique = drafts.filter((d) => {
    const key = `${d.start}:${d.end}:${d.stance}`;
    const kept = seen.get(key);
    if (kept === undefined) {
      seen.set(key, d);
      return true;
    }
    if (kept.cue === null && d.cue !== null && kept.speaker?.name === d.speaker?.name) kept.cue = d.cue;
    keptFor.set(d, kept);
    return false;
  });
  const order = unique.filter((d) => d.end > d.start).sort((a, b) => a.start - b.start || a.end - b.end || (a.stance === b.stance ? 0 : a.stance === 'asserts' ? -1 : 1)).slice(0, max);
  const ids = new Map<Draft, string>();
  order.forEach((d, i) => ids.set(d, `s${i + 1}`));
  const statements = order.map((d): Statement => ({
    id: ids.get(d) as string, report: r.id, start: d.start, end: d.end, text: r.text.slice(d.start, d.end), kind: d.kind, stance: d.stance,
    speaker: d.speaker, cue: d.cue, quoted: d.quoted ?? [], ...(d.content ? { content: d.content } : {}), ...(deniedId(d, keptFor, ids)),
  }));
  return mergeSpeakers(statements);
}

/** The `denies` field of draft `d`'s statement: the id of what it denies, or of the draft kept in its place. */
function deniedId(d: Draft, keptFor: ReadonlyMap<Draft, Draft>, ids: ReadonlyMap<Draft, string>): { denies?: string } {
  if (d.denies === undefined) return {};
  const id = ids.get(keptFor.get(d.denies) ?? d.denies);
  return id === undefined ? {} : { denies: id };
}
