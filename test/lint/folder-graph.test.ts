import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, folderGraph, folderOf, type FolderGraph } from './folder-graph';

const ROOT = resolve(__dirname, '../..');
const graph = folderGraph(ROOT, ['electron', 'renderer/src']);

const graphOf = (edges: Record<string, string[]>): FolderGraph =>
  new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));

describe('import graph between folders', () => {
  it('finds loops of any length, and only loops', () => {
    expect(cycles(graphOf({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([['a', 'b', 'c']]);
    expect(cycles(graphOf({ a: ['b'], b: ['a'], c: ['d'], d: ['c'] }))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(cycles(graphOf({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('counts each feature as its own folder', () => {
    expect(folderOf('renderer/src/features/entry/EntryView.tsx')).toBe('renderer/src/features/entry');
    expect(folderOf('renderer/src/core/compare/compare.ts')).toBe('renderer/src/core');
    expect(folderOf('renderer/src/App.tsx')).toBe('renderer/src');
    expect(folderOf('electron/shared/search/engine.ts')).toBe('electron/shared');
  });

  it('reads the real tree', () => {
    expect(graph.get('electron/pipeline')).toContain('electron/shared');
    expect(graph.get('renderer/src/features/entry')).toContain('renderer/src/features/annotations');
  });

  it('has no loop between folders', () => {
    expect(cycles(graph).map((c) => c.join(' ↔ '))).toEqual([]);
  });

  it('keeps electron/ free of renderer imports', () => {
    const crossing = [...graph]
      .filter(([from]) => from.startsWith('electron/'))
      .flatMap(([from, to]) => [...to].filter((t) => t.startsWith('renderer/')).map((t) => `${from} → ${t}`));
    expect(crossing).toEqual([]);
  });
});
