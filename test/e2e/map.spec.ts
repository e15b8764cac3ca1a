import { test, expect, axeViolations } from './fixtures';
import { MapPage } from './pages/MapPage';

test('clicking a department opens the catalogue on that department’s entries', async ({ page }) => {
  const map = new MapPage(page);
  await map.open();
  const n = await map.countOf('Isère');
  expect(n).toBeGreaterThanOrEqual(3);
  await map.department('Isère').click();
  await expect(page).toHaveURL(/#\/catalogue\?lieu=38$/);
  await expect(page.getByTestId('nombre-fiches')).toContainText(String(n));
  await expect(page.getByRole('listbox', { name: 'Résultats' })).toContainText('Maison emploi et services');
  // The facet shows the department by name and ticked.
  await expect(page.getByRole('checkbox', { name: /^Isère ?,/ })).toBeChecked();
});

test('a department is reachable by keyboard, named with its count, and Enter opens it', async ({ page }) => {
  const map = new MapPage(page);
  await map.open();
  const nord = map.department('Nord');
  await nord.focus();
  await expect(page.locator('.map-tip')).toContainText('Nord (59)');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/catalogue\?lieu=59$/);
});

test('filters narrow the shading, and unplaced entries are listed', async ({ page }) => {
  const map = new MapPage(page);
  await map.open('?type=case');
  await expect(map.department('Isère')).toHaveAttribute('aria-label', 'Isère : 1 fiche');
  await map.open();
  const unplaced = page.getByRole('region', { name: /Fiches non placées/ });
  await expect(unplaced.getByRole('link').first()).toBeVisible();
  await page.getByText('Tableau des départements').click();
  await expect(page.getByRole('table')).toContainText('Loire-Atlantique (44)');
  expect(await axeViolations(page)).toEqual([]);
});
