// Correcting an entry (issue 17): a VITA passage and a fact show corrected, marked « corrigé »,
// with the original one click away; both survive a rebuild of the catalogue whose text moved;
// the collection holding the entry exports as a dossier (Markdown, print) and its contacts as vCard.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';
import { CorrectionsPage } from './pages/CorrectionsPage';
import { CataloguePage } from './pages/CataloguePage';
import { MapPage } from './pages/MapPage';
import { ComparePage } from './pages/ComparePage';

const ENTRY = 'vita-maison-emploi-et-services-animee-par-un-groupe-d-economie';
const PASSAGE = 'depuis 1986';
const PREFACE = 'Note de la réédition : cette présentation a été revue.';

/** Serves the catalogue as a rebuild would have made it: the entry's presentation shifted and retouched. */
async function serveRebuiltCatalogue(page: Page) {
  // The sections are in the catalogue's bodies (electron/shared/window-catalogue.ts).
  await page.route('**/catalogue-bodies.json', async (route) => {
    const response = await route.fetch();
    const catalogue = (await response.json()) as {
      entries: { id: string; sections: { key: string; text: string }[] }[];
    };
    const entry = catalogue.entries.find((e) => e.id === ENTRY)!;
    const presentation = entry.sections.find((s) => s.key === 'presentation')!;
    presentation.text = `${PREFACE}\n\n${presentation.text.replace("l'Isère", 'l’Isère')}`;
    await route.fulfill({ response, json: catalogue });
  });
}

test('correct a VITA passage and a fact, keep them across a rebuild, export the dossier and its contacts', async ({
  page,
}) => {
  const c = new CorrectionsPage(page);
  await c.annotations.openEntry(ENTRY);

  // A passage: shown corrected, the original one click (or key) away.
  const section = await c.correctPassage(PASSAGE, 'depuis 1987');
  const mark = section.locator('.corrected');
  await expect(mark.locator('ins')).toHaveText('depuis 1987');
  await expect(section.locator('.annotatable__text')).not.toContainText(PASSAGE);
  const badge = mark.getByRole('button', { name: /^corrigé/ });
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
  await badge.focus();
  await page.keyboard.press('Enter');
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  await expect(mark.locator('del')).toHaveText(PASSAGE);
  await badge.click();
  await expect(mark.locator('del')).toBeHidden();

  // A fact.
  await c.correctFact('Territoire', 'Isère et Savoie (Vallée du Guiers)');
  const territory = c.fact('Territoire');
  await expect(territory.locator('ins')).toHaveText('Isère et Savoie (Vallée du Guiers)');
  await territory.getByRole('button', { name: /^corrigé/ }).click();
  await expect(territory.locator('del')).toHaveText('Isère');
  // Its source, given afterwards, shows with the original.
  await territory.getByRole('button', { name: 'Modifier la correction' }).click();
  const editor = c.facts().getByRole('group', { name: 'Corriger : Territoire' });
  await editor.getByLabel('Source ou justification (facultatif)').fill('Rapport d’activité 2009');
  await editor.getByRole('button', { name: 'Terminer' }).click();
  await expect(territory.getByRole('button', { name: /^corrigé/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(territory.locator('.corrected__original')).toContainText('Isère — Rapport d’activité 2009');
  expect(await axeViolations(page)).toEqual([]);

  // The catalogue is rebuilt: the presentation gained a sentence before the passage and a
  // retouched apostrophe after it. Both corrections are still shown where they belong.
  await serveRebuiltCatalogue(page);
  await page.reload();
  await expect(page.getByText(PREFACE)).toBeVisible();
  const after = page.locator('section.annotatable').first();
  await expect(after.locator('.corrected ins')).toHaveText('depuis 1987');
  await expect(after.locator('.annotatable__text')).not.toContainText(PASSAGE);
  await expect(page.getByRole('heading', { name: 'Corrections orphelines' })).toHaveCount(0);
  await expect(c.fact('Territoire').locator('ins')).toHaveText('Isère et Savoie (Vallée du Guiers)');

  // « Mes annotations » lists both under « Corrections ».
  await c.annotations.collect('Visite Isère');
  await page.goto('./#/annotations');
  await page.getByLabel('Type').selectOption({ label: 'Corrections' });
  const cards = page.locator('.annotation-card--correction');
  await expect(cards).toHaveCount(2);
  await expect(cards.filter({ hasText: 'Territoire : Isère et Savoie' })).toContainText(
    'Texte d’origine : Isère',
  );
  await expect(cards.filter({ hasText: 'depuis 1987' })).toContainText(`Texte d’origine : ${PASSAGE}`);

  // The collection as a dossier.
  await page.getByRole('link', { name: 'Dossier (impression, Markdown, contacts)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossier : Visite Isère' })).toBeVisible();
  const entry = page.getByRole('region', { name: /Maison emploi et services/ });
  await expect(entry.getByText('Isère et Savoie (Vallée du Guiers)')).toBeVisible();
  await expect(entry.locator('.dossier__corrections')).toContainText('depuis 1987');
  expect(await axeViolations(page)).toEqual([]);

  const md = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger (Markdown)' }).click();
  const markdown = readFileSync((await (await md).path())!, 'utf8');
  expect(markdown).toMatch(/^# Dossier : Visite Isère\n/);
  expect(markdown).toContain('## 1. Maison emploi et services animée par un groupe d’économie sociale');
  expect(markdown).toContain(
    '- **Territoire** : Isère et Savoie (Vallée du Guiers) — **corrigé** (texte d’origine : Isère)',
  );
  expect(markdown).toContain('> depuis 1987');
  expect(markdown).toContain('- Hubert PETITPREZ, Directeur');

  // Printed: the dossier without the window's frame or its buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Imprimer (PDF)' })).toBeHidden();
  await expect(entry.getByRole('heading', { name: 'Repères clés' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Its contacts as vCard 4.0.
  const vcf = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Contacts (vCard)' }).click();
  const download = await vcf;
  expect(download.suggestedFilename()).toBe('visite-isere-contacts.vcf');
  const card = readFileSync((await download.path())!, 'utf8');
  expect(card.split('\r\n').slice(0, 6)).toEqual([
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:individual',
    'FN:Hubert PETITPREZ',
    'N:PETITPREZ;Hubert;;;',
    'ORG:Groupe ISACTYS',
  ]);
  expect(card).toContain('\r\nTITLE:Directeur\r\n');
  expect(card).toContain('\r\nEMAIL;TYPE=work:info@isactys.com\r\n');
  expect(card).toContain('\r\nTEL;VALUE=uri;TYPE=work:tel:+33476373313\r\n');
  // The corrected territory is what the card says.
  expect(card).toContain('NOTE:Repères : Isère et Savoie (Vallée du Guiers) — Maison emploi');
  expect(card.match(/BEGIN:VCARD/g)).toHaveLength(2);
  expect(card.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: '2 contacts exportés' })).toBeVisible();
});

test('a fact correction typed and not saved comes back after the window was closed', async ({ page }) => {
  const c = new CorrectionsPage(page);
  await c.annotations.openEntry(ENTRY);
  await c.facts().getByLabel('Repère à corriger').selectOption({ label: 'Structure' });
  await c.facts().getByRole('button', { name: 'Corriger ce repère' }).click();
  const editor = c.facts().getByRole('group', { name: 'Corriger : Structure' });
  await editor.getByLabel('Texte corrigé').fill('Groupe ISACTYS (Saint-Laurent-du-Pont)');
  // Closed before « Enregistrer » (a crash, a closed window): the draft holds the text.
  await expect.poll(() => draftBodies(page)).toContain('Groupe ISACTYS (Saint-Laurent-du-Pont)');
  await page.reload();
  await c.facts().getByLabel('Repère à corriger').selectOption({ label: 'Structure' });
  await c.facts().getByRole('button', { name: 'Corriger ce repère' }).click();
  await expect(editor.getByLabel('Texte corrigé')).toHaveValue('Groupe ISACTYS (Saint-Laurent-du-Pont)');
  await expect(editor.getByRole('status')).toContainText('Texte récupéré');
  await editor.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await expect(c.fact('Structure').locator('ins')).toHaveText('Groupe ISACTYS (Saint-Laurent-du-Pont)');
});

/** The texts held in the drafts table, read straight from IndexedDB. */
function draftBodies(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('reperes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => {
            resolve((all.result as { body: string }[]).map((d) => d.body));
            open.result.close();
          };
        };
      }),
  );
}

test('a corrected passage the rebuilt text no longer holds is listed as an orphan, kept and deletable', async ({
  page,
}) => {
  const c = new CorrectionsPage(page);
  await c.annotations.openEntry(ENTRY);
  await c.correctPassage(PASSAGE, 'depuis 1987');
  // The sections are in the catalogue's bodies (electron/shared/window-catalogue.ts).
  await page.route('**/catalogue-bodies.json', async (route) => {
    const response = await route.fetch();
    const catalogue = (await response.json()) as {
      entries: { id: string; sections: { key: string; text: string }[] }[];
    };
    const entry = catalogue.entries.find((e) => e.id === ENTRY)!;
    for (const s of entry.sections) s.text = s.text.replace('Il agit, depuis 1986, sur', 'Il agit sur');
    await route.fulfill({ response, json: catalogue });
  });
  await page.reload();
  const orphans = page.getByRole('region', { name: 'Corrections orphelines' });
  await expect(orphans.locator('del')).toHaveText(PASSAGE);
  await expect(orphans.locator('ins')).toHaveText('depuis 1987');
  await expect(page.locator('section.annotatable .corrected')).toHaveCount(0);

  await page.goto('./#/annotations');
  await expect(page.getByText('1 correction orpheline', { exact: false })).toBeVisible();
  await page.getByLabel('Type').selectOption({ label: 'Orphelins (passages introuvables)' });
  await expect(page.locator('.annotation-card--correction')).toContainText('Orphelin : passage introuvable');

  await page.goBack();
  await orphans.getByRole('button', { name: 'Supprimer la correction' }).click();
  await expect(orphans).toHaveCount(0);
});

test('a passage is corrected from the keyboard alone, and its original shown and hidden with Enter', async ({
  page,
}) => {
  const c = new CorrectionsPage(page);
  await c.annotations.openEntry(ENTRY);
  const before = await page.locator('section.annotatable .annotatable__text').first().innerText();
  const section = await c.annotations.enterFirstSectionByKeyboard();
  for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowRight');
  const chosen = before.slice(0, 10).trim();
  await expect(section.locator('.annotatable__pending')).toContainText(chosen);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(section.getByRole('button', { name: 'Corriger la sélection' })).toBeFocused();
  await page.keyboard.press('Enter');
  const field = section.getByLabel('Texte corrigé');
  await expect(field).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Le groupe Isactys');
  // Escape leaves the editor (the text is saved), not the entry.
  await page.keyboard.press('Escape');
  await expect(field).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/fiche/${ENTRY}`));
  await expect(section.locator('.corrected ins')).toHaveText('Le groupe Isactys');
  const badge = section.getByRole('button', { name: /^corrigé/ });
  await badge.focus();
  await page.keyboard.press('Enter');
  await expect(section.locator('.corrected del')).toHaveText(chosen);
  await page.keyboard.press('Enter');
  await expect(section.locator('.corrected del')).toBeHidden();
});

test('what is typed right after « Corriger la sélection » is the corrected text, kept after a reload', async ({
  page,
}) => {
  const c = new CorrectionsPage(page);
  await c.annotations.openEntry(ENTRY);
  const section = await c.annotations.enterFirstSectionByKeyboard();
  for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(section.locator('.annotatable__pending')).not.toBeEmpty();
  const button = section.getByRole('button', { name: 'Corriger la sélection' });
  await button.focus();
  // No wait between the keys: the editor must be there, focused, in Enter's own frame. It once
  // opened only when the database gave the correction back, and the keys went to the button.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Isactys');
  const field = section.getByLabel('Texte corrigé');
  await expect(field).toHaveValue('Isactys');
  await page.keyboard.press('Escape');
  await expect(section.locator('.corrected ins')).toHaveText(['Isactys']);
  await page.reload();
  await expect(page.locator('section.annotatable').first().locator('.corrected ins')).toHaveText(['Isactys']);
});

test('a corrected department and territory count everywhere: facets, map, search, list and header, flagged « corrigé »', async ({
  page,
}) => {
  const VITA = 'vita-pole-sud-pole-de-cooperation-et-d-initiatives-sud-rhone';
  const catalogue = new CataloguePage(page);
  const map = new MapPage(page);
  const placeLabel = (name: string) =>
    catalogue
      .facet('Département ou région')
      .locator('label', { has: page.getByRole('checkbox', { name: new RegExp(`^${name} ?, `) }) });
  const labelCount = async (name: string) => {
    const label = placeLabel(name);
    if ((await label.count()) === 0) return 0;
    return Number((await label.locator('.facet__count').innerText()).replace(/\D/g, ''));
  };

  await catalogue.open();
  await catalogue
    .facet('Département ou région')
    .getByRole('button', { name: /^Afficher \d+ de plus$/ })
    .click();
  expect(await labelCount('Drôme')).toBe(1);
  const ille = await labelCount('Ille-et-Vilaine');
  await map.open();
  expect(await map.countOf('Drôme')).toBe(1);
  const illeOnMap = await map.countOf('Ille-et-Vilaine');

  const c = new CorrectionsPage(page);
  await c.annotations.openEntry(VITA);
  await c.correctFact('Département', 'Ille-et-Vilaine');
  await c.correctFact('Territoire', 'Tain-l’Hermitage');
  // The facts panel: the corrected value, the original one click away; the region follows.
  await c
    .fact('Département')
    .getByRole('button', { name: /^corrigé/ })
    .click();
  await expect(c.fact('Département').locator('del')).toContainText('Drôme');
  await expect(c.fact('Région')).toContainText('Bretagne');
  await expect(c.fact('Région').getByRole('img', { name: 'valeur corrigée (département)' })).toBeVisible();
  // The header: the corrected territory, flagged, the original one click away.
  const header = page.locator('.fiche__head');
  await expect(header.locator('.fiche__subtitle ins')).toContainText('Tain-l’Hermitage');
  const flag = header.getByRole('button', { name: /^valeur corrigée/ });
  await flag.click();
  await expect(header.locator('.fiche__subtitle del')).toContainText('Drôme');

  // The facets and the map count the entry where the user put it.
  await catalogue.open();
  await catalogue
    .facet('Département ou région')
    .getByRole('button', { name: /^Afficher \d+ de plus$/ })
    .click();
  await expect.poll(() => labelCount('Ille-et-Vilaine')).toBe(ille + 1);
  expect(await labelCount('Drôme')).toBe(0);
  await map.open();
  await expect.poll(() => map.countOf('Ille-et-Vilaine')).toBe(illeOnMap + 1);
  await expect(map.department('Drôme')).toHaveCount(0);
  // The map's table says which entry a correction placed there; the overview says its counts use it.
  await page.getByText(/^Tableau des départements/).click();
  const illeRow = page.locator('.map-table tr', { has: page.locator('th', { hasText: 'Ille-et-Vilaine' }) });
  await expect(illeRow.getByRole('img', { name: 'valeur corrigée (département)' })).toHaveCount(1);
  await page.goto('./#/');
  await expect(page.getByTestId('compte-corrigees')).toContainText('vos corrections sur 1 fiche');

  // The search finds it by its new territory; the row flags the corrected value.
  await catalogue.open();
  await catalogue.type('Tain-l’Hermitage');
  await catalogue.settled('Tain-l’Hermitage');
  const row = catalogue.options().first();
  await expect(row).toHaveAttribute('id', new RegExp(VITA));
  await expect(row.getByRole('img', { name: 'valeur corrigée (territoire, département)' })).toBeVisible();
  await expect(row).toContainText('Tain-l’Hermitage');
  await row.click();
  const preview = page.locator('.preview');
  await expect(
    preview.locator('div', { has: page.locator('dt', { hasText: 'Région' }) }).locator('dd'),
  ).toContainText('Bretagne');
  await expect(preview.getByRole('img', { name: 'valeur corrigée (département)' })).toHaveCount(2);
  expect(await axeViolations(page)).toEqual([]);

  // The territory's correction deleted: the search answers with the source's territory again,
  // the entry found once, its row still flagged for the department.
  await row.dblclick();
  const territory = c.fact('Territoire');
  await territory.getByRole('button', { name: /^corrigé/ }).click();
  await territory.getByRole('button', { name: 'Modifier la correction' }).click();
  await c.facts().getByRole('button', { name: 'Supprimer la correction' }).click();
  await expect(territory.locator('ins')).toHaveCount(0);
  await catalogue.open();
  await catalogue.type('Tain-l’Hermitage');
  await catalogue.settled('Tain-l’Hermitage');
  await expect(catalogue.list.locator(`[id*="${VITA}"]`)).toHaveCount(0);
  await catalogue.type('Pôle sud coopération');
  await catalogue.settled('Pôle sud coopération');
  const again = catalogue.list.locator(`[id*="${VITA}"]`);
  await expect(again).toHaveCount(1);
  await expect(again).toContainText('Drôme');
  await expect(again.getByRole('img', { name: 'valeur corrigée (département)' })).toBeVisible();
});

test('a corrected year is flagged « corrigé » in the chronology and in the comparison', async ({ page }) => {
  const VITA = 'vita-pole-sud-pole-de-cooperation-et-d-initiatives-sud-rhone';
  const c = new CorrectionsPage(page);
  await page.goto('./#/');
  await expect(page.getByTestId('compte-corrigees')).toHaveCount(0);
  await c.annotations.openEntry(VITA);
  await c.correctFact('Année', '1997');
  await expect(c.fact('Année')).toContainText('1997');

  // The chronology's list puts the entry at its corrected year, flagged.
  await page.goto('./#/chronologie?vue=liste');
  const line = page.locator('.tl-table tr', { has: page.locator(`a[href*="${VITA}"]`) });
  await expect(line).toHaveCount(1);
  await expect(line.locator('td').first()).toContainText('1997');
  await expect(line.getByRole('img', { name: 'valeur corrigée (année)' })).toBeVisible();
  const others = page.locator('.tl-table').getByRole('img', { name: /^valeur corrigée/ });
  await expect(others).toHaveCount(1);

  // The comparison's « Année » row flags the corrected cell only.
  const compare = new ComparePage(page);
  await compare.add(VITA, 'Pôle sud : pôle de coopération et d’initiatives sud Rhône-Alpes');
  await compare.add(
    'vita-la-bise-boutique-de-l-initiative-solidaire-et-de-l-emploi',
    'La BISE, boutique de l’initiative solidaire et de l’emploi : un projet collectif au service',
  );
  await compare.open();
  const year = compare.row('Année');
  await expect(year).toContainText('1997');
  await expect(year.getByRole('img', { name: 'valeur corrigée (année)' })).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
});

test('the catalogue search finds an entry by the wording of a passage the user corrected', async ({
  page,
}) => {
  const c = new CorrectionsPage(page);
  await c.annotations.openEntry(ENTRY);
  await c.correctPassage(PASSAGE, 'depuis 1987 avec le xylophoniste');
  const catalogue = new CataloguePage(page);
  await catalogue.open();
  await catalogue.type('xylophoniste');
  await catalogue.settled('xylophoniste');
  await expect(catalogue.options()).toHaveCount(1);
  await expect(catalogue.options().first()).toHaveAttribute('id', new RegExp(ENTRY));
});
