import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir';
import fc from 'fast-check';

// Property tests run from a fixed seed so CI is reproducible; set FC_SEED to explore others.
fc.configureGlobal({ seed: Number(process.env['FC_SEED'] ?? 20261121) });

// Temporary directories of the file's tests (see temp-dir.ts) go when its tests are done.
afterAll(removeTempDirs);
