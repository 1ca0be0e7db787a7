import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The directories `tempDir` made in this test file, removed after its tests (test/setup.ts). */
const made = new Set<string>();

/**
 * A fresh directory under the system's temporary directory (`prefix` and a random suffix),
 * removed with all it holds once the test file's tests are done: a run of the suite leaves
 * nothing behind.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes every directory `tempDir` made so far. */
export function removeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}
