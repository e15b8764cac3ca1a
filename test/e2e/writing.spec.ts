// The user's own fiche, end to end: written in the editor, kept across a reload, found by the
// search, opened, compared with a bundled entry, counted in the facets and on the map; the
// « Complétude » facet filters; a fiche is deleted after a French confirmation, from the keyboard.
import { readFileSync } from 'node:fs';
import { test, expect, axeViolations, bundledCatalogue } from './fixtures';
import { CataloguePage } from './pages/CataloguePage';
import { ComparePage } from './pages/ComparePage';
import { MapPage } from './pages/MapPage';
import { TimelinePage } from './pages/TimelinePage';
import { FicheEditorPage } from './pages/FicheEditorPage';
import { completenessGaps } from '../../renderer/src/core/completeness';

const TITLE = 'Garage solidaire du Pays de Redon';
// A word no bundled document holds: the search can only find it in the fiche.
const WORD = 'vélorécupération';

async function writeFiche(page: import('@playwright/test').Page): Promise<string> {
  const editor = new FicheEditorPage(page);
  await page.goto('./#/catalogue');
  await page.getByRole('link', { name: 'Nouvelle fiche' }).click();
  await expect(page).toHaveURL(/#\/fiches\/fiche-[0-9a-f-]+\/modifier/);
  await expect(page.getByRole('heading', { name: 'Nouvelle fiche', level: 1 })).toBeFocused();
  await editor.fill('Titre', TITLE);
  await editor.fill('Structure porteuse', 'Association Mobil’Emploi');
  await editor.fill('Territoire', 'Pays de Redon');
  await editor.field('Département').selectOption('35');
  await editor.fill('Année', '20x1');
  await expect(editor.form.getByText('Année non comprise')).toBeVisible();
  await editor.fill('Année', '2021');
  await expect(editor.form.getByText('Année non comprise')).toBeHidden();
  await editor.form.getByRole('radio', { name: 'En fonctionnement' }).check();
  await editor.fill('Public visé', 'Demandeurs d’emploi sans voiture');
  await editor.form.getByRole('button', { name: 'Ajouter une personne' }).click();
  await editor.fill('Nom (personne 1)', 'Anne Le Guen');
  await editor.fill('Rôle (personne 1)', 'coordinatrice');
  await editor.fill('Courriels', 'garage@example.org');
  await editor.form.getByRole('checkbox').first().check();
  await editor.fill('Contexte (Markdown)', `Un territoire **rural** où la ${WORD} manquait.`);
  await editor.fill(
    'Présentation (Markdown)',
    'Un garage où les personnes en insertion réparent des voitures.\n\n- prêt de véhicules\n- <script>alert(1)</script>',
  );
  await editor.fill('Financeurs', 'Région Bretagne\nFSE');
  await editor.fill('Budget', '120 000 € par an');
  await editor.fill('Année des chiffres', '2022');
  await editor.form.getByRole('button', { name: 'Ajouter un résultat' }).click();
  await editor.fill('Résultat 1', '45 personnes en emploi durable');
  await editor.fill('Mesuré comment (résultat 1)', 'suivi des sorties à six mois');
  await editor.fill('Conditions de transfert (Markdown)', 'Un local et un mécanicien encadrant.');
  await editor.saved();
  return /fiches\/(fiche-[0-9a-f-]+)\/modifier/.exec(page.url())![1]!;
}

test('write a fiche, reload, find it, open it, compare it, see it in facets and on the map, delete it', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const id = await writeFiche(page);

  // Kept across a reload.
  await page.reload();
  const editor = new FicheEditorPage(page);
  await expect(editor.field('Titre')).toHaveValue(TITLE);
  await expect(editor.field('Résultat 1')).toHaveValue('45 personnes en emploi durable');
  await expect(editor.field('Département')).toHaveValue('35');

  // Found by the search, opened from the list.
  const catalogue = new CataloguePage(page);
  await catalogue.open();
  await catalogue.type(WORD);
  await catalogue.settled(WORD);
  await expect(catalogue.options()).toHaveCount(1);
  await expect(catalogue.options().first()).toContainText(TITLE);
  await catalogue.options().first().dblclick();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  const facts = page.getByRole('region', { name: 'Repères clés' });
  await expect(facts).toContainText('En fonctionnement');
  await expect(facts).toContainText('Demandeurs d’emploi sans voiture');
  await expect(facts).toContainText('120 000 € par an (chiffres de 2022)');
  await expect(facts).toContainText('Mesuré par : suivi des sorties à six mois');
  await expect(facts).toContainText('Ille-et-Vilaine');
  // Markup typed in a part is shown as words, never run.
  await expect(page.getByRole('main')).toContainText('<script>alert(1)</script>');
  await expect(page.getByRole('switch', { name: 'Texte d’origine' })).toHaveCount(0);
  const checklist = page.getByRole('region', { name: /Complétude/ });
  await checklist.getByText(/Complétude/).click();
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Résultats chiffrés' })).toContainText(
    'présent',
  );
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Site web' })).toContainText('absent');
  expect(await axeViolations(page)).toEqual([]);

  // Compared with a bundled entry.
  const bundled = (await bundledCatalogue(request)).entries;
  const other = bundled.find((e) => e.kind === 'case')!;
  const compare = new ComparePage(page);
  await compare.add(id, TITLE);
  await compare.add(other.id, other.title);
  await compare.open();
  await expect(compare.table).toContainText(TITLE);
  await expect(compare.table).toContainText(other.title);
  await expect(compare.table).toContainText(WORD);

  // In the facets: its own source.
  await catalogue.open();
  await expect(catalogue.facetCheckbox('Source', /Mes fiches/)).toBeVisible();
  await catalogue.toggleFacet('Source', /Mes fiches/);
  await catalogue.expectCount(1);

  // On the map, in its department.
  const map = new MapPage(page);
  await map.open();
  const before = bundled.filter((e) => e.departmentCode === '35').length;
  expect(await map.countOf('Ille-et-Vilaine')).toBe(before + 1);

  // In the chronology (it is dated 2021), in its own lane, and in the overview's sources.
  const timeline = new TimelinePage(page);
  await timeline.open();
  await expect(timeline.lane(/Mes fiches/)).toBeVisible();
  await expect(timeline.lane(/Mes fiches/).getByRole('link', { name: new RegExp(TITLE) })).toBeVisible();
  await page.goto('./#/');
  await expect(
    page.getByRole('group', { name: 'Par source' }).getByRole('link', { name: /^Mes fiches/ }),
  ).toBeVisible();

  // Deleted after a confirmation, from the keyboard; Échap first cancels.
  await page.goto(`./#/fiche/${id}`);
  await page.getByRole('button', { name: 'Supprimer la fiche' }).click();
  const dialog = page.getByRole('dialog', { name: 'Supprimer cette fiche ?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Supprimer la fiche' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Supprimer définitivement' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/fiches$/);
  await expect(page.getByText('Vous n’avez pas encore écrit de fiche.')).toBeVisible();
  await catalogue.open(`?q=${encodeURIComponent(WORD)}`);
  await catalogue.settled(WORD);
  await catalogue.expectCount(0);
});

test('the « Complétude » facet lists what entries lack, and filters on it', async ({ page, request }) => {
  const entries = (await bundledCatalogue(request)).entries;
  const withoutContact = entries.filter((e) => completenessGaps(e).includes('contact')).length;
  const withoutFigures = entries.filter((e) => completenessGaps(e).includes('figures')).length;
  expect(withoutContact).toBeGreaterThan(0);
  const catalogue = new CataloguePage(page);
  await catalogue.open();
  await expect(catalogue.facetCheckbox('Complétude', /sans contact/)).toBeVisible();
  await catalogue.toggleFacet('Complétude', /sans contact/);
  await catalogue.expectCount(withoutContact);
  await expect(page).toHaveURL(/completude=contact/);
  await catalogue.toggleFacet('Complétude', /sans contact/, false);
  await catalogue.toggleFacet('Complétude', /sans résultats chiffrés/);
  await catalogue.expectCount(withoutFigures);
});

test('an imported fiche file: valid entries come in, invalid ones are set aside with the reason', async ({
  page,
}) => {
  const file = JSON.stringify({
    schemaVersion: 1,
    entries: [
      {
        id: 'fiche-1b2c3d4e-0000-4000-8000-000000000001',
        kind: 'case',
        source: 'mes-fiches',
        title: 'Épicerie solidaire <b>importée</b>',
        territory: 'Rennes',
        department: null,
        organisation: null,
        group: null,
        people: [],
        emails: [],
        phones: [],
        websites: [],
        themes: [],
        year: 2019,
        sections: [{ key: 'context', heading: 'Contexte', text: 'Un quartier sans commerce.' }],
        lines: [1, 1],
        raw: '',
      },
      { id: 'x', title: 'Sans sections' },
      'pas une fiche',
    ],
  });
  await page.goto('./#/fiches');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer des fiches…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'fiches.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(
    page.getByRole('status').filter({ hasText: '1 fiche importée, 2 mises de côté' }),
  ).toBeVisible();
  const aside = page.getByRole('region', { name: 'Mises de côté' });
  await expect(aside).toContainText('Fiche n° 2 « Sans sections » — ');
  await expect(aside).toContainText('Fiche n° 3 — ce n’est pas une fiche');
  await page.getByRole('link', { name: 'Épicerie solidaire <b>importée</b>', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Épicerie solidaire <b>importée</b>');

  // Exported as Markdown, deleted, imported back from that file: the same fiche again.
  await page.goto('./#/fiches');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en Markdown' }).click();
  const markdown = readFileSync((await (await download).path())!, 'utf8');
  expect(markdown).toContain('## Épicerie solidaire \\<b\\>importée\\</b\\>');
  await page.getByRole('button', { name: 'Supprimer la fiche' }).click();
  await page.getByRole('button', { name: 'Supprimer définitivement' }).click();
  await expect(page.getByText('Vous n’avez pas encore écrit de fiche.')).toBeVisible();
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer des fiches…' }).click();
  await (
    await again
  ).setFiles({ name: 'mes-fiches.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
  await expect(page.getByRole('status').filter({ hasText: '1 fiche importée.' })).toBeVisible();
  await page.getByRole('link', { name: 'Épicerie solidaire <b>importée</b>', exact: true }).click();
  await expect(page.getByRole('main')).toContainText('Un quartier sans commerce.');
});
