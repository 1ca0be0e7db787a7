import { groupAt } from '../group/group-layout';
import { ensureTexts, type StatementColumns } from '../group/collect';
import type { GroupLayout } from '../group/group-layout';
import type { Issue } from '../schema/issue';
import type { CliIo } from './command';

export const GROUP_FORMATS = ['json', 'jsonl', 'text'] as const;
export type GroupFormat = (typeof GROUP_FORMATS)[number];

/** Characters gathered before one write: few writes, and never the whole output in one string. */
const FLUSH_AT = 1 << 20;

/** What `writer` gives: `put` one piece, `putEach` one piece per index (none where `textAt` gives undefined), `end` to flush the rest. */
interface Writer {
  put(text: string): Promise<void> | undefined;
  putEach(n: number, textAt: (k: number) => string | undefined): Promise<void>;
  end(): Promise<void>;
}

/**
 * Writes in pieces, waiting when a pipe says its buffer is full (`drain`), so memory stays a
 * piece. `put` gives a promise only when it wrote (once a megabyte), and `putEach` awaits only
 * those, not one per group: a million awaits cost more than the writes.
 */
function writer(out: CliIo['stdout']): Writer {
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (buffer === '') return;
    const full = out.write(buffer) === false;
    buffer = '';
    const stream = out as { once?: (event: string, listener: () => void) => unknown };
    if (full && typeof stream.once === 'function') await new Promise<void>((resolve) => stream.once?.('drain', resolve));
  };
  const put = (text: string): Promise<void> | undefined => {
    buffer += text;
    return buffer.length >= FLUSH_AT ? flush() : undefined;
  };
  return {
    put,
    async putEach(n, textAt) {
      for (let k = 0; k < n; k++) {
        const text = textAt(k);
        if (text === undefined) continue;
        const wrote = put(text);
        if (wrote) await wrote;
      }
    },
    end: flush,
  };
}

/**
 * The groups of `claimdiff group`, written one by one as they are read off the layout: `json`
 * (the group JSON, version 1), `jsonl` (one group a line; issues go to stderr, one a line) or
 * `text` (one line per group of two or more: id, members with the canonical marked `*`, and
 * the canonical text).
 */
export async function writeGroups(io: CliIo, format: GroupFormat, cols: StatementColumns, layout: GroupLayout, issues: readonly Issue[]): Promise<void> {
  const out = writer(io.stdout);
  const groups = layout.canonical.length;
  if (format === 'json') {
    await out.put('{"version":1,"groups":[');
    await out.putEach(groups, (k) => `${k > 0 ? ',' : ''}${JSON.stringify(groupAt(cols, layout, k))}`);
    await out.put(`],"issues":${JSON.stringify(issues)}}\n`);
  } else if (format === 'jsonl') {
    await out.putEach(groups, (k) => `${JSON.stringify(groupAt(cols, layout, k))}\n`);
    for (const issue of issues) io.stderr.write(`claimdiff group: issue ${issue.code}: ${issue.message}\n`);
  } else {
    const canonicals: number[] = [];
    for (let k = 0; k < groups; k++) if ((layout.start[k + 1] as number) - (layout.start[k] as number) > 1) canonicals.push(layout.canonical[k] as number);
    const shared = canonicals.length;
    ensureTexts(cols, canonicals);
    await out.put(`${cols.ids.length} statements, ${groups} groups (${shared} with two or more)\n`);
    await out.putEach(groups, (k) => {
      if ((layout.start[k + 1] as number) - (layout.start[k] as number) < 2) return undefined;
      const g = groupAt(cols, layout, k);
      const members = g.members.map((m) => (m === g.canonical ? `*${m}` : m)).join(' ');
      return `${g.id}  ${members}  ${JSON.stringify((cols.texts[layout.canonical[k] as number] as string).slice(0, 100))}\n`;
    });
    for (const issue of issues) await out.put(`issue ${issue.code}: ${issue.message}\n`);
  }
  await out.end();
}
