// The user's own text per catalogue item (notes, highlight comments and tags, entry tags),
// live from IndexedDB, so the catalogue search finds what people wrote. Read after the first
// paint: with tens of thousands of annotations, the first list must not wait for them.
import { useMemo } from 'react';
import { loadAnnotations, useDeferredLiveQuery } from '../../services/deferred-storage';

const userTextsQuery = () => loadAnnotations().then((m) => m.readUserTexts);

export interface UserSearchDocument {
  /** Catalogue entry or event id the text belongs to. */
  targetId: string;
  text: string;
}

const NONE: UserSearchDocument[] = [];

export function useUserSearchDocuments(): UserSearchDocument[] {
  const rows = useDeferredLiveQuery(userTextsQuery);
  return useMemo(() => {
    if (!rows) return NONE;
    const parts = new Map<string, string[]>();
    const add = (id: string, text: string) => {
      if (text.trim()) parts.set(id, [...(parts.get(id) ?? []), text]);
    };
    for (const n of rows.notes) add(n.targetId, n.body);
    for (const h of rows.highlights) add(h.targetId, [h.comment, ...h.tags].join(' '));
    for (const t of rows.tags) add(t.targetId, t.tag);
    return [...parts].map(([targetId, texts]) => ({ targetId, text: texts.join('\n') }));
  }, [rows]);
}
