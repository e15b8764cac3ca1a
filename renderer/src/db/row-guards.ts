// Cheap checks for the rows read most (notes and highlights: tens of thousands of them): zod
// parsing 25,000 rows took a quarter of a second, on the window's thread, each time a view read
// them. A guard accepts only a row that zod would accept unchanged (every field present with
// the right type and within its limits, no other field), so it can be handed over as it is; any
// other row still goes through zod, which applies defaults, strips extra fields or rejects it.
// test/renderer/db/row-guards.test.ts holds each guard to that promise on hostile rows.
import type { z } from 'zod';
import { HighlightRow, NoteRow } from './rows';
import { TEXT_CAPS } from './text-caps';

type Guard = (row: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** Exactly these own keys (zod would strip any other, so a row with more is not "unchanged"). */
function hasOnly(v: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(v);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(v, k));
}

const str = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const id = (v: unknown) => str(v, 1, 200);
const when = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;

/** Every element a tag (a loop, not `every`, so a hole in the array fails as it does in zod). */
function allTags(tags: unknown[]): boolean {
  for (let i = 0; i < tags.length; i++) if (!str(tags[i], 1, TEXT_CAPS.tag)) return false;
  return true;
}

const NOTE_KEYS = ['id', 'targetId', 'body', 'createdAt', 'updatedAt'] as const;
const HIGHLIGHT_KEYS = [
  'id',
  'targetId',
  'sectionRef',
  'quote',
  'position',
  'colorId',
  'comment',
  'tags',
  'createdAt',
  'updatedAt',
] as const;
const QUOTE_KEYS = ['type', 'exact', 'prefix', 'suffix'] as const;
const POSITION_KEYS = ['type', 'start', 'end'] as const;

export const isNoteRow: Guard = (r) =>
  isObject(r) &&
  hasOnly(r, NOTE_KEYS) &&
  id(r.id) &&
  id(r.targetId) &&
  str(r.body, 0, TEXT_CAPS.note) &&
  when(r.createdAt) &&
  when(r.updatedAt);

export const isHighlightRow: Guard = (r) => {
  if (!isObject(r) || !hasOnly(r, HIGHLIGHT_KEYS)) return false;
  const { quote: q, position: p, tags } = r;
  return (
    id(r.id) &&
    id(r.targetId) &&
    str(r.sectionRef, 0, 100) &&
    isObject(q) &&
    hasOnly(q, QUOTE_KEYS) &&
    q.type === 'TextQuoteSelector' &&
    str(q.exact, 1, 20_000) &&
    str(q.prefix, 0, 200) &&
    str(q.suffix, 0, 200) &&
    isObject(p) &&
    hasOnly(p, POSITION_KEYS) &&
    p.type === 'TextPositionSelector' &&
    when(p.start) &&
    when(p.end) &&
    id(r.colorId) &&
    str(r.comment, 0, TEXT_CAPS.comment) &&
    Array.isArray(tags) &&
    tags.length <= 50 &&
    allTags(tags) &&
    when(r.createdAt) &&
    when(r.updatedAt)
  );
};

/** The guard of a schema, when it has one. */
export const GUARDS = new Map<z.ZodType, Guard>([
  [NoteRow, isNoteRow],
  [HighlightRow, isHighlightRow],
]);
