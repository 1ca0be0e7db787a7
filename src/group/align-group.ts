import type { AlignmentTable, TableCell } from '../schema/analysis';
import type { Segment, Span } from '../schema/diff';

/** One wording of a group and its segments against the canonical wording (A = canonical). */
export interface AlignRow {
  statement: string;
  /** Segments from comparing the canonical (side a) with this wording (side b); none for the canonical itself. */
  segments: readonly Segment[];
}

/**
 * Lays every wording of a group in one table of aligned columns, as CollateX's alignment table
 * does for witnesses: the columns are the canonical wording cut at every segment boundary any
 * member needs, with a column for what members add between two canonical pieces (members adding
 * at the same place share it). A cell holds the member's span and its label against the canonical
 * piece; `null` is a gap (the member lacks that piece); when one member segment covers several
 * columns, its span goes in the first and the rest get an empty span at its end (as do the
 * columns of the space between two of its segments).
 *
 * O(m · s log s) for m members and s segments. Rows are in the order given, canonical first.
 *
 * @param canonical the canonical statement id and its content span (absolute)
 */
export function alignGroup(canonical: { statement: string; span: Span }, rows: readonly AlignRow[]): AlignmentTable {
  const cuts = new Set<number>([canonical.span[0], canonical.span[1]]);
  for (const row of rows) for (const seg of row.segments) if (seg.a) cuts.add(seg.a[0]).add(seg.a[1]);
  const points = [...cuts].filter((p) => p >= canonical.span[0] && p <= canonical.span[1]).sort((x, y) => x - y);
  const pieces: Span[] = [];
  for (let i = 0; i + 1 < points.length; i++) pieces.push([points[i] as number, points[i + 1] as number]);
  // Column layout: before piece k comes an insertion slot k; one last slot after all pieces.
  const slotUsed = new Array<boolean>(pieces.length + 1).fill(false);
  const placed = rows.map((row) => placeRow(row.segments, pieces, slotUsed));
  const columnOfPiece: number[] = [];
  const columnOfSlot: number[] = [];
  let columns = 0;
  for (let k = 0; k <= pieces.length; k++) {
    columnOfSlot.push(slotUsed[k] ? columns++ : -1);
    if (k < pieces.length) columnOfPiece.push(columns++);
  }
  const table: AlignmentTable = { columns, rows: [] };
  const canonCells: (TableCell | null)[] = new Array(columns).fill(null);
  pieces.forEach((p, k) => (canonCells[columnOfPiece[k] as number] = { span: p, label: 'match', reasons: ['identical'] }));
  table.rows.push({ statement: canonical.statement, cells: canonCells });
  rows.forEach((row, r) => {
    if (row.statement === canonical.statement) return;
    const cells: (TableCell | null)[] = new Array(columns).fill(null);
    const p = placed[r] as Placement;
    p.pieces.forEach((cell, k) => (cells[columnOfPiece[k] as number] = cell));
    p.slots.forEach((cell, k) => {
      if (cell) cells[columnOfSlot[k] as number] = cell;
    });
    table.rows.push({ statement: row.statement, cells });
  });
  return table;
}

interface Placement {
  pieces: (TableCell | null)[];
  slots: (TableCell | null)[];
}

function placeRow(segments: readonly Segment[], pieces: readonly Span[], slotUsed: boolean[]): Placement {
  const out: Placement = { pieces: pieces.map(() => null), slots: new Array<TableCell | null>(pieces.length + 1).fill(null) };
  let lastPiece = -1;
  const covered = new Array<boolean>(pieces.length).fill(false);
  for (const seg of segments) {
    if (seg.a === null) {
      if (seg.b === null) continue;
      const slot = lastPiece + 1;
      const prev = out.slots[slot];
      // Two additions at one place become one cell spanning both.
      out.slots[slot] = prev ? { span: [prev.span[0], seg.b[1]], label: 'added', reasons: [...new Set([...prev.reasons, ...seg.reasons])] } : { span: seg.b, label: 'added', reasons: seg.reasons };
      slotUsed[slot] = true;
      continue;
    }
    const [a0, a1] = seg.a;
    let first = true;
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k] as Span;
      if (piece[0] < a0 || piece[1] > a1) continue;
      lastPiece = Math.max(lastPiece, k);
      covered[k] = true;
      if (seg.b === null) continue;
      out.pieces[k] = { span: first ? seg.b : [seg.b[1], seg.b[1]], label: seg.label, reasons: seg.reasons };
      first = false;
    }
  }
  // A piece no segment covers is the space between two segments: it continues the cell before it.
  for (let k = 1; k < pieces.length; k++) {
    const prev = out.pieces[k - 1];
    if (!covered[k] && prev) out.pieces[k] = { span: [prev.span[1], prev.span[1]], label: prev.label, reasons: prev.reasons };
  }
  return out;
}
