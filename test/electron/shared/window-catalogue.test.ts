import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../electron/pipeline';
import { readDocuments } from '../../../electron/cli/documents';
import { Catalogue } from '../../../electron/shared/schema';
import { forWindow } from '../../../electron/shared/window-catalogue';

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
