// The window itself never scrolls: only the content areas do. Turning the wheel far past the end
// of every view (and of each of its scrolling columns) leaves the header at the top and the
// document's scrollTop at 0; the hidden per-section highlight toolbars do not make the document
// taller; « Aller au passage » and editing a note do not shift the page.
import type { Locator, Page } from '@playwright/test';
import { test, expect, bundledCatalogue } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';
import { ComparePage } from './pages/ComparePage';

interface CatalogueJson {
  entries: { id: string; title: string; kind: string; sections: { text: string }[] }[];
}

async function longEntries(request: import('@playwright/test').APIRequestContext) {
  const catalogue: CatalogueJson = await bundledCatalogue(request);
  const long = catalogue.entries
    .filter((e) => e.kind !== 'text')
    .map((e) => ({ ...e, size: e.sections.reduce((n, s) => n + s.text.length, 0) }))
    .sort((a, b) => b.size - a.size);
  expect(long.length).toBeGreaterThan(3);
  return long;
}

/** The document's own scroll position and where the header sits. */
async function windowState(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return {
      scrollTop: root.scrollTop,
      windowY: window.scrollY,
      overflow: root.scrollHeight - root.clientHeight,
      headerTop: document.querySelector('.layout__header')!.getBoundingClientRect().top,
      // The content area fits the window: what does not fit scrolls inside it, not off-screen.
      mainBottom: document.querySelector('main')!.getBoundingClientRect().bottom,
      height: window.innerHeight,
    };
  });
}

async function expectWindowStill(page: Page, where: string) {
  const s = await windowState(page);
  expect(s.scrollTop, `${where}: document scrollTop`).toBe(0);
  expect(s.windowY, `${where}: window.scrollY`).toBe(0);
  expect(s.headerTop, `${where}: header top`).toBe(0);
  expect(s.overflow, `${where}: the document is no taller than the window`).toBeLessThanOrEqual(0);
  expect(s.mainBottom, `${where}: the content area ends inside the window`).toBeLessThanOrEqual(s.height);
}

/** Wheels well past the end of `area` with the mouse over it, then checks the window. */
async function wheelPast(page: Page, area: Locator, where: string, scrolls = false) {
  await area.first().scrollIntoViewIfNeeded();
  const box = await area.first().boundingBox();
  expect(box, `${where} is on screen`).not.toBeNull();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + Math.min(box!.height / 2, 200));
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 4000);
  await page.waitForTimeout(150);
  await expectWindowStill(page, where);
  if (scrolls) {
    // The area itself did scroll, to its end: the wheel was not simply swallowed.
    const end = await area.first().evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop);
    expect(end, `${where} scrolled to its end`).toBeLessThanOrEqual(1);
    expect(await area.first().evaluate((el) => el.scrollTop), `${where} scrolled`).toBeGreaterThan(0);
  }
}

for (const size of [
  { width: 1280, height: 820 },
  { width: 900, height: 700 },
]) {
  test(`the window never scrolls, at ${size.width} px`, async ({ page, request }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    const entries = await longEntries(request);
    const longest = entries[0]!;

    const views: { path: string; areas: string[]; scrolls?: string[] }[] = [
      { path: '/#/', areas: ['main'] },
      {
        path: '/#/catalogue',
        areas: ['.catalogue__results .results', '.catalogue__facets', 'main'],
        scrolls: ['.catalogue__results .results'],
      },
      { path: '/#/chronologie', areas: ['main'] },
      { path: '/#/carte', areas: ['main'] },
      { path: '/#/annotations', areas: ['main'] },
      { path: '/#/aide', areas: ['main'] },
      { path: `/#/fiche/${longest.id}`, areas: ['main', '.fiche__side'], scrolls: ['main'] },
    ];
    for (const v of views) {
      await page.goto(v.path);
      await expect(page.locator('main h1').first()).toBeVisible();
      await expectWindowStill(page, `${v.path} on opening`);
      for (const a of v.areas) {
        const area = page.locator(a);
        if (a === '.catalogue__facets' && !(await area.isVisible())) {
          await page.getByRole('button', { name: 'Filtrer' }).click();
        }
        await wheelPast(page, area, `${v.path} over ${a}`, v.scrolls?.includes(a));
      }
    }

    // The comparison, with four long entries so that it overflows.
    const compare = new ComparePage(page);
    for (const e of entries.slice(0, 4)) await compare.add(e.id, e.title);
    await compare.open();
    await expect.poll(() => compare.columnTitles()).toHaveLength(4);
    await wheelPast(page, page.getByRole('region', { name: 'Tableau de comparaison' }), 'comparison table');
    await wheelPast(page, page.locator('main'), 'comparison view');
  });
}

test('« Aller au passage » and editing a note leave the window where it is', async ({ page, request }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 820 });
  const entries = await longEntries(request);
  // The longest entry whose last section holds a sentence to highlight, far below the fold.
  const sentence = (text: string) => /[A-ZÉÀa-zé][^\n]{30,70}/.exec(text)?.[0]?.trim();
  const entry = entries.find((e) => e.sections.length > 2 && sentence(e.sections.at(-1)!.text));
  expect(entry, 'a long entry with text in its last section').toBeDefined();
  const quote = sentence(entry!.sections.at(-1)!.text)!;
  const annotations = new AnnotationsPage(page);
  await annotations.openEntry(entry!.id);
  const section = page.locator('section.annotatable').last();
  await section.evaluate((el, q) => {
    const walker = document.createTreeWalker(el.querySelector('.annotatable__text')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n.textContent ?? '').indexOf(q);
      if (i >= 0) {
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + q.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
    }
    throw new Error('quote not found');
  }, quote!);
  await section.getByRole('button', { name: 'Surligner la sélection' }).click();
  await page.locator('.hl-editor').getByRole('button', { name: 'Terminer' }).click();
  await expectWindowStill(page, 'after highlighting');

  await annotations.openList();
  await page
    .getByRole('link', { name: /Aller au passage/ })
    .first()
    .click();
  await expect(page.locator('mark.hl').first()).toBeFocused();
  await expect(page.locator('mark.hl').first()).toBeInViewport();
  await expectWindowStill(page, 'after « Aller au passage »');

  await annotations.writeNote('Une note pour voir si la page bouge.');
  await annotations
    .panel()
    .getByRole('button', { name: /Modifier/ })
    .first()
    .click();
  await annotations.panel().getByLabel('Texte de la note (Markdown)').last().press('End');
  await expectWindowStill(page, 'while editing a note');
});
