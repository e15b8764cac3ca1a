// W3C Web Annotation (https://www.w3.org/TR/annotation-model/) export and import. Notes are
// "commenting" annotations, highlights "highlighting" ones with a TextQuoteSelector and a
// TextPositionSelector, entry tags "tagging", favourites "bookmarking", corrections "editing"; colours and collections,
// which the model has no word for, travel in "reperes:" extension properties. Target sources are
// absolute IRIs (see iri.ts); a whole-entry target is the IRI itself.
//
// Import takes the user's words as they are: markup-like text (« la <base de données> »,
// « javascript : activez-le ») is ordinary text, neutralised where it is rendered (React text
// nodes; Markdown through DOMPurify), never a reason to refuse a file. A file that is not a
// Repères export is refused with the reason; in one that is, each invalid item is set aside with
// its place and reason, so the rest can still be imported after the user has seen the list.
import { z } from 'zod';
import {
  CollectionItemRow,
  CollectionRow,
  ColorRow,
  EntryTagRow,
  FavouriteRow,
  HighlightRow,
  NoteRow,
} from '../../db/rows';
import { FicheRow } from '../../db/fiche-rows';
import { CorrectionRow } from '../../db/correction-rows';
import { emptyData, type AnnotationData } from './types';
import { fromCodePoints, toCodePoints, type SectionTextLookup } from './code-points';
import { fromIriSegment, iriSegment, NS, TARGET_ID, targetIdFromIri, targetIri } from './iri';

/** 2: target sources are IRIs. 1 (bare target ids, `{ source }` objects) is still read. */
export const EXPORT_FORMAT = 2;
const READABLE_FORMATS: readonly number[] = [1, 2];
/** As large as any file the app may write (the save channel's own limit). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
export const MAX_IMPORT_ITEMS = 1_000_000;

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const iso = (ms: number) => new Date(ms).toISOString();

type Json = Record<string, unknown>;

function textBody(value: string, purpose: string, format = 'text/plain'): Json {
  return { type: 'TextualBody', purpose, value, format, language: 'fr' };
}

export interface ExportOptions {
  label: string;
  now?: number;
  /** The sha256 of the document an entry was read from, for entries of documents the user added. */
  documentOf?: (targetId: string) => string | undefined;
  /** Section texts, to write positions in code points as the model requires (see code-points.ts). */
  sectionText?: SectionTextLookup;
}

export interface ParseOptions {
  /** Section texts, to read the file's code point positions back as UTF-16 offsets. */
  sectionText?: SectionTextLookup;
}

export function toWebAnnotation(
  data: AnnotationData,
  { label, now = Date.now(), documentOf = () => undefined, sectionText = () => undefined }: ExportOptions,
): Json {
  const colorName = new Map(data.colors.map((c) => [c.id, c.name]));
  const iri = (targetId: string) => targetIri(targetId, documentOf(targetId));
  // Every annotation carries the context, so each one read alone is still a W3C annotation.
  const annotation = (fields: Json): Json => ({ '@context': CONTEXT, ...fields });
  const items: Json[] = [];
  for (const n of data.notes) {
    items.push(
      annotation({
        id: `${NS}note:${iriSegment(n.id)}`,
        type: 'Annotation',
        motivation: 'commenting',
        created: iso(n.createdAt),
        modified: iso(n.updatedAt),
        body: { type: 'TextualBody', value: n.body, format: 'text/markdown', language: 'fr' },
        target: iri(n.targetId),
      }),
    );
  }
  for (const h of data.highlights) {
    const body: Json[] = [];
    if (h.comment) body.push(textBody(h.comment, 'commenting', 'text/markdown'));
    for (const t of h.tags) body.push(textBody(t, 'tagging'));
    // The colour's id rides in an extension property: a textual body with an `id` is read as
    // an external resource by the W3C test suite, which may not carry a purpose.
    body.push({
      ...textBody(colorName.get(h.colorId) ?? h.colorId, 'classifying'),
      'reperes:color': h.colorId,
    });
    items.push(
      annotation({
        id: `${NS}highlight:${iriSegment(h.id)}`,
        type: 'Annotation',
        motivation: 'highlighting',
        created: iso(h.createdAt),
        modified: iso(h.updatedAt),
        body,
        target: {
          type: 'SpecificResource',
          source: iri(h.targetId),
          'reperes:section': h.sectionRef,
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: h.quote.exact,
              prefix: h.quote.prefix,
              suffix: h.quote.suffix,
            },
            positionSelector(h.position, sectionText(h.targetId, h.sectionRef)),
          ],
        },
      }),
    );
  }
  for (const t of data.entryTags) {
    items.push(
      annotation({
        id: `${NS}tag:${iriSegment(t.targetId)}:${iriSegment(t.tag)}`,
        type: 'Annotation',
        motivation: 'tagging',
        created: iso(t.createdAt),
        body: textBody(t.tag, 'tagging'),
        target: iri(t.targetId),
      }),
    );
  }
  for (const f of data.favourites) {
    items.push(
      annotation({
        id: `${NS}favourite:${iriSegment(f.targetId)}`,
        type: 'Annotation',
        motivation: 'bookmarking',
        created: iso(f.createdAt),
        target: iri(f.targetId),
      }),
    );
  }
  // A correction is an "editing" annotation: the corrected text is its body; a passage is
  // targeted like a highlight, a fact by the field's name (the model has no word for it).
  for (const c of data.corrections) {
    // A fact's name and its original ride on the editing body: the target is the entry itself.
    const body: Json[] = [
      {
        ...textBody(c.corrected, 'editing'),
        ...(c.kind === 'fact' && { 'reperes:field': c.field, 'reperes:original': c.original }),
      },
    ];
    if (c.comment) body.push(textBody(c.comment, 'commenting', 'text/markdown'));
    items.push(
      annotation({
        id: `${NS}correction:${iriSegment(c.id)}`,
        type: 'Annotation',
        motivation: 'editing',
        created: iso(c.createdAt),
        modified: iso(c.updatedAt),
        body,
        target:
          c.kind === 'passage'
            ? {
                type: 'SpecificResource',
                source: iri(c.targetId),
                'reperes:section': c.sectionRef,
                selector: [
                  {
                    type: 'TextQuoteSelector',
                    exact: c.quote.exact,
                    prefix: c.quote.prefix,
                    suffix: c.quote.suffix,
                  },
                  positionSelector(c.position, sectionText(c.targetId, c.sectionRef)),
                ],
              }
            : iri(c.targetId),
      }),
    );
  }
  const id = `${NS}export:${now}`;
  return {
    '@context': CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    generator: { id: `${NS}app`, type: 'Software', name: 'Repères' },
    generated: iso(now),
    total: items.length,
    'reperes:format': EXPORT_FORMAT,
    'reperes:colors': data.colors,
    'reperes:collections': data.collections.map((c) => ({
      ...c,
      items: data.collectionItems
        .filter((i) => i.collectionId === c.id)
        .sort((a, b) => a.order - b.order)
        .map(({ id, targetId, order, addedAt }) => ({ id, targetId, order, addedAt })),
    })),
    // The user's own fiches, as stored (the words as typed): absent when there are none.
    ...(data.fiches.length > 0 && { 'reperes:fiches': data.fiches }),
    // A page holds one or more annotations: a collection with none has no page at all.
    ...(items.length > 0 && { first: { id: `${id}:page:0`, type: 'AnnotationPage', startIndex: 0, items } }),
  };
}

// ---- import ----

/** An item of the file left out of the import: where it is and why, in French. */
export interface RejectedItem {
  where: string;
  reason: string;
}

export type ParseResult =
  { ok: true; data: AnnotationData; rejected: RejectedItem[] } | { ok: false; message: string };

const refuse = (message: string): ParseResult => ({ ok: false, message });

const DATE = z.iso.datetime({ offset: true }).transform((s) => Date.parse(s));
const Body = z.object({
  type: z.literal('TextualBody'),
  value: z.string(),
  purpose: z.string().optional(),
  id: z.string().optional(),
  'reperes:color': z.string().optional(),
  'reperes:field': z.string().optional(),
  'reperes:original': z.string().optional(),
});
const Bodies = z.union([Body, z.array(Body).max(60)]).optional();

const TargetObject = z.object({
  source: z.string().max(1000),
  'reperes:section': z.string().optional(),
  selector: z
    .array(z.object({ type: z.string() }).loose())
    .max(4)
    .optional(),
});

const Annotation = z.object({
  id: z.string().startsWith(NS).max(2000),
  type: z.literal('Annotation'),
  motivation: z.enum(['commenting', 'highlighting', 'tagging', 'bookmarking', 'editing']),
  created: DATE,
  modified: DATE.optional(),
  body: Bodies,
  // Format 2 writes whole-entry targets as the IRI itself; format 1 wrote `{ source }`.
  target: z.union([z.string().max(1000), TargetObject]),
});
type Annotation = z.infer<typeof Annotation>;

const CollectionOut = CollectionRow.extend({ items: z.array(z.unknown()).max(MAX_IMPORT_ITEMS) });

const Envelope = z.object({
  type: z.literal('AnnotationCollection'),
  'reperes:format': z.number(),
  'reperes:colors': z.array(z.unknown()).max(1000),
  'reperes:collections': z.array(z.unknown()).max(100_000),
  'reperes:fiches': z.array(z.unknown()).max(100_000).optional(),
  // Absent when the collection holds no annotation (format 1 always wrote one, maybe empty).
  first: z
    .object({ type: z.literal('AnnotationPage'), items: z.array(z.unknown()).max(MAX_IMPORT_ITEMS) })
    .optional(),
});

// -- French reasons --

const FIELD: Record<string, string> = {
  id: 'identifiant',
  type: 'type',
  motivation: 'motivation',
  created: 'date de création',
  createdAt: 'date de création',
  modified: 'date de modification',
  updatedAt: 'date de modification',
  addedAt: 'date d’ajout',
  body: 'contenu',
  value: 'texte',
  target: 'cible',
  source: 'cible',
  targetId: 'cible',
  sectionRef: 'section',
  'reperes:section': 'section',
  selector: 'sélecteurs',
  quote: 'passage surligné',
  exact: 'passage surligné',
  prefix: 'contexte avant le passage',
  suffix: 'contexte après le passage',
  position: 'position',
  start: 'position de début',
  end: 'position de fin',
  colorId: 'couleur',
  comment: 'commentaire',
  tags: 'étiquettes',
  tag: 'étiquette',
  name: 'nom',
  description: 'description',
  order: 'rang',
  items: 'fiches',
};

const number = new Intl.NumberFormat('fr-FR');

/** What is wrong with a value, as a French predicate (« dépasse la limite de 80 caractères »). */
function problem(issue: z.core.$ZodIssue | undefined): string {
  switch (issue?.code) {
    case 'too_big':
      return `dépasse la limite de ${number.format(Number(issue.maximum))} ${issue.origin === 'string' ? 'caractères' : 'éléments'}`;
    case 'too_small':
      return 'vide';
    case 'invalid_type':
      return 'absent ou de type inattendu';
    case 'invalid_format':
      return 'format incorrect';
    case 'invalid_value':
    case 'invalid_union':
      return 'valeur inattendue';
    default:
      return 'valeur incorrecte';
  }
}

/** « texte de la note : dépasse la limite… »; `field` overrides the name taken from the issue's path. */
function reason(issue: z.core.$ZodIssue | undefined, field?: string): string {
  const key = issue ? [...issue.path].reverse().find((p) => typeof p === 'string') : undefined;
  const name = field ?? (key !== undefined ? (FIELD[key] ?? `champ « ${key} »`) : 'contenu');
  return `${name} : ${problem(issue)}`;
}

const KIND: Record<Annotation['motivation'], string> = {
  commenting: 'note',
  highlighting: 'surlignage',
  tagging: 'étiquette',
  bookmarking: 'favori',
  editing: 'correction',
};

/** Row fields whose name alone would be vague, per kind of annotation. */
const ROW_FIELD: Partial<Record<Annotation['motivation'], Record<string, string>>> = {
  commenting: { body: 'texte de la note' },
  editing: { corrected: 'texte corrigé', original: 'texte d’origine', field: 'repère corrigé' },
};

const quoted = (text: string, max = 40) =>
  `« ${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text} »`;

function bodies(a: Annotation): z.infer<typeof Body>[] {
  if (!a.body) return [];
  return Array.isArray(a.body) ? a.body : [a.body];
}

function localId(a: Annotation, kind: string): string | null {
  const prefix = `${NS}${kind}:`;
  if (!a.id.startsWith(prefix)) return null;
  const rest = fromIriSegment(a.id.slice(prefix.length));
  return rest.length > 0 && rest.length <= 200 ? rest : null;
}

/** Reads an export file: refuses one that is not from Repères, sets invalid items aside. */
function positionSelector(position: { start: number; end: number }, text: string | undefined): Json {
  const convert = (offset: number) => (text === undefined ? offset : toCodePoints(text, offset));
  return { type: 'TextPositionSelector', start: convert(position.start), end: convert(position.end) };
}

export function parseWebAnnotation(
  text: string,
  { sectionText = () => undefined }: ParseOptions = {},
): ParseResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return refuse(
      `Ce fichier est trop volumineux (plus de ${MAX_IMPORT_BYTES / 1024 / 1024} Mo) : import refusé.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse(
      'Ce fichier n’est pas du JSON valide : il est peut-être tronqué ou ce n’est pas un export de Repères.',
    );
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return refuse('Ce fichier n’est pas un export d’annotations de Repères.');
  }
  const obj = json as Json;
  const env = Envelope.safeParse(json);
  if (!env.success) {
    if (obj.type === 'AnnotationCollection' && !('reperes:format' in obj)) {
      return refuse(
        'Ce fichier suit le modèle W3C Web Annotation mais ne vient pas de Repères : import refusé.',
      );
    }
    if (obj.type !== 'AnnotationCollection') {
      return refuse('Ce fichier n’est pas un export d’annotations de Repères : import refusé.');
    }
    const issue = env.error.issues[0];
    const path = issue?.path.join('.') || 'racine';
    return refuse(
      `Ce fichier se présente comme un export de Repères mais sa structure est invalide (champ « ${path} » : ${problem(issue)}) : import refusé, rien n’a été modifié.`,
    );
  }
  const format = env.data['reperes:format'];
  if (!READABLE_FORMATS.includes(format)) {
    return refuse(
      `Ce fichier vient d’une version de Repères plus récente ou inconnue (format ${format}) : mettez Repères à jour pour l’importer.`,
    );
  }

  const data = emptyData();
  const rejected: RejectedItem[] = [];
  const reject = (where: string, why: string) => rejected.push({ where, reason: why });

  env.data['reperes:colors'].forEach((raw, i) => {
    const c = ColorRow.safeParse(raw);
    if (c.success) data.colors.push(c.data);
    else reject(`Couleur n° ${i + 1}${nameOf(raw)}`, reason(c.error.issues[0]));
  });

  env.data['reperes:collections'].forEach((raw, i) => {
    const c = CollectionOut.safeParse(raw);
    if (!c.success) {
      const count = itemCount(raw);
      reject(
        `Collection n° ${i + 1}${nameOf(raw)}`,
        reason(c.error.issues[0]) + (count ? ` (ses ${count} fiches ne sont pas importées non plus)` : ''),
      );
      return;
    }
    const { items, ...collection } = c.data;
    data.collections.push(collection);
    items.forEach((rawItem, j) => {
      const item = CollectionItemRow.safeParse({
        ...(isObject(rawItem) ? rawItem : {}),
        collectionId: c.data.id,
      });
      const where = `Fiche n° ${j + 1} de la collection ${quoted(c.data.name)}`;
      if (!isObject(rawItem)) reject(where, 'ce n’est pas une fiche');
      else if (!item.success) reject(where, reason(item.error.issues[0]));
      else if (!TARGET_ID.safeParse(item.data.targetId).success) reject(where, 'cible : format incorrect');
      else data.collectionItems.push(item.data);
    });
  });

  (env.data['reperes:fiches'] ?? []).forEach((raw, i) => {
    const f = FicheRow.safeParse(raw);
    const title =
      isObject(raw) && isObject(raw.fields) && typeof raw.fields.title === 'string' ? raw.fields.title : '';
    if (f.success) data.fiches.push(f.data);
    else reject(`Fiche écrite n° ${i + 1}${title ? ` ${quoted(title)}` : ''}`, reason(f.error.issues[0]));
  });

  const colorIds = new Set(data.colors.map((c) => c.id));
  const items = env.data.first?.items ?? [];
  for (let i = 0; i < items.length; i++) {
    const raw = items[i];
    const motivation = isObject(raw) ? raw.motivation : undefined;
    const kind =
      typeof motivation === 'string' && Object.hasOwn(KIND, motivation)
        ? KIND[motivation as Annotation['motivation']]
        : null;
    const where = `Annotation n° ${i + 1}${kind ? ` (${kind})` : ''}`;
    const parsed = Annotation.safeParse(raw);
    if (!parsed.success) {
      reject(where, isObject(raw) ? reason(parsed.error.issues[0]) : 'ce n’est pas une annotation');
      continue;
    }
    const a = parsed.data;
    const target = typeof a.target === 'string' ? { source: a.target } : a.target;
    const targetId = targetIdFromIri(target.source);
    if (targetId === null) {
      reject(where, `cible ${quoted(target.source, 80)} : ni une fiche du catalogue ni une comparaison`);
      continue;
    }
    const all = bodies(a);
    let row: unknown;
    let schema: z.ZodType;
    switch (a.motivation) {
      case 'commenting': {
        const id = localId(a, 'note');
        const body = all[0];
        if (!id) reject(where, 'identifiant : format incorrect');
        else if (!body) reject(where, 'texte de la note : absent');
        if (!id || !body) continue;
        schema = NoteRow;
        row = { id, targetId, body: body.value, createdAt: a.created, updatedAt: a.modified ?? a.created };
        break;
      }
      case 'highlighting': {
        const id = localId(a, 'highlight');
        const selectors = 'selector' in target ? (target.selector ?? []) : [];
        const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
        const position = selectors.find((s) => s.type === 'TextPositionSelector');
        const colourBody = all.find((b) => b.purpose === 'classifying');
        // Format 1 named the colour by the body's id, `urn:reperes:color:<id>`.
        const color =
          colourBody?.['reperes:color'] ??
          (colourBody?.id?.startsWith(`${NS}color:`) ? colourBody.id.slice(`${NS}color:`.length) : undefined);
        if (!id) reject(where, 'identifiant : format incorrect');
        else if (!quote || !position) reject(where, 'sélecteurs : passage ou position absent');
        else if (!color) reject(where, 'couleur : absente');
        else if (!colorIds.has(color)) reject(where, `couleur ${quoted(color)} : absente du fichier`);
        if (!id || !quote || !position || !color || !colorIds.has(color)) continue;
        schema = HighlightRow;
        const sectionRef = ('reperes:section' in target ? target['reperes:section'] : undefined) ?? '';
        const known = sectionText(targetId, sectionRef);
        // Left as found when not a number: the row schema then says what is wrong with it.
        const back = (points: unknown) =>
          known === undefined || typeof points !== 'number' ? points : fromCodePoints(known, points);
        row = {
          id,
          targetId,
          sectionRef,
          quote,
          position: { ...position, start: back(position.start), end: back(position.end) },
          colorId: color,
          comment: all.find((b) => b.purpose === 'commenting')?.value ?? '',
          tags: all.filter((b) => b.purpose === 'tagging').map((b) => b.value),
          createdAt: a.created,
          updatedAt: a.modified ?? a.created,
        };
        break;
      }
      case 'tagging': {
        const tag = all.find((b) => b.purpose === 'tagging')?.value;
        if (tag === undefined) {
          reject(where, 'étiquette : absente');
          continue;
        }
        schema = EntryTagRow;
        row = { targetId, tag, createdAt: a.created };
        break;
      }
      case 'bookmarking':
        schema = FavouriteRow;
        row = { targetId, createdAt: a.created };
        break;
      case 'editing': {
        const id = localId(a, 'correction');
        const corrected = all.find((b) => b.purpose === 'editing');
        if (!id) reject(where, 'identifiant : format incorrect');
        else if (!corrected) reject(where, 'texte corrigé : absent');
        if (!id || !corrected) continue;
        schema = CorrectionRow;
        const common = {
          id,
          targetId,
          corrected: corrected.value,
          comment: all.find((b) => b.purpose === 'commenting')?.value ?? '',
          createdAt: a.created,
          updatedAt: a.modified ?? a.created,
        };
        const selectors = 'selector' in target ? (target.selector ?? []) : [];
        const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
        const position = selectors.find((s) => s.type === 'TextPositionSelector');
        const field = corrected['reperes:field'];
        if (field !== undefined) {
          row = { ...common, kind: 'fact', field, original: corrected['reperes:original'] ?? '' };
        } else if (quote && position) {
          const sectionRef = ('reperes:section' in target ? target['reperes:section'] : undefined) ?? '';
          const known = sectionText(targetId, sectionRef);
          const back = (points: unknown) =>
            known === undefined || typeof points !== 'number' ? points : fromCodePoints(known, points);
          row = {
            ...common,
            kind: 'passage',
            sectionRef,
            quote,
            position: { ...position, start: back(position.start), end: back(position.end) },
          };
        } else {
          reject(where, 'sélecteurs : ni passage ni repère corrigé');
          continue;
        }
        break;
      }
    }
    const checked = schema.safeParse(row);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const key = issue?.path.find((p) => typeof p === 'string');
      reject(where, reason(issue, key !== undefined ? ROW_FIELD[a.motivation]?.[key] : undefined));
      continue;
    }
    if (a.motivation === 'commenting') data.notes.push(checked.data as NoteRow);
    else if (a.motivation === 'highlighting') data.highlights.push(checked.data as HighlightRow);
    else if (a.motivation === 'tagging') data.entryTags.push(checked.data as EntryTagRow);
    else if (a.motivation === 'editing') data.corrections.push(checked.data as CorrectionRow);
    else data.favourites.push(checked.data as FavouriteRow);
  }
  return { ok: true, data, rejected };
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** « (« Mon nom ») » when the item has a readable name, for the list of items set aside. */
function nameOf(raw: unknown): string {
  return isObject(raw) && typeof raw.name === 'string' && raw.name.trim() ? ` (${quoted(raw.name)})` : '';
}

function itemCount(raw: unknown): number {
  return isObject(raw) && Array.isArray(raw.items) ? raw.items.length : 0;
}
