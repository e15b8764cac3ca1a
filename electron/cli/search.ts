// `npm run search -- [--json] [--limit N] "QUERY"`: the app's own engine and settings, on
// resources/catalogue.json and the prebuilt resources/search-index.json.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Catalogue } from '../shared/schema';
import { toItems } from '../shared/items';
import { SearchEngine } from '../shared/search';

const args = process.argv.slice(2);
const json = args.includes('--json');
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Math.max(1, Math.min(10, Number(args[limitAt + 1]) || 10)) : 10;
const query = args
  .filter((a, i) => a !== '--json' && a !== '--limit' && !(limitAt >= 0 && i === limitAt + 1))
  .join(' ');

const catalogue = Catalogue.parse(JSON.parse(readFileSync(resolve('resources/catalogue.json'), 'utf8')));
const indexPath = resolve('resources/search-index.json');
const prebuilt: unknown = existsSync(indexPath) ? JSON.parse(readFileSync(indexPath, 'utf8')) : undefined;
const items = toItems(catalogue);
const engine = new SearchEngine(items, prebuilt);
if (!engine.usedPrebuilt) {
  console.error('Index de recherche absent ou périmé : reconstruit en mémoire (npm run build:catalogue).');
}
const byId = new Map(items.map((i) => [i.id, i]));
const { hits } = engine.search(query, { limit });
const rows = hits.map((h) => {
  const item = byId.get(h.id)!;
  return { id: h.id, title: item.title, kind: item.kind, score: Math.round(h.score * 10000) / 10000 };
});

if (json) {
  console.log(JSON.stringify(rows, null, 2));
} else if (!rows.length) {
  console.log(`Aucun résultat pour « ${query} ».`);
} else {
  hits.forEach((h, i) => {
    const row = rows[i]!;
    console.log(
      `${String(i + 1).padStart(2)}. ${row.title}  [${row.kind}, ${row.score.toFixed(3)}]  ${row.id}`,
    );
    if (h.snippet) {
      let text = '';
      let at = 0;
      for (const r of h.snippet.ranges) {
        text += h.snippet.text.slice(at, r.start) + '[' + h.snippet.text.slice(r.start, r.end) + ']';
        at = r.end;
      }
      console.log(`    ${text + h.snippet.text.slice(at)}`);
    }
  });
}
