import type { CliIo } from './command';

export interface Progress {
  update(label: string, done: number, total: number): void;
  finish(): void;
}

/** Inputs smaller than this finish too fast for a bar to help. */
export const PROGRESS_MIN_ITEMS = 200;

const WIDTH = 30;

/**
 * A one-line progress bar on stderr, redrawn in place; only when stderr is a terminal and the
 * input is large, so pipes and logs never get control characters.
 */
export function createProgress(io: CliIo, items: number): Progress {
  if (io.stderr.isTTY !== true || items < PROGRESS_MIN_ITEMS) return { update() {}, finish() {} };
  let last = '';
  let drawn = false;
  return {
    update(label, done, total) {
      const share = total === 0 ? 1 : Math.min(1, done / total);
      const filled = Math.round(share * WIDTH);
      const line = `\r${label.padEnd(8)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total}`;
      if (line === last) return;
      last = line;
      drawn = true;
      io.stderr.write(line);
    },
    finish() {
      if (drawn) io.stderr.write(`\r${' '.repeat(last.length)}\r`);
    },
  };
}
