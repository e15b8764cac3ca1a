import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vitaParser } from '../../../electron/pipeline/vita';
import { blockPages, pageMarks } from '../../../electron/pipeline/vita/pages';

const FILE = '003_1a63ce81a07ade7b.txt';
const text = readFileSync(join(__dirname, '../../../resources/documents', FILE), 'utf8');
const lines = text.split('\n');
const out = vitaParser.parse({ file: FILE, text });
const byTitle = (start: string) => out.entries.find((e) => e.title.startsWith(start))!;

describe('VITA printed pages, from the document’s own footers', () => {
  it('reads the 13 footers the OCR kept, whatever the separator', () => {
    const marks = pageMarks(lines);
    expect(marks.map((m) => m.page)).toEqual([10, 11, 12, 13, 28, 30, 31, 32, 61, 65, 88, 91, 112]);
    // 1-based lines: « Sommaire | 10 », « 11\ sommaire », « Sommaire = 12 », « Sommaire [ 112 ».
    expect(marks.map((m) => m.line + 1).slice(0, 4)).toEqual([285, 361, 426, 577]);
    expect(marks[marks.length - 1]!.line + 1).toBe(7432);
  });

  it('drops a footer whose number is on the wrong side for its parity or out of order', () => {
    const doc = ['a', 'Sommaire | 10', '11 | Sommaire', 'Sommaire | 13', 'Sommaire | 4', 'Sommaire | 12'];
    expect(pageMarks(doc)).toEqual([
      { line: 1, page: 10 },
      { line: 2, page: 11 },
      { line: 5, page: 12 },
    ]);
    // An even number prints after « Sommaire », an odd one before it.
    expect(pageMarks(['Sommaire | 11', '12 | Sommaire'])).toEqual([]);
    expect(pageMarks(['Sommaire', '| Sommaire |', 'Sommaire 0', 'x'.repeat(30) + 'Sommaire 12'])).toEqual([]);
  });

  // Checked by reading the document: the ISACTYS experience opens right after the chapter
  // page's footer « Sommaire | 10 », its next footers (11, 12, 13) fall after its first page,
  // between the columns of its second and after its third; A.C.L.D. opens after the chapter
  // page « Sommaire | 28 » and ends on its tools page, footed « Sommaire 32 »; Espace
  // CENTREMPLOI's title follows that footer.
  it('gives the pages the footers establish, checked against the document', () => {
    expect(byTitle('Pôles de développement territorial : introduction').pages).toEqual({
      first: null,
      last: 10,
      marked: [10],
    });
    expect(byTitle('Maison emploi et services').pages).toEqual({
      first: 11,
      last: null,
      marked: [11, 12, 13],
    });
    expect(byTitle('Commande publique responsable : introduction').pages).toEqual({
      first: null,
      last: 28,
      marked: [28],
    });
    expect(byTitle('Amélioration de la qualité des parcours').pages).toEqual({
      first: 29,
      last: 32,
      marked: [30, 31, 32],
    });
    expect(byTitle('Vers la création d’un dispositif partenarial').pages).toEqual({
      first: 33,
      last: null,
      marked: [],
    });
    expect(byTitle('Intégrer l’enjeu de l’égalité').pages?.last).toBe(112);
    expect(byTitle('Égalité des chances et lien social sur Rennes').pages?.first).toBe(113);
  });

  it('gives no page where the footers say nothing, never a count of indented lines', () => {
    // Pôle Sud (lines 623–942) lies between footers 13 and 28 with no footer at its edges.
    expect(byTitle('Pôle sud').pages).toBeUndefined();
    expect(byTitle('Conclusion du recueil').pages).toBeUndefined();
    const withPages = out.entries.filter((e) => e.pages);
    expect(withPages).toHaveLength(11);
    // Every page given agrees with the footers and with the entries' order.
    let floor = 0;
    for (const e of out.entries) {
      const p = e.pages;
      if (!p) continue;
      const known = [p.first, ...p.marked, p.last].filter((n): n is number => n !== null);
      expect(known, e.title).toEqual([...known].sort((a, b) => a - b));
      expect(known[0]!, e.title).toBeGreaterThan(floor);
      floor = known[known.length - 1]!;
    }
  });

  it('says nothing rather than contradict a footer inside the block', () => {
    const doc = ['Sommaire | 10', 'titre', 'Sommaire | 8', 'fin'];
    expect(
      blockPages(
        doc,
        [
          { line: 0, page: 10 },
          { line: 2, page: 8 },
        ],
        1,
        3,
      ),
    ).toEqual({
      first: null,
      last: null,
      marked: [8],
    });
    expect(blockPages(['', 'x', ''], [], 0, 2)).toBeUndefined();
  });
});
