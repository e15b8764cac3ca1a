// The user's words in and out of an export file, in Chromium: a note pasted past its cap stops at
// the cap and says so; markup-like text is shown as typed; the export imports back identically;
// a partly invalid file is previewed with its invalid items listed, then imported without them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations, test, expect } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';

const NOTE_CAP = 1_000_000;
const WORDS = 'Consulter la <base de donnees> des SIAE, ‹mathématiques>, javascript : activez-le. ';

interface Export {
  first: { items: { motivation: string; created: string; body?: { value: string } }[] };
}

async function firstEntry(page: Page): Promise<string> {
  const res = await page.request.get('catalogue.json');
  return ((await res.json()) as { entries: { id: string }[] }).entries[0]!.id;
}

async function exportJson(page: Page, dir: string, name: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter tout (JSON W3C)' }).click();
  const file = join(dir, name);
  await (await download).saveAs(file);
  return file;
}

async function importFile(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer un fichier…' }).click();
  await (await chooser).setFiles(file);
  return page.getByRole('dialog', { name: /Aperçu de l’import/ });
}

async function wipe(page: Page) {
  await page.getByRole('button', { name: 'Tout effacer…' }).click();
  await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await expect(page.getByText('Toutes vos annotations ont été effacées.')).toBeVisible();
}

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reperes-io-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('a note pasted past its cap stops there, says so, and its export imports back identically', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const ui = new AnnotationsPage(page);
  await ui.openEntry(await firstEntry(page));
  await ui.panel().getByRole('button', { name: 'Ajouter une note' }).click();
  const area = ui.panel().getByLabel('Texte de la note (Markdown)').last();
  await area.focus();
  // As a paste: one insertion of more than the cap.
  await page.keyboard.insertText(WORDS.repeat(Math.ceil((NOTE_CAP + 500) / WORDS.length)));
  expect(await area.evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(NOTE_CAP);
  await expect(ui.panel().getByText('Note limitée à 1 000 000 caractères : limite atteinte.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const shots = process.env.SHOTS_DIR;
  if (shots) {
    mkdirSync(shots, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await ui
        .panel()
        .locator('.note')
        .last()
        .screenshot({ path: join(shots, `note-at-cap-${scheme}.png`) });
    }
  }
  await expect(ui.panel().getByRole('status').filter({ hasText: 'Enregistré' }).last()).toBeVisible({
    timeout: 20_000,
  });
  await area.blur();
  // Shown as typed, not read as a <base> tag.
  await expect(ui.panel().locator('.note__body')).toContainText(WORDS.trim().slice(0, 60));

  await ui.openList();
  const file = await exportJson(page, dir, 'export.json');
  const written = JSON.parse(readFileSync(file, 'utf8')) as Export;
  const note = written.first.items.find((i) => i.motivation === 'commenting')!;
  expect(note.body!.value).toHaveLength(NOTE_CAP);

  await wipe(page);
  const preview = await importFile(page, file);
  await expect(preview.getByRole('row', { name: /Notes/ })).toContainText('1');
  await expect(preview.locator('.import-preview__rejected')).toHaveCount(0);
  await preview.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByText('Import terminé')).toBeVisible();

  const again = JSON.parse(readFileSync(await exportJson(page, dir, 'again.json'), 'utf8')) as Export;
  expect(again.first.items).toEqual(written.first.items);
});

test('a partly invalid file: the preview lists its invalid items, then imports the rest', async ({
  page,
}) => {
  const ui = new AnnotationsPage(page);
  await ui.openEntry(await firstEntry(page));
  await ui.writeNote('Première note');
  await ui.writeNote('Deuxième note');
  await ui.writeNote('Troisième note <b>avec</b> des chevrons');
  await ui.tagEntry('<base>');
  await ui.openList();
  const file = await exportJson(page, dir, 'export.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as Export;
  const item = (body: string) =>
    json.first.items.find((i) => i.body && 'value' in i.body && i.body.value === body)!;
  const [first, second] = [item('Première note'), item('Deuxième note')];
  first.body!.value = 'x'.repeat(NOTE_CAP + 1);
  second.created = 'hier';
  const place = (i: object) => json.first.items.indexOf(i as Export['first']['items'][number]) + 1;
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, JSON.stringify(json));

  await wipe(page);
  const preview = await importFile(page, broken);
  const rejected = preview.getByRole('list', { name: '2 éléments invalides ne seront pas importés' });
  await expect(rejected.getByRole('listitem')).toHaveText(
    [
      [place(first), 'texte de la note : dépasse la limite de 1 000 000 caractères'] as const,
      [place(second), 'date de création : format incorrect'] as const,
    ]
      .sort((a, b) => a[0] - b[0])
      .map(([n, why]) => `Annotation n° ${n} (note) — ${why}`),
  );
  await expect(preview).toBeInViewport();
  expect(await axeViolations(page)).toEqual([]);

  const shots = process.env.SHOTS_DIR;
  if (shots) {
    mkdirSync(shots, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [1280, 900]) {
        await page.setViewportSize({ width, height: 820 });
        await preview.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(shots, `import-rejected-${width}-${scheme}.png`) });
      }
    }
  }

  await preview.getByRole('button', { name: 'Importer le reste' }).click();
  await expect(
    page.getByText('Import terminé : 2 éléments ajoutés, 0 modifié, 2 éléments invalides laissés de côté.'),
  ).toBeVisible();
  await expect(page.locator('.annotation-card')).toHaveCount(1);
  await expect(page.locator('.annotation-card')).toContainText('Troisième note <b>avec</b> des chevrons');
});
