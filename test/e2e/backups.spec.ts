// The automatic backup as the browser build writes it: 15 s after the start, with what the user
// wrote, stored in the browser's backups database (not localStorage: too small), listed in « Mes
// annotations » with its « Restaurer » button.
import { test, expect } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';

const NOTE = 'Vérifier que cette note est dans la sauvegarde automatique';

test('the automatic backup holds what was written, and is listed for restoring', async ({
  page,
  baseURL,
}) => {
  test.slow(); // The first automatic backup comes 15 s after the start.
  const catalogue = (await (await fetch(new URL('catalogue.json', baseURL))).json()) as {
    entries: { id: string }[];
  };
  const notes = new AnnotationsPage(page);
  await notes.openEntry(catalogue.entries[0]!.id);
  await notes.writeNote(NOTE);

  const stored = () =>
    page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('reperes-sauvegardes');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('backups')) {
              db.close();
              resolve([]);
              return;
            }
            const all = db.transaction('backups').objectStore('backups').getAll();
            all.onsuccess = () => {
              db.close();
              // The text is kept as a Blob (IndexedDB holds it by reference).
              const rows = all.result as { content: string | Blob }[];
              Promise.all(
                rows.map((b) => (typeof b.content === 'string' ? b.content : b.content.text())),
              ).then(resolve, reject);
            };
          };
        }),
    );
  await expect.poll(stored, { timeout: 40_000, intervals: [1000] }).toHaveLength(1);
  const [content] = await stored();
  const backup = JSON.parse(content!) as { label: string; first?: { items: unknown[] } };
  expect(backup.label).toBe('Sauvegarde automatique');
  expect(JSON.stringify(backup.first?.items)).toContain(NOTE);

  await notes.openList();
  await page.getByRole('button', { name: 'Restaurer une sauvegarde…' }).click();
  const list = page.locator('.backup__list');
  await expect(list.getByRole('heading', { name: 'Sauvegardes automatiques' })).toBeVisible();
  await expect(list.getByRole('button', { name: 'Restaurer cette sauvegarde' })).toHaveCount(1);
});
