import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vitaParser } from '../../../electron/pipeline/vita';
import {
  lastTwoWords,
  lastWord,
  reflowColumns,
  splitSideBySide,
  WordRuns,
} from '../../../electron/pipeline/vita/columns';
import { frenchLexicon } from '../../../electron/pipeline/common/lexicon';
import { RESTORED } from './vita-columns.fixture';

const FILE = '003_1a63ce81a07ade7b.txt';
const text = readFileSync(join(__dirname, '../../../resources/documents', FILE), 'utf8');
const lines = text.split('\n');
const out = vitaParser.parse({ file: FILE, text });
const ctx = { lex: frenchLexicon(), pairs: new WordRuns(lines) };

/** Letters and figures only, accents and case dropped: what "reads in this order" compares. */
const letters = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const entryText = (id: string): string => {
  const e = out.entries.find((x) => x.id === id);
  expect(e, id).toBeDefined();
  return letters(e!.sections.map((s) => s.text).join('\n'));
};

describe('VITA two-column reconstruction, against sentences restored by hand', () => {
  it('covers both columns of several experiences, all interleaved in the OCR', () => {
    expect(RESTORED.length).toBeGreaterThanOrEqual(20);
    expect(new Set(RESTORED.map((r) => r.entry)).size).toBeGreaterThanOrEqual(5);
    expect(RESTORED.filter((r) => r.column === 'left').length).toBeGreaterThanOrEqual(10);
    expect(RESTORED.filter((r) => r.column === 'right').length).toBeGreaterThanOrEqual(10);
    // In the document as scanned, the sentences do not read in order.
    for (const r of RESTORED) {
      const raw = letters(lines.slice(r.lines[0] - 1, r.lines[1]).join(' '));
      expect(raw.includes(letters(r.sentence)), r.sentence).toBe(false);
    }
  });

  it('gives back at least 95 % of them in reading order', () => {
    const missed = RESTORED.filter((r) => !entryText(r.entry).includes(letters(r.sentence)));
    expect(
      (RESTORED.length - missed.length) / RESTORED.length,
      missed.map((m) => m.sentence).join('\n'),
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('cuts the sections at the heading of the right column', () => {
    const advf = out.entries.find(
      (e) => e.id === 'vita-parcours-de-professionnalisation-assistante-de-vie-aux',
    )!;
    const operations = advf.sections.find((s) => s.key === 'operations')!;
    const obstacles = advf.sections.find((s) => s.key === 'obstacles')!;
    expect(letters(operations.text)).toContain(
      letters('Production d’un guide d’entretien pour l’évaluation'),
    );
    expect(letters(operations.text)).not.toContain(letters('Les conditions de réussite de l’action'));
    expect(letters(obstacles.text).startsWith(letters('Les conditions de réussite de l’action'))).toBe(true);
    expect(letters(obstacles.text)).not.toContain(letters('Comité de pilotage'));
    expect(out.warnings.map((w) => w.code)).not.toContain('heading-glued');
  });
});

describe('last word of a line', () => {
  const pattern = (t: string) => /([\p{L}\d]+)[^\p{L}\d\s]*$/u.exec(t)?.[1]?.toLowerCase() ?? '';

  it('is what the pattern finds, on the document and on any text', () => {
    for (const line of lines) expect(lastWord(line)).toBe(pattern(line));
    expect(lastWord('94 (86 %) ont été admis, 8')).toBe('8');
    expect(lastWord('du démar-')).toBe('démar');
    expect(lastWord('fin. ')).toBe('');
    const unit = fc.constantFrom(...'aZé9 .,-)\u00a0\t«\u{1d400}\ud800\udc00x'.split(''), '\u{1d400}');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (parts) => {
        const t = parts.join('');
        expect(lastWord(t)).toBe(pattern(t));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('last two words of a line', () => {
  const pattern = (t: string) => {
    const m = /([\p{L}\d]+)[^\p{L}\d]+([\p{L}\d]+)[^\p{L}\d\s]*$/u.exec(t);
    return m ? `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}` : '';
  };

  it('are what the pattern finds, on the document and on any text', () => {
    for (const line of lines) expect(lastTwoWords(line)).toBe(pattern(line));
    expect(lastTwoWords('ont été admis, 8')).toBe('admis 8');
    expect(lastTwoWords('du démar-')).toBe('du démar');
    expect(lastTwoWords('seul.')).toBe('');
    expect(lastTwoWords('de la ')).toBe('');
    const unit = fc.constantFrom(
      ...'aZé9 .,-)\u00a0\t«\u{1d400}\ud800\udc00x\n'.split(''),
      '\u{1d400}',
      '\u{1f600}',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 14 }), (parts) => {
        const t = parts.join('');
        expect(lastTwoWords(t)).toBe(pattern(t));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('word runs of the one-column lines', () => {
  /** The counts with string keys, as the pattern reads the tokens. */
  const reference = (ls: readonly string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    let run: string[] = [];
    for (const line of ls) {
      if (line.trim().length >= 56) {
        run = [];
        continue;
      }
      for (const [token] of line.matchAll(/[A-Za-z0-9À-ÖØ-öø-ÿŒœ]+|[.!?:;]/g)) {
        if (/^[.!?:;]$/.test(token)) {
          run = [];
          continue;
        }
        run = [...run.slice(-2), token.toLowerCase()];
        for (const k of [2, 3]) {
          if (run.length < k) continue;
          const key = run.slice(-k).join(' ');
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
    return counts;
  };

  it('counts every pair and triple of the VITA text, in any case, and nothing else', () => {
    const expected = reference(lines);
    expect(expected.size).toBeGreaterThan(40_000);
    for (const [run, n] of expected) expect(ctx.pairs.get(run), run).toBe(n);
    for (const run of ['de la de', 'insertion par le', 'zzz de', 'de'])
      expect(ctx.pairs.get(run)).toBe(expected.get(run));
  });

  it('keeps counting past its first size, with short tokens and mixed case', () => {
    const many = Array.from({ length: 400 }, (_, k) =>
      Array.from({ length: 12 }, (_, j) => (j % 3 === 0 ? `É${k}x${j}` : `${(k * 7 + j) % 97}`)).join(' '),
    );
    const runs = new WordRuns(many);
    const expected = reference(many);
    expect(expected.size).toBeGreaterThan(2_000);
    for (const [run, n] of expected) expect(runs.get(run), run).toBe(n);
    expect(runs.get('é0x0 1')).toBe(expected.get('é0x0 1'));
    expect(runs.get('É0x0 1')).toBeUndefined();
  });
});

describe('column boundary finder', () => {
  it('leaves one-column lines alone, wide or narrow', () => {
    for (const l of [
      'La proposition de travail initiale concernait la déclinaison concréte et les modalités de',
      'animer les parties “ culturelle " et * historique”',
      'comme médiateur ou facilitateur. Elle a ainsi pu',
    ]) {
      expect(splitSideBySide(l, null, null, null, ctx)).toBeNull();
    }
  });

  it('splits a side-by-side line at the cut word of its left column', () => {
    const s = splitSideBySide(
      '- 9 groupes de formation avec un démar- 94 (86 %) ont été admis au titre complet, 8',
      null,
      null,
      'rage échelonné, 5 centres de formation au titre partiel et 4 ne se sont pas présentés',
      ctx,
    );
    expect(s).toMatchObject({
      left: '- 9 groupes de formation avec un démar-',
      right: '94 (86 %) ont été admis au titre complet, 8',
    });
  });

  it('loses and invents nothing, whatever the lines', () => {
    const chars = (ls: readonly string[]) => ls.join('').replace(/\s/g, '').split('').sort().join('');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: lines.length - 1 }),
        fc.integer({ min: 0, max: 300 }),
        fc.array(fc.string({ maxLength: 120 }), { maxLength: 20 }),
        (from, span, noise) => {
          const to = Math.min(lines.length - 1, from + span);
          const flow = reflowColumns(lines, from, to, ctx);
          expect(chars(flow.map((f) => f.text))).toBe(chars(lines.slice(from, to + 1)));
          for (const f of flow) expect(f.line >= from && f.line <= to).toBe(true);
          const mixed = reflowColumns(noise, 0, noise.length - 1, ctx);
          expect(chars(mixed.map((f) => f.text))).toBe(chars(noise));
        },
      ),
      { numRuns: 60 },
    );
  });
});
