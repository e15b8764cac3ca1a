// A test's own databases: each `fresh()` opens a new, uniquely named ReperesDb, closed and
// deleted after the test, so no test sees another's rows.
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { ReperesDb } from '../../../renderer/src/db/ReperesDb';

export function freshDatabases(prefix: string): (name?: string) => ReperesDb {
  const opened: Dexie[] = [];
  let n = 0;
  afterEach(async () => {
    for (const d of opened.splice(0)) {
      d.close();
      await Dexie.delete(d.name);
    }
  });
  return (name = `${prefix}-${n++}-${Date.now()}`) => {
    const db = new ReperesDb(name);
    opened.push(db);
    return db;
  };
}
