// Finding an initiative the way a practitioner types: no accents, a letter wrong, then the
// keyboard only.
import { test, expect } from './fixtures';
import { CataloguePage } from './pages/CataloguePage';

test('a misspelt, accent-less query finds the right entry and Enter opens it', async ({ page }) => {
  const c = new CataloguePage(page);
  await c.open();
  await page.keyboard.press('Control+k');
  await expect(c.search).toBeFocused();
  await page.keyboard.type('maraichers nantai', { delay: 30 });
  await expect(c.options().first()).toContainText('Dispositif des Maraîchers nantais');
  await expect(c.options().first().locator('mark').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(c.entryTitle()).toHaveText('Dispositif des Maraîchers nantais');
  await expect(page).toHaveURL(/#\/fiche\/fu-nantes[^?]*\?q=maraichers/);
  // The searched words are marked in the entry's text too.
  await expect(page.locator('.fiche__main mark').first()).toBeVisible();
});

test('arrows move through the results, Enter opens, Escape comes back', async ({ page }) => {
  const c = new CataloguePage(page);
  await c.open();
  await page.locator('body').click();
  await page.keyboard.press('/');
  await expect(c.search).toBeFocused();
  await page.keyboard.type('clause insertion', { delay: 20 });
  await c.settled('clause insertion');
  await expect.poll(() => c.shownCount()).toBeGreaterThan(2);
  const first = await c.options().nth(0).getAttribute('id');
  await expect(c.search).toHaveAttribute('aria-activedescendant', first!);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const second = await c.options().nth(1).getAttribute('id');
  await expect(c.search).toHaveAttribute('aria-activedescendant', second!);
  const title = (await c.options().nth(1).locator('.row__title').textContent())!;
  await page.keyboard.press('Enter');
  await expect(c.entryTitle()).toHaveText(title);
  await page.keyboard.press('Escape');
  await expect(c.search).toHaveValue('clause insertion');
  await expect(c.activeOption()).toHaveAttribute('id', second!);
});

test('Ctrl+K reaches the search from an entry and typing goes back to the list', async ({ page }) => {
  const c = new CataloguePage(page);
  await c.open();
  await c.options().first().dblclick();
  // The catalogue has an h1 too: wait for the entry itself, which takes the focus when it opens.
  await expect(page).toHaveURL(/#\/fiche\//);
  await expect(c.entryTitle()).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(c.search).toBeFocused();
  await page.keyboard.type('nantes');
  await expect(page).toHaveURL(/#\/catalogue\?q=nantes/);
  await expect.poll(() => c.shownCount()).toBeGreaterThan(0);
});
