// Live views of the annotation tables: every component reading through these re-renders the
// moment any view writes.
import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/ReperesDb';
import { allTags } from '../../db/repository';
import { storageErrorMessage } from '../../db/errors';
import type { ColorRow } from '../../db/rows';

const NONE: never[] = [];

export function useColors(): ColorRow[] {
  return useLiveQuery(() => db().colors.orderBy('order').toArray(), []) ?? NONE;
}

export function useAllTags(): string[] {
  return useLiveQuery(() => allTags(db()), []) ?? NONE;
}

export function useCollections() {
  return useLiveQuery(() => db().collections.orderBy('order').toArray(), []) ?? NONE;
}

/** Runs a storage write and keeps a French message when it fails, for a role="alert". */
export function useStorageAction(): [
  run: <T>(action: () => Promise<T>) => Promise<T | undefined>,
  error: string | null,
  clear: () => void,
] {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T>(action: () => Promise<T>) => {
    try {
      const value = await action();
      setError(null);
      return value;
    } catch (e) {
      setError(storageErrorMessage(e));
      return undefined;
    }
  }, []);
  return [run, error, useCallback(() => setError(null), [])];
}
