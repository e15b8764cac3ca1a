// @vitest-environment jsdom
// Automatic backups decide from the documents' heads whether anything changed (their text is read
// only to write a backup): an unchanged library writes nothing, a renamed document a new backup.
import 'fake-indexeddb/auto';
import './cloneable-blob';
import { afterEach, describe, expect, it } from 'vitest';
import { backupsDb } from '../../../renderer/src/db/backups';
import { db } from '../../../renderer/src/db/ReperesDb';
import { removeDocument, renameDocument, saveDocument } from '../../../renderer/src/db/documents';
import { createWebApi } from '../../../renderer/src/platform/web-adapter';
import { backupNow } from '../../../renderer/src/features/annotations/useAutoBackup';
import { importedDocument } from './imported-document';

afterEach(async () => {
  await backupsDb().backups.clear();
});

describe('automatic backups with documents', () => {
  it('writes a backup when a document changes, and none when nothing did', async () => {
    window.reperes = createWebApi();
    const { row, bytes } = await importedDocument('test/fixtures/documents/recueil-trois-initiatives.md', {
      name: 'recueil.md',
    });
    const doc = row;
    await saveDocument(row, new Blob([bytes], { type: 'text/markdown' }));
    try {
      expect(await backupNow()).toBeNull();
      // Rows hold the text as a Blob (a string in rows of earlier versions).
      const contents = async () =>
        Promise.all(
          (await backupsDb().backups.toArray()).map((b) =>
            typeof b.content === 'string' ? b.content : b.content.text(),
          ),
        );
      expect(await contents()).toHaveLength(1);
      expect((await contents())[0]).toContain(doc.text.slice(0, 200).replace(/\n/g, '\\n'));
      await backupNow();
      expect(await contents()).toHaveLength(1);
      await renameDocument(row.id, 'Recueil renommé pour la sauvegarde');
      await backupNow();
      const after = await contents();
      expect(after).toHaveLength(2);
      expect(after.filter((c) => c.includes('Recueil renommé pour la sauvegarde'))).toHaveLength(1);
    } finally {
      await removeDocument(row.id);
      db().close();
    }
  });
});
