import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    // The library: ESM + CJS + types, no Node built-ins (it must bundle for browsers).
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
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
    dts: false,
    sourcemap: false,
  },
  {
    // `claimdiff/node`: grouping in worker threads. Node only, ESM: the file is also the
    // entry its workers load (by import.meta.url).
    entry: { node: 'src/node/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
  },
  {
    // The command: Node only, ESM, with a shebang kept from the source.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    define: { __CLAIMDIFF_VERSION__: JSON.stringify(version) },
    sourcemap: true,
  },
]);
