import { existsSync } from 'node:fs';

/**
 * Benchmarks: `npm run bench [-- <name>… [data file…]]`. Figures, not pass/fail; every figure is also
 * given as a ratio against a baseline measured in the same run, so machines compare.
 */
const BENCHES: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  analyze: () => import('./analyze'),
  diff: () => import('./diff'),
  extract: () => import('./extract'),
  group: () => import('./group'),
  limits: () => import('./limits'),
  redis: () => import('./redis'),
};

async function main(argv: string[]): Promise<void> {
  // A data file given (`analyze ../shared/data/polnear/dev.jsonl`) is the bench's to read, not a bench's name.
  const given = argv.filter((a) => !(a.includes('.') && existsSync(a)));
  const names = given.length > 0 ? given : Object.keys(BENCHES);
  for (const name of names) {
    const load = BENCHES[name];
    if (load === undefined) throw new Error(`unknown benchmark ${name}; expected one of ${Object.keys(BENCHES).join(', ')}`);
    await (await load()).run();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
export {};
