// Passage corrections re-anchored on the real VITA text: unchanged, shifted by a rebuild, retouched
// (fuzzy), moved to another section, and lost (orphan).
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../../electron/pipeline';
import { readDocuments } from '../../../../electron/cli/documents';
import { describe as describeRange } from '../../../../renderer/src/core/anchoring';
import { placeCorrections, type SectionText } from '../../../../renderer/src/core/corrections';
import type { PassageCorrectionRow } from '../../../../renderer/src/db/correction-rows';
import { sectionRefs } from '../../../../renderer/src/core/sections';

const { catalogue } = buildCatalogue(readDocuments());
const entry = catalogue.entries.find(
  (e) => e.id === 'vita-maison-emploi-et-services-animee-par-un-groupe-d-economie',
)!;
const refs = sectionRefs(entry.sections);
const SECTIONS: SectionText[] = entry.sections.map((s, i) => ({ ref: refs[i]!, text: s.text }));
const PRESENTATION = SECTIONS.find((s) => s.ref === 'presentation:0')!;
const QUOTE = 'depuis 1986';

let n = 0;
function correctionOf(section: SectionText, exact: string, corrected: string): PassageCorrectionRow {
  const start = section.text.indexOf(exact);
  if (start < 0) throw new Error(`« ${exact} » is not in ${section.ref}`);
  const { quote, position } = describeRange(section.text, start, start + exact.length);
  n++;
  return {
    id: `k${n}`,
    targetId: entry.id,
    kind: 'passage',
    sectionRef: section.ref,
    quote: { type: 'TextQuoteSelector', ...quote },
    position: { type: 'TextPositionSelector', ...position },
    corrected,
    comment: '',
    createdAt: n,
    updatedAt: n,
  };
}

const withText = (ref: string, text: string) => SECTIONS.map((s) => (s.ref === ref ? { ref, text } : s));

describe('placeCorrections on the VITA text', () => {
  it('places a correction where it was made when the text is unchanged (exact)', () => {
    const c = correctionOf(PRESENTATION, QUOTE, 'depuis 1987');
    const { bySection, orphans } = placeCorrections(SECTIONS, [c]);
    expect(orphans).toEqual([]);
    const [placed] = bySection.get('presentation:0')!;
    expect(placed).toMatchObject({ start: c.position.start, end: c.position.end, score: 1 });
  });

  it('follows the passage when a rebuild shifted the text (inserted sentence before it)', () => {
    const c = correctionOf(PRESENTATION, QUOTE, 'depuis 1987');
    const shifted = `Note de la nouvelle édition : les chiffres ont été mis à jour. ${PRESENTATION.text}`;
    const { bySection, orphans } = placeCorrections(withText('presentation:0', shifted), [c]);
    expect(orphans).toEqual([]);
    const [placed] = bySection.get('presentation:0')!;
    expect(shifted.slice(placed!.start, placed!.end)).toBe(QUOTE);
    expect(placed!.start).toBeGreaterThan(c.position.start);
  });

  it('finds a passage the rebuild retouched (OCR repair inside the quote, fuzzy)', () => {
    const exact = "Il agit, depuis 1986, sur un territoire à cheval entre l'Isère et la Savoie";
    const c = correctionOf(PRESENTATION, exact, 'Il agit depuis 1986 entre Isère et Savoie');
    const retouched = PRESENTATION.text.replace("l'Isère et la Savoie", 'l’Isère et la Savoie');
    expect(retouched).not.toBe(PRESENTATION.text);
    const { bySection, orphans } = placeCorrections(withText('presentation:0', retouched), [c]);
    expect(orphans).toEqual([]);
    const [placed] = bySection.get('presentation:0')!;
    expect(retouched.slice(placed!.start, placed!.end)).toBe(
      'Il agit, depuis 1986, sur un territoire à cheval entre l’Isère et la Savoie',
    );
    expect(placed!.score).toBeLessThan(1);
  });

  it('finds a passage in another section when the sections were re-cut (refs renumbered)', () => {
    const c = correctionOf(PRESENTATION, QUOTE, 'depuis 1987');
    // The rebuild merged the presentation into the next section; its old ref is gone.
    const merged = SECTIONS.filter((s) => s.ref !== 'presentation:0').map((s) =>
      s.ref === 'operations:0' ? { ref: s.ref, text: `${PRESENTATION.text}\n\n${s.text}` } : s,
    );
    const { bySection, orphans } = placeCorrections(merged, [c]);
    expect(orphans).toEqual([]);
    const [placed] = bySection.get('operations:0')!;
    expect(merged.find((s) => s.ref === 'operations:0')!.text.slice(placed!.start, placed!.end)).toBe(QUOTE);
  });

  it('lists as an orphan a passage the new text no longer holds', () => {
    const c = correctionOf(PRESENTATION, "un Atelier et Chantier d'Insertion (environnement)", 'un ACI');
    const rewritten = PRESENTATION.text.replace(
      "un Atelier et Chantier d'Insertion (environnement)",
      'une régie de quartier',
    );
    const { bySection, orphans } = placeCorrections(withText('presentation:0', rewritten), [c]);
    expect(orphans.map((o) => o.id)).toEqual([c.id]);
    expect([...bySection.values()].flat()).toEqual([]);
  });

  it('keeps the newer of two corrections of one passage and lists the older as an orphan', () => {
    const older = correctionOf(PRESENTATION, QUOTE, 'depuis 1985');
    const newer = correctionOf(PRESENTATION, 'depuis 1986, sur', 'depuis 1987, sur');
    const { bySection, orphans } = placeCorrections(SECTIONS, [older, newer]);
    expect(bySection.get('presentation:0')!.map((p) => p.correction.id)).toEqual([newer.id]);
    expect(orphans.map((o) => o.id)).toEqual([older.id]);
  });

  it('treats a hostile or empty quote as an orphan, never as a match everywhere', () => {
    const c = correctionOf(PRESENTATION, QUOTE, 'x');
    const hostile = {
      ...c,
      quote: { ...c.quote, exact: '<script>alert(1)</script>', prefix: '', suffix: '' },
    };
    const { orphans } = placeCorrections(SECTIONS, [hostile]);
    expect(orphans).toHaveLength(1);
  });
});
