// « Surligner la sélection » floats next to a mouse selection, inside the window, even at the top
// of a section far longer than the window (it used to sit at the section's end, off-screen).
import { test, expect, bundledCatalogue } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';

interface CatalogueJson {
  entries: { id: string; sections: { text: string }[] }[];
}

/** The entry holding the longest section of the catalogue, and that section's index. */
async function longestSection(request: import('@playwright/test').APIRequestContext) {
  const catalogue: CatalogueJson = await bundledCatalogue(request);
  let best = { id: '', index: -1, size: 0 };
  for (const e of catalogue.entries)
    e.sections.forEach((s, index) => {
      if (s.text.length > best.size) best = { id: e.id, index, size: s.text.length };
    });
  expect(best.size, 'a section several screens long').toBeGreaterThan(6000);
  return best;
}

for (const size of [
  { width: 1280, height: 820 },
  { width: 900, height: 700 },
]) {
  test(`a mouse selection in a long section shows its toolbar beside it, at ${size.width} px`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize(size);
    const target = await longestSection(request);
    await new AnnotationsPage(page).openEntry(target.id);
    const section = page.locator('section.annotatable').nth(target.index);
    const firstWords = section.locator('.annotatable__text p').first();
    await firstWords.scrollIntoViewIfNeeded();
    const box = (await firstWords.boundingBox())!;
    const sectionBox = (await section.boundingBox())!;
    expect(sectionBox.height, 'the section is taller than the window').toBeGreaterThan(size.height * 1.5);

    // A drag across the start of the first paragraph, as a reader would.
    const y = box.y + 10;
    await page.mouse.move(box.x + 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + Math.min(200, box.width - 4), y, { steps: 8 });
    await page.mouse.up();
    await expect(section.locator('.annotatable__pending')).toBeVisible();

    const button = section.getByRole('button', { name: 'Surligner la sélection' });
    await expect(button).toBeInViewport({ ratio: 1 });
    const buttonBox = (await button.boundingBox())!;
    // Next to the selection: within a few lines of it, not at the section's end.
    expect(Math.abs(buttonBox.y - y), 'toolbar near the selected line').toBeLessThan(140);
    expect(buttonBox.x + buttonBox.width).toBeLessThanOrEqual(size.width);

    // It highlights the selection, with the document left where it was.
    const scrollBefore = await page.locator('main').evaluate((m) => m.scrollTop);
    await button.click();
    await expect(section.locator('mark.hl').first()).toBeVisible();
    expect(await page.locator('main').evaluate((m) => m.scrollTop)).toBe(scrollBefore);
  });
}

test('a selection near the bottom of the window puts the toolbar above it', async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 820 });
  const target = await longestSection(request);
  await new AnnotationsPage(page).openEntry(target.id);
  const section = page.locator('section.annotatable').nth(target.index);
  await section.locator('.annotatable__text p').first().scrollIntoViewIfNeeded();
  // Select a word on the last visible line of the text.
  const point = await section.evaluate((el) => {
    const main = document.querySelector('main')!.getBoundingClientRect();
    const walker = document.createTreeWalker(el.querySelector('.annotatable__text')!, NodeFilter.SHOW_TEXT);
    let found: { x: number; y: number } | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects())
        if (r.bottom < main.bottom - 8 && r.bottom > main.bottom - 60 && r.width > 60)
          found = { x: r.left + 20, y: r.top + r.height / 2 };
    }
    return found;
  });
  expect(point, 'a line of text near the bottom edge').not.toBeNull();
  await page.mouse.dblclick(point!.x, point!.y);
  const button = section.getByRole('button', { name: 'Surligner la sélection' });
  await expect(button).toBeInViewport({ ratio: 1 });
  expect((await button.boundingBox())!.y).toBeLessThan(point!.y);
});
