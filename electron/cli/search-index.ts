// `tsx electron/cli/search-index.ts [--catalogue FILE] [--out FILE]`: builds the search index
// once, at build time, next to the catalogue (resources/search-index.json), so the app never
// indexes at start.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Catalogue } from '../shared/schema';
import { toItems } from '../shared/items';
import { buildSearchIndex } from '../shared/search';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return resolve(i >= 0 && args[i + 1] ? args[i + 1]! : fallback);
};
const cataloguePath = option('--catalogue', 'resources/catalogue.json');
const outPath = option('--out', 'resources/search-index.json');

const catalogue = Catalogue.parse(JSON.parse(readFileSync(cataloguePath, 'utf8')));
const started = performance.now();
const index = buildSearchIndex(toItems(catalogue));
writeFileSync(outPath, JSON.stringify(index));
console.log(
  `Index de recherche : ${index.tokens.vocab.length} mots, ${catalogue.entries.length + catalogue.events.length} éléments, ` +
    `${Math.round(performance.now() - started)} ms → ${outPath}`,
);
