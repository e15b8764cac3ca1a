// Page object of « Mes documents »: adding files, reviewing what was found, the stored list.
import { expect, type Locator, type Page } from '@playwright/test';

export class DocumentsPage {
  readonly review: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.review = page.getByRole('region', { name: 'Ajout de documents' });
    this.list = page.getByRole('table', { name: 'Mes documents' });
  }

  async open() {
    await this.page.goto('./#/documents');
    await expect(this.page.getByRole('heading', { name: 'Mes documents', level: 1 })).toBeVisible();
  }

  /** Picks files with the catalogue's « Ajouter des documents » button, as a user would. */
  async addFromCatalogue(paths: string[]) {
    await this.page.goto('./#/catalogue');
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Ajouter des documents…' }).click();
    await (await chooser).setFiles(paths);
    await expect(this.page.getByRole('heading', { name: 'Mes documents', level: 1 })).toBeVisible();
  }

  document(fileName: string): Locator {
    return this.review.getByRole('article', { name: fileName });
  }

  addButton(): Locator {
    return this.review.getByRole('button', { name: /^Ajouter au catalogue/ });
  }
}
