// The ids the user marked « Favori », live: the catalogue's « Favoris » filter and the overview
// read them. Undefined while loading; an empty set when storage cannot be read (the catalogue
// still works, showing that none are found).
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/ReperesDb';
import type { FavouriteRow } from '../../db/rows';

export function useFavourites(): FavouriteRow[] | undefined {
  return useLiveQuery(async () => {
    try {
      return await db().favourites.orderBy('createdAt').reverse().toArray();
    } catch {
      return [];
    }
  }, []);
}
