// Which PDF fonts are bold: looked up only on pages with contact details, once per font, from
// the font names pdf.js hands over with a page's operator list.
import { describe, expect, it } from 'vitest';
import { FontWeights } from '../../../../electron/pipeline/formats/pdf';

/** A document's pages as pdf.js shows them: drawing a page hands over its fonts' names. */
function fakeDocument(names: Record<string, string>, failing: ReadonlySet<string> = new Set()) {
  const handed = new Map<string, { name: string }>();
  const drawn: string[][] = [];
  const page = (fonts: string[]) => ({
    commonObjs: {
      has: (id: string) => handed.has(id),
      get: (id: string) => {
        const font = handed.get(id);
        if (!font) throw new Error(`Requesting object that isn't resolved yet ${id}.`);
        return font;
      },
    },
    getOperatorList: async (params: { annotationMode: number }) => {
      expect(params.annotationMode).toBe(0);
      drawn.push(fonts);
      if (fonts.some((f) => failing.has(f))) throw new Error('Invalid content stream');
      for (const f of fonts) handed.set(f, { name: names[f]! });
      return {};
    },
  });
  return { page, drawn };
}

const run = (str: string, font: string) => ({ str, font });

describe('bold fonts of a PDF', () => {
  it('are looked up on the pages with contact details only, once per font, by name without the subset tag', async () => {
    const doc = fakeDocument({
      f1: 'BOLDAB+DejaVuSerif',
      f2: 'CAAAAA+DejaVuSerif-Bold',
      f3: 'Arial,Bold',
      f4: 'Roboto-Medium',
      f5: 'MyriadPro-Black',
    });
    const fonts = new FontWeights(0);
    // No contact details: nothing is drawn.
    await fonts.lookUp(doc.page(['f1', 'f2']), [run('Le contexte territorial', 'f1'), run('Objectif', 'f2')]);
    expect(doc.drawn).toEqual([]);
    expect(fonts.bold()).toEqual(new Set());
    // « Contact : » — the page is drawn once for its fonts.
    await fonts.lookUp(doc.page(['f1', 'f2']), [run('Contact :', 'f1'), run('Karine Gingreau', 'f2')]);
    expect(doc.drawn).toEqual([['f1', 'f2']]);
    expect(fonts.bold()).toEqual(new Set(['f2']));
    // An e-mail in fonts already looked up: not drawn again.
    await fonts.lookUp(doc.page(['f1', 'f2']), [run('Eric Tesch', 'f2'), run('etesch@me.org', 'f1')]);
    expect(doc.drawn).toHaveLength(1);
    // A phone number with new fonts: drawn; « Arial,Bold » and « Black » are bold, « Medium » is not.
    await fonts.lookUp(doc.page(['f3', 'f4', 'f5']), [
      run('Tél : 02 40 99 31 59', 'f4'),
      run('Pierre Papaix', 'f3'),
      run('Directeur', 'f5'),
    ]);
    expect(doc.drawn).toHaveLength(2);
    expect(fonts.bold()).toEqual(new Set(['f2', 'f3', 'f5']));
  });

  it('stay unknown, without failing the read, when a page cannot be drawn; the page is not drawn twice', async () => {
    const doc = fakeDocument({ f1: 'DejaVuSans-Bold' }, new Set(['f1']));
    const fonts = new FontWeights(0);
    await fonts.lookUp(doc.page(['f1']), [run('Contacts : a.b@c.fr', 'f1')]);
    await fonts.lookUp(doc.page(['f1']), [run('Contact : 03 89 63 46 42', 'f1')]);
    expect(doc.drawn).toHaveLength(1);
    expect(fonts.bold()).toEqual(new Set());
  });
});
