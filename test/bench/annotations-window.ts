// The annotations in the window, on the large library's profile (large-library.ts): « Mes
// annotations » opened from the catalogue, the entry holding 800 highlights opened, and the
// longest main-thread task (Long Tasks API) while a note is typed on that entry.
// The entry's time runs until every highlight that shows is marked in its text (`heavyVisible`,
// counted by large-library.ts: each marked highlight's first run carries its id), not until the
// first one is: the sections used to draw theirs one after another, and the first section's
// marks stopped the clock with half of them still missing.
import type { BrowserContext, Page } from '@playwright/test';

/** ms from following `link` (a nav label, or a hash) to the first frame where `selector` matches `count` elements. */
async function timeUntil(
  page: Page,
  start: { label: string } | { hash: string },
  selector: string,
  count: number,
): Promise<number> {
  // No named functions inside: the bench's compiler would wrap them in a helper the page lacks.
  return page.evaluate(
    ({ start, selector, count }) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelectorAll(selector).length < count) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        if ('hash' in start) location.hash = start.hash;
        else document.querySelector<HTMLElement>(`a[data-label="${start.label}"]`)?.click();
      }),
    { start, selector, count },
  );
}

export interface WindowAnnotationFigures {
  annotationsView: number;
  heavyEntry: number;
  longestTaskTyping: number;
}

export async function measureWindowAnnotations(
  context: BrowserContext,
  url: string,
  heavyEntry: string,
  heavyVisible: number,
): Promise<WindowAnnotationFigures> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => performance.getEntriesByName('reperes:documents').length > 0,
      undefined,
      {
        timeout: 60_000,
      },
    );
    await page.waitForTimeout(1000); // the search index and the user's texts settle
    const annotationsView = await timeUntil(page, { label: 'Mes annotations' }, '.annotation-card', 1);
    const heavy = await timeUntil(page, { hash: `#/fiche/${heavyEntry}` }, 'mark.hl[id]', heavyVisible);
    await page
      .getByRole('complementary', { name: /Mes annotations sur/ })
      .getByRole('button', { name: 'Ajouter une note' })
      .click();
    const area = page.getByLabel('Texte de la note (Markdown)').last();
    await area.click();
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    await page.keyboard.type('Demander au coordinateur comment le PLIE finance ce poste.', { delay: 40 });
    await page.waitForTimeout(2000); // autosave and its echo in every view
    const longestTaskTyping = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    return { annotationsView, heavyEntry: heavy, longestTaskTyping };
  } finally {
    await page.close();
  }
}
