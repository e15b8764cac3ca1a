// The import graph between folders, read with TypeScript's own pre-processor (imports, exports
// and dynamic imports alike), for the no-cycles rule that ESLint's per-file rules cannot state.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export type FolderGraph = Map<string, Set<string>>;

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/**
 * The folder a file counts in: electron/<layer>, renderer/src/features/<feature>,
 * renderer/src/<layer>, or renderer/src itself for App.tsx and main.tsx.
 */
export function folderOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'electron') return parts.slice(0, 2).join('/');
  if (parts[2] === 'features') return parts.slice(0, 4).join('/');
  return parts.slice(0, parts.length > 3 ? 3 : 2).join('/');
}

export function folderGraph(root: string, dirs: readonly string[]): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const file of dirs.flatMap((d) => sourceFiles(join(root, d)))) {
    const from = folderOf(relative(root, file));
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = folderOf(relative(root, resolve(dirname(file), fileName)));
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Groups of folders that import each other, directly or around a loop (Tarjan's algorithm). */
export function cycles(graph: FolderGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}
