/**
 * The accuracy harness: `npm run eval -- <task> [data paths…]`.
 * Data paths are arguments; a path that does not exist is skipped with a note, so a user's
 * clone without the third-party data still runs cleanly.
 */
const TASKS: Record<string, () => Promise<{ run(paths: string[]): Promise<void> }>> = {
  pairs: () => import('./pairs'),
  report: () => import('./report'),
  extract: () => import('./extract'),
  group: () => import('./group'),
  news: () => import('./news'),
  'polnear-groups': () => import('./polnear-groups'),
  'ecb-topics': () => import('./ecb-topics'),
};

async function main(argv: string[]): Promise<number> {
  const [task, ...paths] = argv;
  const load = task === undefined ? undefined : TASKS[task];
  if (load === undefined) {
    process.stderr.write(`usage: npm run eval -- <${Object.keys(TASKS).join('|')}> [data paths…]\n`);
    return 1;
  }
  await (await load()).run(paths);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
export {};
