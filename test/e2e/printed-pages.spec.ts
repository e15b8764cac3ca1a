// The printed page of a VITA fiche, in its source line: only where the document's footers give it.
import { expect, test } from '@playwright/test';

const ACLD = './#/fiche/vita-amelioration-de-la-qualite-des-parcours-d-insertion-par-le';
const POLE_SUD = './#/fiche/vita-pole-sud-pole-de-cooperation-et-d-initiatives-sud-rhone';
const SHOTS = process.env.SHOTS_DIR;

test('a VITA fiche names its printed pages, and none where the document prints none', async ({ page }) => {
  await page.goto(ACLD);
  const source = page.getByText(/lignes 1471–1781/);
  await expect(source).toContainText('pages imprimées 29 à 32');
  for (const [width, scheme] of [
    [1280, 'light'],
    [900, 'light'],
    [1280, 'dark'],
    [900, 'dark'],
  ] as const) {
    if (!SHOTS) break;
    await page.setViewportSize({ width, height: 820 });
    await page.emulateMedia({ colorScheme: scheme });
    await source.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${SHOTS}/printed-pages-${width}-${scheme}.png` });
    // The key facts stick beside the text at 1280 px: the source line, on its own.
    await source.locator('..').screenshot({ path: `${SHOTS}/printed-pages-${width}-${scheme}-source.png` });
  }
  await page.goto(POLE_SUD);
  await expect(page.getByText(/lignes 623–942/)).toBeVisible();
  await expect(page.getByText(/page imprimée|pages imprimées/)).toHaveCount(0);
});
