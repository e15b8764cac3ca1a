// Page object of the catalogue and entry views: tests speak of what a user sees and does.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class CataloguePage {
  readonly search: Locator;
  readonly list: Locator;
  readonly count: Locator;
  readonly facets: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('combobox', { name: 'Rechercher dans le catalogue' });
    this.list = page.getByRole('listbox', { name: 'Résultats' });
    this.count = page.getByTestId('nombre-fiches');
    this.facets = page.getByRole('complementary', { name: 'Filtres' });
  }

  async open(query = '') {
    await this.page.goto(`./#/catalogue${query}`);
    await expect(this.count).toBeVisible();
  }

  /** The number shown as "N fiches". */
  async shownCount(): Promise<number> {
    const text = (await this.count.locator('strong').textContent()) ?? '';
    if (/aucune/i.test(text)) return 0;
    return Number(text.replace(/\D/g, ''));
  }

  async expectCount(n: number) {
    await expect(this.count.locator('strong')).toHaveText(
      n === 0 ? 'Aucune fiche' : new RegExp(`^${n}\\s?fiches?$`),
    );
  }

  /**
   * Waits for the answer to the query last typed: the URL holds it and no search is pending.
   * Without this, a test reads the list of an earlier keystroke, which a slower machine still shows.
   */
  async settled(query: string) {
    const inUrl = new URLSearchParams({ q: query }).toString();
    await expect(this.page).toHaveURL(new RegExp(`[?&]${inUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(&|$)`));
    // The URL changes before the list renders the query: the count names the query in the same
    // render that marks it pending, so « recherche… » gone after that means the answer is shown.
    if (query.trim()) await expect(this.count).toContainText(`pour « ${query.trim()} »`);
    await expect(this.count).not.toContainText('recherche…');
  }

  options(): Locator {
    return this.list.getByRole('option');
  }

  activeOption(): Locator {
    return this.list.locator('[role="option"][aria-selected="true"]');
  }

  async type(query: string) {
    await this.search.click();
    await this.search.fill('');
    await this.search.pressSequentially(query, { delay: 20 });
  }

  facet(name: string): Locator {
    return this.facets.getByRole('group', { name });
  }

  facetCheckbox(facet: string, value: string | RegExp): Locator {
    return this.facet(facet).getByRole('checkbox', { name: value });
  }

  /** Ticks or unticks a facet value; the list follows through the URL. */
  async toggleFacet(facet: string, value: string | RegExp, checked = true) {
    const box = this.facetCheckbox(facet, value);
    await box.click();
    await expect(box).toBeChecked({ checked });
  }

  /** Every option id the virtual list renders while scrolling it from top to bottom. */
  async collectAllOptionTexts(): Promise<Map<string, string>> {
    const seen = new Map<string, string>();
    await this.list.evaluate((el) => (el.scrollTop = 0));
    for (let guard = 0; guard < 500; guard++) {
      const rows = await this.list
        .locator('[role="option"]')
        .evaluateAll((els) => els.map((e) => [e.id, (e as HTMLElement).innerText] as [string, string]));
      for (const [id, text] of rows) seen.set(id, text);
      const done = await this.list.evaluate((el) => {
        const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
        el.scrollTop += el.clientHeight * 0.8;
        return end;
      });
      if (done) break;
      // The virtual list renders the newly exposed rows on the next frames.
      await this.list.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
    }
    return seen;
  }

  entryTitle(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
}
