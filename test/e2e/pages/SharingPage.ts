// Page object for « Partage » and for the « 2 versions » chooser on a note.
import { expect, type Page } from '@playwright/test';

export class SharingPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('./#/partage');
    await expect(this.page.getByRole('heading', { name: 'Partage', level: 1 })).toBeVisible();
  }

  async enable(address: string, author: string, user = '', password = '') {
    await this.open();
    await this.page.getByLabel('Adresse de la base CouchDB').fill(address);
    if (user) await this.page.getByLabel('Nom d’utilisateur').fill(user);
    if (password) await this.page.getByLabel('Mot de passe').fill(password);
    await this.page.getByLabel('Votre nom, affiché avec ce que vous partagez').fill(author);
    await this.page.getByRole('button', { name: 'Activer le partage' }).click();
    await expect(this.status()).toHaveText(/Synchronisé/, { timeout: 15_000 });
  }

  status() {
    return this.page.locator('.sharing__status').getByRole('status');
  }

  chooser() {
    return this.page.getByRole('region', { name: /2 versions/ });
  }
}
