// Runs a storage write and keeps a French message when it fails: shared by every feature that
// writes what the user made (annotations, corrections).
import { useCallback, useState } from 'react';
import { storageErrorMessage } from '../db/errors';

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
