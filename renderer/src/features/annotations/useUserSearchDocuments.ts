// The user's own text per catalogue item (notes, highlight comments and tags, entry tags),
// live from IndexedDB, so the catalogue search finds what people wrote. Read after the first
// paint: with tens of thousands of annotations, the first list must not wait for them. The
// store (db/user-texts.ts) follows changes row by row: typing a note does not re-read them all.
import { useEffect, useState } from 'react';
import { afterFirstPaint } from '../../services/after-paint';
import type { UserSearchDocument } from '../../db/user-texts';

export type { UserSearchDocument };

const NONE: UserSearchDocument[] = [];

export function useUserSearchDocuments(): UserSearchDocument[] {
  const [docs, setDocs] = useState<UserSearchDocument[]>(NONE);
  useEffect(() => {
    let live = true;
    let unsubscribe: (() => void) | undefined;
    const cancel = afterFirstPaint(() => {
      void import('../../db/user-texts').then(({ userTexts }) => {
        if (live) unsubscribe = userTexts().subscribe((next) => live && setDocs(next));
      });
    });
    return () => {
      live = false;
      cancel();
      unsubscribe?.();
    };
  }, []);
  return docs;
}
