// `npm run corpus [-- --out FILE] [--quiet]`: parses the seed documents, prints what each
// parser recognised with counts and every warning (file:line), optionally writes the catalogue.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildCatalogue } from '../pipeline';
import { readDocuments } from './documents';
import { entryRates, sourceRates } from '../pipeline/common/lexicon';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
const quiet = args.includes('--quiet');
const dirIndex = args.indexOf('--dir');
const dir = dirIndex >= 0 ? args[dirIndex + 1] : undefined;

const { catalogue, invalid } = buildCatalogue(readDocuments(dir));

if (!quiet) {
  for (const doc of catalogue.report) {
    console.log(`\n${doc.file} — ${doc.parser ?? 'non reconnu'}`);
    console.log(`  ${doc.recognised}`);
    const counts = Object.entries(doc.counts)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ');
    if (counts) console.log(`  ${counts}`);
    console.log(`  avertissements : ${doc.warnings.length}`);
    for (const w of doc.warnings) {
      console.log(`    ${w.file}:${w.line ?? '?'} [${w.code}] ${w.message}`);
    }
  }
  // Words of the reading text the French word list does not know: OCR debris, glued or cut
  // words, and terms the list lacks (the clean France urbaine text gives the floor).
  const perEntry = entryRates(catalogue.entries);
  console.log('\nMots inconnus du dictionnaire (taux par fiche, puis par document) :');
  for (const e of catalogue.entries) {
    const r = perEntry.get(e.id)!;
    const sample = r.samples.slice(0, 5).join(', ');
    console.log(`  ${(r.rate * 100).toFixed(1).padStart(5)} %  ${e.id}${sample ? `  (${sample})` : ''}`);
  }
  for (const s of sourceRates(catalogue)) {
    console.log(
      `  ${(s.rate * 100).toFixed(2).padStart(5)} %  ${s.label} — ${s.unknown} sur ${s.words} mots`,
    );
  }
  const byKind = new Map<string, number>();
  for (const e of catalogue.entries) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  console.log(
    `\nTotal : ${catalogue.entries.length} fiches (${[...byKind].map(([k, v]) => `${k} ${v}`).join(', ')}), ` +
      `${catalogue.events.length} événements, ${catalogue.publications.length} publications, ` +
      `${catalogue.organisations.length} organisations.`,
  );
}
if (invalid.length > 0) {
  console.error(`\nCatalogue invalide (${invalid.length} erreurs de schéma) :`);
  for (const line of invalid.slice(0, 50)) console.error(`  ${line}`);
  process.exitCode = 1;
}
if (out) {
  const path = resolve(out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(catalogue, null, 1) + '\n');
  if (!quiet) console.log(`Catalogue écrit dans ${path}`);
}
