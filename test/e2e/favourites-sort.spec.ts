// Favourites are listed where the user looks for them (a « Favoris » filter in the catalogue, a
// type in « Mes annotations », a list on Accueil), and the catalogue sorts by relevance, year,
// territory and source, all kept in the URL.
import { test, expect } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';
import { CataloguePage } from './pages/CataloguePage';

interface CatalogueJson {
  sources: { file: string }[];
  entries: { id: string; title: string; kind: string; territory: string | null; year: number | null }[];
}

test('favourites: a catalogue filter in the URL, a type in « Mes annotations », a list on Accueil', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const catalogue = (await (await request.get('/catalogue.json')).json()) as CatalogueJson;
  const [a, b] = catalogue.entries.filter((e) => e.kind === 'case' || e.kind === 'experience').slice(3);
  const ui = new AnnotationsPage(page);
  for (const e of [a!, b!]) {
    await ui.openEntry(e.id);
    await ui.favourite();
  }

  const list = new CataloguePage(page);
  await list.open();
  const all = await list.shownCount();
  const toggle = list.facets.getByRole('checkbox', { name: /^Favoris/ });
  await expect(toggle).not.toBeChecked();
  // Its state follows the URL, set in a transition: click, then wait for the box to show it (check()
  // looks right after the click and can find it still unticked).
  await toggle.click();
  await expect(toggle).toBeChecked();
  await expect(page).toHaveURL(/[?&]favoris=1/);
  await list.expectCount(2);
  await expect(list.options().filter({ hasText: a!.title })).toHaveCount(1);
  await expect(list.options().filter({ hasText: b!.title })).toHaveCount(1);
  await page.reload();
  await list.expectCount(2);
  await expect(list.facets.getByRole('checkbox', { name: /^Favoris/ })).toBeChecked();
  // The chip removes it.
  await page.getByRole('button', { name: 'Retirer le filtre Favoris' }).click();
  await list.expectCount(all);
  await expect(page).not.toHaveURL(/favoris=/);

  // « Mes annotations »: the « Favoris » type lists exactly the two entries.
  await ui.openList();
  await page.getByLabel('Type').selectOption({ label: 'Favoris' });
  const cards = page.locator('.annotation-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.filter({ hasText: a!.title })).toHaveCount(1);
  await cards
    .filter({ hasText: b!.title })
    .getByRole('link', { name: `Ouvrir la fiche « ${b!.title} »` })
    .click();
  await expect(page.locator('#fiche-titre')).toHaveText(b!.title);

  // Accueil lists them and opens the filtered catalogue.
  await page.goto('/#/');
  const favourites = page.getByRole('list', { name: 'Fiches favorites' });
  await expect(favourites.getByRole('link')).toHaveText([b!.title, a!.title]);
  await page.getByRole('link', { name: 'Voir les favoris dans le catalogue' }).click();
  await expect(page).toHaveURL(/#\/catalogue\?favoris=1$/);
  await list.expectCount(2);

  // Removing a favourite removes it everywhere.
  await ui.openEntry(a!.id);
  await ui.panel().getByRole('button', { name: 'Favori' }).click();
  await page.goto('/#/');
  await expect(favourites.getByRole('link')).toHaveText([b!.title]);
});

test('with « Favoris » on and no favourite, the empty list says how to add one', async ({ page }) => {
  const list = new CataloguePage(page);
  await list.open('?favoris=1');
  await list.expectCount(0);
  await expect(page.getByText('Vous n’avez encore aucun favori')).toBeVisible();
  await page.getByRole('button', { name: 'Afficher toutes les fiches, pas seulement les favoris' }).click();
  await expect(page).not.toHaveURL(/favoris=/);
  // The URL changes before the list renders without the filter: the count is read once it has.
  await expect.poll(() => list.shownCount()).toBeGreaterThan(100);
});

test('the catalogue sorts by year, territory and source, kept in the URL', async ({ page, request }) => {
  const catalogue = (await (await request.get('/catalogue.json')).json()) as CatalogueJson;
  const list = new CataloguePage(page);
  await list.open();
  const sort = page.getByLabel('Trier par');
  await expect(sort).toHaveValue('relevance');
  // The first five rows: the list renders more rows after its first frame, so the whole rendered
  // list, read at once after opening, can be shorter than the same list read later.
  const firstTitles = async () => (await list.options().locator('.row__title').allInnerTexts()).slice(0, 5);
  const byRelevance = await firstTitles();

  await sort.selectOption({ label: 'Année (la plus récente d’abord)' });
  await expect(page).toHaveURL(/[?&]tri=annee/);
  // The URL changes before the list re-renders: read the rows until they show the new order.
  const newest = Math.max(...catalogue.entries.map((e) => e.year ?? 0));
  await expect(async () => {
    const years = (await list.options().locator('.row__year').allInnerTexts()).map(Number);
    expect(years[0]).toBeGreaterThanOrEqual(newest);
    expect(years).toEqual([...years].sort((x, y) => y - x));
  }).toPass();

  await sort.selectOption({ label: 'Territoire (A → Z)' });
  await expect(page).toHaveURL(/[?&]tri=territoire/);
  const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true, ignorePunctuation: true });
  await expect(async () => {
    const territories = await list
      .options()
      .evaluateAll((os) => os.map((o) => o.querySelector('.row__meta')?.textContent?.split(' · ')[0] ?? ''));
    const named = territories.filter(Boolean);
    expect(named.length).toBeGreaterThan(3);
    expect(named).toEqual([...named].sort(collator.compare));
  }).toPass();

  await page.reload();
  await expect(page.getByLabel('Trier par')).toHaveValue('territory');
  await expect.poll(firstTitles).not.toEqual(byRelevance);

  await page.getByLabel('Trier par').selectOption({ label: 'Source' });
  await expect(page).toHaveURL(/[?&]tri=source/);
  await page.getByLabel('Trier par').selectOption({ label: 'Pertinence' });
  await expect(page).not.toHaveURL(/tri=/);
  await expect.poll(firstTitles).toEqual(byRelevance);
});
