// Page object of « Nouvelle fiche » / « Modifier la fiche ».
import { expect, type Locator, type Page } from '@playwright/test';

export class FicheEditorPage {
  readonly form: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: /Nouvelle fiche|Modifier la fiche/ });
    this.status = page.locator('.fiche-editor__status');
  }

  field(label: string | RegExp): Locator {
    return this.form.getByLabel(label, { exact: typeof label === 'string' });
  }

  async fill(label: string | RegExp, value: string) {
    await this.field(label).fill(value);
  }

  async saved() {
    await expect(this.status).toHaveText('Enregistré');
  }
}
