// Gateway of the settings table: small values keyed by name (preferences that should follow
// the annotations rather than the browser profile).
import { useLiveQuery } from 'dexie-react-hooks';
import type { z } from 'zod';
import { db, type ReperesDb } from './ReperesDb';

/** The setting's value when it satisfies `schema`, else `fallback`. */
export async function getSetting<S extends z.ZodType>(
  key: string,
  schema: S,
  fallback: z.infer<S>,
  d: ReperesDb = db(),
): Promise<z.infer<S>> {
  const parsed = schema.safeParse((await d.settings.get(key))?.value);
  return parsed.success ? parsed.data : fallback;
}

export async function setSetting<S extends z.ZodType>(
  key: string,
  schema: S,
  value: z.infer<S>,
  d: ReperesDb = db(),
): Promise<void> {
  await d.settings.put({ key, value: schema.parse(value) });
}

export function useSetting<S extends z.ZodType>(key: string, schema: S, fallback: z.infer<S>): z.infer<S> {
  return useLiveQuery(() => getSetting(key, schema, fallback), [key]) ?? fallback;
}
