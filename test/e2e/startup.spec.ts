// What the start-up mark promises (issue 16): when the page sets 'reperes:interactive' (the
// bench's measure), the catalogue's real list, its facets and the search box are on the page and
// answer at once. The page is recorded at the very moment of the mark, then used without waiting.
import { test, expect } from './fixtures';
import { CataloguePage } from './pages/CataloguePage';

interface AtMark {
  rows: number;
  firstRow: string;
  facetBoxes: number;
  facetGroups: string[];
  search: boolean;
  loading: boolean;
  theme: string | null;
  /** The distinct sizes and weights of the text on screen, as « 15px 700 ». */
  fonts: string[];
}

test.beforeEach(async ({ page }) => {
  // Runs before the page's scripts: performance.mark records the document as it stands then.
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      if (name === 'reperes:interactive') {
        const search = document.querySelector<HTMLInputElement>('header [role="combobox"]');
        (window as unknown as { atMark: AtMark }).atMark = {
          rows: document.querySelectorAll('[role="listbox"] [role="option"]').length,
          firstRow: document.querySelector('[role="option"] .row__title')?.textContent ?? '',
          facetBoxes: document.querySelectorAll('aside[aria-label="Filtres"] input[type="checkbox"]').length,
          facetGroups: [...document.querySelectorAll('aside[aria-label="Filtres"] legend')].map(
            (l) => l.textContent ?? '',
          ),
          search: !!search && !search.disabled,
          loading: !!document.querySelector('.app-status'),
          theme: document.documentElement.dataset.theme ?? null,
          fonts: [
            ...new Set(
              [...document.querySelectorAll('body *')]
                .filter((el) =>
                  [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
                )
                .filter((el) => el.getClientRects().length > 0)
                .map((el) => {
                  const style = getComputedStyle(el);
                  // Chromium picks the bold face from 600 up: 600 and 700 are one lookup.
                  return `${style.fontSize} ${Number(style.fontWeight) >= 600 ? 700 : 400}`;
                }),
            ),
          ].sort(),
        };
      }
      return mark(name, options);
    };
  });
});

const atMark = async (page: import('@playwright/test').Page) => {
  await page.waitForFunction(() => performance.getEntriesByName('reperes:interactive').length > 0, null, {
    polling: 'raf',
  });
  return page.evaluate(() => (window as unknown as { atMark: AtMark }).atMark);
};

test('at the interactive mark, the real list, the facets and the search box are on the page', async ({
  page,
  request,
}) => {
  const catalogue = (await (await request.get('./catalogue.json')).json()) as {
    entries: { title: string }[];
  };
  await page.goto('./#/catalogue');
  const seen = await atMark(page);
  expect(seen.loading).toBe(false);
  expect(seen.rows).toBeGreaterThanOrEqual(3);
  expect(seen.firstRow).toBe(catalogue.entries[0]!.title);
  // The panel's first screen; the facets below it follow right after the first paint.
  expect(seen.facetGroups).toEqual(['Mes fiches', 'Source', 'Type de fiche', 'Groupe de travail VITA']);
  expect(seen.facetBoxes).toBeGreaterThan(10);
  expect(seen.search).toBe(true);
  const legends = page.locator('.catalogue__facets legend');
  await expect(legends).toHaveText([
    'Mes fiches',
    'Source',
    'Type de fiche',
    'Groupe de travail VITA',
    'Département ou région',
    'Thème',
    'Année',
    'Complétude',
  ]);
});

test('the first screen keeps to a few font sizes and weights', async ({ page }) => {
  // Each new size or weight of the system font is one more synchronous call to the browser
  // process within the first layout (a « strike », about half a millisecond each:
  // test/bench/startup-trace.ts counts them). The first screen had 13; one type scale keeps it
  // to the sizes below.
  await page.goto('./#/catalogue');
  const { fonts } = await atMark(page);
  expect(fonts.length, fonts.join(', ')).toBeLessThanOrEqual(8);
});

test('typing in the search box right after the mark searches', async ({ page }) => {
  const c = new CataloguePage(page);
  await page.goto('./#/catalogue');
  await atMark(page);
  const all = await c.shownCount();
  await c.search.fill('insertion');
  await c.settled('insertion');
  const found = await c.shownCount();
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(all);
  await expect(c.options().first()).toBeVisible();
});

test('clicking a facet right after the mark filters the list', async ({ page }) => {
  const c = new CataloguePage(page);
  await page.goto('./#/catalogue');
  await atMark(page);
  const all = await c.shownCount();
  const box = c.facet('Type de fiche').getByRole('checkbox').first();
  const name =
    (await box.getAttribute('aria-label')) ?? (await box.evaluate((el) => el.closest('label')?.textContent));
  await box.click();
  await expect(box).toBeChecked();
  const n = Number(/(\d+)\s*fiche/.exec(name ?? '')?.[1]);
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(all);
  await c.expectCount(n);
  await expect(page).toHaveURL(/type=case/);
});

test('the theme the user chose is back, at the mark, after a restart', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./#/catalogue');
  expect((await atMark(page)).theme).toBeNull();
  await page.getByRole('combobox', { name: 'Thème de l’affichage' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  expect((await atMark(page)).theme).toBe('dark');
  await page.getByRole('combobox', { name: 'Thème de l’affichage' }).selectOption('system');
  await page.reload();
  expect((await atMark(page)).theme).toBeNull();
});

test('the entries’ text comes after the list: Accueil and the list never wait for it, an entry does', async ({
  page,
}) => {
  // The bodies held back until the test lets them through.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  await page.route('**/catalogue-bodies.json', async (route) => {
    asked++;
    await held;
    await route.continue();
  });
  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Repères' })).toBeVisible();
  await page.getByRole('link', { name: 'Parcourir le catalogue' }).click();
  const c = new CataloguePage(page);
  await expect(c.list.getByRole('option').first()).toBeVisible();
  const title = (await page
    .getByRole('complementary', { name: 'Aperçu de la fiche sélectionnée' })
    .getByRole('heading')
    .textContent())!;
  await page.getByRole('link', { name: 'Ouvrir la fiche' }).click();
  const waiting = page.getByRole('main').getByRole('status').filter({ hasText: 'Chargement…' });
  await expect(waiting).toBeVisible();
  expect(asked).toBe(1);
  release();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(waiting).toHaveCount(0);
  await page.goBack();
  await expect(c.facet('Complétude')).toBeVisible();
});
