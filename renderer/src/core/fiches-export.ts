// The user's fiches out of and back into Repères: JSON in the catalogue's own schema (a file any
// tool reading catalogue.json reads, and the bundled catalogue's entries can be imported the
// same way), and Markdown to read, print or send. Import validates every entry with the
// catalogue's zod schema; an invalid one is set aside with its place and a French reason, the
// others are imported. Nothing here touches storage: the view writes what `planFichesImport` says.
import { z } from 'zod';
import { Catalogue, Entry } from '../../../electron/shared/schema';
import { FicheFields, FICHE_ID, type FicheRow } from '../db/fiche-rows';
import { entryToFields, ficheToEntry, fichesSource } from './fiche-entry';

/** As large as any file the app may write (the save channel's own limit). */
export const MAX_FICHES_IMPORT_BYTES = 200 * 1024 * 1024;
export const MAX_FICHES_IMPORT_ITEMS = 10_000;

/** The fiches as a catalogue file: it passes the catalogue's own schema. */
export function fichesToCatalogue(rows: readonly FicheRow[]): Catalogue {
  return {
    schemaVersion: 1,
    sources: [fichesSource(rows.length)],
    entries: rows.map(ficheToEntry),
    events: [],
    organisations: [],
    publications: [],
    report: [],
  };
}

export function fichesToJson(rows: readonly FicheRow[]): string {
  return JSON.stringify(fichesToCatalogue(rows), null, 2);
}

export { fichesToMarkdown, parseFichesMarkdown } from './fiches-markdown';

// ---- import ----

/** An item of a file left out of the import: where it is and why, in French. */
export interface SetAside {
  where: string;
  reason: string;
}

export interface ParsedFiche {
  /** The id the file gives, when it is a fiche id; the import decides whether to keep it. */
  id: string | null;
  fields: FicheFields;
}

export type FichesParse =
  { ok: true; fiches: ParsedFiche[]; rejected: SetAside[] } | { ok: false; message: string };

const FIELD: Record<string, string> = {
  id: 'identifiant',
  title: 'titre',
  kind: 'type de fiche',
  source: 'source',
  territory: 'territoire',
  department: 'département',
  organisation: 'structure',
  people: 'personnes',
  name: 'nom',
  role: 'rôle',
  emails: 'courriels',
  phones: 'téléphones',
  websites: 'sites web',
  themes: 'thèmes',
  year: 'année',
  sections: 'parties',
  text: 'texte',
  key: 'nom de partie',
  heading: 'titre de partie',
  lines: 'lignes',
  raw: 'texte d’origine',
  stage: 'stade',
  funding: 'financement',
  results: 'résultats',
  audience: 'public visé',
  prerequisites: 'conditions de transfert',
};

function reason(issue: z.core.$ZodIssue | undefined): string {
  const key = issue ? [...issue.path].reverse().find((p) => typeof p === 'string') : undefined;
  const name = key !== undefined ? (FIELD[key] ?? `champ « ${key} »`) : 'contenu';
  const what =
    issue?.code === 'invalid_type'
      ? 'absent ou de type inattendu'
      : issue?.code === 'too_small'
        ? 'vide'
        : issue?.code === 'invalid_format'
          ? 'format incorrect'
          : issue?.code === 'invalid_value'
            ? 'valeur inattendue'
            : 'valeur incorrecte';
  return `${name} : ${what}`;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function titleOf(raw: unknown): string {
  if (!isObject(raw) || typeof raw.title !== 'string' || !raw.title.trim()) return '';
  const t = raw.title.replace(/\s+/g, ' ').trim();
  return ` « ${t.length > 40 ? `${t.slice(0, 39)}…` : t} »`;
}

/**
 * Reads a catalogue JSON file (ours or the bundled catalogue): each entry becomes a fiche to
 * import, or is set aside with the reason. A file that is no catalogue is refused whole.
 */
export function parseFichesJson(text: string): FichesParse {
  if (text.length > MAX_FICHES_IMPORT_BYTES)
    return { ok: false, message: 'Ce fichier est trop volumineux (plus de 200 Mo) : import refusé.' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      message:
        'Ce fichier n’est pas du JSON valide : il est peut-être tronqué ou ce n’est pas un export de fiches.',
    };
  }
  const entries = isObject(json) ? json.entries : undefined;
  if (!isObject(json) || json.schemaVersion !== 1 || !Array.isArray(entries))
    return {
      ok: false,
      message:
        'Ce fichier n’est pas un catalogue de fiches Repères (il faut « schemaVersion » 1 et une liste « entries ») : import refusé, rien n’a été modifié.',
    };
  if (entries.length > MAX_FICHES_IMPORT_ITEMS)
    return {
      ok: false,
      message: `Ce fichier contient plus de ${MAX_FICHES_IMPORT_ITEMS.toLocaleString('fr-FR')} fiches : import refusé.`,
    };
  const fiches: ParsedFiche[] = [];
  const rejected: SetAside[] = [];
  entries.forEach((raw, i) => {
    const where = `Fiche n° ${i + 1}${titleOf(raw)}`;
    if (!isObject(raw)) return rejected.push({ where, reason: 'ce n’est pas une fiche' });
    const parsed = Entry.safeParse(raw);
    if (!parsed.success) return rejected.push({ where, reason: reason(parsed.error.issues[0]) });
    fiches.push({
      id: FICHE_ID.test(parsed.data.id) ? parsed.data.id : null,
      fields: entryToFields(parsed.data),
    });
  });
  return { ok: true, fiches, rejected };
}

export interface FichesImportPlan {
  /** Rows to store: new fiches, and new copies of fiches that differ from the one with their id. */
  put: FicheRow[];
  added: number;
  /** Already here, word for word. */
  unchanged: number;
}

/**
 * What importing would store. Nothing is overwritten: a fiche whose id exists with other content
 * comes in as a new fiche beside it, so neither version of the user's words is lost.
 */
export function planFichesImport(
  existing: readonly FicheRow[],
  incoming: readonly ParsedFiche[],
  newId: () => string,
  now = Date.now(),
): FichesImportPlan {
  const byId = new Map(existing.map((r) => [r.id, r]));
  const same = (a: FicheFields, b: FicheFields) => JSON.stringify(a) === JSON.stringify(b);
  const put: FicheRow[] = [];
  let unchanged = 0;
  for (const f of incoming) {
    const local = f.id ? byId.get(f.id) : undefined;
    if (local && same(local.fields, f.fields)) {
      unchanged++;
      continue;
    }
    if ([...byId.values()].some((r) => same(r.fields, f.fields))) {
      unchanged++;
      continue;
    }
    const id = f.id && !byId.has(f.id) ? f.id : newId();
    const row: FicheRow = { id, fields: f.fields, createdAt: now, updatedAt: now };
    byId.set(id, row);
    put.push(row);
  }
  return { put, added: put.length, unchanged };
}
