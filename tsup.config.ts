import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** The generated WordNet data (1.4 MB), written once to dist/ and loaded by each Node entry. */
const LEXICON_DATA = './lexicon-data.cjs';

/**
 * Points the import of the WordNet data at the one shared file instead of inlining it, so the
 * ESM, CJS and command entries do not each carry (and map) their own copy. A CommonJS file,
 * because both `import` (Node reads its named exports) and `require` can load it.
 */
const sharedLexiconData: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'shared-lexicon-data',
  setup(build) {
    build.onResolve({ filter: /^\.\/data$/ }, (args) =>
      args.importer.replace(/\\/g, '/').endsWith('lexicon/wordnet/wordnet-lexicon.ts') ? { path: LEXICON_DATA, external: true } : undefined);
  },
};

// No source maps in the package: they would double its size (most of it the maps' copies of
// src/), and the Node outputs are not minified, so a stack trace reads as it is.
export default defineConfig([
  {
    // The library, the command and `claimdiff/node` (grouping in worker threads; the file is
    // also the entry its workers load, by import.meta.url), as ES modules: code they share goes
    // into a chunk all load, not into a second copy. The library reaches no Node built-in (it
    // must bundle for browsers); the command's and `claimdiff/node`'s `node:` imports stay imports.
    entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', node: 'src/node/index.ts', redis: 'src/redis/index.ts' },
    format: ['esm'],
    splitting: true,
    dts: { entry: { index: 'src/index.ts', node: 'src/node/index.ts', redis: 'src/redis/index.ts' } },
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    external: [/^node:/],
    define: { __CLAIMDIFF_VERSION__: JSON.stringify(version) },
    esbuildPlugins: [sharedLexiconData],
  },
  {
    // The library and `claimdiff/redis` for require().
    entry: { index: 'src/index.ts', redis: 'src/redis/index.ts' },
    format: ['cjs'],
    // The core both entries hold goes into one shared chunk, not into a second copy in redis.cjs.
    splitting: true,
    dts: { entry: { index: 'src/index.ts', redis: 'src/redis/index.ts' } },
    target: 'es2022',
    platform: 'neutral',
    esbuildPlugins: [sharedLexiconData],
  },
  {
    // The WordNet data the three entries above share; generated, and read by nobody, so no map.
    entry: { 'lexicon-data': 'src/lexicon/wordnet/data.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    target: 'es2022',
    platform: 'node', // for the annotation of export names that lets Node's `import` read them
  },
  {
    // The browser build: one minified ES module with every dependency inside, for a <script
    // type="module"> or a bundler-free page. Built from the same entry as the library.
    entry: { 'claimdiff.browser': 'src/index.ts' },
    format: ['esm'],
    outExtension: () => ({ js: '.js' }),
    target: 'es2022',
    platform: 'browser',
    minify: true,
    noExternal: [/.*/],
    // Non-ASCII characters as themselves, not as \u escapes: module scripts are always read as UTF-8.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
    dts: false,
  },
]);
