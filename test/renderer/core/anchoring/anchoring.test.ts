import { describe as suite, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchor, describe } from '../../../../renderer/src/core/anchoring';

const TEXT =
  'Le PLIE de Nantes finance un coordinateur à mi-temps. En 2011, 42 % des participants ont trouvé un emploi durable. ' +
  'La Maison de l’emploi pilote le dispositif avec la métropole et les associations du quartier.';

function quoteOf(text: string, exact: string) {
  const start = text.indexOf(exact);
  return describe(text, start, start + exact.length);
}

suite('anchor', () => {
  it('finds an unchanged passage at its position', () => {
    const { quote, position } = quoteOf(TEXT, 'un coordinateur à mi-temps');
    expect(anchor(TEXT, quote, position)).toEqual({ ...position, score: 1 });
  });

  it('re-attaches after the text moved (insertions before, edits elsewhere)', () => {
    const { quote, position } = quoteOf(TEXT, '42 % des participants');
    const moved =
      'Introduction ajoutée lors de la nouvelle édition du rapport. ' + TEXT.replace('Maison', 'maison');
    const found = anchor(moved, quote, position);
    expect(found).not.toBeNull();
    expect(moved.slice(found!.start, found!.end)).toBe('42 % des participants');
  });

  it('re-attaches a quote whose OCR was repaired (small edits inside)', () => {
    const { quote, position } = quoteOf(TEXT, 'La Maison de l’emploi pilote le dispositif');
    const repaired = TEXT.replace('pilote le dispositif', 'pilote ce dispositif');
    const found = anchor(repaired, quote, position);
    expect(repaired.slice(found!.start, found!.end)).toBe('La Maison de l’emploi pilote ce dispositif');
  });

  it('picks the occurrence whose context matches when the quote repeats', () => {
    const text = 'Le taux est de 42 %. Plus loin : les participants sont 42 % à trouver un emploi.';
    const start = text.lastIndexOf('42 %');
    const { quote } = describe(text, start, start + 4);
    const shifted = 'Note liminaire. ' + text;
    const found = anchor(shifted, quote, { start: 0, end: 4 });
    expect(found!.start).toBe(shifted.lastIndexOf('42 %'));
  });

  it('returns null (orphan) when the passage is gone', () => {
    const { quote, position } = quoteOf(TEXT, 'un coordinateur à mi-temps');
    expect(
      anchor('Un texte entièrement différent sur la formation des adultes.', quote, position),
    ).toBeNull();
  });

  it('does not attach a short quote to an unrelated occurrence', () => {
    const { quote, position } = quoteOf(TEXT, '42 %');
    const other = 'Rapport régional. Le chômage a baissé de 42 % dans un tout autre département, sans lien.';
    expect(anchor(other, quote, position)).toBeNull();
  });

  it('always finds any passage of unchanged text, wherever it is shifted', () => {
    fc.assert(
      fc.property(
        fc.nat(TEXT.length - 10),
        fc.integer({ min: 5, max: 40 }),
        fc.string(),
        (start, len, pad) => {
          const end = Math.min(TEXT.length, start + len);
          const { quote, position } = describe(TEXT, start, end);
          const found = anchor(pad + TEXT, quote, position);
          expect(found).not.toBeNull();
          expect((pad + TEXT).slice(found!.start, found!.end)).toBe(quote.exact);
        },
      ),
      { numRuns: 200 },
    );
  });
});
