import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// What `npm publish` would upload, read from the built dist/ (`npm test` builds first).
const ROOT = join(import.meta.dirname, '../..');

/**
 * The packed tarball was 4,707,688 bytes (13.4 MB unpacked) before the WordNet data was shared
 * and the source maps left out; 1,419,807 bytes after (measured with `npm pack --dry-run --json`).
 * It had grown to 1,503,514 at d7c044d; 1,459,436 once the CommonJS entries shared one chunk
 * (redis.cjs had carried its own copy of the core) and with the voice frames of the pairwise core.
 * 1,502,482 with the topics, the group command's zod-free chunks and the session-7 extraction
 * (directives, dashes): growth of the code, not a second copy of the data, which the checks
 * below would catch. 1,521,005 in session 8 (a dismissal read through the claim it answers,
 * `via`; grouping's shared holders over word numbers; the changelog's entries): the same kind
 * of growth. 1,541,287 in session 9 (capitals for their countries in the WordNet data, +2.8 KB
 * gzipped; a topic's conflicting claims, whose comparison the JSON schema writes out once more;
 * the pointer and name modules): growth again, the checks below unchanged. 1,560,269 in session
 * 11 (relative subjects, the story-aware blocking index, the session's figures in the README,
 * CHANGELOG and docs): the same kind of growth. 1,580,019 in session 13 (session 12's extraction
 * modules and session 13's orders, helping, negations and piece-accuracy modules, and both
 * sessions' README and CHANGELOG entries; the WordNet data once, as checked below). 1,601,036 in
 * session 16 (sessions 14 to 16: claimant dismissals, accounts, the falsity frame of a denial, and
 * their README and CHANGELOG entries): the same kind of growth, the checks below unchanged.
 * 1,623,384 in session 18 (sessions 17 and 18: clause-level statements, negated and denied
 * reports, another thing in a denied slot, another occasion of a figure, their tests' README
 * and CHANGELOG entries): growth of the code again, the checks below unchanged.
 */
const CEILING_PACKED_BYTES = 1_650_000;
/**
 * No bigger than before the package was made lean: 673,555 bytes (gzip -9) at 3c4541c; 671,980
 * after (non-ASCII written as UTF-8, not escaped). Room to grow: two modules of src/compare still
 * import zod as `{ z }`, which pulls in all its locales (about 65 KB gzipped); `import * as z`
 * there lets the bundler drop them.
 */
const CEILING_BROWSER_GZIP_BYTES = 673_555;
/** The licence WordNet requires on every copy of its data: it marks where a copy is. */
const WORDNET_MARK = 'WordNet 3.1 Copyright';

interface Packed { size: number; unpackedSize: number; files: { path: string; size: number }[] }

const packed = (JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as Packed[])[0] as Packed;
const paths = packed.files.map((f) => f.path);

describe('the published package', () => {
  it(`packs into at most ${CEILING_PACKED_BYTES.toLocaleString('en')} bytes`, () => {
    expect(packed.size).toBeLessThanOrEqual(CEILING_PACKED_BYTES);
  });

  it('holds the licence, the readme, the changelog, the JSON Schemas, and every entry package.json names', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; module: string; types: string; bin: Record<string, string> };
    const wanted = ['LICENSE', 'README.md', 'CHANGELOG.md', 'schema/analysis.schema.json', 'dist/index.d.cts', pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin)];
    for (const file of wanted) expect(paths).toContain(file.replace(/^\.\//, ''));
  });

  it('ships no source maps', () => {
    expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);
  });

  it('has one copy of the WordNet data for the ESM, CJS and command entries, and one inside the browser bundle', () => {
    const withData = paths.filter((p) => p.startsWith('dist/') && readFileSync(join(ROOT, p), 'utf8').includes(WORDNET_MARK));
    expect(withData.sort()).toEqual(['dist/claimdiff.browser.js', 'dist/lexicon-data.cjs']);
  });

  it(`has a browser bundle of at most ${CEILING_BROWSER_GZIP_BYTES.toLocaleString('en')} bytes gzipped`, () => {
    expect(gzipSync(readFileSync(join(ROOT, 'dist/claimdiff.browser.js')), { level: 9 }).length).toBeLessThanOrEqual(CEILING_BROWSER_GZIP_BYTES);
  });
});
