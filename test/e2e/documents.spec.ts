// A user's own documents, through the UI: a PDF and a DOCX added, reviewed and added; an entry
// found by search, highlighted, compared with a bundled entry; the document removed and the
// highlight left as an orphan. And a corrupt file: a French message, nothing added.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';
import { CataloguePage } from './pages/CataloguePage';
import { ComparePage } from './pages/ComparePage';
import { DocumentsPage } from './pages/DocumentsPage';
import { MapPage } from './pages/MapPage';
import { V1, V2 } from '../renderer/core/anchoring/versions';

/** The new version also rewrites the conciergerie's context, where its highlight is. */
const V2_KERPONT = V2.replace('regroupe 300 entreprises', 'compte désormais 410 sociétés');
const fixture = (name: string) => resolve(__dirname, '../fixtures/documents', name);

test('imports a PDF and a DOCX, then searches, highlights, compares and removes', async ({ page }) => {
  const docs = new DocumentsPage(page);
  await docs.addFromCatalogue([
    fixture('recueil-trois-initiatives.pdf'),
    fixture('rapport-atelier-mobilite.docx'),
  ]);

  // Review: the PDF's three initiatives, the DOCX as one report.
  const pdf = docs.document('recueil-trois-initiatives.pdf');
  await expect(pdf).toBeVisible({ timeout: 30_000 });
  await expect(pdf.getByText('PDF · 2 pages · 3 fiches trouvées')).toBeVisible();
  await expect(pdf.getByLabel('Titre de la fiche 1')).toHaveValue('Garage solidaire de Vierzon');
  // Facts found for each entry: its department.
  await expect(pdf.getByRole('listitem').first().getByText('Cher', { exact: true }).last()).toBeVisible();
  const docx = docs.document('rapport-atelier-mobilite.docx');
  await expect(docx).toBeVisible({ timeout: 30_000 });
  await expect(docx.getByLabel('Titre de la fiche 1')).toHaveValue(/Atelier mobilité solidaire/);

  // The review screen, with its inputs and section selects, passes axe; then the list of documents.
  await pdf.getByText('4 parties').first().click();
  await expect(
    pdf.getByRole('combobox', { name: 'Rubrique de la partie « Contexte »' }).first(),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Rename one entry before adding, then add everything.
  await pdf.getByLabel('Titre de la fiche 1').fill('Garage solidaire (Vierzon)');
  await expect(docs.addButton()).toHaveText('Ajouter au catalogue (4 fiches)');
  await docs.addButton().click();
  await expect(
    page.getByRole('status').filter({ hasText: '2 documents ajoutés au catalogue, 4 fiches.' }),
  ).toBeVisible();
  await expect(docs.list.getByRole('row')).toHaveCount(3);
  expect(await axeViolations(page)).toEqual([]);

  // Found by search, under its new title.
  const catalogue = new CataloguePage(page);
  await catalogue.open();
  await catalogue.type('garage solidaire');
  await catalogue.settled('garage solidaire');
  await expect(catalogue.options().first()).toContainText('Garage solidaire (Vierzon)');
  await catalogue.options().first().press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Garage solidaire (Vierzon)' })).toBeVisible();
  const entryUrl = page.url();
  const entryId = decodeURIComponent(entryUrl.replace(/^.*#\/fiche\//, '').replace(/[?].*$/, ''));

  // Its themes come from its own parts, each with the passage that gave it (read from the whole
  // text without passages, every theme said « donné par le document lui-même »).
  await page.getByText('Pourquoi ces thèmes ?').click();
  const why = page.locator('.facts__why-list');
  await expect(why.getByRole('term').filter({ hasText: 'Formation et qualification' })).toBeVisible();
  await expect(why.locator('q').filter({ hasText: 'forme six salariés par an' }).first()).toBeVisible();
  await expect(why.getByText('Thème donné par le document lui-même.')).toHaveCount(0);

  // Highlight a passage of it.
  const notes = new AnnotationsPage(page);
  await notes.highlight('a perdu une grande partie de ses emplois', 'Chiffre clé');

  // Compare it with a bundled entry.
  const compare = new ComparePage(page);
  await compare.add(entryId, 'Garage solidaire (Vierzon)');
  await compare.add(
    'fu-nantes-metropole-dispositif-des-maraichers-nantais',
    'Dispositif des Maraîchers nantais',
  );
  await compare.open();
  const titles = await compare.columnTitles();
  expect(titles.some((t) => t.includes('Garage solidaire (Vierzon)'))).toBe(true);
  expect(titles.length).toBe(2);
  expect(titles.some((t) => t.includes('Dispositif des Maraîchers nantais'))).toBe(true);

  // Remove the PDF: its entries leave the catalogue, the highlight stays as an orphan.
  await docs.open();
  await docs.list.getByRole('button', { name: /^Supprimer « Recueil/ }).click();
  await docs.list.getByRole('button', { name: 'Confirmer la suppression' }).click();
  await expect(docs.list.getByRole('row')).toHaveCount(2);
  await catalogue.open();
  await catalogue.type('vierzon');
  await catalogue.settled('vierzon');
  await expect(catalogue.options().filter({ hasText: 'Garage solidaire' })).toHaveCount(0);
  await page.goto('./#/annotations');
  await expect(page.getByText('1 surlignage orphelin', { exact: false })).toBeVisible();
  await expect(page.getByText('Orphelin : passage introuvable')).toBeVisible();
  await expect(page.getByText('a perdu une grande partie de ses emplois')).toBeVisible();
});

test('a corrupt file gets a French message and adds nothing', async ({ page }) => {
  const docs = new DocumentsPage(page);
  await docs.open();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('main').getByRole('button', { name: 'Ajouter des documents…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'rapport.docx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('PK\u0003\u0004 pas une archive'),
  });
  await expect(docs.review.getByRole('alert')).toContainText('rapport.docx', { timeout: 30_000 });
  // The reader's own diagnosis, not a generic failure of the worker.
  await expect(docs.review.getByRole('alert')).toContainText(
    'est endommagé (son archive interne est illisible)',
  );
  await expect(docs.addButton()).toBeDisabled();
  await expect(page.getByText('Aucun document ajouté.')).toBeVisible();
});

test('a file already added offers to replace it; « Annuler » stops a reading', async ({ page }) => {
  const docs = new DocumentsPage(page);
  await docs.addFromCatalogue([fixture('rapport-atelier-mobilite.docx')]);
  await expect(docs.document('rapport-atelier-mobilite.docx')).toBeVisible({ timeout: 30_000 });
  await docs.addButton().click();
  await expect(docs.list.getByRole('row')).toHaveCount(2);

  // The same file again: not added unless the user asks to replace it.
  await docs.addFromCatalogue([fixture('rapport-atelier-mobilite.docx')]);
  const again = docs.document('rapport-atelier-mobilite.docx');
  await expect(again.getByText(/Ce fichier est déjà dans vos documents/)).toBeVisible({ timeout: 30_000 });
  const replace = again.getByRole('checkbox', { name: 'Remplacer le document déjà ajouté' });
  await expect(replace).not.toBeChecked();
  await expect(docs.addButton()).toBeDisabled();
  await again.getByLabel('Titre du document').fill('Atelier mobilité, version revue');
  await replace.check();
  await docs.addButton().click();
  await expect(docs.list.getByRole('row')).toHaveCount(2);
  await expect(docs.list.getByRole('link', { name: 'Atelier mobilité, version revue' })).toBeVisible();

  // A long PDF, cancelled while it is read: nothing is added, the worker is gone.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('main').getByRole('button', { name: 'Ajouter des documents…' }).click();
  await (await chooser).setFiles(fixture('france-urbaine.pdf'));
  await expect(docs.review.getByRole('progressbar')).toBeVisible();
  await docs.review.getByRole('button', { name: 'Annuler' }).click();
  await expect(docs.review.getByText('Lecture annulée : france-urbaine.pdf.')).toBeVisible();
  await expect(docs.review.getByRole('progressbar')).toHaveCount(0);
  await expect(docs.addButton()).toBeDisabled();
  await expect(docs.list.getByRole('row')).toHaveCount(2);
});

test('files dropped on the window are read and reviewed', async ({ page }) => {
  const docs = new DocumentsPage(page);
  const map = new MapPage(page);
  await map.open();
  // No bundled entry is in the Cher.
  await expect(map.map.locator('g title', { hasText: /^Cher : aucune fiche$/ })).toHaveCount(1);
  await expect(map.department('Cher')).toHaveCount(0);
  const text = readFileSync(fixture('recueil-trois-initiatives.md'), 'utf8');
  const dataTransfer = await page.evaluateHandle((md) => {
    const dt = new DataTransfer();
    dt.items.add(new File([md], 'recueil-trois-initiatives.md', { type: 'text/markdown' }));
    return dt;
  }, text);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByRole('heading', { name: 'Mes documents', level: 1 })).toBeVisible();
  const md = docs.document('recueil-trois-initiatives.md');
  await expect(md).toBeVisible({ timeout: 30_000 });
  await expect(md.getByText('MARKDOWN · 3 fiches trouvées')).toBeVisible();
  await docs.addButton().click();
  await expect(docs.list.getByRole('row')).toHaveCount(2);
  // The garage of Vierzon (Cher) is on the map now.
  await map.open();
  await expect(map.department('Cher')).toHaveAttribute('aria-label', 'Cher : 1 fiche');
});

test('the review merges, splits and corrects facts before adding', async ({ page }) => {
  const docs = new DocumentsPage(page);
  await docs.addFromCatalogue([fixture('recueil-trois-initiatives.pdf')]);
  const pdf = docs.document('recueil-trois-initiatives.pdf');
  await expect(pdf.getByLabel('Titre de la fiche 3')).toBeVisible({ timeout: 30_000 });

  // Merge: only entries that follow each other.
  const merge = pdf.getByRole('button', { name: 'Fusionner les fiches cochées' });
  await expect(merge).toBeDisabled();
  await pdf.getByRole('checkbox', { name: 'Cocher la fiche 1 pour la fusionner' }).check();
  await pdf.getByRole('checkbox', { name: 'Cocher la fiche 3 pour la fusionner' }).check();
  await expect(pdf.getByText('Seules des fiches qui se suivent peuvent être fusionnées.')).toBeVisible();
  await expect(merge).toBeDisabled();
  await pdf.getByRole('checkbox', { name: 'Cocher la fiche 3 pour la fusionner' }).uncheck();
  await pdf.getByRole('checkbox', { name: 'Cocher la fiche 2 pour la fusionner' }).check();
  await merge.click();
  await expect(pdf.getByLabel('Titre de la fiche 3')).toHaveCount(0);
  await expect(pdf.getByLabel('Titre de la fiche 1')).toHaveValue('Garage solidaire de Vierzon');
  await expect(pdf.getByLabel('Titre de la fiche 2')).toHaveValue('Plateforme de recrutement de Valence');
  await expect(docs.addButton()).toHaveText('Ajouter au catalogue (2 fiches)');

  // Split the merged entry where Lorient's part starts (its second « Contexte »).
  const first = pdf.getByRole('listitem').filter({ has: page.getByLabel('Titre de la fiche 1') });
  await first.getByText('8 parties').click();
  if (process.env.SHOTS_DIR) await shoot(page, 'review-merged');
  await first.getByRole('button', { name: 'Nouvelle fiche à partir d’ici : « Contexte »' }).click();
  await expect(pdf.getByLabel('Titre de la fiche 2')).toHaveValue('Garage solidaire de Vierzon — Contexte');
  await expect(docs.addButton()).toHaveText('Ajouter au catalogue (3 fiches)');
  await pdf.getByLabel('Titre de la fiche 2').fill('Conciergerie de Kerpont');

  // Correct its facts: it took the Cher from the garage; a wrong year is refused, nothing lost.
  const second = pdf.getByRole('listitem').filter({ has: page.getByLabel('Titre de la fiche 2') });
  // Territory and department both read « Cher ».
  await expect(second.getByText('Cher', { exact: true })).toHaveCount(2);
  await second.getByRole('button', { name: 'Corriger les informations de la fiche 2' }).click();
  const form = second.getByRole('form', { name: 'Informations de la fiche 2' });
  await form.getByLabel('Territoire').fill('Lorient');
  await form.getByLabel('Département').selectOption('Morbihan');
  await form.getByLabel('Type').selectOption({ label: 'Expérience' });
  await form.getByLabel('Organisation').fill('Entreprise d’insertion de Kerpont');
  await form.getByLabel('Année').fill('20 19');
  await form.getByRole('button', { name: 'Appliquer' }).click();
  await expect(form.getByRole('alert')).toHaveText('L’année s’écrit avec quatre chiffres, par exemple 2019.');
  await expect(form.getByLabel('Territoire')).toHaveValue('Lorient');
  if (process.env.SHOTS_DIR) await shoot(page, 'review-facts');
  await form.getByLabel('Année').fill('2020');
  await form.getByRole('button', { name: 'Appliquer' }).click();
  await expect(form).toHaveCount(0);
  for (const fact of [
    'Lorient',
    'Morbihan',
    'Bretagne',
    'Expérience',
    '2020',
    'Entreprise d’insertion de Kerpont',
  ])
    await expect(second.getByText(fact, { exact: true })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await docs.addButton().click();
  await expect(
    page.getByRole('status').filter({ hasText: '1 document ajouté au catalogue, 3 fiches.' }),
  ).toBeVisible();
  const catalogue = new CataloguePage(page);
  await catalogue.open();
  await catalogue.type('kerpont');
  await catalogue.settled('kerpont');
  await catalogue.options().filter({ hasText: 'Conciergerie de Kerpont' }).first().press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Conciergerie de Kerpont' })).toBeVisible();
  await expect(page.getByText('Morbihan', { exact: false }).first()).toBeVisible();
});

test('a new version replaces a document: one highlight re-anchored, one orphaned; originals open', async ({
  page,
}) => {
  const docs = new DocumentsPage(page);
  await docs.addFromCatalogue([fixture('recueil-trois-initiatives.md')]);
  await expect(docs.document('recueil-trois-initiatives.md')).toBeVisible({ timeout: 30_000 });
  await docs.addButton().click();
  await expect(docs.list.getByRole('row')).toHaveCount(2);

  // « Ouvrir l'original » in the list: the file itself, downloaded (never shown in the app's origin).
  const listed = page.waitForEvent('download');
  await docs.list.getByRole('button', { name: /^Ouvrir l’original/ }).click();
  const fromList = await listed;
  expect(fromList.suggestedFilename()).toBe('recueil-trois-initiatives.md');
  expect(readFileSync(await fromList.path(), 'utf8')).toBe(V1);

  const catalogue = new CataloguePage(page);
  const notes = new AnnotationsPage(page);
  const openEntry = async (query: string, title: string | RegExp) => {
    await catalogue.open();
    await catalogue.type(query);
    await catalogue.settled(query);
    await catalogue.options().filter({ hasText: title }).first().press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  };
  await openEntry('kerpont', /Conciergerie d.entreprises de Lorient/);
  await notes.highlight('regroupe 300 entreprises', 'Chiffre clé');
  await openEntry('vierzon', 'Garage solidaire de Vierzon');
  await notes.highlight('a perdu une grande partie de ses emplois', 'Chiffre clé');

  // « Ouvrir le fichier d'origine » from « Texte d'origine ».
  await page.getByRole('switch', { name: 'Texte d’origine' }).click();
  const fromEntry = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Ouvrir le fichier d’origine/ }).click();
  expect((await fromEntry).suggestedFilename()).toBe('recueil-trois-initiatives.md');

  // The new version: a case added before, sentences around the first highlight, the second gone.
  await docs.open();
  if (process.env.SHOTS_DIR) await shoot(page, 'documents-list');
  const chooser = page.waitForEvent('filechooser');
  await docs.list.getByRole('button', { name: /^Nouvelle version de « .+ »…$/ }).click();
  await (
    await chooser
  ).setFiles({
    name: 'recueil-2020.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(V2_KERPONT),
  });
  const review = docs.document('recueil-2020.md');
  await expect(review.getByText(/^Nouvelle version de « Recueil/)).toBeVisible({ timeout: 30_000 });
  await expect(review.getByText('MARKDOWN · 4 fiches trouvées')).toBeVisible();
  if (process.env.SHOTS_DIR) await shoot(page, 'review-new-version');
  await docs.addButton().click();
  await expect(
    page.getByRole('status').filter({
      hasText:
        '1 document ajouté au catalogue, 4 fiches. 1 surlignage replacé sur le nouveau texte, 1 surlignage orphelin',
    }),
  ).toBeVisible();
  await expect(docs.list.getByRole('row')).toHaveCount(2);
  await expect(docs.list.getByRole('cell', { name: 'recueil-2020.md', exact: true })).toBeVisible();

  // The garage's highlight is on the new text, in the new entry.
  await openEntry('vierzon', 'Garage solidaire de Vierzon');
  await expect(page.getByText('Ville moyenne du Berry', { exact: false })).toBeVisible();
  await expect(page.locator('mark.hl', { hasText: 'a perdu une grande partie' })).toBeVisible();
  // The conciergerie's is an orphan, listed with its words.
  await page.goto('./#/annotations');
  await expect(page.getByText('1 surlignage orphelin', { exact: false })).toBeVisible();
  await expect(page.getByText('regroupe 300 entreprises', { exact: true })).toBeVisible();
  await expect(page.getByText('Orphelin : passage introuvable')).toHaveCount(1);
});

test('an export carries a document and its original back after it was removed', async ({ page }) => {
  const docs = new DocumentsPage(page);
  await docs.addFromCatalogue([fixture('rapport-atelier-mobilite.docx')]);
  await expect(docs.document('rapport-atelier-mobilite.docx')).toBeVisible({ timeout: 30_000 });
  await docs.addButton().click();
  await expect(docs.list.getByRole('row')).toHaveCount(2);

  await page.goto('./#/annotations');
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter tout (JSON W3C)' }).click();
  const file = await (await exported).path();
  const json = JSON.parse(readFileSync(file, 'utf8')) as { 'reperes:documents': { fileName: string }[] };
  expect(json['reperes:documents'].map((d) => d.fileName)).toEqual(['rapport-atelier-mobilite.docx']);

  await docs.open();
  await docs.list.getByRole('button', { name: /^Supprimer « / }).click();
  await docs.list.getByRole('button', { name: 'Confirmer la suppression' }).click();
  await expect(page.getByText('Aucun document ajouté.')).toBeVisible();

  await page.goto('./#/annotations');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer un fichier…' }).click();
  await (await chooser).setFiles(file);
  const preview = page.getByRole('dialog', { name: /Aperçu de l’import/ });
  await expect(preview.getByRole('row', { name: 'Documents 1 0 0' })).toBeVisible();
  await preview.getByRole('button', { name: 'Importer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import terminé' })).toBeVisible();

  await docs.open();
  await expect(docs.list.getByRole('row')).toHaveCount(2);
  const download = page.waitForEvent('download');
  await docs.list.getByRole('button', { name: /^Ouvrir l’original/ }).click();
  const back = await download;
  expect(back.suggestedFilename()).toBe('rapport-atelier-mobilite.docx');
  expect(readFileSync(await back.path())).toEqual(readFileSync(fixture('rapport-atelier-mobilite.docx')));
});

/** The page at 1280×820 and 900 px wide, light and dark, for the lead to look at. */
async function shoot(page: Page, name: string) {
  const dir = process.env.SHOTS_DIR!;
  mkdirSync(dir, { recursive: true });
  const size = page.viewportSize();
  for (const [width, height] of [
    [1280, 820],
    [900, 820],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(dir, `${name}-${width}-${scheme}.png`), fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: null });
  if (size) await page.setViewportSize(size);
}
