import type { Label } from '../schema/diff';
import { escapeHtml as h, safeUrl } from './escape';
import { REASON_TEXT } from './reason-text';
import { groupWho, outletName, type GroupView, type Outlet, type PairView, type Piece, type WordingView } from './view';

/** Hands out tooltip ids unique within one page. */
export interface HtmlContext {
  nextId: number;
}

const TAG: Readonly<Record<Label, string>> = { match: 'span', paraphrase: 'mark', contradict: 'mark', added: 'ins', removed: 'del' };

const LABEL_TEXT: Readonly<Record<Label, string>> = {
  match: 'same words',
  paraphrase: 'same meaning, other words',
  contradict: 'says the opposite or another fact',
  added: 'only in this wording',
  removed: 'left out of this wording',
};

/** The tooltip of a piece: label, reasons with what they mean, and the aligned words of the other wording. */
function tipHtml(p: Piece, otherName: string): string {
  const label = p.label as Label;
  const head = `<b>${label}</b> · ${p.ghost ? `in the ${h(otherName)}, ${LABEL_TEXT.removed}` : h(LABEL_TEXT[label])}`;
  const reasons = p.reasons.filter((r) => r !== 'identical').map((r) => `${h(r)}: ${h(REASON_TEXT[r])}`);
  const lines = [head, ...reasons];
  if (!p.ghost && p.other !== null && p.other !== '' && label !== 'added') lines.push(`<i>${h(otherName)}:</i> “${h(p.other)}”`);
  return lines.join('<br>');
}

/** One labelled piece: focusable, with its tooltip shown on hover and on keyboard focus. */
export function pieceHtml(p: Piece, otherName: string, ctx: HtmlContext): string {
  if (p.label === null || (p.label === 'match' && p.reasons.every((r) => r === 'identical'))) return h(p.text);
  const id = `tip-${ctx.nextId++}`;
  const tag = TAG[p.label];
  return `<${tag} class="seg ${p.label}" tabindex="0" aria-describedby="${id}">${h(p.text)}<span class="tip" role="tooltip" id="${id}">${tipHtml(p, otherName)}</span></${tag}>`;
}

function textHtml(w: WordingView, otherName: string, ctx: HtmlContext): string {
  const body = w.pieces.map((p) => pieceHtml(p, otherName, ctx)).join('');
  return w.kind === 'indirect' ? `<div class="text">${body}</div>` : `<q class="text">${body}</q>`;
}

function outletHtml(o: Outlet): string {
  const url = safeUrl(o.url ?? undefined);
  const name = h(outletName(o));
  const title = o.title === null ? '' : ` title="${h(o.title)}"`;
  const link = url === null ? name : `<a href="${h(url)}" rel="noopener noreferrer nofollow"${title}>${name}</a>`;
  const id = o.source === null ? '' : ` <code>${h(o.report)}</code>`;
  return `<span class="outlet"${url === null ? title : ''}>${link}${id}</span>`;
}

const KIND: Readonly<Record<WordingView['kind'], string>> = { direct: 'direct quote', partial: 'partial quote', indirect: 'reported speech' };

function stanceChip(w: WordingView): string {
  return w.stance === 'denies' ? '<span class="chip denies">denies</span>' : '';
}

function wordingHtml(w: WordingView, ctx: HtmlContext): string {
  const rel = w.canonical
    ? '<span class="chip">reference</span>'
    : w.relation === null
      ? ''
      : `<span class="chip ${w.relation}">${w.relation}${w.score === null ? '' : ` ${w.score.toFixed(2)}`}</span>`;
  return `<li class="wording${w.canonical ? ' ref' : ''}">
<div class="meta">${w.outlets.map(outletHtml).join('')}<div>${h(w.speaker ?? 'unattributed')} · ${KIND[w.kind]}</div><div class="rel">${stanceChip(w)}${rel}</div></div>
${textHtml(w, 'reference wording', ctx)}
</li>`;
}

function sideHtml(w: WordingView, role: 'claim' | 'denial', ctx: HtmlContext): string {
  const verb = role === 'claim' ? '<span class="chip asserts">claim</span>' : '<span class="chip denies">denial</span>';
  const where = w.outlets.map((o) => h(outletName(o))).join(', ');
  return `<div><div class="role">${verb} <b>${h(w.speaker ?? 'unattributed')}</b> ${role === 'claim' ? 'claims' : 'denies'}, in ${where}</div>${textHtml(w, role === 'claim' ? 'denial' : 'claim', ctx)}</div>`;
}

function pairsHtml(g: GroupView, ctx: HtmlContext): string {
  if (g.pairs.length === 0) return '';
  const title = `${h(g.claimers.join(', '))} ${g.claimers.length > 1 ? 'claim' : 'claims'} · ${h(g.deniers.join(', '))} ${g.deniers.length > 1 ? 'deny' : 'denies'}`;
  const pairs = g.pairs.map((p: PairView) => `<div class="pair">${sideHtml(p.claim, 'claim', ctx)}${sideHtml(p.denial, 'denial', ctx)}</div>`).join('');
  const more = g.morePairs > 0 ? `<div class="more">and ${g.morePairs} more claim–denial ${g.morePairs === 1 ? 'pair' : 'pairs'} of the wordings below</div>` : '';
  return `<section class="cd" aria-label="Claim and denial"><h3>Claim and denial: ${title}</h3>${pairs}${more}</section>`;
}

function chipsHtml(g: GroupView): string {
  const chips: string[] = [];
  if (g.pairs.length > 0) chips.push('<span class="chip denies">denied</span>');
  if (g.contradictions > 0) chips.push(`<span class="chip contradict">${g.contradictions} contradict</span>`);
  if (g.labels.has('paraphrase')) chips.push('<span class="chip paraphrase">paraphrase</span>');
  if (g.members === 1) chips.push('<span class="chip">single</span>');
  else if (!g.labels.has('paraphrase') && g.contradictions === 0) chips.push('<span class="chip match">match</span>');
  return `<span class="chips">${chips.join('')}</span>`;
}

/** One group as a collapsible card: summary line, the claim–denial pairs, then every wording. */
export function groupHtml(g: GroupView, open: boolean, ctx: HtmlContext): string {
  const outlets = new Set(g.wordings.flatMap((w) => w.outlets.map((o) => o.report))).size;
  const who = groupWho(g);
  const lead = g.wordings[0]?.statements[0]?.text ?? '';
  const size = `${g.id} · ${g.members} ${g.members === 1 ? 'wording' : 'wordings'} · ${outlets} ${outlets === 1 ? 'outlet' : 'outlets'}`;
  return `<details class="group${g.contradictions > 0 ? ' has-contra' : ''}" id="group-${h(g.id)}" data-labels="${h([...g.labels].join(' '))}" data-speakers="${h(JSON.stringify(g.speakers))}" data-size="${g.members}"${open ? ' open' : ''}>
<summary>${chipsHtml(g)}<span class="who">${h(who)}</span><span class="gid">${h(size)}</span><span class="lead">${h(lead)}</span></summary>
<div class="body">
${pairsHtml(g, ctx)}<ol class="wordings">
${g.wordings.map((w) => wordingHtml(w, ctx)).join('\n')}
</ol>
</div>
</details>`;
}
