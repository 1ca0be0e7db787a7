/**
 * Benchmarks: `npm run bench [-- <name>…]`. Figures, not pass/fail; every figure is also
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
  const names = argv.length > 0 ? argv : Object.keys(BENCHES);
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
