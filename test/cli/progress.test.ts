import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress';
import { fakeIo } from './io';

/** A fake terminal on stderr and a clock the test moves. */
function terminal(): { io: ReturnType<typeof fakeIo>; clock: { t: number } } {
  const io = fakeIo();
  return { io: { ...io, stderr: { write: io.stderr.write, isTTY: true } }, clock: { t: 0 } };
}

describe('createProgress', () => {
  it('shows the count and the rate while the total is not known', () => {
    const { io, clock } = terminal();
    const bar = createProgress(io, { now: () => clock.t });
    bar.update('read', 0);
    clock.t = 2000;
    bar.update('read', 50_000);
    expect(io.err()).toMatch(/read +50,000 {2}25,000\/s$/);
  });

  it('shows a bar and the time left when the total is known', () => {
    const { io, clock } = terminal();
    const bar = createProgress(io, { now: () => clock.t });
    bar.update('group', 0, 100);
    clock.t = 1000;
    bar.update('group', 25, 100);
    expect(io.err()).toMatch(/group +\[#{8}\.{22}\] 25\/100 {2}25\/s {2}ETA 3s$/);
  });

  it('redraws at most every tenth of a second, but always the last step', () => {
    const { io, clock } = terminal();
    const bar = createProgress(io, { now: () => clock.t });
    bar.update('read', 1, 10);
    clock.t = 50;
    bar.update('read', 2, 10);
    expect(io.err()).not.toMatch(/2\/10/);
    bar.update('read', 10, 10);
    expect(io.err()).toMatch(/10\/10/);
  });

  it.each([
    ['stderr is not a terminal', false, {}],
    ['--quiet', true, { quiet: true }],
    ['the input is small', true, { items: 10 }],
  ])('draws nothing when %s', (_name, tty, options) => {
    const io = fakeIo();
    const bar = createProgress({ ...io, stderr: { write: io.stderr.write, isTTY: tty } }, options);
    bar.update('read', 5_000, 10_000);
    bar.finish();
    expect(io.err()).toBe('');
  });
});
