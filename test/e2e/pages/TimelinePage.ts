// Page object of the chronology.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class TimelinePage {
  readonly frieze: Locator;

  constructor(readonly page: Page) {
    this.frieze = page.getByRole('region', { name: /^Frise chronologique/ });
  }

  async open(query = '') {
    await this.page.goto(`./#/chronologie${query}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Chronologie' })).toBeVisible();
  }

  lane(label: string | RegExp): Locator {
    return this.frieze.getByRole('region', { name: label });
  }

  mark(title: string | RegExp): Locator {
    return this.frieze.getByRole('link', { name: title });
  }

  async zoomLevel(): Promise<number> {
    return this.frieze.locator('.tl-canvas').evaluate((el) => (el as HTMLElement).offsetWidth);
  }
}
