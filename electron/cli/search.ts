// `npm run search -- [--json] [--limit N] [--resources DIR] "QUERY"`: the app's own engine and
// settings, on resources/catalogue.json and the prebuilt resources/search-index.json. On a fresh
// clone, before any build, the catalogue is built in memory from resources/documents instead, the
// same way `npm run corpus` builds it, so the command works right after `npm ci`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCatalogue } from '../pipeline';
import { Catalogue } from '../shared/schema';
import { toItems } from '../shared/items';
import { SearchEngine } from '../shared/search';
import { readDocuments } from './documents';

const args = process.argv.slice(2);
const valueOf = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const json = args.includes('--json');
const limit = valueOf('--limit') ? Math.max(1, Math.min(10, Number(valueOf('--limit')) || 10)) : 10;
const resources = resolve(valueOf('--resources') ?? join(__dirname, '../../resources'));
const query = args
  .filter((a, i) => a !== '--json' && !['--limit', '--resources'].some((o) => a === o || args[i - 1] === o))
  .join(' ');

function loadCatalogue(): Catalogue {
  const path = join(resources, 'catalogue.json');
  if (existsSync(path)) return Catalogue.parse(JSON.parse(readFileSync(path, 'utf8')));
  console.error(
    `Catalogue absent (${path}) : construit en mémoire à partir des documents (npm run build:catalogue l’écrit).`,
  );
  const documents = join(resources, 'documents');
  if (!existsSync(documents)) {
    console.error(`Ni catalogue ni documents : ${documents} est introuvable.`);
    process.exit(1);
  }
  const { catalogue, invalid } = buildCatalogue(readDocuments(documents));
  if (invalid.length > 0) {
    console.error(
      `Catalogue invalide (${invalid.length} erreurs de schéma) :\n  ${invalid.slice(0, 10).join('\n  ')}`,
    );
    process.exit(1);
  }
  return catalogue;
}

const catalogue = loadCatalogue();
const indexPath = join(resources, 'search-index.json');
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
