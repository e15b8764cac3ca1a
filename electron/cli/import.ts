// `npm run import -- [--json] FILE...`: reads users' documents (PDF, DOCX, ODT, HTML, Markdown,
// text) through the same pipeline as the app's import worker and prints the entries found.
// With --json: one JSON object { entries, warnings, documents } on stdout. Exits non-zero only
// when no file could be read. The only file-system edge: sizes are checked before reading.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { importDocument, sizeRefusal, type ImportedDocument } from '../pipeline/generic';
import type { Entry, Warning } from '../shared/schema';

interface Outcome {
  entries: Entry[];
  warnings: Warning[];
  documents: Omit<ImportedDocument, 'entries' | 'warnings' | 'text' | 'pageMarks'>[];
}

async function readOne(path: string, out: Outcome): Promise<boolean> {
  const file = basename(path);
  const refuse = (code: string, message: string): false => {
    out.warnings.push({ file, line: null, code, message });
    return false;
  };
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return refuse('not-a-file', `« ${path} » n’est pas un fichier.`);
    size = stat.size;
  } catch {
    return refuse('not-found', `Fichier introuvable : « ${path} ».`);
  }
  const refusal = sizeRefusal(size);
  if (refusal) return refuse(refusal.code, refusal.message);
  const result = await importDocument(new Uint8Array(readFileSync(path)), file);
  if (!result.ok) return refuse(result.error.code, result.error.message);
  const { entries, warnings, text: _text, pageMarks: _marks, ...document } = result.value;
  out.entries.push(...entries);
  out.warnings.push(...warnings);
  out.documents.push(document);
  return true;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('Usage : npm run import -- [--json] FICHIER...');
    process.exitCode = 2;
    return;
  }
  const out: Outcome = { entries: [], warnings: [], documents: [] };
  let read = 0;
  for (const path of files) if (await readOne(path, out)) read++;
  if (json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  else {
    for (const d of out.documents)
      console.log(`${d.file} — ${d.format}${d.pages ? `, ${d.pages} pages` : ''}, lu par ${d.parser}`);
    for (const e of out.entries)
      console.log(`  ${e.title}${e.territory ? ` (${e.territory})` : ''} — ${e.sections.length} parties`);
    for (const w of out.warnings)
      console.log(`  ! ${w.file}${w.line ? `:${w.line}` : ''} [${w.code}] ${w.message}`);
    console.log(`${read}/${files.length} fichier(s) lu(s), ${out.entries.length} fiche(s).`);
  }
  if (read === 0) process.exitCode = 1;
}

void main();
