// Page object of the comparison view and the tray.
import { expect, type Locator, type Page } from '@playwright/test';

export class ComparePage {
  readonly table: Locator;
  readonly tray: Locator;
  readonly differencesSwitch: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('region', { name: 'Tableau de comparaison' }).locator('table');
    this.tray = page.getByRole('region', { name: 'Sélection à comparer' });
    this.differencesSwitch = page.getByRole('switch', { name: 'Différences seulement' });
  }

  async open(savedId?: string) {
    await this.page.goto(savedId ? `/#/comparaison/${savedId}` : '/#/comparaison');
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  /** Adds an entry: with the entry view's button when it has one, else with the picker of the comparison view. */
  async add(id: string, title: string) {
    await this.page.goto(`/#/fiche/${id}`);
    const button = this.page.getByRole('main').getByRole('button', { name: 'Ajouter à la comparaison' });
    if (await button.isVisible().catch(() => false)) {
      await button.click();
      await expect(
        this.page.getByRole('main').getByRole('button', { name: 'Retirer de la comparaison' }),
      ).toBeVisible();
      return;
    }
    await this.open();
    await this.page.getByLabel('Ajouter une fiche à comparer').fill(title.slice(0, 40));
    await this.page
      .getByRole('button', { name: `Ajouter « ${title} » à la comparaison`, exact: true })
      .click();
    await expect(this.tray.getByRole('link', { name: title, exact: true })).toBeVisible();
  }

  async columnTitles(): Promise<string[]> {
    return this.table.locator('thead .compare-head__title').allInnerTexts();
  }

  async rowLabels(): Promise<string[]> {
    const labels = await this.table
      .locator('tbody th[scope="row"]')
      .evaluateAll((ths) => ths.map((th) => th.firstChild?.textContent?.trim() ?? ''));
    return labels;
  }

  row(label: string): Locator {
    return this.table
      .locator('tbody tr')
      .filter({ has: this.page.locator('th[scope="row"]', { hasText: label }) });
  }
}
