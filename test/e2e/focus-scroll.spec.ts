// Focus and scroll where the user expects them: back from an entry on the result they came from,
// still in the panel after adding to a collection, an entry opened at its top, an import preview
// brought into view, and links in notes that show their address instead of leaving the app.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';
import { CataloguePage } from './pages/CataloguePage';

const activeId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-activedescendant') ?? null);

for (const how of ['Échap', '« Retour à la liste »'] as const) {
  test(`${how} from an entry gives the focus back to the result it was opened from`, async ({ page }) => {
    const catalogue = new CataloguePage(page);
    await catalogue.open();
    await catalogue.list.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => activeId(page)).toMatch(/^resultat-/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/fiche\//);
    // The result the user came from is the entry that opened.
    const opened = `resultat-${decodeURIComponent(/#\/fiche\/([^?]+)/.exec(page.url())![1]!)}`;
    await expect(page.locator('#fiche-titre')).toBeFocused();

    if (how === 'Échap') await page.keyboard.press('Escape');
    else await page.getByRole('link', { name: '← Retour à la liste' }).click();
    await expect(page).toHaveURL(/#\/catalogue/);
    await expect(catalogue.list).toBeFocused();
    await expect.poll(() => activeId(page)).toBe(opened);

    // The keys work at once, from that result.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => activeId(page)).not.toBe(opened);
    const next = await activeId(page);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/fiche/${next!.replace('resultat-', '')}`));
  });
}

test('after adding an entry to a collection the focus stays in the panel', async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.open();
  const id = (await catalogue.options().first().getAttribute('id'))!.replace('resultat-', '');
  const ui = new AnnotationsPage(page);
  await ui.openEntry(id);
  const panel = ui.panel();
  await panel.getByRole('button', { name: 'Ajouter à une collection' }).click();
  await panel.getByLabel('Collection').selectOption('__new');
  await panel.getByLabel('Nom').fill('À relire');
  await panel.getByLabel('Nom').press('Enter');
  await expect(panel.locator('.tag', { hasText: 'À relire' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Ajouter à une collection' })).toBeFocused();
  // And after « Annuler ».
  await panel.getByRole('button', { name: 'Ajouter à une collection' }).click();
  await panel.getByRole('button', { name: 'Annuler' }).click();
  await expect(panel.getByRole('button', { name: 'Ajouter à une collection' })).toBeFocused();
});

test('an entry opened from far down the chronology’s list opens at its top, with its title', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 820 });
  await page.goto('/#/chronologie');
  await page.getByRole('button', { name: 'Liste', exact: true }).click();
  const main = page.locator('main');
  // Far down the list.
  await main.evaluate((m) => (m.scrollTop = m.scrollHeight * 0.7));
  const scrolled = await main.evaluate((m) => m.scrollTop);
  expect(scrolled).toBeGreaterThan(1000);
  const link = page.locator('main a[href^="#/fiche/"]').filter({ visible: true });
  const inView = await link.evaluateAll((links) => {
    const i = links.findIndex((a) => {
      const r = a.getBoundingClientRect();
      return r.top > 100 && r.bottom < window.innerHeight - 50;
    });
    return i;
  });
  expect(inView).toBeGreaterThanOrEqual(0);
  await link.nth(inView).click();
  await expect(page).toHaveURL(/#\/fiche\//);
  await expect(page.locator('#fiche-titre')).toBeInViewport({ ratio: 1 });
  expect(await main.evaluate((m) => m.scrollTop)).toBe(0);

  // Back: the list where it was left.
  await page.goBack();
  await expect(page).toHaveURL(/#\/chronologie/);
  await expect.poll(() => main.evaluate((m) => m.scrollTop)).toBeGreaterThan(scrolled - 50);
});

for (const size of [
  { width: 1280, height: 600 },
  { width: 900, height: 700 },
]) {
  test(`a chosen import file brings its preview into view, at ${size.width} px`, async ({ page }) => {
    await page.setViewportSize(size);
    const ui = new AnnotationsPage(page);
    const catalogue = new CataloguePage(page);
    await catalogue.open();
    const ids = await catalogue
      .options()
      .evaluateAll((os) => os.slice(0, 8).map((o) => o.id.replace('resultat-', '')));
    // Enough annotations for « Mes annotations » to be longer than the window.
    for (const id of ids) {
      await ui.openEntry(id);
      await ui.writeNote(`Note sur ${id}\n\nDeuxième paragraphe.\n\nTroisième.`);
    }
    await ui.openList();
    // The user's own export, imported back: the preview says there is nothing new.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter tout (JSON W3C)' }).click();
    const file = join(mkdtempSync(join(tmpdir(), 'reperes-import-')), 'export.json');
    await (await download).saveAs(file);
    // Wiped, so that the preview has something to add (a table of counts).
    await page.getByRole('button', { name: 'Tout effacer…' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect(page.getByText('Vous n’avez encore rien annoté')).toBeVisible();
    await page.locator('main').evaluate((m) => (m.scrollTop = 0));
    const pick = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importer un fichier…' }).click();
    await (await pick).setFiles(file);
    const preview = page.getByRole('dialog', { name: /Aperçu de l’import/ });
    await expect(preview).toBeVisible();
    await expect(preview.getByRole('heading', { name: /Aperçu de l’import/ })).toBeInViewport();
    await expect(preview.getByRole('button', { name: 'Annuler' })).toBeInViewport();
    // Brought into view inside the content area: the window itself did not scroll.
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
    await expect(page.locator('.layout__header')).toBeInViewport({ ratio: 1 });
  });
}

test('a link in a note shows its address and never navigates', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const catalogue = new CataloguePage(page);
  await catalogue.open();
  const id = (await catalogue.options().first().getAttribute('id'))!.replace('resultat-', '');
  const ui = new AnnotationsPage(page);
  await ui.openEntry(id);
  await ui.writeNote('Voir [le site](https://example.org/emploi) et [l’aide](#/aide) ou <https://insee.fr>.');
  const body = ui.panel().locator('.note__body');
  await expect(body.getByRole('link', { name: 'le site' })).toBeVisible();
  const url = page.url();

  for (const [name, href] of [
    ['le site', 'https://example.org/emploi'],
    ['l’aide', '#/aide'],
    ['https://insee.fr', 'https://insee.fr'],
  ] as const) {
    await body.getByRole('link', { name }).click();
    await expect(page).toHaveURL(url);
    const shown = ui.panel().getByRole('group', { name: 'Adresse du lien' });
    await expect(shown).toContainText(href);
    await expect(shown.getByRole('button', { name: `Copier l’adresse ${href}` })).toBeFocused();
  }
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('https://insee.fr');
  // Échap closes it and the focus goes back to the link.
  await page.keyboard.press('Escape');
  await expect(ui.panel().getByRole('group', { name: 'Adresse du lien' })).toHaveCount(0);
  await expect(body.getByRole('link', { name: 'https://insee.fr' })).toBeFocused();
  // From the keyboard too, and a middle click opens nothing.
  await body.getByRole('link', { name: 'le site' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(url);
  await expect(ui.panel().getByRole('group', { name: 'Adresse du lien' })).toContainText('example.org');
  const pages = context.pages().length;
  await body.getByRole('link', { name: 'le site' }).click({ button: 'middle' });
  await page.waitForTimeout(300);
  expect(context.pages()).toHaveLength(pages);
  await expect(page).toHaveURL(url);
});
