// COORACE chronology, exported from a spreadsheet: a line of column letters, then each row
// as a line holding its number followed by its cells glued together. Cell boundaries are
// recovered from typography (case changes, closing quotes, glued sentences) and, for
// capitals glued to capitals, from the document's own vocabulary.
import { glance, type Glance } from '../common/glance';
import { gluePoints } from './glue';
import { guardedParser } from '../common/guard';
import { sha256 } from '../../shared/text/sha256';
import type { CatalogueEvent, Warning } from '../../shared/schema';
import { foldForMatch, slugify, sliceLines, splitLines, tidy } from '../common/text';
import type { DocumentParser, ParseOutput, SourceDocument } from '../types';
import { readLeadingDate, type DateMatch } from './dates';
import { cleanLabel, sentenceCase } from './labels';

export { normaliseDate, readLeadingDate } from './dates';

export const COORACE_HEADERS = [
  'Période',
  'Thème',
  "Le contexte: Politique publique d'insertion",
  'COORACE: une vision',
  'Des mobilisations',
  "Des modes d'intervention",
  'Documentation',
] as const;

const [H_PERIOD, H_THEME, H_CONTEXT, H_VISION, H_MOBILISATION, H_INTERVENTION, H_DOC] = COORACE_HEADERS;

const REPLACEMENT = '\uFFFD';

// ---------------------------------------------------------------- recognition

export function recogniseCoorace(input: string | Glance): number {
  const g = glance(input);
  const text = g.text;
  if (text.length === 0) return 0;
  const head = text.slice(0, 3000);
  const lines = splitLines(head);
  const firstLine = lines.find((l) => l.trim() !== '')?.trim() ?? '';
  const folded = foldForMatch(head);
  let score = 0;
  if (/^ABC[A-Z]*$/.test(firstLine)) score += 0.25;
  if (folded.includes('periode') && folded.includes('theme') && folded.includes('documentation'))
    score += 0.25;
  if (folded.includes('coorace')) score += 0.15;
  if (folded.includes('coorace: une vision') || folded.includes("des modes d'intervention")) score += 0.2;
  const numberLines = g.lines.filter((l) => /^\s*\d{1,4}\s*$/.test(l)).length;
  if (numberLines >= 5) score += 0.15;
  return Math.min(1, score);
}

// ---------------------------------------------------------------- glue points

interface Piece {
  text: string;
  line: number;
  /** How the piece begins: at the start of a line, or glued to the previous piece. */
  start: 'line' | 'glue';
}

interface Vocabulary {
  /** Folded word → occurrences. */
  words: Map<string, number>;
  /** Short all-capital words (acronyms) as written. */
  acronyms: Set<string>;
}

function buildVocabulary(text: string): Vocabulary {
  // Spellings counted first: each is folded and tested once, not once per occurrence.
  const spellings = new Map<string, number>();
  for (const m of text.matchAll(/\p{L}+/gu)) spellings.set(m[0], (spellings.get(m[0]) ?? 0) + 1);
  const words = new Map<string, number>();
  const acronyms = new Set<string>();
  for (const [spelling, count] of spellings) {
    const w = foldForMatch(spelling);
    words.set(w, (words.get(w) ?? 0) + count);
    if (/^\p{Lu}{2,6}$/u.test(spelling)) acronyms.add(spelling);
  }
  return { words, acronyms };
}

const HEADING_TAIL = /^[\p{Lu}0-9'’ .,\-()/]{0,80}?\s?:/u;

/**
 * Capitals glued to capitals ("ENVIRONNEMENTENVIRONNEMENT :") show no case change; such a
 * word is cut where both halves are words of the document and the second half opens an
 * upper-case heading. Returns the cut position, or -1.
 */
function vocabularyCut(s: string, vocab: Vocabulary): { at: number; left: string; right: string } {
  const none = { at: -1, left: '', right: '' };
  const known = (w: string): boolean => vocab.words.has(foldForMatch(w));
  // Both halves known first; only then an acronym of the document followed by a long word
  // ("CNIAEPARTICIPATION"): a mere known prefix ("REGION|ALISATION") would cut real words.
  const passes: Array<(l: string, r: string) => boolean> = [
    (l, r) => known(l) && known(r),
    (l, r) => l.length >= 4 && r.length >= 6 && vocab.acronyms.has(l),
  ];
  for (const ok of passes) {
    for (const m of s.slice(0, 160).matchAll(/\p{Lu}{6,}/gu)) {
      const word = m[0];
      if ((vocab.words.get(foldForMatch(word)) ?? 0) > 1) continue;
      for (let i = 3; i <= word.length - 3; i++) {
        const left = word.slice(0, i);
        const right = word.slice(i);
        if (!ok(left, right)) continue;
        const at = m.index + i;
        if (!HEADING_TAIL.test(s.slice(at))) continue;
        return { at, left, right };
      }
    }
  }
  return none;
}

function cutLine(
  s: string,
  line: number,
  vocab: Vocabulary,
  warn: (line: number, code: string, message: string) => void,
): Piece[] {
  const points = new Set(gluePoints(s));
  const cut = vocabularyCut(s, vocab);
  if (cut.at > 0 && !points.has(cut.at)) {
    points.add(cut.at);
    warn(
      line,
      'cell-boundary-guess',
      `Ligne ${line} : « ${cut.left}${cut.right} » coupé en « ${cut.left} » | « ${cut.right} » (limite de cellule déduite du vocabulaire du document).`,
    );
  }
  const sorted = [...points].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let from = 0;
  for (const p of [...sorted, s.length]) {
    const text = s.slice(from, p).trim();
    if (text) pieces.push({ text, line, start: pieces.length === 0 ? 'line' : 'glue' });
    from = p;
  }
  return pieces;
}

// ---------------------------------------------------------------- cell classification

const isBullet = (s: string): boolean => /^\s*(?:[-•*¢]|\d+[.)]\s)/.test(s);
const endsSentence = (s: string): boolean => /[.,;:!?]\s*$/.test(s);

/** An upper-case heading opening a report section: "REGIONALISATION :", "C.I.R.I.E. (…)". */
function isHeading(s: string): boolean {
  return (
    /^(?:\d{4}\s?:\s*)?[\p{Lu}][\p{Lu}0-9'’ .,\-()/]{2,}\s?:/u.test(s) ||
    /^(?:\p{Lu}\.){2,}/u.test(s) ||
    /^(?:La|Le|Les)\s+(?:\p{Lu}\.){2,}[^:]{0,20}:/u.test(s)
  );
}

function headingText(s: string): string | null {
  const m = /^(?:\d{4}\s?:\s*)?((?:La |Le |Les )?[\p{Lu}][\p{Lu}0-9'’ .,\-()/]{2,}?)\s?:/u.exec(s);
  return m?.[1] ? m[1].trim() : null;
}

function isThemeLike(s: string): boolean {
  return s.length <= 80 && !endsSentence(s) && !/\s:\s|:\s*$/.test(s) && !isHeading(s);
}

function isDocumentationLike(s: string): boolean {
  return (
    s.length <= 70 &&
    /^[\p{Lu}"«]/u.test(s) &&
    !endsSentence(s) &&
    !isBullet(s) &&
    !isHeading(s) &&
    !s.includes(':')
  );
}

const POLICY =
  /\b(?:decret|loi \d|loi du|ministre|ministere|gouvernement|conseil des ministres|parlement|circulaire|l ?\d{3} \d)/;
const INTERVENTION =
  /\b(?:formation|services?|proxim|cheque|interim|entreprise d'interim|environnement|labellisation|coups? de main)/;
const MOBILISATION =
  /\b(?:cirie|cfdt|cooperation|manifeste|actions diverses|commissions?|alerte|congres|partenariat|collectif|accord)/;

function classify(text: string): string {
  const head = foldForMatch(text.slice(0, 240));
  if (isHeading(text)) {
    const heading = foldForMatch((headingText(text) ?? text.slice(0, 60)).replace(/\./g, ''));
    if (INTERVENTION.test(heading)) return H_INTERVENTION;
    if (MOBILISATION.test(heading)) return H_MOBILISATION;
    if (POLICY.test(head) && !/^(?:\d{4}\s?:)/.test(text)) return H_CONTEXT;
    return H_VISION;
  }
  if (MOBILISATION.test(head.slice(0, 40))) return H_MOBILISATION;
  if (POLICY.test(head) || /^(?:le \d{1,2}, |\d{1,2} \p{L}+ \d{4})/u.test(head)) return H_CONTEXT;
  if (INTERVENTION.test(head) && text.length <= 60) return H_INTERVENTION;
  return H_MOBILISATION;
}

// ---------------------------------------------------------------- rows

interface RowBlock {
  row: number;
  markerLine: number;
  /** Content lines: [line number, text]. */
  lines: Array<[number, string]>;
}

interface RowResult {
  event: Omit<CatalogueEvent, 'id' | 'period'>;
  dateMatch: DateMatch | null;
}

function cleanCellText(s: string): string {
  return tidy(s.replace(/´/g, "'").replace(new RegExp(REPLACEMENT, 'g'), '?'));
}

function parseRow(
  block: RowBlock,
  file: string,
  allLines: readonly string[],
  vocab: Vocabulary,
  warn: (line: number, code: string, message: string) => void,
): RowResult | null {
  const content = block.lines.filter(([, t]) => t.trim() !== '');
  const head = content[0];
  const tail = content[content.length - 1];
  if (!head || !tail) return null;
  const firstLine = head[0];
  const lastLine = tail[0];

  for (const [n, t] of content) {
    if (t.includes(REPLACEMENT)) {
      warn(
        n,
        'replacement-character',
        `Ligne ${n} : caractère illisible (U+FFFD) dans la ligne ${block.row} du tableur ; remplacé par « ? » dans le texte nettoyé, conservé tel quel dans le texte brut.`,
      );
    }
  }

  // Période: a date at the very start of the row.
  let theme: string | null = null;
  const pieces: Piece[] = [];
  const first = head[1].replace(/´/g, "'").trim();
  let dateMatch: DateMatch | null = readLeadingDate(first);
  const dateInPeriod = dateMatch !== null;
  let firstRest = dateMatch ? first.slice(dateMatch.text.length) : first;
  if (!dateMatch) {
    // "CIRIE19 octobre 1994": a day-and-month date glued after a short label.
    const label = /^(.{1,60}?[\p{L})])(?=\d)/u.exec(first)?.[1] ?? '';
    const late = label ? readLeadingDate(first.slice(label.length)) : null;
    if (label && late && late.date.length === 10 && isThemeLike(label.trim())) {
      dateMatch = late;
      theme = label.trim();
      firstRest = first.slice(label.length);
      warn(
        firstLine,
        'date-after-theme',
        `Ligne ${firstLine} : la ligne ${block.row} n'a pas de date en colonne Période ; la date « ${late.text} » collée après le thème « ${theme} » est retenue.`,
      );
    }
  }
  if (firstRest.trim()) pieces.push(...cutLine(firstRest, firstLine, vocab, warn));
  for (const [n, t] of content.slice(1)) {
    pieces.push(...cutLine(t.replace(/´/g, "'"), n, vocab, warn));
  }

  // Thème: a short label right after the date, on the first line.
  const candidate = pieces[0];
  if (theme === null && candidate && candidate.line === firstLine) {
    const next = pieces[1];
    if (isThemeLike(candidate.text) && (!next || next.start === 'glue' || next.line !== firstLine)) {
      theme = candidate.text;
      pieces.shift();
    }
  }

  // Documentation: short labels closing the row, when something else remains.
  const docs: Piece[] = [];
  while (pieces.length > 1 && docs.length < 2) {
    const last = pieces[pieces.length - 1];
    if (!last || last.line !== lastLine || !isDocumentationLike(last.text)) break;
    docs.unshift(last);
    pieces.pop();
  }
  if (docs.length === 0 && pieces.length > 1) {
    // A lone doc line can only be told from prose by its shape; accept it when it is clearly separate.
    const last = pieces[pieces.length - 1];
    if (last && last.line === lastLine && last.start === 'line' && isDocumentationLike(last.text)) {
      docs.push(last);
      pieces.pop();
    }
  }
  for (const d of docs) {
    const opens = (d.text.match(/\(/g) ?? []).length;
    const closes = (d.text.match(/\)/g) ?? []).length;
    if (opens !== closes) {
      warn(
        d.line,
        'documentation-guess',
        `Ligne ${d.line} : « ${d.text} » (parenthèse non fermée, cellule sans doute tronquée) est pris pour la cellule Documentation de la ligne ${block.row} ; à vérifier.`,
      );
    }
  }

  // Middle cells: a glued piece or a heading line starts a new cell; other lines continue it.
  const middle: Array<{ text: string }> = [];
  for (const p of pieces) {
    const current = middle[middle.length - 1];
    if (!current || p.start === 'glue' || isHeading(p.text)) middle.push({ text: p.text });
    else current.text += `\n${p.text}`;
  }

  const cells: Array<{ column: string; text: string }> = [];
  if (dateMatch && dateInPeriod) cells.push({ column: H_PERIOD, text: dateMatch.text.trim() });
  if (theme !== null) cells.push({ column: H_THEME, text: cleanCellText(theme) });
  for (const m of middle) cells.push({ column: classify(m.text), text: cleanCellText(m.text) });
  const documentation = docs.length ? docs.map((d) => cleanCellText(d.text)).join(' ; ') : null;
  if (documentation) cells.push({ column: H_DOC, text: documentation });

  // Title: the Thème, else the heading the text opens with, else its first words.
  let title = theme ? cleanLabel(theme) : '';
  if (!title) {
    const heading = middle.map((m) => headingText(m.text)).find((h) => h);
    if (heading) title = cleanLabel(sentenceCase(heading.replace(/\s+/g, ' ')));
  }
  if (!title && middle[0]) {
    const firstSentence = cleanCellText(middle[0].text).split(/(?<=[.!?])\s/)[0] ?? '';
    title = firstSentence.length > 80 ? `${firstSentence.slice(0, 77).trim()}…` : firstSentence;
    warn(
      firstLine,
      'title-from-text',
      `Ligne ${firstLine} : la ligne ${block.row} n'a ni thème ni intitulé ; titre tiré du début du texte.`,
    );
  }
  if (!title && documentation) title = documentation;
  if (!title) title = `Ligne ${block.row}`;

  const bodyCells = cells.filter((c) => c.column !== H_PERIOD && c.column !== H_THEME && c.column !== H_DOC);
  const text = (bodyCells.length ? bodyCells : cells.filter((c) => c.column !== H_PERIOD))
    .map((c) => c.text)
    .join('\n\n');

  return {
    dateMatch,
    event: {
      source: file,
      date: dateMatch?.date ?? null,
      dateEnd: dateMatch?.dateEnd ?? null,
      dateText: dateMatch?.text.trim() ?? '',
      undated: !dateMatch,
      title,
      text,
      cells,
      documentation,
      // The Thème cell is the title; themes come from the shared thesaurus at assembly.
      themes: [],
      row: block.row,
      lines: [block.markerLine, Math.max(block.markerLine, lastLine)],
      raw: sliceLines(allLines, block.markerLine, lastLine),
      related: [],
    },
  };
}

// ---------------------------------------------------------------- parse

function isHeaderRow(block: RowBlock): boolean {
  const f = foldForMatch(block.lines.map(([, t]) => t).join(' '));
  return f.includes('periode') && f.includes('theme') && f.includes('documentation') && f.length < 400;
}

function emptyOutput(doc: SourceDocument, lineCount: number): ParseOutput {
  return {
    source: {
      file: doc.file,
      kind: 'coorace',
      title: 'Chronologie du réseau COORACE',
      label: 'Chronologie COORACE',
      publisher: 'COORACE',
      year: null,
      lineCount,
      sha256: sha256(doc.text),
    },
    entries: [],
    events: [],
    organisations: [],
    publications: [],
    recognised: 'Chronologie du réseau COORACE : aucune ligne lisible.',
    counts: { rows: 0, events: 0, emptyRows: 0, undated: 0 },
    warnings: [],
  };
}

function parseCoorace(doc: SourceDocument): ParseOutput {
  const text = typeof doc.text === 'string' ? doc.text.replace(/^\uFEFF/, '') : '';
  const allLines = splitLines(text);
  const out = emptyOutput({ ...doc, text }, allLines.length);
  const warnings: Warning[] = out.warnings;
  const warn = (line: number | null, code: string, message: string): void => {
    warnings.push({ file: doc.file, line, code, message });
  };

  // eslint-disable-next-line no-control-regex
  const controls = (text.match(/[\u0000-\u0008\u000e-\u001f]/g) ?? []).length;
  if (controls > 0) {
    warn(
      null,
      'binary-content',
      `Le document contient ${controls} caractères de contrôle : contenu binaire ou corrompu, lecture partielle.`,
    );
  }

  const firstIdx = allLines.findIndex((l) => l.trim() !== '');
  if (firstIdx < 0) {
    warn(null, 'empty-document', 'Document vide : aucune ligne à lire.');
    return out;
  }
  if (!/^ABC[A-Z]*$/.test((allLines[firstIdx] ?? '').trim())) {
    warn(
      firstIdx + 1,
      'missing-column-letters',
      `Ligne ${firstIdx + 1} : la ligne des lettres de colonnes (ABC…) est absente.`,
    );
  }

  // Split into rows at lines holding only a row number.
  const blocks: RowBlock[] = [];
  const orphan: number[] = [];
  allLines.forEach((raw, i) => {
    const n = i + 1;
    const t = raw.trim();
    if (/^ABC[A-Z]*$/.test(t) && i !== firstIdx) {
      // A second column-letters line: the export was pasted twice.
      warn(
        n,
        'column-letters-repeated',
        `Ligne ${n} : ligne des lettres de colonnes répétée (document doublé ?), ignorée.`,
      );
    } else if (/^\d{1,4}$/.test(t) && Number(t) >= 1) {
      blocks.push({ row: Number(t), markerLine: n, lines: [] });
    } else if (blocks.length > 0) {
      blocks[blocks.length - 1]?.lines.push([n, raw]);
    } else if (t !== '' && i !== firstIdx) {
      orphan.push(n);
    }
  });
  if (orphan[0] !== undefined) {
    warn(
      orphan[0],
      'text-before-rows',
      `Lignes ${orphan[0]}–${orphan[orphan.length - 1]} : texte avant la première ligne numérotée, ignoré.`,
    );
  }
  if (blocks.length === 0) {
    warn(null, 'no-rows', 'Aucune ligne numérotée du tableur trouvée : rien à lire.');
    return out;
  }
  let previous = 0;
  const seenRows = new Set<number>();
  for (const b of blocks) {
    if (seenRows.has(b.row)) {
      warn(
        b.markerLine,
        'row-number-repeated',
        `Ligne ${b.markerLine} : la ligne ${b.row} du tableur apparaît une nouvelle fois (document doublé ?).`,
      );
    } else if (b.row !== previous + 1) {
      warn(
        b.markerLine,
        'row-number-sequence',
        `Ligne ${b.markerLine} : numéro de ligne ${b.row} inattendu après ${previous}.`,
      );
    }
    seenRows.add(b.row);
    previous = b.row;
  }

  // Header row.
  const headerBlock = blocks.find((b) => b.row === 1);
  const headerText = foldForMatch(headerBlock?.lines.map(([, t]) => t).join(' ') ?? '');
  if (!headerBlock || !headerText.includes('periode') || !headerText.includes('theme')) {
    warn(
      headerBlock?.markerLine ?? null,
      'missing-header',
      "Ligne d'en-tête (Période, Thème, …) absente : noms de colonnes attendus utilisés.",
    );
  } else {
    const missing = COORACE_HEADERS.filter((h) => !headerText.includes(foldForMatch(h)));
    if (missing.length) {
      warn(
        headerBlock.markerLine,
        'header-mismatch',
        `Ligne ${headerBlock.markerLine} : en-têtes absents : ${missing.join(', ')}.`,
      );
    }
  }

  const vocab = buildVocabulary(text);
  const events: CatalogueEvent[] = [];
  let emptyRows = 0;
  let period: string | null = null;
  const usedIds = new Set<string>();
  const rowWarn = (line: number, code: string, message: string): void => warn(line, code, message);

  for (const block of blocks) {
    if (block === headerBlock && headerText.includes('periode')) continue;
    if (isHeaderRow(block)) {
      warn(
        block.markerLine,
        'header-repeated',
        `Ligne ${block.markerLine} : ligne d'en-tête répétée, ignorée.`,
      );
      continue;
    }
    let result: RowResult | null;
    try {
      result = parseRow(block, doc.file, allLines, vocab, rowWarn);
    } catch (error) {
      warn(
        block.markerLine,
        'row-unreadable',
        `Ligne ${block.markerLine} : ligne ${block.row} du tableur illisible (${String(error)}).`,
      );
      continue;
    }
    if (!result) {
      emptyRows++;
      continue;
    }
    const ev = result.event;
    if (ev.date) period = ev.date;
    let id = `coorace-${ev.date ?? 'sans-date'}-${slugify(ev.title, 40)}`;
    if (usedIds.has(id)) id = `${id}-${block.row}`;
    for (let k = 2; usedIds.has(id); k++) id = `${id.replace(/-r\d+$/, '')}-r${k}`;
    usedIds.add(id);
    events.push({ ...ev, id, period });
  }

  if (events.length > 0) {
    warn(
      headerBlock?.markerLine ?? null,
      'columns-heuristic',
      "Les limites de cellules sont perdues à l'export : Période, Thème et Documentation sont repérés par leur forme, la colonne des autres cellules (contexte, vision, mobilisations, modes d'intervention) est attribuée par mots-clés et reste indicative.",
    );
  }

  const years = events
    .flatMap((e) => [e.date, e.dateEnd])
    .filter((d): d is string => !!d)
    .map((d) => Number(d.slice(0, 4)));
  const firstYear = years.length ? Math.min(...years) : null;
  const lastYear = years.length ? Math.max(...years) : null;
  const undated = events.filter((e) => e.undated).length;
  out.source.year = lastYear;
  out.events = events;
  out.counts = {
    rows: blocks.length - (headerBlock ? 1 : 0),
    events: events.length,
    emptyRows,
    undated,
    withDocumentation: events.filter((e) => e.documentation).length,
  };
  out.recognised =
    events.length === 0
      ? 'Chronologie du réseau COORACE : aucune ligne non vide.'
      : `Chronologie du réseau COORACE : ${events.length} lignes non vides (${undated} sans date, ${emptyRows} lignes vides ignorées)${firstYear ? `, de ${firstYear} à ${lastYear}` : ''}.`;
  return out;
}

export const cooraceParser: DocumentParser = guardedParser('coorace', recogniseCoorace, parseCoorace, (doc) =>
  emptyOutput({ file: doc.file, text: typeof doc.text === 'string' ? doc.text : '' }, 0),
);
