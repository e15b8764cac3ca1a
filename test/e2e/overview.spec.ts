import { test, expect, axeViolations } from './fixtures';

test('overview bars open the filtered catalogue', async ({ page }) => {
  await page.goto('./#/');
  const kinds = page.getByRole('group', { name: 'Par type' });
  const cases = kinds.getByRole('link', { name: /^Étude de cas : 19 / });
  await cases.click();
  await expect(page).toHaveURL(/#\/catalogue\?type=case$/);
  await expect(page.getByTestId('nombre-fiches')).toContainText('19');

  await page.goto('./#/');
  await page
    .getByRole('group', { name: 'Par source' })
    .getByRole('link', { name: /^VITA 2008 : \d+/ })
    .click();
  await expect(page).toHaveURL(/source=003_/);
});

test('each chart has a table alternative and the page passes axe', async ({ page }) => {
  await page.goto('./#/');
  await page.getByText('Tableau « Par source »').click();
  await expect(page.getByRole('table').first()).toContainText('VITA 2008');
  await expect(page.getByRole('heading', { name: 'Mon travail récent' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
