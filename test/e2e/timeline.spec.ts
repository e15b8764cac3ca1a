import { test, expect, axeViolations } from './fixtures';
import { TimelinePage } from './pages/TimelinePage';

test('clicking a timeline event opens that event', async ({ page }) => {
  const tl = new TimelinePage(page);
  await tl.open();
  const congress = tl.mark(/Congrès de Boulogne/);
  await congress.scrollIntoViewIfNeeded();
  await congress.click();
  await expect(page).toHaveURL(/#\/fiche\/[a-z0-9-]*congres-de-boulogne/);
});

test('undated rows are marked and sit with the row above', async ({ page }) => {
  const tl = new TimelinePage(page);
  await tl.open();
  const undated = tl.mark(/Animation régionale/);
  await expect(undated).toContainText('sans date');
  const above = tl.mark(/Création de l'ETTI/);
  const [a, b] = [await undated.boundingBox(), await above.boundingBox()];
  expect(Math.abs(a!.x - b!.x)).toBeLessThan(2);
});

test('zoom by buttons and keys, filter by theme, and a list view of the same events', async ({ page }) => {
  const tl = new TimelinePage(page);
  await tl.open();
  const w0 = await tl.zoomLevel();
  await page.getByRole('button', { name: /^Zoomer/ }).click();
  const w1 = await tl.zoomLevel();
  expect(w1).toBeGreaterThan(w0);
  await tl.frieze.focus();
  await page.keyboard.press('-');
  await expect.poll(() => tl.zoomLevel()).toBeLessThan(w1);

  await page.getByLabel('Thème', { exact: true }).selectOption({ label: 'Mobilité' });
  await expect(page).toHaveURL(/theme=Mobilit/);

  await page.getByRole('button', { name: 'Liste' }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a Cime milestone links to the programme it names', async ({ page }) => {
  const tl = new TimelinePage(page);
  await tl.open('?vue=liste');
  const row = page.getByRole('row', { name: /Création de Balise/ });
  await row.getByRole('link', { name: 'Balise', exact: true }).click();
  await expect(page).toHaveURL(/#\/fiche\/cime-programme-balise/);
});
