// Sharing through CouchDB replication on the browser build (issue 18): two browser profiles, a
// pouchdb-server in memory on 127.0.0.1 (or the CouchDB named by REPERES_COUCHDB_URL), and a
// server for the app that names that origin in its CSP (REPERES_SHARING_ORIGIN).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';
import config from './playwright.config';
import { AnnotationsPage } from './pages/AnnotationsPage';
import { SharingPage } from './pages/SharingPage';
import { DocumentsPage } from './pages/DocumentsPage';
import { readFileSync } from 'node:fs';

const ROOT = resolve(__dirname, '../..');

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
    s.on('error', fail);
  });
}

async function waitFor(url: string) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${url}`);
}

interface Stack {
  app: string;
  database: string;
  stop(): Promise<void>;
}

/** A CouchDB-protocol server with an empty database, and the app served with its origin allowed. */
async function startStack(): Promise<Stack> {
  const children: ChildProcess[] = [];
  let couch = process.env.REPERES_COUCHDB_URL?.replace(/\/$/, '');
  if (!couch) {
    const port = await freePort();
    couch = `http://127.0.0.1:${port}`;
    children.push(
      spawn(
        process.execPath,
        [
          join(ROOT, 'node_modules/pouchdb-server/bin/pouchdb-server'),
          '--in-memory',
          '-n',
          '-p',
          String(port),
        ],
        // It writes config.json and log.txt where it runs: not in the repository.
        { stdio: 'ignore', cwd: mkdtempSync(join(tmpdir(), 'pouchdb-server-')) },
      ),
    );
    await waitFor(couch);
  }
  const database = `${couch}/equipe-${Date.now()}`;
  const created = await fetch(database, { method: 'PUT' });
  if (!created.ok) throw new Error(`database not created: ${created.status}`);
  const appPort = await freePort();
  children.push(
    spawn(process.execPath, [join(ROOT, 'electron/cli/serve-web.mjs'), join(ROOT, 'out/web')], {
      env: { ...process.env, PORT: String(appPort), REPERES_SHARING_ORIGIN: new URL(couch).origin },
      stdio: 'ignore',
    }),
  );
  const app = `http://127.0.0.1:${appPort}/`;
  await waitFor(app);
  return {
    app,
    database,
    async stop() {
      for (const c of children) c.kill('SIGKILL');
    },
  };
}

async function profile(dir: string, baseURL: string, couch: string): Promise<BrowserContext> {
  const launchOptions = config.use?.launchOptions ?? {};
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: launchOptions.executablePath,
    args: launchOptions.args,
    baseURL,
    locale: 'fr-FR',
    viewport: { width: 1280, height: 820 },
  });
  // Nothing but the app and the team's database.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(baseURL) || url.startsWith(new URL(couch).origin)
      ? route.continue()
      : route.abort();
  });
  return context;
}

type Scheme = 'light' | 'dark';
const EVERY_SIZE: readonly (readonly [Scheme, number])[] = [
  ['light', 1280],
  ['dark', 1280],
  ['light', 900],
  ['dark', 900],
];

/** Screenshots for a person to look at, when SHOTS_DIR names where: `name-width-scheme.png`. */
async function shots(
  page: Page,
  name: string,
  options: {
    sizes?: readonly (readonly [Scheme, number])[];
    fullPage?: boolean;
    before?: () => Promise<unknown>;
  } = {},
): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  for (const [scheme, width] of options.sizes ?? EVERY_SIZE) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 820 });
    await options.before?.();
    await page.screenshot({ path: join(dir, `${name}-${width}-${scheme}.png`), fullPage: options.fullPage });
  }
  // The test goes on at the size the profile was opened with.
  await page.setViewportSize({ width: 1280, height: 820 });
}

async function firstEntry(baseURL: string): Promise<string> {
  const catalogue = (await (await fetch(new URL('catalogue.json', baseURL))).json()) as {
    entries: { id: string }[];
  };
  return catalogue.entries[0]!.id;
}

test.describe('sharing between two browser profiles', () => {
  let stack: Stack;
  const dirs: string[] = [];
  test.beforeAll(async () => {
    stack = await startStack();
  });
  test.afterAll(async () => {
    await stack.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  /** Two browser profiles, Alice's and Bruno's, both sharing the stack's database. */
  async function aliceAndBruno(database = stack.database) {
    const [dirA, dirB] = [
      mkdtempSync(join(tmpdir(), 'reperes-a-')),
      mkdtempSync(join(tmpdir(), 'reperes-b-')),
    ];
    dirs.push(dirA, dirB);
    const a = await profile(dirA, stack.app, database);
    const b = await profile(dirB, stack.app, database);
    const [pa, pb] = [await a.newPage(), await b.newPage()];
    await new SharingPage(pa).enable(database, 'Alice');
    await new SharingPage(pb).enable(database, 'Bruno');
    return { dirA, a, b, pa, pb };
  }

  test('a note written in one profile shows in the other within 5 s; conflicting offline edits show both texts and the choice', async () => {
    test.setTimeout(120_000);
    const entry = await firstEntry(stack.app);
    const { dirA, a, b, pa, pb } = await aliceAndBruno();

    const ua = new AnnotationsPage(pa);
    const ub = new AnnotationsPage(pb);
    await ub.openEntry(entry);
    await ua.openEntry(entry);
    const text = `Note partagée ${Date.now()}`;
    await ua.writeNote(text);
    const started = Date.now();
    await expect(ub.panel().getByText(text)).toBeVisible({ timeout: 5_000 });
    console.log(`note shared in ${Date.now() - started} ms`);

    // Both go offline and edit the same note.
    await a.setOffline(true);
    await b.setOffline(true);
    for (const [ui, words] of [
      [ua, 'Version d’Alice, écrite hors ligne'],
      [ub, 'Version de Bruno, écrite hors ligne'],
    ] as const) {
      // The note reached B while still empty (A had just added it), so B may show it in edit mode.
      const modify = ui.panel().getByRole('button', { name: 'Modifier' });
      if ((await modify.count()) > 0) await modify.first().click();
      const area = ui.panel().getByLabel('Texte de la note (Markdown)');
      await area.fill(words);
      // Leaving the field saves at once.
      await area.blur();
      await expect(ui.panel().getByText(words)).toBeVisible();
    }
    await a.setOffline(false);
    await b.setOffline(false);
    for (const page of [pa, pb]) {
      const chooser = new SharingPage(page).chooser();
      await expect(chooser).toBeVisible({ timeout: 30_000 });
      await expect(chooser).toContainText('Version d’Alice, écrite hors ligne');
      await expect(chooser).toContainText('Version de Bruno, écrite hors ligne');
      await expect(chooser.getByRole('button', { name: /Garder la version 1/ })).toBeVisible();
      await expect(chooser.getByRole('button', { name: 'Fusionner…' })).toBeVisible();
    }
    await shots(pb, 'conflict', { before: () => new SharingPage(pb).chooser().scrollIntoViewIfNeeded() });

    // Bruno merges by hand; both profiles end with the merged text and no choice left.
    const chooser = new SharingPage(pb).chooser();
    await chooser.getByRole('button', { name: 'Fusionner…' }).click();
    await chooser.getByLabel('Texte fusionné').fill('Texte fusionné par Bruno');
    await chooser.getByRole('button', { name: 'Enregistrer la fusion' }).click();
    for (const ui of [ua, ub]) {
      await expect(new SharingPage(ui.page).chooser()).toHaveCount(0, { timeout: 10_000 });
      await expect(ui.panel().getByText('Texte fusionné par Bruno')).toBeVisible();
    }

    await new SharingPage(pa).open();
    await expect(new SharingPage(pa).status()).toHaveText(/Synchronisé/);
    await shots(pa, 'partage', { fullPage: true });
    // A browser restart on the same profile: sharing resumes by itself and keeps carrying notes.
    await a.close();
    const again = await profile(dirA, stack.app, stack.database);
    const pa2 = await again.newPage();
    await new SharingPage(pa2).open();
    await expect(new SharingPage(pa2).status()).toHaveText(/Synchronisé/, { timeout: 15_000 });
    const ua2 = new AnnotationsPage(pa2);
    await ua2.openEntry(entry);
    await ua2.writeNote('Écrite après le redémarrage');
    await expect(ub.panel().getByText('Écrite après le redémarrage')).toBeVisible({ timeout: 5_000 });
    // What a hostile or broken server may hold: markup in a note is shown as text and runs
    // nothing; a record of the wrong shape is refused and counted, and the local notes stay.
    const put = (id: string, body: unknown) =>
      fetch(`${stack.database}/${encodeURIComponent(id)}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const html = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>**gras**';
    await put('notes:"hostile"', {
      table: 'notes',
      author: '<b>Mallory</b>',
      at: 1,
      row: { id: 'hostile', targetId: entry, body: html, createdAt: 1, updatedAt: 1 },
    });
    await put('notes:"broken"', {
      table: 'notes',
      author: 'X',
      at: 1,
      row: { id: 'broken', targetId: entry, body: 42 },
    });
    const hostile = ub.panel().locator('#note-hostile');
    await expect(hostile).toBeVisible({ timeout: 5_000 });
    await expect(hostile.locator('img, script')).toHaveCount(0);
    expect(await pb.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(ub.panel().locator('#note-broken')).toHaveCount(0);
    await expect(ub.panel().getByText('Écrite après le redémarrage')).toBeVisible();
    await new SharingPage(pb).open();
    await expect(pb.getByText(/1 enregistrement refusé/)).toBeVisible();
    await again.close();
    await b.close();
  });
  test('what was wiped while sharing was off is not deleted for the team unless the user says so', async () => {
    test.setTimeout(120_000);
    const entry = await firstEntry(stack.app);
    // A database of its own: the notes other tests shared would count among the deletions.
    const database = `${stack.database}-effacement`;
    expect((await fetch(database, { method: 'PUT' })).ok).toBe(true);
    const { a, b, pa, pb } = await aliceAndBruno(database);
    const sa = new SharingPage(pa);
    const ua = new AnnotationsPage(pa);
    const ub = new AnnotationsPage(pb);
    const text = `Note de l’équipe ${Date.now()}`;
    await ua.openEntry(entry);
    await ua.writeNote(text);
    await ub.openEntry(entry);
    await expect(ub.panel().getByText(text)).toBeVisible({ timeout: 10_000 });

    /** Sharing turned off, everything wiped (the wipe says nothing of the team), sharing asked back on. */
    const wipeWhileOffThenResume = async () => {
      await sa.open();
      await pa.getByRole('button', { name: 'Désactiver le partage' }).click();
      await expect(sa.status()).toHaveText(/Désactivé/);
      await ua.openList();
      await pa.getByRole('button', { name: 'Tout effacer…' }).click();
      const confirm = pa.getByRole('alertdialog');
      await expect(confirm.getByText('Le partage est activé')).toHaveCount(0);
      await confirm.getByRole('button', { name: 'Oui, tout effacer' }).click();
      await expect(pa.getByText('Toutes vos annotations ont été effacées.')).toBeVisible();
      await sa.open();
      await pa.getByRole('button', { name: 'Activer le partage' }).click();
      return pa.getByRole('alertdialog');
    };
    // Sharing on, the wipe says it reaches the team; cancelled here.
    await ua.openList();
    await pa.getByRole('button', { name: 'Tout effacer…' }).click();
    await expect(pa.getByRole('alertdialog')).toContainText(
      'elles seront aussi effacées pour toute votre équipe',
    );
    await pa.getByRole('alertdialog').getByRole('button', { name: 'Annuler' }).click();

    // The user is asked, and brings the note back from the shared copy.
    const ask = await wipeWhileOffThenResume();
    await expect(ask).toContainText('vous avez supprimé ici 1 note');
    expect(await axeViolations(pa)).toEqual([]);
    await shots(pa, 'deletions', {
      sizes: [
        ['light', 1280],
        ['dark', 900],
      ],
      before: () => ask.scrollIntoViewIfNeeded(),
    });
    await ask.getByRole('button', { name: 'Les récupérer ici' }).click();
    await expect(sa.status()).toHaveText(/Synchronisé/, { timeout: 15_000 });
    await ua.openEntry(entry);
    await expect(ua.panel().getByText(text)).toBeVisible();
    await pb.reload();
    await expect(ub.panel().getByText(text)).toBeVisible();

    // The same again, and this time the deletion is sent: the note leaves the other profile.
    await (
      await wipeWhileOffThenResume()
    )
      .getByRole('button', { name: 'Les supprimer aussi pour l’équipe' })
      .click();
    await expect(sa.status()).toHaveText(/Synchronisé/, { timeout: 15_000 });
    await expect(ub.panel().getByText(text)).toHaveCount(0, { timeout: 10_000 });
    await a.close();
    await b.close();
  });

  test('a fiche and a correction with « 2 versions » from the server: fields side by side, merged field by field, or one kept', async () => {
    test.setTimeout(90_000);
    const entry = await firstEntry(stack.app);
    const dir = mkdtempSync(join(tmpdir(), 'reperes-c-'));
    dirs.push(dir);
    const c = await profile(dir, stack.app, stack.database);
    const page = await c.newPage();
    await new SharingPage(page).enable(stack.database, 'Chloé');
    // Two machines wrote the same fiche and the same correction before they met: two sibling
    // revisions on the server, as CouchDB keeps them.
    const ficheId = 'fiche-5e0c7d2a-1b3f-4a6e-9d8c-2f4e6a8b0c1d';
    const fiche = (title: string, territory: string, context: string, at: number) => ({
      table: 'fiches',
      author: at === 1 ? 'Alice' : 'Bruno',
      at,
      row: {
        id: ficheId,
        fields: { title, territory, sections: { context } },
        createdAt: 1,
        updatedAt: at,
      },
    });
    const correction = (corrected: string, at: number) => ({
      table: 'corrections',
      author: at === 1 ? 'Alice' : 'Bruno',
      at,
      row: {
        id: 'corr-1',
        kind: 'fact',
        field: 'territory',
        targetId: entry,
        original: '',
        corrected,
        comment: '',
        createdAt: 1,
        updatedAt: at,
      },
    });
    const docs = [
      {
        _id: `fiches:"${ficheId}"`,
        _rev: '1-aaaa',
        ...fiche('Garage solidaire de Fives', 'Lille', 'Un quartier sans bus.', 1),
      },
      {
        _id: `fiches:"${ficheId}"`,
        _rev: '1-bbbb',
        ...fiche('Garage solidaire', 'Roubaix', 'Trois bus par jour, <b>pas plus</b>.', 2),
      },
      { _id: 'corrections:"corr-1"', _rev: '1-aaaa', ...correction('Territoire selon Alice', 1) },
      { _id: 'corrections:"corr-1"', _rev: '1-bbbb', ...correction('Territoire selon Bruno', 2) },
    ];
    const res = await fetch(`${stack.database}/_bulk_docs`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ docs, new_edits: false }),
    });
    expect(res.ok).toBe(true);

    await page.goto(`./#/fiche/${ficheId}`);
    const chooser = new SharingPage(page).chooser();
    await expect(chooser).toBeVisible({ timeout: 15_000 });
    const table = chooser.getByRole('table');
    await expect(table.getByRole('rowheader')).toHaveText(['Titre', 'Territoire', 'Contexte']);
    await expect(table).toContainText('Garage solidaire de Fives');
    // Markup from another machine is text.
    await expect(table).toContainText('Trois bus par jour, <b>pas plus</b>.');
    await expect(table.locator('b')).toHaveCount(0);
    await expect(chooser.getByRole('button', { name: /Garder la version 1/ })).toBeVisible();
    await shots(page, 'fiche-versions', {
      before: () => chooser.getByRole('button', { name: /Fusionner champ par champ/ }).isVisible(),
    });
    // Merge: Alice's title (whichever column it is in), Bruno's territory and context.
    await chooser.getByRole('button', { name: 'Fusionner champ par champ…' }).click();
    const headers = await table.locator('thead th').allTextContents();
    const aliceCol = headers.findIndex((h) => h.includes('Alice'));
    const brunoCol = headers.findIndex((h) => h.includes('Bruno'));
    await chooser.getByRole('radio', { name: `Titre : prendre la version ${aliceCol}` }).check();
    await chooser.getByRole('radio', { name: `Territoire : prendre la version ${brunoCol}` }).check();
    await chooser.getByRole('radio', { name: `Contexte : prendre la version ${brunoCol}` }).check();
    await shots(page, 'fiche-versions-merge', { sizes: [['light', 1280]] });
    await chooser.getByRole('button', { name: 'Enregistrer la fusion' }).click();
    await expect(chooser).toHaveCount(0, { timeout: 10_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Garage solidaire de Fives' })).toBeVisible();
    // The fiche's own text (not a version table), shown as text, never as markup.
    await expect(
      page.locator('section.annotatable').getByText('Trois bus par jour, <b>pas plus</b>.'),
    ).toBeVisible();
    // The server ends with one version of the fiche.
    await expect
      .poll(async () => {
        const doc = (await (
          await fetch(`${stack.database}/${encodeURIComponent(`fiches:"${ficheId}"`)}?conflicts=true`)
        ).json()) as { _conflicts?: string[]; row: { fields: { territory: string } } };
        return [doc._conflicts ?? [], doc.row.fields.territory];
      })
      .toEqual([[], 'Roubaix']);

    // The correction: its versions at the top of its entry; one kept.
    await page.goto(`./#/fiche/${entry}`);
    const corrections = new SharingPage(page).chooser();
    await expect(corrections).toContainText('Territoire selon Alice', { timeout: 10_000 });
    await expect(corrections).toContainText('Territoire selon Bruno');
    const kept = (await corrections.locator('.conflict__text').first().textContent()) ?? '';
    await corrections.getByRole('button', { name: /Garder la version 1/ }).click();
    await expect(corrections).toHaveCount(0, { timeout: 10_000 });
    await expect(page.getByText(kept).first()).toBeVisible();
    await c.close();
  });
  test('a document shared with its file: the other profile opens it byte for byte; without the box, only its entries', async () => {
    test.setTimeout(120_000);
    const fixture = (name: string) => resolve(__dirname, '../fixtures/documents', name);
    const [dirC, dirD] = [
      mkdtempSync(join(tmpdir(), 'reperes-c-')),
      mkdtempSync(join(tmpdir(), 'reperes-d-')),
    ];
    dirs.push(dirC, dirD);
    const c = await profile(dirC, stack.app, stack.database);
    const d = await profile(dirD, stack.app, stack.database);
    const [pc, pd] = [await c.newPage(), await d.newPage()];
    await new SharingPage(pc).enable(stack.database, 'Chloé');
    await new SharingPage(pd).enable(stack.database, 'David');
    const docs = new DocumentsPage(pc);
    await docs.addFromCatalogue([
      fixture('recueil-trois-initiatives.pdf'),
      fixture('rapport-atelier-mobilite.docx'),
    ]);
    await expect(docs.addButton()).toBeVisible({ timeout: 30_000 });
    await docs.addButton().click();
    await expect(docs.list.getByRole('row')).toHaveCount(3);
    const box = docs.list
      .getByRole('row')
      .filter({ hasText: 'recueil-trois-initiatives.pdf' })
      .getByRole('checkbox', { name: /Partager le fichier d’origine/ });
    await box.check();
    await expect(box).toBeChecked();
    await shots(pc, 'documents-share', {
      sizes: [
        ['light', 1280],
        ['dark', 900],
      ],
    });

    const other = new DocumentsPage(pd);
    await other.open();
    await expect(other.list.getByRole('row')).toHaveCount(3, { timeout: 15_000 });
    const pdfRow = other.list.getByRole('row').filter({ hasText: 'recueil-trois-initiatives.pdf' });
    await expect(pdfRow.getByRole('checkbox', { name: /Partager le fichier d’origine/ })).toBeChecked();
    // The file arrives after its document row: retried until the download comes.
    await expect
      .poll(
        async () => {
          const download = pd.waitForEvent('download', { timeout: 2_000 }).catch(() => null);
          await pdfRow.getByRole('button', { name: /^Ouvrir l’original/ }).click();
          const got = await download;
          return got
            ? readFileSync((await got.path())!).equals(readFileSync(fixture('recueil-trois-initiatives.pdf')))
            : false;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    const docxRow = other.list.getByRole('row').filter({ hasText: 'rapport-atelier-mobilite.docx' });
    await docxRow.getByRole('button', { name: /^Ouvrir l’original/ }).click();
    await expect(docxRow.getByRole('alert')).toContainText('n’a pas été partagé');
    await c.close();
    await d.close();
  });
});
