// Parser for "France urbaine : le Lab de l'économie et de l'emploi" (Sémaphores / AMGVF,
// September 2012): four foreword texts and 19 case studies, markdown converted from a PDF.
import { glance, type Glance } from '../common/glance';
import { sha256 } from '../../shared/text/sha256';
import type { Entry, Person, Section, SectionKey, Source, Warning } from '../../shared/schema';
import { foldForMatch, foldedStart, sliceLines, slugify, splitLines } from '../common/text';
import type { DocumentParser, ParseOutput, SourceDocument } from '../types';
import { guardedParser, PARSER_CRASHED } from '../common/guard';
import { addUnique, emailsIn, officialsIn, parseContacts, parseSignature, websitesIn } from './contacts';
import { cleanBlock, cleanHeading, cleanInline, isBlank, isHeading, summarise } from './markdown';
import { departmentInTerritory } from '../../shared/places';
import { organisationOf } from './places';
import { align, findToc, similarity, territoryWordFinder, type TocCase, type TocText } from './toc';
import { entryDefaults } from '../../shared/entry-defaults';

const TITLE = "France urbaine : le Lab de l'économie et de l'emploi";
const YEAR = 2012;

type PartKey = Exclude<SectionKey, 'obstacles' | 'tools' | 'contacts' | 'body'>;
const PART_KEYS: readonly PartKey[] = [
  'context',
  'presentation',
  'vision',
  'operations',
  'governance',
  'effects',
  'innovation',
];
const PART_LABELS: Record<PartKey, string> = {
  context: 'Contexte territorial',
  presentation: 'Présentation de l’action',
  vision: 'Vision des élus',
  operations: 'Regard opérationnel',
  governance: 'Gouvernance',
  effects: 'Effets de l’action',
  innovation: 'Innovation et transférabilité',
};

/** Wording → part, on folded text. Order matters: the innovation heading also says "action". */
const PART_WORDING: readonly [PartKey, RegExp][] = [
  ['context', /contexte/],
  ['presentation', /presentation/],
  ['vision', /vision|ambition|\belus\b/],
  ['operations', /operationnel|fonctionnement|mise en oeuvre/],
  ['governance', /gouvernance|partenariat/],
  ['effects', /\beffets?\b|resultat/],
  ['innovation', /innova|transferab/],
];

/** The parts' usual wordings, which count as part headings even without their number. */
const CANONICAL: readonly RegExp[] = [
  /^contexte territorial/,
  /^presentation de l'action/,
  /^(?:l'ambition|visions? d(?:es|') ?elus)/,
  /^regard operationnel/,
  /^la gouvernance du projet/,
  /^l'effet dynamique/,
  /^caracteristiques innovantes de l'action/,
];

function classify(wording: string): PartKey | null {
  const f = foldForMatch(wording);
  for (const [key, re] of PART_WORDING) if (re.test(f)) return key;
  return null;
}

interface PartHeading {
  key: PartKey;
  heading: string;
  /** 0-based index of the first heading line (the number line when the number stands alone). */
  start: number;
  /** 0-based index of the last heading line. */
  end: number;
}

/** Reads a part heading at line i: "## 4 La gouvernance", "### Présentation de l'action", or "## 6" + heading. */
function partHeadingAt(lines: readonly string[], i: number): PartHeading | null {
  const raw = lines[i]!;
  const numberOnly = /^\s{0,3}(?:#{1,6}\s*)?\**\s*([1-7])\s*[.)]?\s*\**\s*$/.exec(raw);
  if (numberOnly) {
    let k = i + 1;
    while (k < lines.length && k <= i + 4 && isBlank(lines[k]!)) k++;
    if (k >= lines.length || !isHeading(lines[k]!)) return null;
    const wording = cleanHeading(lines[k]!);
    const key = classify(wording);
    if (!key || /^\d/.test(wording)) return null;
    return { key, heading: `${numberOnly[1]} ${wording}`, start: i, end: k };
  }
  if (!isHeading(raw)) return null;
  const heading = cleanHeading(raw);
  const numbered = /^([1-7])\s*[.)]?\s+(\D.*)$/.exec(heading);
  if (numbered) {
    const key = classify(numbered[2]!);
    return key ? { key, heading, start: i, end: i } : null;
  }
  const f = foldForMatch(heading);
  if (!CANONICAL.some((re) => re.test(f))) return null;
  const key = classify(heading);
  return key ? { key, heading, start: i, end: i } : null;
}

// Both only read how a line begins: folding its first characters is enough.
function isBanner(line: string): boolean {
  return /^france urbaine\b/.test(foldedStart(cleanInline(line), 15));
}

function isMoreInfo(line: string): boolean {
  return foldedStart(cleanInline(line), 19) === 'pour en savoir plus';
}

function prevNonBlank(lines: readonly string[], i: number, floor: number): number {
  let k = i - 1;
  while (k >= floor && isBlank(lines[k]!)) k--;
  return k;
}

/** Last non-blank line at or before i (0-based), not before floor. */
function trimEnd(lines: readonly string[], i: number, floor: number): number {
  let k = i;
  while (k > floor && isBlank(lines[k]!)) k--;
  return k;
}

interface CaseBlock {
  /** 0-based inclusive range. */
  start: number;
  end: number;
  titleLine: number | null;
  heading: string | null;
  parts: PartHeading[];
}

export function recogniseFranceUrbaine(input: string | Glance): number {
  const g = glance(input);
  if (g.text.length === 0) return 0;
  // The markers sit in the first pages; folding the whole text made recognition cost more than parsing.
  const f = g.folded(40_000);
  let score = 0;
  if (f.includes('france urbaine')) score += 0.3;
  if (/lab(?:')? de l'economie|laboratoire de l'economie/.test(f)) score += 0.25;
  if (f.includes('semaphores')) score += 0.15;
  if (f.includes('contexte territorial')) score += 0.1;
  if (/visions? d'elus/.test(f)) score += 0.1;
  if (f.includes('regard operationnel')) score += 0.05;
  if (f.includes('conditions de transferabilite')) score += 0.05;
  if (/grandes villes|amgvf/.test(f)) score += 0.05;
  return Math.min(1, score);
}

class Builder {
  readonly warnings: Warning[] = [];
  constructor(readonly file: string) {}
  warn(line: number | null, code: string, message: string): void {
    this.warnings.push({ file: this.file, line, code, message });
  }
}

function baseEntry(file: string): Omit<Entry, 'id' | 'kind' | 'title' | 'lines' | 'raw'> {
  return {
    source: file,
    ...entryDefaults(),
    year: YEAR,
    summary: '',
    sections: [],
  };
}

/** Finds the case blocks: each starts at its "1 Contexte territorial" part or the title heading just above. */
function findCases(lines: readonly string[], floor: number, b: Builder): CaseBlock[] {
  const headings: PartHeading[] = [];
  for (let i = floor; i < lines.length; i++) {
    const h = partHeadingAt(lines, i);
    if (h) {
      headings.push(h);
      i = h.end;
    }
  }
  const anchors = headings.filter((h) => h.key === 'context');
  const blocks: CaseBlock[] = [];
  let prevStart = floor;
  for (const a of anchors) {
    const p = prevNonBlank(lines, a.start, prevStart);
    let start = a.start;
    let titleLine: number | null = null;
    let heading: string | null = null;
    if (p >= prevStart && isHeading(lines[p]!) && !partHeadingAt(lines, p) && !isBanner(lines[p]!)) {
      const h = cleanHeading(lines[p]!);
      if (h) {
        start = p;
        titleLine = p;
        heading = h;
      }
    }
    blocks.push({ start, end: start, titleLine, heading, parts: [] });
    prevStart = a.end + 1;
  }
  const firstStart = blocks[0]?.start ?? lines.length;
  const orphan = headings.find((h) => h.start < firstStart && h.key !== 'context');
  if (orphan) {
    b.warn(
      orphan.start + 1,
      'case-fragment',
      `Partie « ${orphan.heading} » trouvée avant toute étude de cas (document tronqué ?) : ignorée.`,
    );
  }
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    let limit = k + 1 < blocks.length ? blocks[k + 1]!.start - 1 : lines.length - 1;
    for (let i = block.start + 1; i <= limit; i++) {
      if (isBanner(lines[i]!)) {
        limit = i - 1;
        break;
      }
    }
    block.end = trimEnd(lines, limit, block.start);
    block.parts = headings.filter((h) => h.start >= block.start && h.end <= block.end);
  }
  return blocks;
}

function sectionFrom(
  key: SectionKey,
  heading: string,
  lines: readonly string[],
  from: number,
  to: number,
  headingLine: number,
  structured = false,
): Section {
  const body = from <= to ? lines.slice(from, to + 1) : [];
  const last = trimEnd(lines, to, headingLine);
  const captions: string[] = [];
  const section: Section = {
    key,
    heading,
    text: cleanBlock(body, { structured, captions }),
    lines: [headingLine + 1, Math.max(headingLine, last) + 1],
  };
  if (captions.length > 0) section.captions = captions;
  return section;
}

/**
 * The seven parts numbered in their order, whatever the document did (« 1 Contexte », then
 * « Présentation » unnumbered, then « 2 L'ambition »…): « 1. Contexte territorial » to
 * « 7. Caractéristiques innovantes… ».
 */
function numberedHeading(key: PartKey, heading: string): string {
  const bare = heading.replace(/^\d+\s*[.)-]?\s*/, '').trim();
  return `${PART_KEYS.indexOf(key) + 1}. ${bare || PART_LABELS[key]}`;
}

function buildCase(
  lines: readonly string[],
  block: CaseBlock,
  toc: TocCase | null,
  b: Builder,
  /** The case's raw text, folded: read once for the TOC alignment and the organisation. */
  folded: string,
): Entry {
  const title = toc?.title ?? block.heading ?? 'Étude de cas sans titre';
  const territory = toc?.territory ?? null;
  const label = territory ? `${territory} – ${title}` : title;
  const raw = sliceLines(lines, block.start + 1, block.end + 1);

  // The contacts block: "Pour en savoir plus", or a trailing "Contact :" with the links above it.
  const lastPart = block.parts[block.parts.length - 1];
  const afterParts = lastPart ? lastPart.end + 1 : block.start + 1;
  let contactsAt = -1;
  let contactsHeading: string | null = null;
  for (let i = afterParts; i <= block.end; i++) {
    if (isMoreInfo(lines[i]!)) {
      contactsAt = i;
      contactsHeading = cleanHeading(lines[i]!);
      break;
    }
  }
  if (contactsAt < 0) {
    for (let i = block.end; i >= afterParts; i--) {
      if (/^contacts?\s*:/i.test(cleanInline(lines[i]!))) {
        contactsAt = i;
        break;
      }
    }
    if (contactsAt >= 0) {
      let k = prevNonBlank(lines, contactsAt, afterParts);
      while (
        k >= afterParts &&
        websitesIn(lines[k]!).length > 0 &&
        cleanInline(lines[k]!).split(/\s+/).length <= 3
      ) {
        contactsAt = k;
        k = prevNonBlank(lines, k, afterParts);
      }
      b.warn(
        contactsAt + 1,
        'contacts-without-heading',
        `« ${label} » : les coordonnées ne sont pas précédées de « Pour en savoir plus » ; lues à partir de cette ligne.`,
      );
    }
  }

  const sections: Section[] = [];
  const seen = new Set<PartKey>();
  const partsEnd = contactsAt >= 0 ? contactsAt - 1 : block.end;
  const parts = block.parts.filter((p) => p.start <= partsEnd);
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (seen.has(p.key)) {
      b.warn(
        p.start + 1,
        'repeated-part',
        `« ${label} » : la partie « ${p.heading} » apparaît deux fois ; les deux sont gardées.`,
      );
    }
    seen.add(p.key);
    const to = k + 1 < parts.length ? parts[k + 1]!.start - 1 : partsEnd;
    const section = sectionFrom(
      p.key,
      numberedHeading(p.key, p.heading),
      lines,
      p.end + 1,
      to,
      p.start,
      true,
    );
    if (!section.text) {
      b.warn(
        p.start + 1,
        'empty-part',
        `« ${label} » : la partie « ${p.heading} » est vide dans le document.`,
      );
    }
    sections.push(section);
  }
  for (const key of PART_KEYS) {
    if (!seen.has(key)) {
      b.warn(
        block.start + 1,
        'missing-part',
        `« ${label} » : pas de partie « ${PART_LABELS[key]} » dans le document.`,
      );
    }
  }

  let people: Person[] = [];
  const emails: string[] = [];
  const phones: string[] = [];
  const websites: string[] = [];
  if (contactsAt >= 0) {
    const contactLines = lines.slice(contactsHeading ? contactsAt + 1 : contactsAt, block.end + 1);
    const contacts = parseContacts(contactLines);
    people = contacts.people;
    addUnique(emails, contacts.emails, 'email');
    addUnique(phones, contacts.phones, 'phone');
    addUnique(websites, contacts.websites, 'url');
    const text = cleanBlock(contactLines);
    sections.push({
      key: 'contacts',
      heading: contactsHeading ?? 'Contacts',
      text,
      lines: [contactsAt + 1, block.end + 1],
    });
    if (people.length === 0) {
      b.warn(
        contactsAt + 1,
        'no-contact-person',
        `« ${label} » : aucune personne à contacter n'a pu être lue.`,
      );
    }
  } else {
    b.warn(
      block.end + 1,
      'missing-contacts',
      `« ${label} » : pas de rubrique « Pour en savoir plus » (contacts).`,
    );
  }
  // Websites and e-mails cited in the body count too, after the contacts' own.
  const cited = { websites: [] as string[], emails: [] as string[] };
  for (let i = block.start; i <= block.end; i++) {
    cited.websites.push(...websitesIn(lines[i]!));
    cited.emails.push(...emailsIn(lines[i]!));
  }
  addUnique(websites, cited.websites, 'url');
  addUnique(emails, cited.emails, 'email');

  const vision = parts.find((p) => p.key === 'vision');
  let officials: Person[] = [];
  if (vision) {
    const next = parts[parts.indexOf(vision) + 1];
    officials = officialsIn(lines.slice(vision.end + 1, next ? next.start : partsEnd + 1));
    if (officials.length === 0) {
      b.warn(
        vision.start + 1,
        'no-official',
        `« ${label} » : l'élu cité dans « ${vision.heading} » n'a pas pu être lu.`,
      );
    }
  }

  const dept = territory ? departmentInTerritory(territory) : null;
  if (territory && !dept) {
    b.warn(
      block.start + 1,
      'unknown-department',
      `« ${label} » : département inconnu pour le territoire « ${territory} ».`,
    );
  }
  const presentation = sections.find((s) => s.key === 'presentation' && s.text);
  const fallback = sections.find((s) => s.key !== 'contacts' && s.text);
  const base = territory ? `${territory} ${title}` : title;
  return {
    ...baseEntry(b.file),
    id: `fu-${slugify(base, 60)}`,
    kind: 'case',
    title,
    territory,
    department: dept?.name ?? null,
    departmentCode: dept?.code ?? null,
    region: dept?.region ?? null,
    organisation: organisationOf(territory, raw, folded),
    people,
    officials,
    emails,
    phones,
    websites,
    summary: summarise((presentation ?? fallback)?.text ?? ''),
    sections,
    lines: [block.start + 1, block.end + 1],
    raw,
  };
}

/** Start of each foreword: its author's italic signature, right after the running title. */
function findTextStarts(
  lines: readonly string[],
  from: number,
  to: number,
  toc: readonly TocText[],
): { toc: TocText | null; line: number; author: Person }[] {
  const out: { toc: TocText | null; line: number; author: Person }[] = [];
  if (toc.length > 0) {
    let cursor = from;
    for (const t of toc) {
      const name = foldForMatch(t.author);
      for (let i = cursor; i < to; i++) {
        const f = foldForMatch(cleanInline(lines[i]!));
        if (f.startsWith(name) && !/\t/.test(lines[i]!)) {
          const sig = parseSignature(lines[i]!);
          out.push({
            toc: t,
            line: i,
            author: { name: t.author, role: sig?.role ?? t.role, email: null, phone: null },
          });
          cursor = i + 1;
          break;
        }
      }
    }
    return out;
  }
  // No contents: a signature a few lines after a running title opens a text.
  for (let i = from; i < to; i++) {
    if (!isBanner(lines[i]!)) continue;
    // The running title spans up to three lines, "France urbaine :" … "et de l'emploi".
    let k = i;
    while (k < Math.min(to - 1, i + 3) && !/emploi\W*$/.test(foldForMatch(lines[k]!))) k++;
    k++;
    while (k < to && isBlank(lines[k]!)) k++;
    const sig = k < to && /^\s*\*[^*]/.test(lines[k]!) ? parseSignature(lines[k]!) : null;
    if (sig) out.push({ toc: null, line: k, author: sig });
    i = k - 1;
  }
  return out;
}

function buildText(
  lines: readonly string[],
  start: number,
  end: number,
  toc: TocText | null,
  author: Person,
  file: string,
): Entry {
  const title =
    toc?.title ??
    (/^[aeiouyàâéèêîôûh]/i.test(author.name) ? `Texte d'${author.name}` : `Texte de ${author.name}`);
  // Top-level numbered subheadings ("## 2. Les actions …") split the text into sections.
  const splits: { at: number; heading: string }[] = [];
  for (let i = start + 1; i <= end; i++) {
    if (!isHeading(lines[i]!)) continue;
    const h = cleanHeading(lines[i]!);
    if (/^\d+\.\s/.test(h)) splits.push({ at: i, heading: h });
  }
  const sections: Section[] = [];
  const firstSplit = splits[0]?.at ?? end + 1;
  const preamble = sectionFrom('body', title, lines, start + 1, firstSplit - 1, start);
  const preambleHasText = lines.slice(start + 1, firstSplit).some((l) => !isBlank(l) && !isHeading(l));
  if (preambleHasText || splits.length === 0) sections.push(preamble);
  splits.forEach((s, k) => {
    const to = k + 1 < splits.length ? splits[k + 1]!.at - 1 : end;
    const section = sectionFrom('body', s.heading, lines, s.at + 1, to, s.at);
    // A preamble made only of a heading ("Quelques enseignements …") opens the first section.
    if (k === 0 && !preambleHasText) {
      const lead = cleanBlock(lines.slice(start + 1, s.at));
      if (lead) section.text = `${lead}\n\n${section.text}`.trim();
    }
    sections.push(section);
  });
  return {
    ...baseEntry(file),
    id: `fu-texte-${slugify(author.name, 50)}`,
    kind: 'text',
    title,
    people: [author],
    summary: summarise(sections[0]?.text ?? ''),
    sections,
    lines: [start + 1, end + 1],
    raw: sliceLines(lines, start + 1, end + 1),
  };
}

function sourceOf(doc: SourceDocument, text: string, lines: readonly string[]): Source {
  return {
    file: doc.file,
    kind: 'france-urbaine',
    title: TITLE,
    label: 'France urbaine 2012',
    publisher: 'Sémaphores / AMGVF',
    year: YEAR,
    lineCount: text === '' ? 0 : lines.length,
    sha256: sha256(text),
  };
}

function parse(doc: SourceDocument): ParseOutput {
  const b = new Builder(doc.file);
  const text = typeof doc.text === 'string' ? doc.text : '';
  const lines = splitLines(text);
  const source = sourceOf(doc, text, lines);
  const entries: Entry[] = [];
  try {
    const { entries: tocEntries, end: tocEnd } = findToc(lines);
    const tocCases = tocEntries.filter((e): e is TocCase => e.kind === 'case');
    const tocTexts = tocEntries.filter((e): e is TocText => e.kind === 'text');
    if (tocEntries.length === 0) {
      b.warn(
        null,
        'no-toc',
        'Sommaire introuvable : territoires et titres sont pris dans les titres des études de cas.',
      );
    }

    const blocks = findCases(lines, tocEnd, b);
    const firstCase = blocks[0]?.start ?? lines.length;

    // Forewords: from each signature to the next running title, signature or case.
    const starts = findTextStarts(lines, tocEnd, firstCase, tocTexts);
    starts.forEach((s, k) => {
      let limit = k + 1 < starts.length ? starts[k + 1]!.line - 1 : firstCase - 1;
      for (let i = s.line + 1; i <= limit; i++) {
        if (isBanner(lines[i]!)) {
          limit = i - 1;
          break;
        }
      }
      const end = trimEnd(lines, limit, s.line);
      entries.push(buildText(lines, s.line, end, s.toc, s.author, doc.file));
    });
    for (const t of tocTexts) {
      if (!starts.some((s) => s.toc === t)) {
        b.warn(
          t.line,
          'toc-text-not-found',
          `Le texte « ${t.title} » du sommaire n'a pas été trouvé dans le document.`,
        );
      }
    }

    const folded = blocks.map((bl) => foldForMatch(sliceLines(lines, bl.start + 1, bl.end + 1)));
    const territoryWords = territoryWordFinder(tocCases);
    const keys = blocks.map((bl, k) => ({ heading: bl.heading, words: territoryWords(folded[k]!) }));
    const pairing = align(keys, tocCases);
    blocks.forEach((block, k) => {
      let toc: TocCase | null = pairing[k]! >= 0 ? tocCases[pairing[k]!]! : null;
      if (toc && block.heading && similarity(block.heading, toc.title) < 0.5) {
        b.warn(
          block.start + 1,
          'heading-differs',
          `Le titre « ${block.heading} » diffère du sommaire « ${toc.title} » ; le sommaire est retenu.`,
        );
      }
      if (!toc) {
        // A repeated case (doubled document) still finds its TOC line by its heading.
        const reuse = block.heading
          ? tocCases
              .map((t) => ({ t, s: similarity(block.heading!, t.title) }))
              .filter((x) => x.s >= 0.6)
              .sort((x, y) => y.s - x.s)[0]?.t
          : undefined;
        toc = reuse ?? null;
        b.warn(
          block.start + 1,
          reuse ? 'case-repeated' : 'case-not-in-toc',
          reuse
            ? `L'étude de cas « ${reuse.title} » apparaît une seconde fois dans le document.`
            : `Étude de cas « ${block.heading ?? 'sans titre'} » absente du sommaire : territoire inconnu.`,
        );
      }
      entries.push(buildCase(lines, block, toc, b, folded[k]!));
    });
    tocCases.forEach((t, j) => {
      if (!pairing.includes(j)) {
        b.warn(
          t.line,
          'toc-case-not-found',
          `La ligne du sommaire « ${t.territory}, ${t.title} » ne correspond à aucune étude de cas trouvée.`,
        );
      }
    });
    // One warning that says what the lines above add up to: the document lost entries.
    const foundCases = new Set(pairing.filter((j) => j >= 0)).size;
    const foundTexts = tocTexts.filter((t) => starts.some((s) => s.toc === t)).length;
    if (foundCases < tocCases.length || foundTexts < tocTexts.length) {
      const lastLine = lines.length;
      b.warn(
        lastLine,
        'document-truncated',
        `Document incomplet ou tronqué : le sommaire annonce ${tocCases.length} études de cas et ` +
          `${tocTexts.length} textes, le document en contient ${foundCases} et ${foundTexts} ` +
          `(il s’arrête à la ligne ${lastLine}).`,
      );
    }
  } catch (error) {
    // Last resort: the parser must never throw; what was read so far is kept.
    b.warn(null, PARSER_CRASHED, `Erreur inattendue pendant l'analyse : ${String(error)}`);
  }

  // Ids are derived from content; a repeated case gets a suffix rather than overwriting another.
  const seen = new Map<string, number>();
  for (const e of entries) {
    const n = (seen.get(e.id) ?? 0) + 1;
    seen.set(e.id, n);
    if (n > 1) e.id = `${e.id}-${n}`;
  }

  const cases = entries.filter((e) => e.kind === 'case');
  const texts = entries.filter((e) => e.kind === 'text');
  const contacts = cases.reduce((s, e) => s + e.people.length, 0);
  const officials = cases.reduce((s, e) => s + e.officials.length, 0);
  return {
    source,
    entries,
    events: [],
    organisations: [],
    publications: [],
    recognised:
      `« ${TITLE} » (Sémaphores / AMGVF, septembre 2012) : ${cases.length} études de cas, ` +
      `${texts.length} textes d'ouverture, ${contacts} contacts et ${officials} élus cités.`,
    counts: {
      cases: cases.length,
      texts: texts.length,
      contacts,
      officials,
      sections: entries.reduce((s, e) => s + e.sections.length, 0),
    },
    warnings: b.warnings,
  };
}

export const franceUrbaineParser: DocumentParser = guardedParser(
  'france-urbaine',
  recogniseFranceUrbaine,
  parse,
  (doc) => {
    const text = typeof doc.text === 'string' ? doc.text : '';
    return {
      source: sourceOf(doc, text, splitLines(text)),
      entries: [],
      events: [],
      organisations: [],
      publications: [],
      recognised: `« ${TITLE} » : analyse interrompue.`,
      counts: { cases: 0, texts: 0, contacts: 0, officials: 0, sections: 0 },
      warnings: [],
    };
  },
);
