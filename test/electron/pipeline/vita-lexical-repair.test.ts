import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  frenchLexicon,
  isFrenchWord,
  nonWords,
  runningWords,
} from '../../../electron/pipeline/common/lexicon';
import {
  reaccent,
  repairLexical,
  replaceLatinWords,
  unglue,
} from '../../../electron/pipeline/vita/lexical-repair';
import { buildVocabulary, repairDebris } from '../../../electron/pipeline/vita/ocr-repair';
import { vitaParser } from '../../../electron/pipeline/vita';

const FILE = '003_1a63ce81a07ade7b.txt';
const text = readFileSync(join(__dirname, '../../../resources/documents', FILE), 'utf8');
const lex = frenchLexicon();
const counts = buildVocabulary(text);
const out = vitaParser.parse({ file: FILE, text });
const all = out.entries.map((e) => e.sections.map((s) => s.text).join('\n')).join('\n');

describe('French word list', () => {
  it('knows French words in any case, with « œ » or « oe », and the few with an apostrophe', () => {
    expect(isFrenchWord('Insertion')).toBe(true);
    expect(isFrenchWord('œuvre')).toBe(true);
    expect(isFrenchWord('aujourd’hui')).toBe(true);
    expect(isFrenchWord('eninsertion')).toBe(false);
  });

  it('counts running words only: not names, figures, addresses; prefixes are no words', () => {
    expect(runningWords('Le COORACE, à Nantes : 12 AI, www.x.fr, socio-professionnel et l’emploi.')).toEqual([
      'socio-professionnel',
      'et',
      'emploi',
    ]);
    expect(runningWords('co-construction')).toEqual(
      isFrenchWord('co-construction') ? ['co-construction'] : ['construction'],
    );
    expect(nonWords('les tres bons eninsertion').unknown).toBe(2);
  });
});

describe('repairs the word list arbitrates', () => {
  it('puts back lost or misread accents, the spelling the document uses first', () => {
    expect(reaccent('tres', lex, counts)).toBe('très');
    expect(reaccent('problemes', lex, counts)).toBe('problèmes');
    expect(reaccent('enquéte', lex, counts)).toBe('enquête');
    expect(reaccent('connaftre', lex, counts)).toBe('connaître');
    expect(reaccent('partenarial', lex, counts)).toBeNull();
  });

  it('splits words run together, never into implausible pieces', () => {
    expect(unglue('eninsertion', lex, true, counts)).toEqual(['en', 'insertion']);
    expect(unglue('cetravailainsufflé', lex, true, counts)).toEqual(['ce', 'travail', 'a', 'insufflé']);
    expect(unglue('partenariales', lex, true, counts)).toBeNull();
    expect(unglue('pourvoyeurs', lex, true, counts)).toBeNull();
    // « rial » is in the document once, the tail of « partena- / rial »: no word of its own.
    expect(unglue('partenarial', lex, true, counts)).toBeNull();
  });

  it('repairs the issue’s examples in running text and leaves names alone', () => {
    expect(repairLexical('né ily a vingt ans', lex, counts)).toBe('né il y a vingt ans');
    expect(repairLexical('Cependant, enjuin 2007', lex, counts)).toBe('Cependant, en juin 2007');
    expect(repairLexical('Un diagnosticamene à conclure', lex, counts)).toBe(
      'Un diagnostic amène à conclure',
    );
    expect(repairLexical('à lissue de', lex, counts)).toBe('à l’issue de');
    expect(repairLexical('passer à lacte', lex, counts)).toBe('passer à l’acte');
    // Small words run together, not an elision of a word the document never uses.
    expect(repairLexical('que siles acheteurs', lex, counts)).toBe('que si les acheteurs');
    // … and « si » never before a verb: there the scan lost an apostrophe (« s’inquiètent »).
    expect(repairLexical('(AI), siinquietent de', lex, counts)).not.toContain('si inqui');
    expect(repairLexical('Christophe LEMOINE et Lemoine à Nantes, www.cres-pdl.org', lex, counts)).toBe(
      'Christophe LEMOINE et Lemoine à Nantes, www.cres-pdl.org',
    );
    expect(repairDebris('¢ UnCentred’information sur les transports')).toContain('Un Centre d’information');
  });

  it('remembers what each word list knows apart: a word one list knows is still repaired with another', () => {
    // The words a list knows are memoised across paragraphs and parses, keyed by the list.
    const knowsTres = new Set(['les', 'tres', 'très', 'bons']);
    const lacksTres = new Set(['les', 'très', 'bons']);
    expect(repairLexical('les tres bons', knowsTres)).toBe('les tres bons');
    expect(repairLexical('les tres bons', lacksTres)).toBe('les très bons');
    expect(repairLexical('Tres bons', knowsTres)).toBe('Tres bons');
    expect(repairLexical('Tres bons', lacksTres)).toBe('Très bons');
    // And the other way round, each list's memo already filled.
    expect(repairLexical('les tres bons', knowsTres)).toBe('les tres bons');
  });

  it('leaves a word alone for one document without leaving it alone for another', () => {
    // A capitalised word the document writes twice is a name there: left alone, and memoised
    // as such for that document only.
    const list = new Set(['très', 'bons']);
    expect(repairLexical('Tres bons', list, new Map([['tres', 2]]))).toBe('Tres bons');
    expect(repairLexical('Tres bons', list, new Map([['tres', 1]]))).toBe('Très bons');
  });

  it('repairs bars, brackets and cent signs whatever the text around them', () => {
    expect(repairDebris('- | es principes')).toBe('- Les principes');
    expect(repairDebris('inter réseaux |AE 92')).toBe('inter réseaux IAE 92');
    expect(repairDebris('(mise en place du RMI| et des contrats')).toBe(
      '(mise en place du RMI) et des contrats',
    );
    expect(repairDebris('Pays de la Loire (COORACE] et')).toBe('Pays de la Loire (COORACE) et');
    expect(repairDebris('[ADMR, UNA, ADESSA) et')).toBe('(ADMR, UNA, ADESSA) et');
    expect(repairDebris('- 2¢me étape')).toBe('- 2e étape');
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const r = repairDebris(s);
        expect(r).not.toMatch(/\||¢/);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no issue example in the parsed collection', () => {
    for (const bad of [
      ' ily ',
      'enjuin',
      'UnCentre',
      'diagnosticamene',
      'Notre expérience\n\nNotre',
      'lissue',
    ]) {
      expect(all).not.toContain(bad);
    }
    expect(all).toContain('il y a vingt ans');
    expect(all).toContain('en juin 2007');
    // The running head of the Pays de la Loire pages is gone from the reading text.
    const advf = out.entries.find(
      (e) => e.id === 'vita-parcours-de-professionnalisation-assistante-de-vie-aux',
    )!;
    expect(advf.sections.find((s) => s.key === 'operations')!.text).not.toMatch(
      /\n\nCOORACE Pays de la Loire\n\n/,
    );
  });
});

describe('replaceLatinWords', () => {
  // The scanner stands for `text.replace(WORD, …)`: the same words at the same places, the
  // same text out, on the document and on any mix of Latin capitals, small letters and others.
  const WORD = /([A-ZÀ-ÖØ-ÞŒ]?)([a-zß-öø-ÿœ]{2,})/g;
  const viaPattern = (t: string) => {
    const seen: string[] = [];
    const out = t.replace(WORD, (whole: string, cap: string, _rest: string, at: number) => {
      seen.push(`${at}:${cap}:${whole}`);
      return at % 3 === 0 ? whole.toUpperCase() : whole;
    });
    return { out, seen };
  };
  const viaScanner = (t: string) => {
    const seen: string[] = [];
    const out = replaceLatinWords(t, (whole, cap, at) => {
      seen.push(`${at}:${cap}:${whole}`);
      return at % 3 === 0 ? whole.toUpperCase() : whole;
    });
    return { out, seen };
  };

  it('finds what the pattern finds in the VITA text', () => {
    expect(viaScanner(text)).toEqual(viaPattern(text));
  });

  it('finds what the pattern finds in any text', () => {
    const unit = fc.constantFrom(..."aZzAÀÖ×ØÞßöø÷ÿŒœŸé É-’'.1\n\ud800".split(''));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const t = units.join('');
        expect(viaScanner(t)).toEqual(viaPattern(t));
      }),
      { numRuns: 2000 },
    );
  });
});
