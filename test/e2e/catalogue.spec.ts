// The catalogue as a user meets it: every entry listed with its source, facets that filter,
// and a state that survives reload and back/forward.
import { test, expect, axeViolations } from './fixtures';
import { CataloguePage } from './pages/CataloguePage';

interface CatalogueJson {
  sources: { file: string; label: string; kind: string }[];
  entries: { id: string; title: string; kind: string; source: string }[];
  events: { id: string; title: string; source: string }[];
}

async function loadCatalogue(request: import('@playwright/test').APIRequestContext): Promise<CatalogueJson> {
  return (await (await request.get('catalogue.json')).json()) as CatalogueJson;
}

test('the first screen lists every entry and event with its source', async ({ page, request }) => {
  const catalogue = await loadCatalogue(request);
  const total = catalogue.entries.length + catalogue.events.length;
  expect(catalogue.entries.length).toBeGreaterThan(60);
  const c = new CataloguePage(page);
  await c.open();
  await c.expectCount(total);
  const seen = await c.collectAllOptionTexts();
  expect(seen.size).toBe(total);
  const label = new Map(catalogue.sources.map((s) => [s.file, s.label]));
  for (const item of [...catalogue.entries, ...catalogue.events]) {
    const text = seen.get(`resultat-${item.id}`);
    expect(text, `row of ${item.id}`).toBeDefined();
    expect(text).toContain(label.get(item.source));
  }
  expect(await axeViolations(page)).toEqual([]);
});

test('facets filter the list, combine, and show counts of the current selection', async ({
  page,
  request,
}) => {
  const catalogue = await loadCatalogue(request);
  const vita = catalogue.sources.find((s) => s.kind === 'vita')!;
  const vitaEntries = catalogue.entries.filter((e) => e.source === vita.file);
  const c = new CataloguePage(page);
  await c.open();
  await c.toggleFacet('Source', new RegExp(vita.label));
  await c.expectCount(vitaEntries.length);
  await expect(page).toHaveURL(new RegExp(`source=${vita.file}`));
  // Kind counts now describe VITA only.
  const experiences = vitaEntries.filter((e) => e.kind === 'experience').length;
  await expect(c.facetCheckbox('Type de fiche', /Expérience/)).toHaveAccessibleName(
    new RegExp(`${experiences} fiches`),
  );
  await expect(c.facetCheckbox('Type de fiche', /Étude de cas/)).toHaveCount(0);
  await c.toggleFacet('Type de fiche', /Expérience/);
  await c.expectCount(experiences);
  // One working group narrows further; every row shown belongs to VITA.
  const group = c.facet('Groupe de travail VITA').getByRole('checkbox').first();
  await group.click();
  await expect(group).toBeChecked();
  const n = await c.shownCount();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(experiences);
  await expect(c.options().first()).toContainText(vita.label);
  await page.getByRole('button', { name: /Tout effacer/ }).click();
  await c.expectCount(catalogue.entries.length + catalogue.events.length);
});

test('reload restores the query, the facets and the selected result', async ({ page }) => {
  const c = new CataloguePage(page);
  await c.open();
  await c.type('insertion');
  // The answer in place before moving through it: a late one reorders the list under the keys.
  await c.settled('insertion');
  await c.toggleFacet('Type de fiche', /Expérience/);
  const n = await c.shownCount();
  expect(n).toBeGreaterThan(2);
  await c.search.focus();
  await c.search.press('ArrowDown');
  await c.search.press('ArrowDown');
  const activeId = await c.activeOption().getAttribute('id');
  expect(activeId).toBeTruthy();
  // The URL names the row the keys reached, not one they passed.
  await expect(page).toHaveURL(new RegExp(`fiche=${activeId!.replace(/^resultat-/, '')}(&|$)`));
  await page.reload();
  await expect(c.search).toHaveValue('insertion');
  await c.expectCount(n);
  await expect(c.facetCheckbox('Type de fiche', /Expérience/)).toBeChecked();
  await expect(c.activeOption()).toHaveAttribute('id', activeId!);
});

test('back and forward step through facet changes and opened entries', async ({ page }) => {
  const c = new CataloguePage(page);
  await c.open();
  const total = await c.shownCount();
  await c.toggleFacet('Type de fiche', /Étude de cas/);
  await c.expectCount(19);
  await page.goBack();
  await c.expectCount(total);
  await expect(c.facetCheckbox('Type de fiche', /Étude de cas/)).not.toBeChecked();
  await page.goForward();
  await c.expectCount(19);
  // Open the second case study, then come back to the same list and selection.
  await c.list.focus();
  await page.keyboard.press('ArrowDown');
  // The move lands through the URL: read the title once the second option shows as active
  // (reading it at once raced with the update, while Enter rightly opened the second one).
  await expect(c.activeOption()).toHaveAttribute('aria-posinset', '2');
  const title = (await c.activeOption().locator('.row__title').textContent())!;
  await page.keyboard.press('Enter');
  await expect(c.entryTitle()).toHaveText(title);
  expect(await axeViolations(page)).toEqual([]);
  await page.goBack();
  await c.expectCount(19);
  await expect(c.activeOption()).toContainText(title);
  await page.goForward();
  await expect(c.entryTitle()).toHaveText(title);
  await page.keyboard.press('Escape');
  await c.expectCount(19);
  await expect(c.activeOption()).toContainText(title);
});

test('an empty result offers buttons that find something again', async ({ page }) => {
  const c = new CataloguePage(page);
  // The market gardeners are a case study, not an event.
  await c.open('?q=maraichers%20nantais&type=event');
  await expect(page.getByRole('heading', { name: /Aucune fiche ne correspond/ })).toBeVisible();
  await c.expectCount(0);
  await page
    .getByRole('button', { name: /^Retirer le filtre Type de fiche : Événement \(1 fiche\)$/ })
    .click();
  await expect(c.options().first()).toContainText('Dispositif des Maraîchers nantais');
  await expect(page).not.toHaveURL(/type=event/);
});
