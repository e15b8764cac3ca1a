// Each reader, from bytes to the neutral model: headings with levels, list items, pages.
import { describe, expect, it } from 'vitest';
import { detectFormat, extractDocument } from '../../../../electron/pipeline/formats';
import { readHtml } from '../../../../electron/pipeline/formats/html';
import { readMarkdown } from '../../../../electron/pipeline/formats/markdown';
import { readPlainText } from '../../../../electron/pipeline/formats/text';
import { fixture } from './fixtures';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const headings = (blocks: { kind: string; level: number; text: string }[]): string[] =>
  blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level} ${b.text}`);

describe('format detection', () => {
  it('trusts the content before the name', async () => {
    expect(detectFormat(fixture('france-urbaine.pdf'), 'rapport.txt')).toBe('pdf');
    expect(detectFormat(fixture('france-urbaine.odt'), 'rapport.docx')).toBe('odt');
    expect(detectFormat(fixture('france-urbaine.docx'), 'rapport')).toBe('docx');
    expect(detectFormat(utf8('<!DOCTYPE html><p>x</p>'), 'page')).toBe('html');
    expect(detectFormat(utf8('# Titre'), 'notes.md')).toBe('markdown');
    expect(detectFormat(utf8('Bonjour'), 'notes.txt')).toBe('text');
  });
});

describe('Markdown', () => {
  it('keeps heading levels, list items and the file text line for line', () => {
    const text =
      '# Titre\n\nUn paragraphe\nsur deux lignes.\n\n## Contexte\n\n- premier point\n- second point\n\n<script>alert(1)</script>\n';
    const doc = readMarkdown(text);
    expect(headings(doc.blocks)).toEqual(['1 Titre', '2 Contexte']);
    expect(doc.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text)).toEqual([
      'premier point',
      'second point',
    ]);
    expect(doc.blocks.map((b) => b.text).join(' ')).not.toContain('alert');
    expect(doc.sourceText).toBe(text);
  });
});

describe('plain text', () => {
  it('takes numbered or capitalised lines standing alone as headings', () => {
    const doc = readPlainText(
      'RAPPORT D’ACTIVITÉ\n\n1. Contexte\n\nLe territoire compte 12 000 habitants.\n\n2. Mise en œuvre\n\n- un atelier\n- un suivi\n',
    );
    expect(headings(doc.blocks)).toEqual(['1 RAPPORT D’ACTIVITÉ', '2 1. Contexte', '2 2. Mise en œuvre']);
    expect(doc.blocks.filter((b) => b.kind === 'list-item')).toHaveLength(2);
  });
});

describe('HTML, read and never rendered', () => {
  it('drops scripts, styles, frames and handlers, keeps headings and lists, says scripts were ignored', () => {
    const html = `<!doctype html><html><head><title>Fiche</title><script>document.title='pirate'</script>
      <style>h1{color:red}</style></head><body onload="steal()">
      <h1>Garage &amp; solidaire</h1><p>Texte <b>important</b><br>suite.</p>
      <iframe src="https://exemple.invalid/"></iframe><ul><li>Un</li><li>Deux</li></ul>
      <h3>Résultats</h3><img src="x" onerror="alert(1)" alt="Graphique des résultats"><noscript>Activez JS</noscript></body></html>`;
    const read = readHtml(html);
    expect(read.title).toBe('Fiche');
    expect(headings(read.blocks)).toEqual(['1 Garage & solidaire', '3 Résultats']);
    const all = read.blocks.map((b) => b.text).join('\n');
    expect(all).toContain('Texte important\nsuite.');
    expect(all).not.toMatch(/pirate|color|steal|alert|Activez/);
    expect(read.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text)).toEqual(['Un', 'Deux']);
    expect(read.warnings.map((w) => w.code)).toEqual(['html-active-content']);
  });

  it('gives no warning for a page without active content', () => {
    expect(readHtml('<h2>Titre</h2><p>Texte</p>').warnings).toEqual([]);
  });
});

describe('DOCX (mammoth) and ODT (content.xml)', () => {
  it('reads the heading levels of the styles', async () => {
    const docx = await extractDocument(fixture('rapport-atelier-mobilite.docx'), 'rapport.docx');
    expect(headings(docx.blocks)).toEqual([
      '1 Atelier mobilité solidaire du Pays de Redon — rapport d’évaluation 2021',
      '2 Contexte',
      '2 Présentation de l’action',
      '2 Mise en œuvre',
      '2 Gouvernance et partenariats',
      '2 Résultats',
      '2 Freins et leviers',
      '2 Contacts',
    ]);
    expect(docx.blocks.filter((b) => b.kind === 'list-item')).toHaveLength(3);
  });

  it('reads ODT headings with their outline level', async () => {
    const odt = await extractDocument(fixture('france-urbaine.odt'), 'fu.odt');
    const h = headings(odt.blocks);
    expect(h).toContain('2 1 Contexte territorial');
    expect(h.filter((x) => /Contexte territorial$/.test(x)).length).toBe(19);
    expect(odt.blocks.some((b) => b.kind === 'list-item')).toBe(true);
  });
});

describe('PDF', () => {
  it('keeps page numbers and takes headings from the outline', async () => {
    const pdf = await extractDocument(fixture('france-urbaine.pdf'), 'fu.pdf');
    expect(pdf.pages).toBe(87);
    expect(pdf.blocks[pdf.blocks.length - 1]!.page).toBe(87);
    const h = pdf.blocks.filter((b) => b.kind === 'heading');
    expect(h.find((b) => b.text === 'Dispositif SélanC')).toMatchObject({ level: 1 });
    expect(h.find((b) => b.text === '1 Contexte territorial')).toMatchObject({ level: 2 });
  });

  it('without an outline, takes headings from the fonts', async () => {
    const pdf = await extractDocument(fixture('france-urbaine-sans-signets.pdf'), 'fu.pdf');
    const h = pdf.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(h).toContain('Dispositif SélanC');
    expect(h.filter((t) => /^\d? ?Contexte territorial$/.test(t)).length).toBe(19);
  });

  it('reads two columns in order, drops running headers, footers and page numbers, joins hyphenated words', async () => {
    const pdf = await extractDocument(fixture('deux-colonnes.pdf'), 'lettre.pdf');
    const text = pdf.blocks.map((b) => b.text).join('\n');
    const order = [
      'Premier',
      'Deuxième',
      'Troisième',
      'Quatrième',
      'Cinquième',
      'Sixième',
      'Septième',
      'Huitième',
    ].map((w) => text.indexOf(`${w} paragraphe`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Chromium printed the date and title above, the address and "1/3" below each page.
    expect(text).not.toMatch(/file:\/\/|\d+\/\d+\/\d+, \d|^\d\/3$/m);
    expect(text.match(/Lettre du réseau emploi/g)).toHaveLength(1);
    expect(text).toContain('Maine-et-Loire');
    expect(text).toContain('elles-mêmes');
    // A paragraph cut by the column break reads on, in one block.
    expect(pdf.blocks.filter((b) => b.kind === 'paragraph').every((b) => !/^[a-zé]/.test(b.text))).toBe(true);
    expect(new Set(pdf.blocks.map((b) => b.page))).toEqual(new Set([1, 2, 3]));
  });
});

describe('strong runs for the bundled parsers', () => {
  it('are marked "**" around the words in a separate Markdown form, the text staying plain', () => {
    const read = readHtml('<p><strong> Karine Gingreau </strong>, Nantes<br><b></b>Direction</p>');
    expect(read.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Karine Gingreau , Nantes\nDirection',
        markdown: '**Karine Gingreau** , Nantes\nDirection',
        level: 0,
        page: null,
      },
    ]);
  });

  it("come from a PDF's font names, contact details keeping their own lines", async () => {
    const pdf = await extractDocument(fixture('france-urbaine.pdf'), 'fu.pdf');
    const block = (start: string) => pdf.blocks.find((b) => b.text.startsWith(start));
    // "Karine Gingreau" is set in DejaVuSerif-Bold; her e-mail did not fit on the role's line.
    expect(block('Karine Gingreau')).toEqual({
      kind: 'paragraph',
      text: 'Karine Gingreau, Nantes Métropole,\nDirection de l’Emploi et de l’innovation Sociale\nkarine.gingreau@nantesmetropole.fr',
      markdown:
        '**Karine Gingreau**, Nantes Métropole,\nDirection de l’Emploi et de l’innovation Sociale\nkarine.gingreau@nantesmetropole.fr',
      level: 0,
      page: 52,
    });
    // The web address ends page 71, « Contact : » opens page 72: two lines, not one.
    expect(block('Pour en savoir plus…\nwww.investinreims.com')?.markdown).toBe(
      'Pour en savoir plus…\nwww.investinreims.com\nContact : **Jean-Yves Heyer**\nDirecteur\nTél : +33(0)3 26 77 10 90\ncontact@investinreims.com',
    );
    // A bold sentence wrapped over two lines is one bold run.
    expect(block('Objectif = évaluer les idées')?.markdown).toBe(
      '**Objectif = évaluer les idées innovantes en 15 semaines et « passer le relais » aux structures d’accompagnement existantes**',
    );
    // Markers only in the Markdown form; headings, bold or not, carry none.
    expect(pdf.blocks.filter((b) => b.text.includes('**'))).toEqual([]);
    expect(pdf.blocks.filter((b) => b.kind === 'heading' && b.markdown !== undefined)).toEqual([]);
    expect(pdf.blocks.filter((b) => b.markdown?.includes('**')).length).toBeGreaterThan(50);
  });
});
