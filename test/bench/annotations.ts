// Annotations at scale: 10,000 highlights and 10,000 notes on the real catalogue, in Dexie over
// fake-indexeddb (an in-memory IndexedDB, slower than the browser's, so figures are pessimistic).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Catalogue } from '../../electron/shared/schema';
import { index } from '../../renderer/src/catalogue/CatalogueContext';
import { anchor, describe } from '../../renderer/src/core/anchoring';
import { parseWebAnnotation, planMerge, toWebAnnotation } from '../../renderer/src/core/annotations-export';
import { ReperesDb } from '../../renderer/src/db/ReperesDb';
import { readAll, saveNote, writeAll } from '../../renderer/src/db/annotations';
import type { HighlightRow, NoteRow } from '../../renderer/src/db/rows';
import { buildItems, filterItems, NO_FILTERS } from '../../renderer/src/features/annotations/filter';
import { annotatableSections } from '../../renderer/src/core/sections';
import { percentile, printTable, record } from './report';

const N = 10_000;

/** A deterministic pseudo-random sequence, so runs are comparable. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

export async function run(): Promise<void> {
  // The catalogue the app ships (npm run build:catalogue), so this bench does not depend on parsers.
  const catalogue = Catalogue.parse(
    JSON.parse(readFileSync(resolve(__dirname, '../../resources/catalogue.json'), 'utf8')),
  );
  const loaded = index(catalogue);
  const sections = loaded.items.flatMap((item) =>
    annotatableSections(item)
      .filter((s) => s.text.length > 80)
      .map((s) => ({ targetId: item.id, ...s })),
  );
  const rand = rng(42);
  const colors = ['jaune', 'vert', 'bleu', 'rose', 'orange'];
  const t0 = Date.UTC(2024, 0, 1);
  const highlights: HighlightRow[] = [];
  for (let i = 0; i < N; i++) {
    const s = sections[Math.floor(rand() * sections.length)]!;
    const start = Math.floor(rand() * (s.text.length - 60));
    const end = start + 10 + Math.floor(rand() * 50);
    const { quote, position } = describe(s.text, start, end);
    highlights.push({
      id: `h${i}`,
      targetId: s.targetId,
      sectionRef: s.ref,
      quote: { type: 'TextQuoteSelector', ...quote },
      position: { type: 'TextPositionSelector', ...position },
      colorId: colors[i % colors.length]!,
      comment: i % 3 === 0 ? `Commentaire ${i} sur le financement` : '',
      tags: i % 4 === 0 ? ['financement', `thème-${i % 17}`] : [],
      createdAt: t0 + i * 60_000,
      updatedAt: t0 + i * 60_000,
    });
  }
  const notes: NoteRow[] = Array.from({ length: N }, (_, i) => ({
    id: `n${i}`,
    targetId: sections[i % sections.length]!.targetId,
    body: `Note ${i} : demander comment le **coordinateur** est financé. Même problème que notre PLIE (${i % 50}).`,
    createdAt: t0 + i * 30_000,
    updatedAt: t0 + i * 30_000,
  }));

  const db = new ReperesDb(`bench-${Date.now()}`);
  await db.open();
  const base = await readAll(db);
  await writeAll({ ...base, highlights, notes, colors: [] }, db);

  // Save one note (what autosave does on each pause in typing).
  const saves: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    await saveNote({ id: `n${i % 50}`, targetId: notes[i % 50]!.targetId, body: `Texte modifié ${i}` }, db);
    saves.push(performance.now() - t);
  }

  // List and filter "Mes annotations": read all, build items once, then filter per keystroke.
  let t = performance.now();
  const data = await readAll(db);
  const readMs = performance.now() - t;
  t = performance.now();
  const items = buildItems(data, loaded.byId);
  const buildMs = performance.now() - t;
  const filters = [
    { ...NO_FILTERS, query: 'financement' },
    { ...NO_FILTERS, colorId: 'vert' },
    { ...NO_FILTERS, tag: 'financement', kind: 'highlight' as const },
    { ...NO_FILTERS, query: 'coordinateur plie', from: '2024-01-02' },
    { ...NO_FILTERS, source: catalogue.sources[0]?.file ?? '' },
  ];
  const filtering: number[] = [];
  for (let i = 0; i < 100; i++) {
    t = performance.now();
    filterItems(items, filters[i % filters.length]!);
    filtering.push(performance.now() - t);
  }

  // Re-anchor every highlight after a rebuild that moved the text (a paragraph inserted at
  // the start of every section, one word changed).
  const rebuilt = new Map(
    sections.map((s) => [
      `${s.targetId}|${s.ref}`,
      `Paragraphe ajouté lors de la reconstruction du catalogue.\n\n${s.text.replace(' de ', ' du ')}`,
    ]),
  );
  t = performance.now();
  let orphans = 0;
  for (const h of highlights) {
    if (!anchor(rebuilt.get(`${h.targetId}|${h.sectionRef}`)!, h.quote, h.position)) orphans++;
  }
  const reanchorMs = performance.now() - t;

  // Export everything, then import it into an empty database.
  t = performance.now();
  const json = JSON.stringify(toWebAnnotation(await readAll(db), { label: 'bench' }));
  const exportMs = performance.now() - t;
  const target = new ReperesDb(`bench-import-${Date.now()}`);
  await target.open();
  t = performance.now();
  const parsed = parseWebAnnotation(json);
  if (!parsed.ok) throw new Error(parsed.message);
  await writeAll(planMerge(await readAll(target), parsed.data).put, target);
  const importMs = performance.now() - t;

  const rows = [
    ['save one note, median (ms)', percentile(saves, 50), 10],
    ['save one note, p95 (ms)', percentile(saves, 95), null],
    ['read all 20,000 rows from IndexedDB (ms)', readMs, null],
    ['build the list of 20,000 items (ms)', buildMs, null],
    ['filter the list, p95 (ms)', percentile(filtering, 95), 50],
    ['re-anchor 10,000 highlights after a rebuild (ms)', reanchorMs, 2000],
    ['highlights orphaned by the rebuild', orphans, null],
    ['export all as W3C JSON (ms)', exportMs, null],
    ['export size (MiB)', json.length / 1048576, null],
    ['import all (parse, plan, one transaction) (ms)', importMs, null],
  ] as const;
  printTable('Annotations (10 000 surlignages + 10 000 notes)', rows, 'annotations');
  await record('annotations', Object.fromEntries(rows.map(([k, v]) => [k, v])));
  db.close();
  target.close();
  await Dexie.delete(db.name);
  await Dexie.delete(target.name);
}
