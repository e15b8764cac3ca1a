// Page object for annotating an entry and for "Mes annotations".
import { expect, type Page } from '@playwright/test';

export class AnnotationsPage {
  constructor(readonly page: Page) {}

  async openEntry(id: string) {
    await this.page.goto(`./#/fiche/${id}`);
    await expect(this.page.getByRole('heading', { name: 'Mes annotations' })).toBeVisible();
  }

  panel() {
    return this.page.getByRole('complementary', { name: /Mes annotations sur/ });
  }

  /** The entry's first section, its text entered from the keyboard (« Sélectionner au clavier »). */
  async enterFirstSectionByKeyboard() {
    const section = this.page.locator('section.annotatable').first();
    await section.getByRole('button', { name: 'Sélectionner au clavier' }).focus();
    await this.page.keyboard.press('Enter');
    return section;
  }

  async writeNote(text: string) {
    await this.panel().getByRole('button', { name: 'Ajouter une note' }).click();
    const area = this.panel().getByLabel('Texte de la note (Markdown)').last();
    await area.fill(text);
    await expect(this.panel().getByRole('status').filter({ hasText: 'Enregistré' }).last()).toBeVisible();
    await area.blur();
  }

  /** Selects `exact` inside the first annotatable section, then highlights it with `colour`. */
  async highlight(exact: string, colour: string) {
    const section = await this.selectIn(exact);
    // The section's toolbar shows once it holds a selection.
    await expect(section.locator('.annotatable__pending')).toContainText(exact.slice(0, 20));
    await section.getByLabel('Couleur').selectOption({ label: colour });
    await section.getByRole('button', { name: 'Surligner la sélection' }).click();
    await expect(section.locator('mark.hl', { hasText: exact.slice(0, 10) }).first()).toBeVisible();
  }

  /** Selects `exact` inside the first annotatable section, as a drag of the mouse would. */
  async selectIn(exact: string) {
    const section = this.page.locator('section.annotatable').first();
    await section.evaluate((el, quote) => {
      const walker = document.createTreeWalker(el.querySelector('.annotatable__text')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.textContent ?? '').indexOf(quote);
        if (i >= 0) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + quote.length);
          const sel = document.getSelection()!;
          sel.removeAllRanges();
          sel.addRange(range);
          return;
        }
      }
      throw new Error(`quote not found: ${quote}`);
    }, exact);
    return section;
  }

  async commentAndTagHighlight(comment: string, tag: string) {
    const editor = this.page.locator('.hl-editor');
    await editor.getByLabel('Commentaire').fill(comment);
    await editor.getByPlaceholder('Ajouter une étiquette…').fill(tag);
    await editor.getByPlaceholder('Ajouter une étiquette…').press('Enter');
    await expect(editor.locator('.tag', { hasText: tag })).toBeVisible();
    await editor.getByRole('button', { name: 'Terminer' }).click();
  }

  async tagEntry(tag: string) {
    const input = this.panel().getByPlaceholder('Ajouter une étiquette…');
    await input.fill(tag);
    await input.press('Enter');
    await expect(
      this.panel().getByRole('list', { name: 'Étiquettes de la fiche' }).getByText(tag, { exact: true }),
    ).toBeVisible();
  }

  async favourite() {
    await this.panel().getByRole('button', { name: 'Ajouter aux favoris' }).click();
    await expect(this.panel().getByRole('button', { name: 'Favori' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  }

  async collect(name: string) {
    await this.panel().getByRole('button', { name: 'Ajouter à une collection' }).click();
    await this.panel().getByLabel('Collection').selectOption('__new');
    await this.panel().getByLabel('Nom').fill(name);
    await this.panel().getByRole('button', { name: 'Ajouter', exact: true }).click();
    await expect(this.panel().locator('.tag', { hasText: name })).toBeVisible();
  }

  /** Checks everything written by the scenario is on the entry page. */
  async expectEntryAnnotations(s: {
    note: string;
    quote: string;
    tag: string;
    collection: string;
    comment: string;
  }) {
    await expect(this.panel().locator('.note__body')).toContainText(s.note);
    await expect(this.panel().getByRole('button', { name: 'Favori' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(
      this.panel().getByRole('list', { name: 'Étiquettes de la fiche' }).getByText(s.tag, { exact: true }),
    ).toBeVisible();
    await expect(
      this.panel().getByRole('list', { name: 'Collections contenant cette fiche' }).getByText(s.collection),
    ).toBeVisible();
    const mark = this.page.locator('mark.hl', { hasText: s.quote.slice(0, 10) }).first();
    await expect(mark).toBeVisible();
    await expect(mark).toHaveAttribute('title', new RegExp(s.comment));
  }

  async openList() {
    await this.page.goto('./#/annotations');
    await expect(this.page.getByRole('heading', { name: 'Mes annotations', level: 1 })).toBeVisible();
  }
}
