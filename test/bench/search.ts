// Search: relevance (recall@5, MRR) on the queries of queries.ts, and latency per keystroke
// (every prefix of every query) on the real catalogue and on a synthetic one of 10,000 entries,
// side by side with plain fuse.js defaults on the same data.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import Fuse from 'fuse.js';
import { Catalogue, type Entry } from '../../electron/shared/schema';
import { toItems, type CatalogueItem } from '../../electron/shared/items';
import { APP_LIMIT, SearchEngine, buildSearchIndex } from '../../electron/shared/search';
import { QUERIES, type BenchQuery } from './queries';
import { percentile, printTable, record } from './report';

const ROOT = resolve(__dirname, '../..');

export function loadCatalogue(): Catalogue {
  return Catalogue.parse(JSON.parse(readFileSync(resolve(ROOT, 'resources/catalogue.json'), 'utf8')));
}

export function loadPrebuilt(): unknown {
  const path = resolve(ROOT, 'resources/search-index.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : undefined;
}

type Searcher = (q: string) => string[];

/** Plain fuse.js with its defaults, over the same fields the engine searches. */
export function plainFuse(items: readonly CatalogueItem[]): Searcher {
  const docs = items.map((i) => ({
    id: i.id,
    title: i.title,
    territory: [i.territory, i.department, i.region].filter(Boolean).join(' '),
    organisation: i.organisation ?? '',
    people: i.entry ? [...i.entry.people, ...i.entry.officials].map((p) => p.name).join(' ') : '',
    themes: i.themes.join(' '),
    group: i.group ?? '',
    text: i.entry ? i.entry.sections.map((s) => s.text).join('\n') : (i.event?.text ?? ''),
  }));
  const fuse = new Fuse(docs, {
    keys: ['title', 'territory', 'organisation', 'people', 'themes', 'group', 'text'],
  });
  return (q) => fuse.search(q, { limit: 50 }).map((r) => r.item.id);
}

export function engineSearcher(engine: SearchEngine): Searcher {
  return (q) => engine.search(q, { limit: APP_LIMIT }).hits.map((h) => h.id);
}

export interface Relevance {
  recall5: number;
  mrr: number;
  misses: { q: BenchQuery; rank: number; got: string[] }[];
}

export function relevance(search: Searcher, queries: readonly BenchQuery[] = QUERIES): Relevance {
  let found = 0;
  let rr = 0;
  const misses: Relevance['misses'] = [];
  for (const query of queries) {
    const got = search(query.q);
    const index = got.findIndex((id) => query.expect.includes(id));
    const rank = index + 1;
    if (rank >= 1 && rank <= 5) found++;
    if (rank >= 1) rr += 1 / rank;
    if (rank !== 1) misses.push({ q: query, rank, got: got.slice(0, 5) });
  }
  return { recall5: found / queries.length, mrr: rr / queries.length, misses };
}

/** Every prefix of every query, as typed one key at a time. */
export function keystrokes(queries: readonly BenchQuery[] = QUERIES): string[] {
  return queries.flatMap(({ q }) => [...q].map((_, i) => q.slice(0, i + 1)));
}

interface Latency {
  p50: number;
  p95: number;
  /** CPU time of this process per keystroke: what the search costs when the machine is busy. */
  cpu: number;
}

function latency(search: Searcher, prefixes: readonly string[]): Latency {
  for (const p of prefixes.slice(0, 30)) search(p); // warm-up
  const c0 = process.cpuUsage();
  const times = prefixes.map((p) => {
    const t0 = performance.now();
    search(p);
    return performance.now() - t0;
  });
  const cpu = process.cpuUsage(c0);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    cpu: (cpu.user + cpu.system) / 1000 / prefixes.length,
  };
}

const step = (what: string) => process.stdout.write(`  … ${what}\n`);

const CITIES = [
  'Lille',
  'Brest',
  'Nancy',
  'Metz',
  'Limoges',
  'Amiens',
  'Pau',
  'Nîmes',
  'Caen',
  'Troyes',
  'Valence',
];
const WORDS = ['coopérative', 'tremplin', 'passerelle', 'atelier', 'réseau', 'filière', 'chantier', 'jardin'];

/** Clones the entries with varied titles, places, people and text up to `size` entries. */
export function syntheticCatalogue(base: Catalogue, size: number): Catalogue {
  const entries: Entry[] = [];
  for (let k = 0; entries.length < size; k++) {
    const e = base.entries[k % base.entries.length]!;
    const city = CITIES[k % CITIES.length]!;
    const word = `${WORDS[k % WORDS.length]!}${k}`;
    // Rotate words of the text so passages differ from their original and from each other.
    const shift = (text: string) => {
      const ws = text.split(' ');
      const cut = (k * 7) % Math.max(1, ws.length);
      return [...ws.slice(cut), ...ws.slice(0, cut)]
        .join(' ')
        .replace(/emploi/g, k % 3 ? 'emploi' : `emploi${k}`);
    };
    entries.push({
      ...e,
      id: `${e.id}-s${k}`,
      title: `${e.title} ${word}`,
      territory: `${city} ${k}`,
      people: e.people.map((p) => ({ ...p, name: `${p.name} ${k}` })),
      sections: e.sections.map((s) => ({ ...s, text: shift(s.text) })),
    });
  }
  return { ...base, entries, events: [] };
}

export async function run(): Promise<void> {
  const catalogue = loadCatalogue();
  const items = toItems(catalogue);
  const prebuilt = loadPrebuilt();

  let t0 = performance.now();
  const engine = new SearchEngine(items, prebuilt);
  const loadMs = performance.now() - t0;
  t0 = performance.now();
  buildSearchIndex(items);
  const buildMs = performance.now() - t0;
  if (!engine.usedPrebuilt)
    console.log('  (index prébâti absent ou périmé : reconstruit — lancez npm run build:catalogue)');

  step('pertinence');
  const ours = relevance(engineSearcher(engine));
  const fuseSearch = plainFuse(items);
  const plain = relevance(fuseSearch);
  const noRerank = relevance((q) => engine.search(q, { limit: 50, rerank: false }).hits.map((h) => h.id));

  step('latence, catalogue réel');
  const prefixes = keystrokes();
  const oursReal = latency(engineSearcher(engine), prefixes);
  const plainReal = latency(fuseSearch, prefixes);

  step('latence, catalogue synthétique de 10 000 fiches');
  const synthetic = toItems(syntheticCatalogue(catalogue, 10_000));
  t0 = performance.now();
  const bigEngine = new SearchEngine(synthetic);
  const bigBuildMs = performance.now() - t0;
  const oursBig = latency(engineSearcher(bigEngine), prefixes);
  // Plain fuse.js takes long at this size: a sample of keystrokes is enough for its figure.
  const sample = prefixes.filter((_, i) => i % 15 === 0);
  const plainBig = latency(plainFuse(synthetic), sample);

  const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
  const rows = [
    [`queries (${QUERIES.length}), recall@5`, ours.recall5, null],
    ['queries, MRR', ours.mrr, null],
    ['plain fuse.js defaults, recall@5', plain.recall5, null],
    ['plain fuse.js defaults, MRR', plain.mrr, null],
    ['ratio recall@5 (ours / fuse defaults)', ratio(ours.recall5, plain.recall5), null],
    ['ratio MRR (ours / fuse defaults)', ratio(ours.mrr, plain.mrr), null],
    ['without fuse.js re-scoring: recall@5', noRerank.recall5, null],
    ['without fuse.js re-scoring: MRR', noRerank.mrr, null],
    [`keystroke CPU time, real catalogue (ms)`, oursReal.cpu, null],
    [`keystroke p50, real catalogue (${items.length} items) (ms)`, oursReal.p50, null],
    ['keystroke p95, real catalogue (ms)', oursReal.p95, 16],
    ['  fuse defaults p50 (ms)', plainReal.p50, null],
    ['  fuse defaults p95 (ms)', plainReal.p95, null],
    ['  ratio p95 (ours / fuse defaults)', ratio(oursReal.p95, plainReal.p95), null],
    [`keystroke CPU time, synthetic (ms)`, oursBig.cpu, null],
    [`keystroke p50, synthetic ${synthetic.length} entries (ms)`, oursBig.p50, null],
    ['keystroke p95, synthetic (ms)', oursBig.p95, 50],
    [`  fuse defaults p50 (${sample.length} keystrokes) (ms)`, plainBig.p50, null],
    ['  fuse defaults p95 (ms)', plainBig.p95, null],
    ['  ratio p95 (ours / fuse defaults)', ratio(oursBig.p95, plainBig.p95), null],
    ['engine start with prebuilt index (ms)', loadMs, null],
    ['index build, real catalogue (ms)', buildMs, null],
    ['engine build, synthetic (ms)', bigBuildMs, null],
  ] as const;
  printTable('Recherche', rows);
  for (const m of ours.misses) {
    console.log(`  rang ${m.rank || '>50'} : « ${m.q.q} » (${m.q.kind}) → ${m.got.slice(0, 3).join(', ')}`);
  }
  console.log(
    `  (charge de la machine : ${loadavg()[0]!.toFixed(1)} sur ${cpus().length} cœurs ; les temps réels en dépendent)`,
  );
  const targets = ours.recall5 >= 0.95 && ours.mrr >= 0.95 ? '✓' : '✗';
  console.log(`  cibles de pertinence (recall@5 ≥ 0.95, MRR ≥ 0.95) : ${targets}`);
  await record('search', Object.fromEntries(rows.map(([k, v]) => [k, v])));
}
