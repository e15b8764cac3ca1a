// W3C Web Annotation (https://www.w3.org/TR/annotation-model/) export and import. Notes are
// "commenting" annotations, highlights "highlighting" ones with a TextQuoteSelector and a
// TextPositionSelector, entry tags "tagging", favourites "bookmarking"; colours and collections,
// which the model has no word for, travel in "reperes:" extension properties.
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
import { emptyData, type AnnotationData } from './types';

export const EXPORT_FORMAT = 1;
/** Files above this are refused before parsing: a year of heavy annotation is a few MB. */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;
export const MAX_IMPORT_ITEMS = 200_000;

const NS = 'urn:reperes:';
const iso = (ms: number) => new Date(ms).toISOString();

type Json = Record<string, unknown>;

function textBody(value: string, purpose: string, format = 'text/plain'): Json {
  return { type: 'TextualBody', purpose, value, format, language: 'fr' };
}

export interface ExportOptions {
  label: string;
  now?: number;
}

export function toWebAnnotation(data: AnnotationData, { label, now = Date.now() }: ExportOptions): Json {
  const colorName = new Map(data.colors.map((c) => [c.id, c.name]));
  const items: Json[] = [];
  for (const n of data.notes) {
    items.push({
      id: `${NS}note:${n.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: iso(n.createdAt),
      modified: iso(n.updatedAt),
      body: { type: 'TextualBody', value: n.body, format: 'text/markdown', language: 'fr' },
      target: { source: n.targetId },
    });
  }
  for (const h of data.highlights) {
    const body: Json[] = [];
    if (h.comment) body.push(textBody(h.comment, 'commenting', 'text/markdown'));
    for (const t of h.tags) body.push(textBody(t, 'tagging'));
    body.push({
      ...textBody(colorName.get(h.colorId) ?? h.colorId, 'classifying'),
      id: `${NS}color:${h.colorId}`,
    });
    items.push({
      id: `${NS}highlight:${h.id}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: iso(h.createdAt),
      modified: iso(h.updatedAt),
      body,
      target: {
        source: h.targetId,
        'reperes:section': h.sectionRef,
        selector: [
          { type: 'TextQuoteSelector', exact: h.quote.exact, prefix: h.quote.prefix, suffix: h.quote.suffix },
          { type: 'TextPositionSelector', start: h.position.start, end: h.position.end },
        ],
      },
    });
  }
  for (const t of data.entryTags) {
    items.push({
      id: `${NS}tag:${encodeURIComponent(t.targetId)}:${encodeURIComponent(t.tag)}`,
      type: 'Annotation',
      motivation: 'tagging',
      created: iso(t.createdAt),
      body: textBody(t.tag, 'tagging'),
      target: { source: t.targetId },
    });
  }
  for (const f of data.favourites) {
    items.push({
      id: `${NS}favourite:${encodeURIComponent(f.targetId)}`,
      type: 'Annotation',
      motivation: 'bookmarking',
      created: iso(f.createdAt),
      target: { source: f.targetId },
    });
  }
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${NS}export:${now}`,
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
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

// ---- import ----

export type ParseResult = { ok: true; data: AnnotationData } | { ok: false; message: string };

const refuse = (message: string): ParseResult => ({ ok: false, message });

/** Catalogue ids (entries, events) and saved comparisons are the only things one can annotate. */
const TARGET = z.string().regex(/^(?:comparison:)?[a-z0-9][a-z0-9-]{0,199}$/);
const DATE = z.iso.datetime({ offset: true }).transform((s) => Date.parse(s));
const Body = z.object({
  type: z.literal('TextualBody'),
  value: z.string(),
  purpose: z.string().optional(),
  id: z.string().optional(),
});
const Bodies = z.union([Body, z.array(Body).max(60)]).optional();

const Annotation = z.object({
  id: z.string().startsWith(NS).max(1000),
  type: z.literal('Annotation'),
  motivation: z.enum(['commenting', 'highlighting', 'tagging', 'bookmarking']),
  created: DATE,
  modified: DATE.optional(),
  body: Bodies,
  target: z.object({
    source: TARGET,
    'reperes:section': z.string().max(100).optional(),
    selector: z
      .array(z.object({ type: z.string() }).loose())
      .max(4)
      .optional(),
  }),
});
type Annotation = z.infer<typeof Annotation>;

const CollectionOut = CollectionRow.extend({
  items: z.array(CollectionItemRow.omit({ collectionId: true })).max(MAX_IMPORT_ITEMS),
});

const Envelope = z.object({
  type: z.literal('AnnotationCollection'),
  'reperes:format': z.literal(EXPORT_FORMAT),
  'reperes:colors': z.array(ColorRow).max(100),
  'reperes:collections': z.array(CollectionOut).max(10_000),
  first: z.object({ type: z.literal('AnnotationPage'), items: z.array(z.unknown()).max(MAX_IMPORT_ITEMS) }),
});

/** Markup or script in user text has no business in an annotation file: such a file is hostile. */
const HOSTILE =
  /<\s*\/?\s*(?:script|iframe|object|embed|svg|math|style|link|meta|base|form|img|video|audio)\b|<[^>]*\son[a-z]+\s*=|javascript\s*:|vbscript\s*:|data\s*:\s*text\/html/i;

function findHostile(value: unknown, depth = 0): boolean {
  if (depth > 20) return true;
  if (typeof value === 'string') return HOSTILE.test(value);
  if (Array.isArray(value)) return value.some((v) => findHostile(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => HOSTILE.test(k) || findHostile(v, depth + 1));
  }
  return false;
}

function bodies(a: Annotation): z.infer<typeof Body>[] {
  if (!a.body) return [];
  return Array.isArray(a.body) ? a.body : [a.body];
}

function localId(a: Annotation, kind: string): string | null {
  const prefix = `${NS}${kind}:`;
  if (!a.id.startsWith(prefix)) return null;
  const rest = a.id.slice(prefix.length);
  return rest.length > 0 && rest.length <= 200 ? rest : null;
}

function where(i: number, issue: z.core.$ZodIssue | undefined): string {
  const path = issue?.path.length ? ` (champ « ${issue.path.join('.')} »)` : '';
  return `l’annotation n° ${i + 1}${path}`;
}

/** Reads an export file, refusing anything malformed, foreign or hostile with a French message. */
export function parseWebAnnotation(text: string): ParseResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return refuse(
      `Ce fichier est trop volumineux (plus de ${MAX_IMPORT_BYTES / 1024 / 1024} Mo) : import refusé.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse(
      'Ce fichier n’est pas du JSON valide : il est peut-être tronqué ou ce n’est pas un export de Repères.',
    );
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return refuse('Ce fichier n’est pas un export d’annotations de Repères.');
  }
  const env = Envelope.safeParse(json);
  if (!env.success) {
    const obj = json as Json;
    if (obj.type === 'AnnotationCollection' || obj.type === 'Annotation') {
      return refuse(
        'Ce fichier suit le modèle W3C Web Annotation mais ne vient pas de Repères (ou d’une version incompatible) : import refusé.',
      );
    }
    return refuse('Ce fichier n’est pas un export d’annotations de Repères : import refusé.');
  }
  if (findHostile(json)) {
    return refuse(
      'Ce fichier contient du code (balises HTML ou script) dans ses textes : il a pu être modifié de façon malveillante. Import refusé, rien n’a été changé.',
    );
  }
  const data = emptyData();
  data.colors = env.data['reperes:colors'];
  for (const c of env.data['reperes:collections']) {
    const { items, ...collection } = c;
    data.collections.push(collection);
    for (const item of items) data.collectionItems.push({ ...item, collectionId: c.id });
  }
  const items = env.data.first.items;
  for (let i = 0; i < items.length; i++) {
    const parsed = Annotation.safeParse(items[i]);
    if (!parsed.success)
      return refuse(`Fichier invalide : ${where(i, parsed.error.issues[0])} est mal formée.`);
    const a = parsed.data;
    const bad = () => refuse(`Fichier invalide : ${where(i, undefined)} est incomplète ou incohérente.`);
    const all = bodies(a);
    let row: unknown;
    let schema: z.ZodType;
    switch (a.motivation) {
      case 'commenting': {
        const id = localId(a, 'note');
        const body = all[0];
        if (!id || !body) return bad();
        schema = NoteRow;
        row = {
          id,
          targetId: a.target.source,
          body: body.value,
          createdAt: a.created,
          updatedAt: a.modified ?? a.created,
        };
        break;
      }
      case 'highlighting': {
        const id = localId(a, 'highlight');
        const selectors = a.target.selector ?? [];
        const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
        const position = selectors.find((s) => s.type === 'TextPositionSelector');
        const color = all.find((b) => b.purpose === 'classifying')?.id?.replace(`${NS}color:`, '');
        if (!id || !quote || !position || !color) return bad();
        schema = HighlightRow;
        row = {
          id,
          targetId: a.target.source,
          sectionRef: a.target['reperes:section'] ?? '',
          quote,
          position,
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
        if (!tag) return bad();
        schema = EntryTagRow;
        row = { targetId: a.target.source, tag, createdAt: a.created };
        break;
      }
      case 'bookmarking':
        schema = FavouriteRow;
        row = { targetId: a.target.source, createdAt: a.created };
        break;
    }
    const checked = schema.safeParse(row);
    if (!checked.success)
      return refuse(`Fichier invalide : ${where(i, checked.error.issues[0])} est incorrecte.`);
    if (a.motivation === 'commenting') data.notes.push(checked.data as NoteRow);
    else if (a.motivation === 'highlighting') data.highlights.push(checked.data as HighlightRow);
    else if (a.motivation === 'tagging') data.entryTags.push(checked.data as EntryTagRow);
    else data.favourites.push(checked.data as FavouriteRow);
  }
  const colorIds = new Set(data.colors.map((c) => c.id));
  const collectionIds = new Set(data.collections.map((c) => c.id));
  if (data.highlights.some((h) => !colorIds.has(h.colorId))) {
    return refuse('Fichier invalide : un surlignage utilise une couleur que le fichier ne définit pas.');
  }
  if (
    data.collectionItems.some(
      (i) => !collectionIds.has(i.collectionId) || !TARGET.safeParse(i.targetId).success,
    )
  ) {
    return refuse('Fichier invalide : une collection contient une référence incorrecte.');
  }
  return { ok: true, data };
}
