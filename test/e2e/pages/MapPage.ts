// Page object of the department map.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class MapPage {
  readonly map: Locator;

  constructor(readonly page: Page) {
    this.map = page.getByRole('group', { name: 'Carte de France par département' });
  }

  async open(query = '') {
    await this.page.goto(`./#/carte${query}`);
    await expect(this.map).toBeVisible();
  }

  /** A department drawn on the map, found by its accessible name ("Isère : 4 fiches"). */
  department(name: string): Locator {
    return this.map.getByRole('link', { name: new RegExp(`^${name} : \\d+ fiches?$`) });
  }

  async countOf(name: string): Promise<number> {
    const label = (await this.department(name).getAttribute('aria-label')) ?? '';
    return Number(label.replace(/\D/g, ''));
  }
}
