// Printing an entry (Ctrl+P, or "Imprimer" in the desktop menu) gives a document: the text, the
// key facts and the reader's notes, without the window's frame or its controls.
import { test, expect } from './fixtures';

test('an entry prints as a document: every section, no navigation, no controls', async ({ page }) => {
  await page.goto('./#/fiche/fu-nantes-metropole-dispositif-des-maraichers-nantais');
  const title = page.getByRole('heading', { level: 1, name: 'Dispositif des Maraîchers nantais' });
  await expect(title).toBeVisible();
  const sections = await page.locator('section.annotatable h2').count();
  expect(sections).toBeGreaterThan(3);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Rechercher dans le catalogue' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Retour' })).toBeHidden();
  const shownButtons = await page
    .getByRole('button')
    .evaluateAll((els) =>
      els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.textContent),
    );
  expect(shownButtons).toEqual([]);
  await expect(title).toBeVisible();
  await expect(page.locator('section.annotatable h2:visible')).toHaveCount(sections);
  await expect(page.getByRole('region', { name: 'Repères clés' })).toBeVisible();
  // The main area no longer scrolls, so the printer gets all of it, not one screenful.
  expect(await page.locator('#contenu').evaluate((el) => getComputedStyle(el).overflowY)).toBe('visible');
});

test('a filtered catalogue prints every result, with its filters, not only those on screen', async ({
  page,
}) => {
  await page.goto('./#/catalogue?type=experience');
  const list = page.getByRole('listbox', { name: 'Résultats' });
  await expect(page.getByTestId('nombre-fiches').locator('strong')).toHaveText(/^27\sfiches$/);
  const onScreen = await list.getByRole('option').count();
  expect(onScreen).toBeLessThan(27);

  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(list.getByRole('option')).toHaveCount(27);
  await expect(page.getByRole('list', { name: 'Filtres actifs' })).toContainText('Expérience');
  await expect(page.getByRole('complementary', { name: 'Filtres' })).toBeHidden();

  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect.poll(() => list.getByRole('option').count()).toBeLessThan(27);
});

test('the chronology prints as its list, since the frieze is wider than the page', async ({ page }) => {
  await page.goto('./#/chronologie');
  await expect(page.getByRole('region', { name: /^Frise chronologique/ })).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: /^Frise chronologique/ })).toHaveCount(0);
  const captions = await page.locator('table caption').allTextContents();
  expect(captions).toEqual(
    expect.arrayContaining(['France urbaine 2012', 'VITA 2008', 'Chronologie COORACE']),
  );
  // Printing leaves the user's chosen view alone.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('region', { name: /^Frise chronologique/ })).toBeVisible();
});
