// Page object for correcting an entry: a passage of its text, a fact of its « Repères clés ».
import { expect, type Page } from '@playwright/test';
import { AnnotationsPage } from './AnnotationsPage';

export class CorrectionsPage {
  readonly annotations: AnnotationsPage;
  constructor(readonly page: Page) {
    this.annotations = new AnnotationsPage(page);
  }

  facts() {
    return this.page.getByRole('region', { name: 'Repères clés' });
  }

  /** Selects `exact` in the first section, « Corriger la sélection », types `corrected`, « Terminer ». */
  async correctPassage(exact: string, corrected: string) {
    const section = await this.annotations.selectIn(exact);
    await expect(section.locator('.annotatable__pending')).toContainText(exact.slice(0, 20));
    await section.getByRole('button', { name: 'Corriger la sélection' }).click();
    const editor = section.getByRole('group', { name: /^Corriger : passage/ });
    await expect(editor.locator('.correction-editor__was')).toHaveText(exact);
    const field = editor.getByLabel('Texte corrigé');
    await expect(field).toBeFocused();
    await field.fill(corrected);
    await editor.getByRole('button', { name: 'Terminer' }).click();
    await expect(editor).toBeHidden();
    return section;
  }

  /** Picks the fact in « Repères clés », types its corrected value and saves it. */
  async correctFact(label: string, corrected: string) {
    await this.facts().getByLabel('Repère à corriger').selectOption({ label });
    await this.facts().getByRole('button', { name: 'Corriger ce repère' }).click();
    const editor = this.facts().getByRole('group', { name: `Corriger : ${label}` });
    await editor.getByLabel('Texte corrigé').fill(corrected);
    await editor.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await expect(editor).toBeHidden();
  }

  /** The fact's value (dd) under its label in « Repères clés ». */
  fact(label: string) {
    return this.facts()
      .locator('.fact', { has: this.page.locator('dt', { hasText: label }) })
      .locator('dd');
  }
}
