// Placing an entry's highlights once for all its sections (useEntryHighlights): on the bundled
// catalogue's most annotated-looking entry, with 800 highlights overlapping, at the text's edges
// and over accented words; then on texts that changed under them, where the stored position no
// longer holds the quote and the quote search must take over, or report an orphan.
import { describe as suite, expect, it } from 'vitest';
import { anchor, describe } from '../../../../renderer/src/core/anchoring';
import { annotatableSections } from '../../../../renderer/src/core/sections';
import type { HighlightRow } from '../../../../renderer/src/db/rows';
import { placeHighlights } from '../../../../renderer/src/features/annotations/useEntryHighlights';
import { toItems } from '../../../../electron/shared/items';
import { realCatalogue } from '../catalogue/harness';
import { V1, V2 } from '../../core/anchoring/versions';

// Built from the bundled documents as other tests do: resources/catalogue.json is a build product.
const item = toItems(realCatalogue().catalogue).find((i) => i.id === 'fu-marseille-label-empl-itude')!;
const sections = annotatableSections(item);

let n = 0;
function highlight(ref: string, text: string, start: number, end: number): HighlightRow {
  const { quote, position } = describe(text, start, end);
  n++;
  return {
    id: `h${n}`,
    targetId: item.id,
    sectionRef: ref,
    quote: { type: 'TextQuoteSelector', ...quote },
    position: { type: 'TextPositionSelector', ...position },
    colorId: 'jaune',
    comment: '',
    tags: [],
    createdAt: 1_700_000_000_000 + n,
    updatedAt: 1_700_000_000_000 + n,
  };
}

/** A deterministic sequence, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

suite('placeHighlights', () => {
  it('places 800 highlights on an unchanged entry where they were made, in creation order', () => {
    expect(sections.length).toBeGreaterThan(4);
    const rand = rng(7);
    const rows: HighlightRow[] = [];
    for (let i = 0; i < 800; i++) {
      const s = sections[Math.floor(rand() * sections.length)]!;
      const start = Math.floor(rand() * (s.text.length - 20));
      rows.push(highlight(s.ref, s.text, start, start + 5 + Math.floor(rand() * 60)));
    }
    // At both edges of a section's text, and over an accented word.
    const first = sections[0]!;
    rows.push(highlight(first.ref, first.text, 0, 12));
    rows.push(highlight(first.ref, first.text, first.text.length - 9, first.text.length));
    const accented = sections.find((s) => /[éèàç]\w+/.test(s.text))!;
    const word = /\S*[éèàç]\S*/.exec(accented.text)!;
    rows.push(highlight(accented.ref, accented.text, word.index, word.index + word[0].length));

    const shuffled = [...rows].sort((a, b) => a.id.localeCompare(b.id));
    const { bySection, orphans } = placeHighlights(sections, shuffled);
    expect(orphans).toEqual([]);
    let placed = 0;
    for (const s of sections) {
      const mine = bySection.get(s.ref)!;
      expect(mine.orphans).toEqual([]);
      const created = mine.placed.map((p) => p.h.createdAt);
      expect(created).toEqual([...created].sort((a, b) => a - b));
      for (const p of mine.placed) {
        expect([p.start, p.end]).toEqual([p.h.position.start, p.h.position.end]);
        expect(s.text.slice(p.start, p.end)).toBe(p.h.quote.exact);
      }
      placed += mine.placed.length;
    }
    expect(placed).toBe(rows.length);
    const edge = bySection.get(first.ref)!.placed;
    expect(edge.some((p) => p.start === 0)).toBe(true);
    expect(edge.some((p) => p.end === first.text.length)).toBe(true);
    expect(bySection.get(accented.ref)!.placed.some((p) => p.h.quote.exact === word[0])).toBe(true);
  });

  it('reports as orphans the highlights whose passage or section is gone, in the section and the entry', () => {
    const s = sections[1]!;
    const kept = highlight(s.ref, s.text, 10, 40);
    const gone = highlight(s.ref, s.text, 50, 90);
    const lostSection = highlight('obstacles:3', s.text, 10, 40);
    const changed = [
      {
        ref: s.ref,
        text: s.text.slice(0, 45) + ' Passage réécrit de fond en comble, sans rapport. ' + s.text.slice(95),
      },
    ];
    const { bySection, orphans } = placeHighlights(changed, [kept, gone, lostSection]);
    expect(bySection.get(s.ref)!.placed.map((p) => p.h.id)).toEqual([kept.id]);
    expect(bySection.get(s.ref)!.orphans.map((h) => h.id)).toEqual([gone.id]);
    expect(bySection.get(s.ref)!.rows.map((h) => h.id)).toEqual([kept.id, gone.id]);
    expect(orphans.map((h) => h.id)).toEqual([gone.id, lostSection.id]);
  });

  it('finds passages again in a new version of a document, the rewritten one left an orphan', () => {
    const exact = [
      'a perdu une grande partie de ses emplois industriels',
      'Garage solidaire',
      "Huit emplois d'insertion créés en deux ans",
    ];
    const rows = exact.map((q) => {
      const at = V1.indexOf(q);
      expect(at).toBeGreaterThanOrEqual(0);
      return highlight('body:0', V1, at, at + q.length);
    });
    const { bySection, orphans } = placeHighlights([{ ref: 'body:0', text: V2 }], rows);
    const placed = bySection.get('body:0')!.placed;
    expect(placed.map((p) => V2.slice(p.start, p.end))).toEqual(exact.slice(0, 2));
    // Text was added before both: the stored positions no longer hold them.
    for (const p of placed) expect(p.start).not.toBe(p.h.position.start);
    expect(orphans.map((h) => h.quote.exact)).toEqual([exact[2]]);
  });
});

suite('anchor: the stored position first, the quote search when the text changed there', () => {
  const text = sections.find((s) => s.text.length > 600)!.text;
  const start = 300;
  const { quote, position } = describe(text, start, start + 40);

  it('takes the stored position when the quote and its context are still there (score 1)', () => {
    expect(anchor(text, quote, position)).toEqual({ ...position, score: 1 });
  });

  it('searches when text was inserted before the passage, and finds it at its new place', () => {
    const shifted = 'Une phrase ajoutée en tête. ' + text;
    const found = anchor(shifted, quote, position)!;
    expect(found.start).toBe(start + 28);
    expect(shifted.slice(found.start, found.end)).toBe(quote.exact);
    expect(found.score).toBeLessThan(1);
  });

  it('does not trust the position when other text of the same length now stands there', () => {
    // The passage moved to the end; as many other characters took its place.
    const filler = 'x'.repeat(quote.exact.length);
    const moved = text.slice(0, start) + filler + text.slice(position.end) + ' ' + quote.prefix + quote.exact;
    const found = anchor(moved, quote, position)!;
    expect(moved.slice(found.start, found.end)).toBe(quote.exact);
    expect(found.start).toBeGreaterThan(text.length - 1);
    expect(found.score).toBeLessThan(1);
  });

  it('keeps the passage at its place when only its context changed (through the search)', () => {
    const edited = text.slice(0, start - 5) + 'ZZZZZ' + text.slice(start);
    const found = anchor(edited, quote, position)!;
    expect([found.start, found.end]).toEqual([position.start, position.end]);
    expect(found.score).toBeLessThan(1);
  });

  it('reports an orphan when the passage is gone from the stored position and everywhere else', () => {
    const q = "Comité d'Orientation pour l'Emploi (COE)";
    const at = text.indexOf(q);
    expect(at).toBeGreaterThan(0);
    const made = describe(text, at, at + q.length);
    const gone = text.replace(q, 'un comité dont le nom a changé depuis');
    expect(anchor(gone, made.quote, made.position)).toBeNull();
  });

  it('takes a position past the end of a shortened text for a move, not a crash', () => {
    const end = text.length;
    const last = describe(text, end - 30, end);
    const shortened = 'Préambule. ' + text.slice(end - 200);
    const found = anchor(shortened, last.quote, last.position)!;
    expect(shortened.slice(found.start, found.end)).toBe(last.quote.exact);
    expect(found.end).toBe(shortened.length);
  });
});
