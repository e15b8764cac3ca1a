// Comparing four initiatives from two documents: tray, baseline, differences only, saving,
// reopening after a reload, Markdown export and the print stylesheet.
import { readFileSync } from 'node:fs';
import { test, expect, axeViolations, bundledCatalogue } from './fixtures';
import { ComparePage } from './pages/ComparePage';

interface CatalogueJson {
  sources: { file: string; kind: string }[];
  entries: { id: string; title: string; kind: string; source: string; sections: unknown[] }[];
}

/** Two case studies (France urbaine) and two experiences (VITA), chosen from the built catalogue. */
async function pickFour(request: import('@playwright/test').APIRequestContext) {
  const catalogue: CatalogueJson = await bundledCatalogue(request);
  const file = (kind: string) => catalogue.sources.find((s) => s.kind === kind)?.file;
  const from = (kind: string) =>
    catalogue.entries
      .filter((e) => e.source === file(kind) && e.kind !== 'text' && e.sections.length >= 3)
      .slice(0, 2);
  const four = [...from('france-urbaine'), ...from('vita')];
  expect(four, 'the catalogue holds two entries of each document').toHaveLength(4);
  return four;
}

test('compare four initiatives from two documents, save, reopen, export and print', async ({
  page,
  request,
}, info) => {
  test.setTimeout(180_000);
  const four = await pickFour(request);
  const compare = new ComparePage(page);

  for (const e of four) await compare.add(e.id, e.title);
  await expect(compare.tray).toContainText('(4 sur 4)');
  await expect(compare.tray).toContainText('La sélection est complète');

  await page.goto('/#/catalogue');
  await compare.tray.getByRole('link', { name: 'Comparer (4)' }).click();
  await expect(page).toHaveURL(/#\/comparaison/);
  await expect(page.getByText('La comparaison est complète : 4 fiches au maximum.')).toBeVisible();
  await expect.poll(() => compare.columnTitles()).toEqual(four.map((e) => e.title));

  // Rows: key facts, then the section vocabulary, absent parts said to be absent.
  const labels = await compare.rowLabels();
  expect(labels.slice(0, 9)).toEqual([
    'Territoire',
    'Département',
    'Source',
    'Année',
    'Organisation',
    'Personnes citées',
    'Acteurs et partenaires',
    'Thèmes',
    'Chiffres clés',
  ]);
  expect(labels).toContain('Vision des élus');
  await expect(compare.row('Vision des élus').getByText('Absent de cette fiche').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'lire la suite' }).first()).toBeVisible();

  // Pin the first case study as the baseline.
  const [base, second] = four;
  await page.getByRole('button', { name: `Prendre « ${base!.title} » comme référence` }).click();
  await expect(
    page.getByRole('button', { name: `Ne plus prendre « ${base!.title} » comme référence` }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(compare.table.locator('thead .compare-col--baseline')).toContainText(base!.title);
  await expect(compare.row('Source').locator('td').nth(1)).toContainText('= identique');
  await expect(compare.row('Source').locator('td').nth(2)).toContainText('≠ diffère');

  // Reorder: move the second column right, then back with the keyboard.
  await page.getByRole('button', { name: `Déplacer « ${second!.title} » vers la droite` }).click();
  await expect.poll(async () => (await compare.columnTitles())[2]).toBe(second!.title);
  await page.getByRole('button', { name: `Déplacer « ${second!.title} » vers la gauche` }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => compare.columnTitles()).toEqual(four.map((e) => e.title));

  // Differences only, from the keyboard: shared values of lists are folded away.
  const sharedBefore = await compare.row('Thèmes').locator('.compare-value--shared').count();
  expect(sharedBefore).toBeGreaterThan(0);
  await compare.differencesSwitch.focus();
  await page.keyboard.press('Space');
  await expect(compare.differencesSwitch).toHaveAttribute('aria-checked', 'true');
  await expect(compare.row('Thèmes').locator('.compare-value--shared')).toHaveCount(0);
  await expect(compare.row('Thèmes')).toContainText('en commun masqué');

  expect(await axeViolations(page)).toEqual([]);

  // Save with a name.
  await page.getByLabel('Nom de la comparaison').fill('Deux villes, deux expériences');
  await page.getByRole('button', { name: 'Enregistrer la comparaison' }).click();
  await expect(page).toHaveURL(/#\/comparaison\/[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deux villes, deux expériences');
  const note = page.getByLabel('Ma note sur cette comparaison');
  await note.fill('Le partenariat avec Pôle emploi revient partout.');
  await expect(page.getByText('Note enregistrée.')).toBeVisible();

  // Restart: reload, reopen from the saved list.
  await page.goto('/#/');
  await page.reload();
  await compare.open();
  await page
    .getByRole('region', { name: 'Comparaisons enregistrées' })
    .getByRole('link', { name: 'Deux villes, deux expériences' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deux villes, deux expériences');
  await expect.poll(() => compare.columnTitles()).toEqual(four.map((e) => e.title));
  await expect(compare.differencesSwitch).toHaveAttribute('aria-checked', 'true');
  await expect(compare.table.locator('thead .compare-col--baseline')).toContainText(base!.title);
  await expect(note).toHaveValue('Le partenariat avec Pôle emploi revient partout.');

  // Export Markdown.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en Markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('deux-villes-deux-experiences.md');
  const markdown = readFileSync((await download.path())!, 'utf8');
  await info.attach('comparison.md', { body: markdown, contentType: 'text/markdown' });
  expect(markdown).toContain('# Comparaison : Deux villes, deux expériences');
  expect(markdown).toContain(`1. **${base!.title}** — Étude de cas, `);
  expect(markdown).toContain('— fiche de référence');
  for (const e of four) expect(markdown).toContain(e.title);
  expect(markdown).toMatch(/\| Source \| France urbaine[^|]*\| France urbaine[^|]*\| \*\*VITA[^|]*\*\* \|/);
  expect(markdown).toContain('en commun masqué');
  expect(markdown).toContain(
    '## Note sur la comparaison\n\nLe partenariat avec Pôle emploi revient partout.',
  );

  // Print stylesheet: A4 landscape, no controls, every column visible, text uncollapsed.
  await page.setViewportSize({ width: 1123, height: 794 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('toolbar', { name: 'Outils de comparaison' })).toBeHidden();
  await expect(compare.tray).toBeHidden();
  await expect(page.locator('.compare-collapsible--closed').first()).toHaveCSS('max-height', 'none');
  const tableBox = await compare.table.boundingBox();
  expect(tableBox!.width).toBeLessThanOrEqual(1123);
  await page.screenshot({ path: info.outputPath('compare-print.png'), fullPage: false });
  await page.emulateMedia({ media: 'screen' });
});

test('narrow window: horizontal scroll keeps the first column and the header in place', async ({
  page,
  request,
}) => {
  const four = await pickFour(request);
  const compare = new ComparePage(page);
  for (const e of four.slice(0, 3)) await compare.add(e.id, e.title);
  await page.setViewportSize({ width: 640, height: 800 });
  await compare.open();
  const scroller = page.getByRole('region', { name: 'Tableau de comparaison' });
  const label = compare.row('Territoire').locator('th');
  const before = (await label.boundingBox())!.x;
  await scroller.evaluate((el) => (el.scrollLeft = 400));
  await expect.poll(async () => (await label.boundingBox())!.x).toBe(before);
  const header = compare.table.locator('thead th').first();
  const top = (await header.boundingBox())!.y;
  await scroller.evaluate((el) => (el.scrollTop = 600));
  await expect.poll(async () => (await header.boundingBox())!.y).toBe(top);

  // The tray says when it is full; removing from the tray updates the comparison.
  await compare.tray.getByRole('button', { name: `Retirer « ${four[0]!.title} » de la comparaison` }).click();
  await expect(compare.table.locator('thead .compare-head__title')).toHaveCount(2);
});

test('with nothing to compare, the comparison tools are disabled and look it', async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.open();
  const tools = page.getByRole('toolbar', { name: 'Outils de comparaison' });
  for (const name of ['Différences seulement', 'Tout déplier', 'Exporter en Markdown', 'Imprimer / PDF']) {
    const tool = tools.getByRole(name === 'Différences seulement' ? 'switch' : 'button', { name });
    await expect(tool).toBeDisabled();
    expect(Number(await tool.evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(1);
  }
});
