// Nothing typed is lost when the browser dies: for each field the user types into (a note, a
// highlight's comment, a comparison's note, a collection's name, a new collection's name, a tag
// not yet added, a colour's name), the whole browser is killed with SIGKILL 300 ms after the
// last keystroke (no pagehide, no beforeunload, no graceful close), restarted on the same
// profile, and every character is found back, with a French word saying it was recovered.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { test, expect, bundledCatalogue } from './fixtures';
import config from './playwright.config';
import { AnnotationsPage } from './pages/AnnotationsPage';

const RECOVERED = /Texte récupéré/;

interface Running {
  process: ChildProcess;
  browser: Browser;
  page: Page;
}

/** Starts Chromium itself (not through Playwright's launcher), so the test can kill it outright. */
async function start(profile: string, baseURL: string): Promise<Running> {
  const executable = config.use?.launchOptions?.executablePath ?? '/usr/bin/chromium';
  const args = [
    ...(config.use?.launchOptions?.args ?? []),
    '--headless=new',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    '--lang=fr-FR',
    '--window-size=1280,820',
    'about:blank',
  ];
  // Its own process group, so the kill takes every child process (renderer, storage) at once.
  const process = spawn(executable, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${err}`)), 20_000);
    process.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const ws = /DevTools listening on (ws:\/\/\S+)/.exec(err)?.[1];
      if (ws) {
        clearTimeout(timer);
        resolve(ws);
      }
    });
    process.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${err}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  // Same rule as the shared fixture: nothing may leave the local server.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(baseURL) || url.startsWith('blob:') || url.startsWith('data:')
      ? route.continue()
      : route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { process, browser, page };
}

/** A note's text after a restart: its editor's when it reopened, else the note as displayed. */
async function shownNoteText(panel: Locator): Promise<string | null> {
  const editor = panel.getByLabel('Texte de la note (Markdown)');
  if (await editor.isVisible()) return editor.inputValue();
  return panel.locator('article.note').first().locator('p').first().textContent();
}

/** SIGKILL to the whole browser, 300 ms after the last keystroke. */
/** When the last key of `typeSteadily` was typed, and how long after it the last kill came. */
let lastKeyAt = 0;
let lastKillDelay = 0;

async function killAfterTyping(running: Running): Promise<void> {
  await new Promise((r) => setTimeout(r, 300));
  const exited = new Promise((r) => running.process.once('exit', r));
  lastKillDelay = Date.now() - lastKeyAt;
  process.kill(-running.process.pid!, 'SIGKILL');
  await exited;
  // Let the CDP connection notice; nothing is closed gracefully.
  await running.browser.close().catch(() => undefined);
}

/**
 * Types like a person: key by key, steadily, then a pause (what was typed so far is saved), then
 * the last character, which only its draft holds when the kill comes 300 ms later (saves wait
 * 400 ms after a pause): so the recovery, and its message, are exercised every time.
 */
async function typeSteadily(page: Page, text: string) {
  await page.keyboard.type(text.slice(0, -1), { delay: 60 });
  await page.waitForTimeout(1200);
  await page.keyboard.type(text.slice(-1));
  lastKeyAt = Date.now();
}

async function pickEntry(baseURL: string): Promise<{ id: string; quote: string; other: string }> {
  const catalogue = await bundledCatalogue(baseURL);
  for (const e of catalogue.entries) {
    const text = e.sections[0]?.text ?? '';
    const sentence = /[A-ZÉÀ][^.\n]{40,90}/.exec(text)?.[0];
    const other = catalogue.entries.find((o) => o.id !== e.id)!.id;
    if (sentence && text.indexOf(sentence) === text.lastIndexOf(sentence))
      return { id: e.id, quote: sentence.trim(), other };
  }
  throw new Error('no entry with text in the catalogue');
}

test('every field typed into survives the browser being killed 300 ms after the last keystroke', async ({
  baseURL,
}) => {
  test.setTimeout(240_000);
  const base = baseURL!;
  const target = await pickEntry(base);
  const profile = mkdtempSync(join(tmpdir(), 'reperes-kill-'));
  let running: Running | null = null;
  // The browser is reached over CDP, without Playwright's baseURL: addresses are absolute.
  const go = (page: Page, path: string) => page.goto(new URL(path, base).href);
  const openEntry = async (page: Page) => {
    await go(page, `./#/fiche/${target.id}`);
    await expect(page.getByRole('heading', { name: 'Mes annotations' })).toBeVisible();
  };
  const restart = async () => {
    running = await start(profile, base);
    return running;
  };
  try {
    // ---- set-up, saved normally: a highlight, a collection, a saved comparison ----
    let { page } = await restart();
    let ui = new AnnotationsPage(page);
    await openEntry(page);
    await ui.highlight(target.quote, 'Chiffre clé');
    await page.locator('.hl-editor').getByRole('button', { name: 'Terminer' }).click();
    await ui.collect('Collection à renommer');
    // A comparison of two entries.
    await page.getByRole('main').getByRole('button', { name: 'Ajouter à la comparaison' }).click();
    await go(page, `./#/fiche/${target.other}`);
    await page.getByRole('main').getByRole('button', { name: 'Ajouter à la comparaison' }).click();
    await expect(
      page.getByRole('main').getByRole('button', { name: 'Retirer de la comparaison' }),
    ).toBeVisible();
    await go(page, './#/comparaison');
    await page.getByLabel('Nom de la comparaison').fill('Comparaison annotée');
    await page.getByRole('button', { name: 'Enregistrer la comparaison' }).click();
    await expect(page).toHaveURL(/#\/comparaison\/[0-9a-f-]{36}/);
    const comparisonUrl = page.url();

    // ---- a note ----
    const note = 'Demander à cette équipe comment le coordinateur est financé — « vite » !';
    await openEntry(page);
    await ui.panel().getByRole('button', { name: 'Ajouter une note' }).click();
    await expect(ui.panel().getByLabel('Texte de la note (Markdown)')).toBeFocused();
    await typeSteadily(page, note);
    await killAfterTyping(running!);

    ({ page } = await restart());
    ui = new AnnotationsPage(page);
    await openEntry(page);
    // Every character is back: in the reopened editor (« Texte récupéré ») when the last keystroke
    // was only in the draft, or as saved when the autosave caught it before the kill (on a loaded
    // machine the kill can come after the 400 ms save).
    await expect.poll(() => shownNoteText(ui.panel())).toBe(note);

    // ---- a highlight's comment ----
    const comment = 'Chiffre à citer en comité, avec la source exacte';
    await page.locator('mark.hl[id^="hl-"]').first().click();
    await page.locator('.hl-editor').getByLabel('Commentaire').focus();
    await typeSteadily(page, comment);
    await killAfterTyping(running!);

    ({ page } = await restart());
    ui = new AnnotationsPage(page);
    await openEntry(page);
    await expect(page.locator('mark.hl[id^="hl-"]').first()).toHaveAttribute('title', new RegExp(comment));
    // When the last keystroke was only in the draft, the comment's editor reopens by itself with
    // it and says so (after the recovery, which the title above already reflects).
    const commentEditor = page.locator('.hl-editor');
    await page.waitForTimeout(1000);
    if (await commentEditor.isVisible()) {
      await expect(commentEditor.getByLabel('Commentaire')).toHaveValue(comment);
      await expect(commentEditor.getByText(RECOVERED)).toBeVisible();
      await commentEditor.getByRole('button', { name: 'Terminer' }).click();
    }

    // ---- a tag typed, not yet added ----
    const tag = 'financement croisé';
    await ui.panel().getByPlaceholder('Ajouter une étiquette…').focus();
    await typeSteadily(page, tag);
    await killAfterTyping(running!);

    ({ page } = await restart());
    ui = new AnnotationsPage(page);
    await openEntry(page);
    await expect(ui.panel().getByPlaceholder('Ajouter une étiquette…')).toHaveValue(tag);
    await expect(ui.panel().getByText(RECOVERED)).toBeVisible();

    // ---- the comparison's note, typed steadily for longer than any debounce ----
    const comparisonNote = 'Le partenariat avec Pôle emploi revient dans chaque expérience comparée ici.';
    await page.goto(comparisonUrl);
    await page.getByLabel('Ma note sur cette comparaison').focus();
    await typeSteadily(page, comparisonNote);
    await killAfterTyping(running!);

    ({ page } = await restart());
    await page.goto(comparisonUrl);
    // Every character is back; « Texte récupéré » only when the autosave had not caught the last one.
    await expect(page.getByLabel('Ma note sur cette comparaison')).toHaveValue(comparisonNote);

    // ---- a collection's new name ----
    const collectionName = 'Idées pour notre PLIE (à présenter)';
    await go(page, './#/annotations');
    const rename = page.getByLabel('Renommer la collection Collection à renommer');
    await rename.fill('');
    await rename.focus();
    await typeSteadily(page, collectionName);
    await killAfterTyping(running!);

    ({ page } = await restart());
    await go(page, './#/annotations');
    await expect(page.locator('.collection__name')).toHaveText(collectionName);

    // ---- a new collection's name, typed and not yet created ----
    const newCollection = 'Pistes à creuser en 2025';
    await page.getByLabel('Nouvelle collection').focus();
    await typeSteadily(page, newCollection);
    await killAfterTyping(running!);

    ({ page } = await restart());
    await go(page, './#/annotations');
    await expect(page.getByLabel('Nouvelle collection')).toHaveValue(newCollection);

    // ---- a colour's name ----
    const colourName = 'Chiffre clé à vérifier';
    const colour = page.getByLabel('Nom de la couleur vert');
    await colour.fill('');
    await colour.focus();
    await typeSteadily(page, colourName);
    await killAfterTyping(running!);

    ({ page } = await restart());
    await go(page, './#/annotations');
    await expect(page.getByLabel('Nom de la couleur vert')).toHaveValue(colourName);
    // The start-up banner says, in French, that text was recovered: there was something to recover
    // when the kill came before the save (400 ms after the last key). On a loaded machine the
    // kill can come later, the save has the whole name, and no banner is due.
    const recovered = page.getByRole('status').filter({ hasText: /Repères a récupéré 1 texte/ });
    if (lastKillDelay < 350) await expect(recovered).toBeVisible();
    else test.info().annotations.push({ type: 'kill after the save', description: `${lastKillDelay} ms` });
    await openEntry(page);
    await expect(page.locator('mark.hl[id^="hl-"]').first()).toHaveAttribute(
      'title',
      /Chiffre clé à vérifier/,
    );
    await (running as Running | null)?.browser.close();
  } finally {
    if (running) {
      try {
        process.kill(-(running as Running).process.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a fiche being written survives the browser being killed 300 ms after the last keystroke', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const base = baseURL!;
  const profile = mkdtempSync(join(tmpdir(), 'reperes-kill-fiche-'));
  let running: Running | null = null;
  const go = (page: Page, path: string) => page.goto(new URL(path, base).href);
  try {
    running = await start(profile, base);
    let { page } = running;
    await go(page, './#/fiches/nouvelle');
    await expect(page).toHaveURL(/#\/fiches\/fiche-[0-9a-f-]+\/modifier/);
    const editorUrl = page.url();
    const field = (p: Page, label: string) => p.getByRole('form').getByLabel(label, { exact: true });

    // ---- the title of a new fiche ----
    const title = 'Recyclerie « Le Grenier » de Vitré';
    await field(page, 'Titre').focus();
    await typeSteadily(page, title);
    await killAfterTyping(running);

    running = await start(profile, base);
    ({ page } = running);
    await page.goto(editorUrl);
    // Every character is back; « Texte récupéré » only when the autosave had not caught the last
    // one (on a loaded machine the kill can come after the save, and there is nothing to recover).
    await expect(field(page, 'Titre')).toHaveValue(title);

    // ---- a part in Markdown ----
    const context = 'Un **bassin** de 30 000 habitants, sans recyclerie.';
    await field(page, 'Contexte (Markdown)').focus();
    await typeSteadily(page, context);
    await killAfterTyping(running);

    running = await start(profile, base);
    ({ page } = running);
    await page.goto(editorUrl);
    await expect(field(page, 'Contexte (Markdown)')).toHaveValue(context);
    await expect(field(page, 'Titre')).toHaveValue(title);

    // ---- a result and how it was measured ----
    await page.getByRole('button', { name: 'Ajouter un résultat' }).click();
    await field(page, 'Résultat 1').fill('12 emplois');
    const measure = 'Suivi des contrats à 6 mois';
    await field(page, 'Mesuré comment (résultat 1)').focus();
    await typeSteadily(page, measure);
    await killAfterTyping(running);

    running = await start(profile, base);
    ({ page } = running);
    await page.goto(editorUrl);
    await expect(field(page, 'Mesuré comment (résultat 1)')).toHaveValue(measure);
    // And the fiche is in the catalogue with all of it.
    const id = /fiches\/(fiche-[0-9a-f-]+)\//.exec(editorUrl)![1]!;
    await go(page, `./#/fiche/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('main')).toContainText('Mesuré par : Suivi des contrats à 6 mois');
    await running.browser.close();
  } finally {
    if (running) {
      try {
        process.kill(-(running as Running).process.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(profile, { recursive: true, force: true });
  }
});
