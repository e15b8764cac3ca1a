// Narrow windows: the catalogue folds its facets behind a "Filtrer" button, and the comparison
// grid scrolls sideways with its label column fixed.
import { test, expect } from './fixtures';
import { ComparePage } from './pages/ComparePage';

test('at 800 px the facets open from a "Filtrer" button and close with Escape', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await page.goto('./#/catalogue');
  const facets = page.getByRole('complementary', { name: 'Filtres' });
  const toggle = page.getByRole('button', { name: /^Filtrer/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(facets).toBeHidden();
  // The list has the window's width, not what the facet column leaves.
  const list = page.getByRole('listbox', { name: 'Résultats' });
  expect((await list.boundingBox())!.width).toBeGreaterThan(700);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // The box follows the URL, updated by the router a moment after the click: wait for that state.
  const cases = facets.getByRole('checkbox', { name: /^Étude de cas ?,/ });
  await cases.click();
  await expect(cases).toBeChecked();
  await expect(page).toHaveURL(/type=case/);
  await expect(toggle).toHaveText(/Filtrer \(1/);
  await page.keyboard.press('Escape');
  await expect(facets).toBeHidden();
  await expect(toggle).toBeFocused();
});

test('at 1280 px the facets stay in their column and the button is not shown', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./#/catalogue');
  await expect(page.getByRole('complementary', { name: 'Filtres' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Filtrer/ })).toBeHidden();
});

test('in the desktop window’s default size (1280 px) the header holds on one line', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 820 });
  await page.goto('./#/catalogue');
  const nav = (await page.getByRole('navigation', { name: 'Navigation principale' }).boundingBox())!;
  const search = (await page.getByRole('combobox', { name: 'Rechercher dans le catalogue' }).boundingBox())!;
  const theme = (await page.getByRole('combobox', { name: 'Thème de l’affichage' }).boundingBox())!;
  for (const box of [search, theme]) {
    expect(box.y).toBeLessThan(nav.y + nav.height);
    expect(box.y + box.height).toBeGreaterThan(nav.y);
  }
  expect(theme.x + theme.width).toBeLessThanOrEqual(1280);
  // Room for the placeholder's hint, not a sliver.
  expect(search.width).toBeGreaterThan(250);
});

test('at 700 px the comparison scrolls sideways with the first column fixed', async ({ page, request }) => {
  const catalogue = (await (await request.get('/catalogue.json')).json()) as {
    entries: { id: string; title: string; kind: string }[];
  };
  const three = catalogue.entries.filter((e) => e.kind === 'case').slice(0, 3);
  await page.setViewportSize({ width: 700, height: 800 });
  const compare = new ComparePage(page);
  for (const e of three) await compare.add(e.id, e.title);
  await compare.open();
  const scroller = page.getByRole('region', { name: 'Tableau de comparaison' });
  await expect(compare.table).toBeVisible();
  const sizes = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);

  const label = compare.table.locator('tbody th[scope="row"]').first();
  const before = (await label.boundingBox())!.x;
  await scroller.evaluate((el) => el.scrollBy({ left: 300 }));
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect((await label.boundingBox())!.x).toBeCloseTo(before, 0);
});
