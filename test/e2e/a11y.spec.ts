// axe-core on every view (no serious or critical violation), in light and dark themes, and a
// keyboard-only walk through the main task with visible focus at every step.
import { test, expect, axeViolations } from './fixtures';

const VIEWS: [string, string][] = [
  ['accueil', './#/'],
  ['catalogue', './#/catalogue'],
  ['résultats de recherche', './#/catalogue?q=insertion'],
  ['fiche', './#/fiche/fu-nantes-metropole-dispositif-des-maraichers-nantais'],
  ['événement', './#/fiche/coorace-1993-04-01-creation-de-l-etti-inter-s'],
  ['mes annotations', './#/annotations'],
  ['mes documents', './#/documents'],
  ['comparaison', './#/comparaison'],
  ['chronologie', './#/chronologie'],
  ['carte', './#/carte'],
  ['aide', './#/aide'],
  ['nouvelle fiche', './#/fiches/nouvelle'],
  ['mes fiches', './#/fiches'],
  ['partage', './#/partage'],
];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe (${theme === 'light' ? 'thème clair' : 'thème sombre'})`, () => {
    test.use({ colorScheme: theme });
    for (const [name, url] of VIEWS) {
      test(`${name} : aucune violation grave`, async ({ page }) => {
        await page.goto(url);
        await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
        await page.waitForLoadState('networkidle');
        // Settled: the view has drawn its title and no search is still running.
        await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('.catalogue__pending')).toHaveCount(0);
        expect(await axeViolations(page)).toEqual([]);
        // An id given twice makes aria-labelledby and aria-describedby name the wrong element.
        const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
        expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      });
    }
  });
}

async function focusIsVisible(page: import('@playwright/test').Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ringed = style.boxShadow !== 'none';
    return rect.width > 0 && rect.height > 0 && (outlined || ringed);
  });
}

test('parcours au clavier seul : chercher, ouvrir une fiche, revenir', async ({ page }) => {
  await page.goto('./#/catalogue');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();

  // The first Tab reaches the skip link, which is visible when focused.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText(/Aller au contenu/);
  expect(await focusIsVisible(page)).toBe(true);

  // Every stop of the first tab cycle shows its focus and has an accessible name.
  const unnamed: string[] = [];
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    if (!(await focusIsVisible(page))) {
      unnamed.push(
        `focus invisible: ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`,
      );
    }
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      return (
        el.getAttribute('aria-label') ||
        (el.getAttribute('aria-labelledby') &&
          document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent) ||
        (el as HTMLInputElement).labels?.[0]?.textContent ||
        el.textContent ||
        el.getAttribute('title') ||
        ''
      ).trim();
    });
    if (!name)
      unnamed.push(`sans nom: ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`);
  }
  expect(unnamed).toEqual([]);

  // Ctrl+K focuses the search from anywhere; arrows and Enter open a result; Escape goes back.
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox').or(page.getByRole('searchbox')).first()).toBeFocused();
  await page.keyboard.type('maraichers nantai');
  await expect(page.getByText('Dispositif des Maraîchers nantais').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/fiche\/fu-nantes-metropole-dispositif-des-maraichers-nantais/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Maraîchers nantais');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/catalogue/);
});

test('the header says which page is open (aria-current), and follows navigation', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  const current = nav.locator('[aria-current="page"]');
  await page.goto('./#/catalogue?q=insertion');
  await expect(current).toHaveText(['Catalogue']);
  await nav.getByRole('link', { name: 'Accueil' }).click();
  await expect(current).toHaveText(['Accueil']);
  await page.goto('./#/comparaison/inconnue');
  await expect(current).toHaveText(['Comparaison']);
  // An entry belongs to none of the header's pages.
  await page.goto('./#/fiche/fu-nantes-metropole-dispositif-des-maraichers-nantais');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  await expect(current).toHaveCount(0);
});
