/**
 * The import graph of a source tree, read from its `import … from` and `export … from`
 * statements; for the architecture tests. A statement that brings in types only
 * (`import type`, `export type`, or every name marked `type`) is erased by the compiler, so it
 * is kept apart: it can close no cycle when the modules load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** One module's imports of other modules of the tree, as paths relative to the tree's root. */
export interface ModuleImports {
  /** Imports that load the other module when this one loads. */
  readonly runtime: readonly string[];
  /** Every import, types included. */
  readonly all: readonly string[];
}

const STATEMENT = /^(?:import|export)\s+(type\s+)?(?:([^'";]*?)\s+from\s+)?'([^']+)';?/gm;

/** Whether the names of `import { … }` / `export { … }` are all marked `type`. */
function typesOnly(clause: string): boolean {
  const names = /^\{([^}]*)\}$/s.exec(clause.trim())?.[1];
  if (names === undefined) return false;
  const list = names.split(',').map((n) => n.trim()).filter((n) => n !== '');
  return list.length > 0 && list.every((n) => n.startsWith('type '));
}

/** The relative specifiers a source text imports, each with whether it loads at run time. */
export function importsOf(source: string): { specifier: string; runtime: boolean }[] {
  const out: { specifier: string; runtime: boolean }[] = [];
  for (const m of source.matchAll(STATEMENT)) {
    const [, typeKeyword, clause, specifier] = m;
    if (specifier === undefined || !specifier.startsWith('.')) continue;
    out.push({ specifier, runtime: typeKeyword === undefined && !typesOnly(clause ?? '') });
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** The graph of every `.ts` file under `root`, keyed by path relative to `root`. */
export function readGraph(root: string): Map<string, ModuleImports> {
  const files = sourceFiles(root);
  const known = new Set(files.map((f) => relative(root, f)));
  const target = (from: string, specifier: string): string => {
    const base = relative(root, resolve(dirname(from), specifier));
    const found = [`${base}.ts`, join(base, 'index.ts'), base].find((c) => known.has(c));
    if (found === undefined) throw new Error(`claimdiff: ${relative(root, from)} imports ${specifier}, which names no file under ${root}`);
    return found;
  };
  const graph = new Map<string, ModuleImports>();
  for (const file of files) {
    const imports = importsOf(readFileSync(file, 'utf8')).map((i) => ({ ...i, to: target(file, i.specifier) }));
    graph.set(relative(root, file), { runtime: imports.filter((i) => i.runtime).map((i) => i.to), all: imports.map((i) => i.to) });
  }
  return graph;
}

/**
 * The cycles of a graph given as each node's successors: one cycle per strongly connected
 * component of two or more nodes, or of one node that imports itself, as its nodes in order
 * around the cycle. Tarjan's algorithm, O(V + E).
 */
export function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (edges.get(v) ?? []).includes(v)) found.push(component.reverse());
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}
