// Adding a user's document in the browser build: the 87-page France urbaine PDF, from the
// moment the file is handed to the page (as a drop or the file picker does) to the review screen
// showing its entries, and the longest main-thread task meanwhile (reading runs in a worker).
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { percentile, printTable, record } from './report';
import { serveBuild } from './serve-build';

const root = resolve(__dirname, '../..');
const pdf = join(root, 'test/fixtures/documents/france-urbaine.pdf');

export async function run(): Promise<void> {
  const port = 5193;
  const server = await serveBuild(join(root, 'out/web'), port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const times: number[] = [];
    const longest: number[] = [];
    let entries = 0;
    for (let i = 0; i < 6; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/#/documents`);
      await page.getByRole('heading', { name: 'Mes documents', level: 1 }).waitFor();
      await page.evaluate(() => {
        const w = window as unknown as { longTasks: number[] };
        w.longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longTasks.push(e.duration);
        }).observe({ type: 'longtask' });
      });
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('main').getByRole('button', { name: 'Ajouter des documents…' }).click();
      const input = await chooser;
      const start = Date.now();
      await input.setFiles(pdf);
      const article = page.getByRole('article', { name: 'france-urbaine.pdf' });
      await article.waitFor({ timeout: 60_000 });
      const elapsed = Date.now() - start;
      entries = await article.locator('.import__entry').count();
      const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
      await context.close();
      if (i === 0) continue; // warms the disk cache
      times.push(elapsed);
      longest.push(Math.max(0, ...tasks));
    }
    const rows = [
      ['87-page PDF → review screen, median (ms)', percentile(times, 50), 5000],
      ['87-page PDF → review screen, max (ms)', Math.max(...times), 5000],
      ['longest main-thread task meanwhile, max (ms)', Math.max(...longest), 100],
      ['entries on the review screen', entries, null],
    ] as const;
    printTable('Ajout d’un document (Chromium, build navigateur)', rows, 'import-ui');
    await record('import-ui', Object.fromEntries(rows.map(([k, v]) => [k, v])));
  } finally {
    await browser.close();
    server.kill();
  }
}
