// The same numbers in every view: Accueil, Catalogue, Chronologie and the facets count fiches,
// initiatives, texts and events by one definition (renderer/src/core/counts.ts).
import { test, expect } from './fixtures';
import { CataloguePage } from './pages/CataloguePage';
import { TimelinePage } from './pages/TimelinePage';

const num = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

test('Accueil, Catalogue and Chronologie give the same counts, per source too, and the same last year', async ({
  page,
}) => {
  await page.goto('./#/');
  const fiches = num(await page.getByTestId('compte-fiches').textContent());
  const initiatives = num(await page.getByTestId('compte-initiatives').textContent());
  const texts = num(await page.getByTestId('compte-textes').textContent());
  const events = num(await page.getByTestId('compte-evenements').textContent());
  expect(fiches).toBeGreaterThan(0);
  expect(initiatives + texts + events).toBe(fiches);
  const period =
    (await page
      .locator('.ov-figures')
      .getByText(/\d{4}\s*–\s*\d{4}/)
      .textContent()) ?? '';
  const lastYear = Number(/(\d{4})\s*$/.exec(period.trim())![1]);
  const bySource = page.getByRole('group', { name: 'Par source' });
  const fuOverview = num(
    await bySource
      .getByRole('link', { name: /^France urbaine 2012 : \d+/ })
      .locator('.ov-bar__count')
      .textContent(),
  );
  expect(fuOverview).toBeGreaterThan(0);

  const catalogue = new CataloguePage(page);
  await catalogue.open();
  expect(await catalogue.shownCount()).toBe(fiches);
  const fuCatalogue = num(
    await catalogue.facets
      .locator('label', { hasText: 'France urbaine 2012' })
      .locator('.facet__count')
      .textContent(),
  );
  expect(fuCatalogue).toBe(fuOverview);

  const timeline = new TimelinePage(page);
  await timeline.open();
  await expect(page.locator('.filter-bar__summary')).toHaveText(
    new RegExp(
      `^${fiches} fiches : ${initiatives} initiatives, ${texts} textes, ${events} événements$`.replace(
        / /g,
        '\\s',
      ),
    ),
  );
  const lane = timeline.lane(/France urbaine 2012/);
  expect(num(await lane.locator('.tl-lane__count').textContent())).toBe(fuOverview);
  const ticks = await timeline.frieze.locator('.tl-axis__tick').allTextContents();
  expect(Number(ticks[ticks.length - 1])).toBe(lastYear);
  await expect(timeline.frieze).toHaveAccessibleName(new RegExp(`à ${lastYear}$`));
});
