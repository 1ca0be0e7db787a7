import type { CliIo } from './command';

export interface Progress {
  /** `total` undefined while it is not known (a stream still being read). */
  update(label: string, done: number, total?: number): void;
  finish(): void;
}

export interface ProgressOptions {
  /** Inputs smaller than this finish too fast for a bar to help. */
  items?: number;
  /** `--quiet`: never draw. */
  quiet?: boolean;
  /** Milliseconds, for tests. */
  now?: () => number;
}

/** Inputs smaller than this finish too fast for a bar to help. */
export const PROGRESS_MIN_ITEMS = 200;

const WIDTH = 30;
/** Least time between two redraws, so a fast loop does not spend its time drawing. */
const REDRAW_MS = 100;

const count = (x: number): string => Math.round(x).toLocaleString('en');

function duration(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/**
 * A one-line progress display on stderr, redrawn in place: the count, the rate, and with a known
 * total a bar and the time left. Only when stderr is a terminal, the input is large and not
 * `quiet`, so pipes and logs never get control characters.
 */
export function createProgress(io: CliIo, { items = Number.MAX_SAFE_INTEGER, quiet = false, now = () => performance.now() }: ProgressOptions = {}): Progress {
  if (quiet || io.stderr.isTTY !== true || items < PROGRESS_MIN_ITEMS) return { update() {}, finish() {} };
  let last = '';
  let drawnAt = -Infinity;
  let stage = '';
  let stageStart = now();
  return {
    update(label, done, total) {
      const t = now();
      if (label !== stage) {
        stage = label;
        stageStart = t;
      } else if (t - drawnAt < REDRAW_MS && done !== total) return;
      const seconds = (t - stageStart) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const parts = [label.padEnd(8)];
      if (total !== undefined) {
        const share = total === 0 ? 1 : Math.min(1, done / total);
        const filled = Math.round(share * WIDTH);
        parts.push(`[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${count(done)}/${count(total)}`);
      } else {
        parts.push(count(done));
      }
      if (rate > 0) parts.push(`${count(rate)}/s`);
      if (total !== undefined && rate > 0 && done < total) parts.push(`ETA ${duration(((total - done) / rate) * 1000)}`);
      const line = parts.join('  ');
      if (line === last) return;
      drawnAt = t;
      io.stderr.write(`\r${line.padEnd(last.length)}`);
      last = line;
    },
    finish() {
      if (last !== '') io.stderr.write(`\r${' '.repeat(last.length)}\r`);
      last = '';
    },
  };
}
