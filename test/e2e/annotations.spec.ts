// Annotating in Chromium: write, highlight, tag, favourite, collect; everything survives a page
// reload and a browser restart on the same profile; export, wipe and re-import bring it back.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { test, expect, bundledCatalogue } from './fixtures';
import config from './playwright.config';
import { AnnotationsPage } from './pages/AnnotationsPage';

const NOTE = 'Demander à cette équipe comment le coordinateur est financé';
const TAG = 'financement';
const COLLECTION = 'Idées pour notre PLIE';
const COMMENT = 'Chiffre à citer en comité';

interface Target {
  id: string;
  quote: string;
}

async function pickEntry(baseURL: string, minSections = 1): Promise<Target> {
  const catalogue = await bundledCatalogue(baseURL);
  for (const e of catalogue.entries) {
    if (e.sections.length < minSections) continue;
    const text = e.sections[0]?.text ?? '';
    const sentence = /[A-ZÉÀ][^.\n]{40,90}/.exec(text)?.[0];
    if (sentence && text.indexOf(sentence) === text.lastIndexOf(sentence))
      return { id: e.id, quote: sentence.trim() };
  }
  throw new Error('no entry with text in the catalogue');
}

/** An entry picked as `pickEntry` does, opened in `page`. */
async function openPicked(page: Page, baseURL: string, minSections = 1) {
  const target = await pickEntry(baseURL, minSections);
  const ui = new AnnotationsPage(page);
  await ui.openEntry(target.id);
  return { target, ui };
}

async function launch(dir: string, baseURL: string): Promise<BrowserContext> {
  const launchOptions = config.use?.launchOptions ?? {};
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: launchOptions.executablePath,
    args: launchOptions.args,
    baseURL,
    locale: 'fr-FR',
    acceptDownloads: true,
  });
  // Same rule as the shared fixture: nothing may leave the local server.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(baseURL) || url.startsWith('blob:') || url.startsWith('data:')
      ? route.continue()
      : route.abort();
  });
  return context;
}

test('annotations survive reload, browser restart, and export → wipe → import', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const base = baseURL!;
  const target = await pickEntry(base);
  const profile = mkdtempSync(join(tmpdir(), 'reperes-e2e-'));
  const shots = process.env.SHOTS_DIR;
  const expected = {
    note: NOTE,
    quote: target.quote,
    tag: 'PLIE',
    collection: COLLECTION,
    comment: `${COMMENT} — ${TAG}`,
  };
  try {
    let context = await launch(profile, base);
    let page = context.pages()[0] ?? (await context.newPage());
    let ui = new AnnotationsPage(page);
    await ui.openEntry(target.id);
    await ui.writeNote(NOTE);
    await ui.highlight(target.quote, 'Chiffre clé');
    if (shots)
      await page
        .locator('section.annotatable')
        .first()
        .screenshot({ path: join(shots, 'highlight-editor.png') });
    await ui.commentAndTagHighlight(COMMENT, TAG);
    await ui.tagEntry('PLIE');
    await ui.favourite();
    await ui.collect(COLLECTION);
    if (shots) await page.screenshot({ path: join(shots, 'entry-annotated.png'), fullPage: true });

    await page.reload();
    await ui.expectEntryAnnotations(expected);
    await context.close();

    context = await launch(profile, base);
    page = context.pages()[0] ?? (await context.newPage());
    ui = new AnnotationsPage(page);
    await ui.openEntry(target.id);
    await ui.expectEntryAnnotations(expected);

    // "Mes annotations" lists both, filters, and links back to the exact passage.
    await ui.openList();
    // The note, the highlight, and the entry as a favourite.
    await expect(page.locator('.annotation-card')).toHaveCount(3);
    await expect(page.locator('.annotation-card--favourite')).toHaveCount(1);
    await page.getByLabel('Couleur').first().selectOption({ label: 'Chiffre clé' });
    await expect(page.locator('.annotation-card')).toHaveCount(1);
    await page.getByLabel('Couleur').first().selectOption('');
    await page.getByRole('searchbox').fill('coordinateur finance');
    await expect(page.locator('.annotation-card')).toHaveCount(1);
    await expect(page.locator('.annotation-card--note')).toBeVisible();
    await page.getByRole('searchbox').fill('');
    if (shots) await page.screenshot({ path: join(shots, 'annotations-list.png'), fullPage: true });
    await page
      .locator('.annotation-card--highlight')
      .getByRole('link', { name: /Aller au passage/ })
      .click();
    await expect(page).toHaveURL(/passage=/);
    await expect(page.locator('mark.hl[id^="hl-"]').first()).toBeFocused();

    // Export, wipe, re-import.
    await ui.openList();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter tout (JSON W3C)' }).click();
    const file = join(profile, 'export.json');
    await (await download).saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { type: string; total: number };
    expect(exported.type).toBe('AnnotationCollection');

    await page.getByRole('button', { name: 'Tout effacer…' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect(page.getByText('Vous n’avez encore rien annoté')).toBeVisible();

    // A partly invalid file: its invalid items are listed before anything is written, and
    // « Annuler » changes nothing. (Markup in a note is text, not a reason to refuse it.)
    const broken = join(profile, 'broken.json');
    writeFileSync(
      broken,
      readFileSync(file, 'utf8')
        .replace(NOTE, `${NOTE} <script>alert(1)</script>`)
        .replace(/"created": "[^"]+"/, '"created": "hier"'),
    );
    let chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importer un fichier…' }).click();
    await (await chooser).setFiles(broken);
    const partial = page.getByRole('dialog', { name: /Aperçu de l’import/ });
    await expect(partial.getByRole('list', { name: /1 élément invalide/ })).toContainText(
      'Annotation n° 1 (note) — date de création : format incorrect',
    );
    await partial.getByRole('button', { name: 'Annuler' }).click();
    await expect(page.locator('.annotation-card')).toHaveCount(0);

    chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importer un fichier…' }).click();
    await (await chooser).setFiles(file);
    const preview = page.getByRole('dialog', { name: /Aperçu de l’import/ });
    await expect(preview).toBeVisible();
    await expect(preview.getByRole('row', { name: /Notes/ })).toContainText('1');
    if (shots) await page.screenshot({ path: join(shots, 'import-preview.png'), fullPage: true });
    await preview.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect(page.getByText('Import terminé')).toBeVisible();
    await expect(page.locator('.annotation-card')).toHaveCount(3);

    // Importing the same file again adds nothing.
    chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importer un fichier…' }).click();
    await (await chooser).setFiles(file);
    await expect(page.getByText('Ce fichier n’apporte rien de nouveau')).toBeVisible();
    await page.getByRole('button', { name: 'Annuler' }).click();

    await ui.openEntry(target.id);
    await ui.expectEntryAnnotations(expected);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a section’s highlight toolbar shows when the section holds a selection or the keyboard reaches it', async ({
  page,
  baseURL,
}) => {
  const { target, ui } = await openPicked(page, baseURL!, 2);
  const toolbars = page.getByRole('group', { name: 'Surligner un passage de cette section' });
  const width = async (i: number) => (await toolbars.nth(i).boundingBox())?.width ?? 0;
  // Reading: no toolbar drawn between the sections.
  expect(await width(0)).toBeLessThanOrEqual(1);
  expect(await width(1)).toBeLessThanOrEqual(1);

  await ui.selectIn(target.quote);
  await expect.poll(() => width(0)).toBeGreaterThan(200);
  expect(await width(1)).toBeLessThanOrEqual(1);

  // From the keyboard: the second section's toolbar appears as its colour list takes the focus.
  await toolbars.nth(1).getByLabel('Couleur').focus();
  await expect.poll(() => width(1)).toBeGreaterThan(200);
  await expect(toolbars.nth(1).getByLabel('Couleur')).toBeFocused();
});

test('a passage is highlighted from the keyboard alone, and the text cannot be edited meanwhile', async ({
  page,
  baseURL,
}) => {
  await openPicked(page, baseURL!);
  const section = page.locator('section.annotatable').first();
  const text = section.locator('.annotatable__text');
  const before = await text.innerText();

  await section.getByRole('button', { name: 'Sélectionner au clavier' }).focus();
  await page.keyboard.press('Enter');
  const box = section.getByRole('textbox', { name: /^Texte de la section/ });
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('aria-readonly', 'true');
  // Keys that would edit a document change nothing here.
  await page.keyboard.type('xyz');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+x');
  expect(await text.innerText()).toBe(before);

  for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+ArrowRight');
  const chosen = before.slice(0, 12).trim();
  await expect(section.locator('.annotatable__pending')).toContainText(chosen);
  await page.keyboard.press('Tab');
  await expect(section.getByLabel('Couleur')).toBeFocused();
  await expect(section.getByRole('textbox')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(section.getByRole('button', { name: 'Surligner la sélection' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section.locator('mark.hl').first()).toHaveText(chosen);

  // Enter in the text highlights the selection at once and goes on to its comment.
  await section.getByRole('button', { name: 'Sélectionner au clavier' }).focus();
  await page.keyboard.press('Enter');
  await expect(box).toBeFocused();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Enter');
  await expect(section.locator('mark.hl')).toHaveCount(2);
  await expect(page.getByLabel('Commentaire')).toBeFocused();
  await page.keyboard.type('à citer');
  await page.getByRole('button', { name: 'Terminer' }).click();
  expect(await text.innerText()).toBe(before);

  // Escape leaves the text for the button, and stays on the entry.
  await section.getByRole('button', { name: 'Sélectionner au clavier' }).focus();
  await page.keyboard.press('Enter');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(section.getByRole('button', { name: 'Sélectionner au clavier' })).toBeFocused();
  await expect(page).toHaveURL(/#\/fiche\//);
});

test('what is typed right after « Ajouter une note » goes into that note, whole', async ({
  page,
  baseURL,
}) => {
  const { ui } = await openPicked(page, baseURL!);
  const add = ui.panel().getByRole('button', { name: 'Ajouter une note' });
  await add.focus();
  // No wait between the key that adds the note and the typing: before, the first keys went to
  // the button while the note was being created (lost), and a space pressed it again.
  await page.keyboard.press('Enter');
  await page.keyboard.type(`Idée ${NOTE}`);
  const areas = ui.panel().getByLabel('Texte de la note (Markdown)');
  await expect(areas).toHaveCount(1);
  await expect(areas).toHaveValue(`Idée ${NOTE}`);
  await expect(ui.panel().getByRole('status').filter({ hasText: 'Enregistré' })).toBeVisible();

  await page.reload();
  await expect(ui.panel().getByText(`Idée ${NOTE}`)).toBeVisible();
  await expect(ui.panel().locator('article.note')).toHaveCount(1);
});

test('« Ajouter à une collection » from the keyboard puts the focus in its form, and « Annuler » back on the button', async ({
  page,
  baseURL,
}) => {
  const { ui } = await openPicked(page, baseURL!);
  await ui.panel().getByRole('button', { name: 'Ajouter à une collection' }).focus();
  await page.keyboard.press('Enter');
  // The button gives way to the form: the focus was left on the page, and typing went nowhere.
  await expect(ui.panel().getByLabel('Collection')).toBeFocused();
  await ui.panel().getByRole('button', { name: 'Annuler' }).click();
  await expect(ui.panel().getByRole('button', { name: 'Ajouter à une collection' })).toBeFocused();
});

test('a comment typed right after Enter highlights a passage from the keyboard is kept whole', async ({
  page,
  baseURL,
}) => {
  const { ui } = await openPicked(page, baseURL!);
  const section = await ui.enterFirstSectionByKeyboard();
  for (let i = 0; i < 8; i++) await page.keyboard.press('Shift+ArrowRight');
  // No wait between Enter and the comment: before, the editor opened once the database had the
  // highlight, and what was typed meanwhile went to the read-only text (lost).
  await page.keyboard.press('Enter');
  await page.keyboard.type(COMMENT);
  await expect(page.getByLabel('Commentaire')).toHaveValue(COMMENT);
  await expect(section.locator('mark.hl')).toHaveCount(1);
  await page.getByRole('button', { name: 'Terminer' }).click();

  await page.reload();
  await expect(page.locator('section.annotatable').first().locator('mark.hl')).toHaveCount(1);
  await page.goto('./#/annotations');
  await expect(page.getByText(COMMENT)).toBeVisible();
});
