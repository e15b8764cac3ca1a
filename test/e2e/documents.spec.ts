// A user's own documents, through the UI: a PDF and a DOCX added, reviewed and added; an entry
// found by search, highlighted, compared with a bundled entry; the document removed and the
// highlight left as an orphan. And a corrupt file: a French message, nothing added.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, axeViolations } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';
import { CataloguePage } from './pages/CataloguePage';
import { ComparePage } from './pages/ComparePage';
import { DocumentsPage } from './pages/DocumentsPage';
import { MapPage } from './pages/MapPage';

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
