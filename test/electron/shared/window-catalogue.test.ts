import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../electron/pipeline';
import { readDocuments } from '../../../electron/cli/documents';
import { Catalogue, CatalogueBodies } from '../../../electron/shared/schema';
import { toItems } from '../../../electron/shared/items';
import { forWindow, splitForWindow, withBodies } from '../../../electron/shared/window-catalogue';

describe('forWindow', () => {
  const { catalogue } = buildCatalogue(readDocuments());
  const withoutRaw = <T extends { raw: string }>(items: T[]) => items.map(({ raw: _raw, ...rest }) => rest);

  it('leaves the raw copies behind and keeps everything else, still valid', () => {
    const view = forWindow(catalogue);
    expect(Catalogue.safeParse(view).success).toBe(true);
    expect(view.entries.every((e) => e.raw === '')).toBe(true);
    expect(view.events.every((e) => e.raw === '')).toBe(true);
    expect(withoutRaw(view.entries)).toEqual(withoutRaw(catalogue.entries));
    expect(withoutRaw(view.events)).toEqual(withoutRaw(catalogue.events));
    expect(JSON.stringify(view).length).toBeLessThan(JSON.stringify(catalogue).length * 0.7);
    // The catalogue itself is untouched: the corpus report and the main process keep the raw text.
    expect(catalogue.entries.every((e) => e.raw.length > 0)).toBe(true);
  });

  it('keeps what the window needs to show the original text: the document and its lines', () => {
    const docs = join(__dirname, '../../../resources/documents');
    for (const e of forWindow(catalogue).entries) {
      const lines = readFileSync(join(docs, e.source), 'utf8').split(/\r\n|\r|\n/);
      expect(e.lines[0]).toBeGreaterThanOrEqual(1);
      expect(e.lines[1]).toBeLessThanOrEqual(lines.length);
    }
  });
});

describe('splitForWindow and withBodies', () => {
  const { catalogue } = buildCatalogue(readDocuments());
  const { list, bodies } = splitForWindow(catalogue);

  it('joined again, the list and its bodies are the window’s catalogue, key for key', () => {
    expect(withBodies(list, bodies)).toEqual(forWindow(catalogue));
    // Through JSON too, as the window receives them (an absent evidence stays absent).
    const [l, b] = [JSON.parse(JSON.stringify(list)), JSON.parse(JSON.stringify(bodies))];
    expect(withBodies(l, b)).toEqual(JSON.parse(JSON.stringify(forWindow(catalogue))));
  });

  it('keeps in the list all the catalogue’s list shows, in a fraction of the bytes', () => {
    expect(Catalogue.safeParse(list).success).toBe(true);
    expect(CatalogueBodies.safeParse(bodies).success).toBe(true);
    const strip = (items: ReturnType<typeof toItems>) =>
      items.map(({ entry: _entry, event: _event, ...shown }) => shown);
    expect(strip(toItems(list))).toEqual(strip(toItems(catalogue)));
    expect(list.entries.every((e) => e.sections.length === 0 && e.themeEvidence === undefined)).toBe(true);
    expect(JSON.stringify(list).length).toBeLessThan(JSON.stringify(forWindow(catalogue)).length * 0.2);
    // What the list's rows and the contact export read of an entry stays in it.
    expect(list.entries.map((e) => [e.people, e.emails, e.phones, e.summary])).toEqual(
      catalogue.entries.map((e) => [e.people, e.emails, e.phones, e.summary]),
    );
  });

  it('refuses bodies of another catalogue: other entries, another order, one missing', () => {
    const swapped = {
      ...bodies,
      entries: [bodies.entries[1]!, bodies.entries[0]!, ...bodies.entries.slice(2)],
    };
    expect(withBodies(list, swapped)).toBeNull();
    expect(withBodies(list, { ...bodies, events: bodies.events.slice(1) })).toBeNull();
    expect(withBodies(list, { entries: [], events: [] })).toBeNull();
  });
});
