import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vitaParser } from '../../../electron/pipeline/vita';
import { WordRuns } from '../../../electron/pipeline/vita/columns';
import { separateSideBox } from '../../../electron/pipeline/vita/side-box';
import { findStructure, GROUPS } from '../../../electron/pipeline/vita/structure';
import { frenchLexicon } from '../../../electron/pipeline/common/lexicon';

const FILE = '003_1a63ce81a07ade7b.txt';
const text = readFileSync(join(__dirname, '../../../resources/documents', FILE), 'utf8');
const lines = text.split('\n');
const out = vitaParser.parse({ file: FILE, text });
const ctx = { lex: frenchLexicon(), pairs: new WordRuns(lines) };
const CREDIT = 'Groupe de travail VITA accompagné';

const chapterPages = findStructure(lines).blocks.filter(
  (b) => b.kind === 'group-introduction' || b.kind === 'group-conclusion',
);

/** Non-space characters, sorted: what a rearrangement keeps. */
const chars = (ls: readonly string[]) => ls.join('').replace(/\s/g, '').split('').sort().join('');
/** Whether the characters of `part` are all found in `whole` (as many times). */
const within = (part: string, whole: string): boolean => {
  const count = new Map<string, number>();
  for (const c of whole) count.set(c, (count.get(c) ?? 0) + 1);
  for (const c of part) {
    const n = count.get(c) ?? 0;
    if (n === 0) return false;
    count.set(c, n - 1);
  }
  return true;
};

describe('the side box of the chapter pages', () => {
  it('is found on the ten opening and closing pages, on the left of openings and the right of closings', () => {
    expect(chapterPages).toHaveLength(10);
    for (const b of chapterPages) {
      const box = separateSideBox(lines, b.start, b.end, b.anchor, GROUPS[b.group]!.name, ctx);
      expect(box, `line ${b.start + 1}`).not.toBeNull();
      expect(box!.side).toBe(b.kind === 'group-introduction' ? 'left' : 'right');
      expect(box!.credit[0]!.text.startsWith(CREDIT)).toBe(true);
    }
  });

  it('leaves the text in reading order, the credit after it as its last paragraph', () => {
    const chapters = out.entries.filter((e) => /^vita-groupe-\d-(introduction|conclusion)$/.test(e.id));
    expect(chapters).toHaveLength(10);
    for (const e of chapters) {
      const paragraphs = e.sections[0]!.text.split('\n\n');
      const last = paragraphs[paragraphs.length - 1]!;
      expect(last.startsWith(`${CREDIT} par `), e.id).toBe(true);
      // The credit once, whole, and nowhere in the text before it.
      expect(e.sections[0]!.text.split(CREDIT)).toHaveLength(2);
      // The chapter title and the box's names are out of the text's first lines.
      const opening = paragraphs.slice(0, 2).join(' ');
      for (const name of ['PHILIPPE', 'PIGNAL', 'LOQUET', 'MICHEL', 'LE VERGE', 'VAILLANT']) {
        expect(opening, e.id).not.toContain(name);
      }
      for (const p of paragraphs.slice(0, 2)) expect(p === 'ORIGINE' || !p.includes('ORIGINE'), p).toBe(true);
    }
    const intros = chapters.filter((e) => e.id.endsWith('introduction'));
    for (const e of intros) expect(e.sections[0]!.text.startsWith('ORIGINE\n\n'), e.id).toBe(true);
  });

  it('takes nothing but the box out, and lines beyond the box unchanged', () => {
    for (const b of chapterPages) {
      const box = separateSideBox(lines, b.start, b.end, b.anchor, GROUPS[b.group]!.name, ctx)!;
      const page = lines.slice(b.start, b.end + 1);
      const kept = [...box.flow, ...box.credit].map((f) => f.text);
      expect(within(chars(kept), chars(page))).toBe(true);
      // What is left out is the title's words and the marks its large letters left: a few dozen characters.
      expect(chars(page).length - chars(kept).length).toBeLessThan(70);
      const last = box.flow[box.flow.length - 1]!;
      expect(last).toEqual({ text: lines[b.end], line: b.end });
    }
  });

  it('reads a box on either side in a made-up page, and nothing without the credit', () => {
    const left = [
      ' Pôles de',
      'développement ORIGINE',
      'territorial Depuis vingt ans, les structures ont',
      'Groupe de travail VITA accompagné montré leur capacité à proposer une',
      'par Nicolas PHILIPPE (Extra Muros) activité professionnelle aux personnes',
      'et Anne Claire PIGNAL (COORACE) en recherche d’emploi sur le territoire.',
      'La suite du texte court sur toute la largeur de la page, comme ailleurs dans le recueil.',
    ];
    const l = separateSideBox(left, 0, left.length - 1, 3, GROUPS[0]!.name, ctx)!;
    expect(l.side).toBe('left');
    expect(l.credit.map((c) => c.text).join(' ')).toBe(
      'Groupe de travail VITA accompagné par Nicolas PHILIPPE (Extra Muros) et Anne Claire PIGNAL (COORACE)',
    );
    expect(
      l.flow
        .map((f) => f.text.trim())
        .filter(Boolean)
        .join(' '),
    ).toBe(
      'ORIGINE Depuis vingt ans, les structures ont montré leur capacité à proposer une activité professionnelle aux personnes en recherche d’emploi sur le territoire. ' +
        left[6],
    );
    const right = [
      ' Commande',
      'Le groupe de travail a tenu sept réunions de publique',
      'décembre 2006 à février 2008. La participation responsable',
      'au groupe de travail est très satisfaisante Groupe de travail VITA accompagné',
      'avec une moyenne de seize participants. par Patrick LOQUET Maître de conférence',
    ];
    const r = separateSideBox(right, 0, right.length - 1, 3, GROUPS[1]!.name, ctx)!;
    expect(r.side).toBe('right');
    expect(r.credit.map((c) => c.text).join(' ')).toBe(
      'Groupe de travail VITA accompagné par Patrick LOQUET Maître de conférence',
    );
    expect(
      r.flow
        .map((f) => f.text.trim())
        .filter(Boolean)
        .join(' '),
    ).toBe(
      'Le groupe de travail a tenu sept réunions de décembre 2006 à février 2008. La participation au groupe de travail est très satisfaisante avec une moyenne de seize participants.',
    );
    expect(separateSideBox(right, 0, right.length - 1, 2, GROUPS[1]!.name, ctx)).toBeNull();
  });

  it('invents nothing and never throws, whatever the lines', () => {
    const credit = fc.constantFrom('Groupe de travail VITA accompagné par', '');
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 90 }), { minLength: 1, maxLength: 16 }),
        fc.nat(),
        credit,
        fc.constantFrom(...GROUPS.map((g) => g.name)),
        (noise, at, words, title) => {
          const anchor = at % noise.length;
          noise[anchor] = `${noise[anchor]} ${words} ${noise[anchor]}`;
          const box = separateSideBox(noise, 0, noise.length - 1, anchor, title, ctx);
          expect(box === null).toBe(!words);
          const kept = box ? [...box.flow, ...box.credit] : [];
          expect(within(chars(kept.map((f) => f.text)), chars(noise))).toBe(true);
          for (const f of kept) expect(f.line >= 0 && f.line < noise.length).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
