// Parser of the "Recueil d'expériences VITA" (COORACE, 2008): OCR of a two-column PDF.
import { glance, type Glance } from '../common/glance';
import { sha256 } from '../../shared/text/sha256';
import type { Entry, Section, SectionKey, Source, Warning } from '../../shared/schema';
import type { DocumentParser, ParseOutput, SourceDocument } from '../types';
import { guardedParser } from '../common/guard';
import { foldForMatch, sliceLines, slugify, splitLines } from '../common/text';
import { departmentByName, departmentFromPostcode, regionByName } from '../../shared/places';
import {
  cleanLines,
  isValidEmail,
  learnPlaces,
  onlyWordsFrom,
  repairDebris,
  repairText,
  type Vocabulary,
} from './ocr-repair';
import { findStructure, GROUPS, RUNNING_TITLE_WORDS, type Block } from './structure';
import { normaliseUrl, parseContacts, splitHeader, type HeaderLine } from './contacts';
import { readableCity, readableTitle, type CaseVocabulary } from './title';
import { scanWords } from './words';
import { reflowColumns, WordRuns, type ColumnContext, type FlowLine } from './columns';
import { separateSideBox } from './side-box';
import { frenchLexicon } from '../common/lexicon';
import { entryDefaults } from '../../shared/entry-defaults';
import { blockPages, pageMarks, type PageMark } from './pages';

const SOURCE_TITLE = 'Recueil d’expériences VITA';

export function recogniseVita(input: string | Glance): number {
  const g = glance(input);
  if (!g.text) return 0;
  const head = g.text.slice(0, 200_000);
  const folded = g.folded(40_000);
  let score = 0;
  if (/\bvita\b/.test(folded)) score += 0.25;
  if (/projet vita|groupes? de travail vita/.test(folded)) score += 0.2;
  if (/coorace/.test(folded)) score += 0.1;
  const experiences = (head.match(/^\s*NOTRE EXP[EÉ]RIENCE\s*$/gm) ?? []).length;
  if (experiences >= 1) score += 0.2;
  if (experiences >= 5) score += 0.1;
  if (/FREINS RENCONTR/.test(head)) score += 0.1;
  if (/recueil d.?exp[eé]riences?/i.test(head)) score += 0.05;
  return Math.min(1, score);
}

interface SectionSpec {
  key: SectionKey;
  heading: string;
}

const SECTION_HEADINGS: { re: RegExp; spec: SectionSpec }[] = [
  { re: /^\s*NOTRE EXP[EÉ]RIENCE\s*$/, spec: { key: 'operations', heading: 'Notre expérience' } },
  {
    re: /FREINS RENCONTR\S*\s*(?:ET LEVIERS MOBILIS\S*)?\s*$/,
    spec: { key: 'obstacles', heading: 'Freins rencontrés et leviers mobilisés' },
  },
  { re: /^\s*OUTILS ET RESSOURCES\s*$/, spec: { key: 'tools', heading: 'Outils et ressources' } },
];

interface Context {
  file: string;
  lines: string[];
  vocab: Vocabulary;
  cv: CaseVocabulary;
  warnings: Warning[];
  knownEmails: Set<string>;
  knownDomains: Set<string>;
  /** Web hosts the document prints in lower case, as it should: the arbiter for garbled ones. */
  knownHosts: Set<string>;
  columns: ColumnContext;
  /** The printed page footers, for each entry's pages. */
  pageMarks: PageMark[];
}

/** Web addresses cited in a text, with or without "http://" ("www.ademe.fr"). */
function urlsIn(text: string): string[] {
  return [...text.matchAll(/(?:\bhttps?:\/\/|(?<![\w./@-])www\.)[^\s)\]»”,;]+/g)].map((m) =>
    normaliseUrl(m[0]),
  );
}

/**
 * A capital inside a host is an OCR misreading ("www.cres-pdLl.org"): the host the document
 * prints correctly elsewhere once that letter is dropped wins, else the host is lower-cased.
 */
function repairHost(url: string, known: ReadonlySet<string>): string {
  const m = /^(https?:\/\/)([^/?#]+)(.*)$/.exec(url);
  if (!m || m[2] === m[2]!.toLowerCase()) return url;
  const host = m[2]!;
  for (let i = 0; i < host.length; i++) {
    if (host[i] === host[i]!.toLowerCase()) continue;
    const candidate = (host.slice(0, i) + host.slice(i + 1)).toLowerCase();
    if (known.has(candidate)) return `${m[1]}${candidate}${m[3]}`;
  }
  return `${m[1]}${host.toLowerCase()}${m[3]}`;
}

function hostsIn(text: string): Set<string> {
  const hosts = new Set<string>();
  for (const m of text.matchAll(/(?:\bhttps?:\/\/|\bwww\.)([a-z0-9-]+(?:\.[a-z0-9-]+)+)/g)) {
    hosts.add(m[0].startsWith('www.') ? `www.${m[1]}` : m[1]!);
  }
  return hosts;
}

function warn(ctx: Context, line: number | null, code: string, message: string): void {
  ctx.warnings.push({ file: ctx.file, line, code, message });
}

/**
 * A department the title ends on ("… dans les collèges du Pas-de-Calais"): the territory the
 * action covers, where the address only gives the seat of the organisation (Arras).
 */
function departmentEndingTitle(title: string): string | null {
  const words = title.split(/\s+/);
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    if (!/^(?:du|de|des|en|dans|sur|le|la)$/i.test(words[words.length - k - 1] ?? '')) continue;
    const dept = departmentByName(words.slice(-k).join(' '));
    if (dept) return dept.name;
  }
  return null;
}

/** The entry's printed pages, left out when the document's footers say nothing of them. */
function pagesOf(ctx: Context, block: Block): Pick<Entry, 'pages'> {
  const pages = blockPages(ctx.lines, ctx.pageMarks, block.start, block.end);
  return pages ? { pages } : {};
}

function range(block: Block): [number, number] {
  return [block.start + 1, Math.max(block.start + 1, block.end + 1)];
}

function summaryOf(text: string): string {
  const para =
    text.split('\n\n').find((p) => p.length > 40 && !p.startsWith('- ')) ?? text.split('\n\n')[0] ?? '';
  const sentences = para.match(/[^.!?]+[.!?]+(?:\s|$)/g) ?? [para];
  let out = '';
  for (const s of sentences) {
    if (out.length > 0 && out.length + s.length > 320) break;
    out += s;
  }
  return out.trim().slice(0, 400);
}

/** Lines of the document between two indexes, as cleaned section text. */
function clean(ctx: Context, from: number, to: number): string {
  return cleanLines(ctx.lines.slice(from, to + 1), ctx.vocab);
}

/** Flow lines (reading order) as cleaned section text. */
function cleanFlow(ctx: Context, flow: readonly FlowLine[]): string {
  return cleanLines(
    flow.map((f) => f.text),
    ctx.vocab,
  );
}

/**
 * Flow lines with the running heads blanked: a line standing alone between blank lines that
 * repeats the experience's organisation (« COORACE Pays de la Loire » on each of its pages),
 * a chapter's running title, or the section's own heading printed again (« Notre
 * expérience » under « NOTRE EXPERIENCE »).
 */
function withoutRunningHeads(
  flow: readonly FlowLine[],
  organisation: string | null,
  heading: string,
): FlowLine[] {
  const org = organisation ? foldForMatch(organisation) : null;
  const head = foldForMatch(heading);
  const blank = (k: number): boolean => k < 0 || k >= flow.length || !flow[k]!.text.trim();
  return flow.map((f, k) => {
    const t = f.text.trim();
    if (!t || t.length > 60 || !blank(k - 1) || !blank(k + 1)) return f;
    const folded = foldForMatch(t);
    const running = folded === org || folded === head || onlyWordsFrom(t, RUNNING_TITLE_WORDS);
    return running ? { text: '', line: f.line } : f;
  });
}

/** 1-based [first, last] document lines a run of flow lines comes from. */
function flowRange(flow: readonly FlowLine[], fallback: number): [number, number] {
  if (flow.length === 0) return [fallback + 1, fallback + 1];
  let lo = Infinity;
  let hi = -Infinity;
  for (const f of flow) {
    lo = Math.min(lo, f.line);
    hi = Math.max(hi, f.line);
  }
  return [lo + 1, hi + 1];
}

const DOUBLE_SPACE = /\s\s/;
const INTERLEAVED = /\p{L}[,.;:]?\s{2,}\p{Lu}/u;

/** Lines still read across both columns after the reflow: kept as they are, with a warning. */
function interleavedWarnings(ctx: Context, flow: readonly FlowLine[], title: string): void {
  for (const f of flow) {
    // Two spaces in a row are rare: looking for them first, on the line as it is, spares the
    // trimming and the Unicode pattern on most lines.
    const raw = f.text;
    if (raw.length <= 40 || !DOUBLE_SPACE.test(raw)) continue;
    const l = raw.trim();
    if (l.length > 40 && DOUBLE_SPACE.test(l) && INTERLEAVED.test(l)) {
      warn(
        ctx,
        f.line + 1,
        'interleaved-columns',
        `Deux colonnes lues sur la même ligne dans « ${title} » : texte conservé tel quel.`,
      );
    }
  }
}

function experienceEntry(ctx: Context, block: Block): Entry {
  const headerLines: HeaderLine[] = [];
  for (let i = block.start; i < block.anchor; i++) headerLines.push({ index: i, text: ctx.lines[i] ?? '' });
  const header = splitHeader(headerLines);

  if (header.titleLines.length === 0) {
    warn(ctx, block.anchor + 1, 'title-missing', 'Expérience sans titre lisible avant « NOTRE EXPERIENCE ».');
  }
  const contacts = parseContacts(header.contactLines, ctx.knownEmails, ctx.knownDomains);
  const { title: readable, place } = readableTitle(
    header.titleLines.map((l) => l.text),
    ctx.cv,
    contacts.organisation ? [contacts.organisation] : [],
  );
  for (const l of contacts.unreadEmails) {
    warn(ctx, l.index + 1, 'email-unreadable', `Adresse électronique illisible : « ${l.text.trim()} ».`);
  }

  const sections: Section[] = [];
  const presFrom = header.presentationLines[0]?.index ?? block.anchor;
  const presText = header.presentationLines.length ? clean(ctx, presFrom, block.anchor - 1) : '';
  if (presText) {
    sections.push({
      key: 'presentation',
      heading: 'Présentation',
      text: presText,
      lines: [presFrom + 1, block.anchor],
    });
  }
  // Body sections: from each heading to the next, over the body in reading order (two columns
  // read side by side are rebuilt first, so a heading in the right column cuts at the right place).
  const flow = reflowColumns(ctx.lines, block.anchor, block.end, ctx.columns);
  const marks: { at: number; spec: SectionSpec; skip: number }[] = [];
  for (let i = 0; i < flow.length; i++) {
    const l = flow[i]!.text;
    for (const { re, spec } of SECTION_HEADINGS) {
      if (!re.test(l)) continue;
      if (marks.some((m) => m.spec.key === spec.key)) break;
      const before = l.replace(re, '').trim();
      if (before) {
        warn(
          ctx,
          flow[i]!.line + 1,
          'heading-glued',
          `Intertitre collé à du texte d’une autre colonne : « ${before} ».`,
        );
      }
      let skip = 1;
      if (spec.key === 'obstacles') {
        let next = i + 1;
        while (next < flow.length && !flow[next]!.text.trim()) next++;
        if (/ET LEVIERS/.test(flow[next]?.text ?? '')) skip = next - i + 1;
      }
      marks.push({ at: i, spec, skip });
      break;
    }
  }
  for (const [k, m] of marks.entries()) {
    const to = (marks[k + 1]?.at ?? flow.length) - 1;
    const from = m.at + m.skip;
    const part = from <= to ? flow.slice(from, to + 1) : [];
    const text = part.length
      ? cleanFlow(ctx, withoutRunningHeads(part, contacts.organisation, m.spec.heading))
      : '';
    const glued = flow[m.at]!.text.replace(SECTION_HEADINGS.find((h) => h.spec === m.spec)!.re, '').trim();
    const body = glued ? `${glued}\n\n${text}` : text;
    sections.push({
      key: m.spec.key,
      heading: m.spec.heading,
      text: body,
      lines: flowRange([flow[m.at]!, ...part], block.anchor),
    });
  }
  if (header.contactLines.length) {
    const first = header.contactLines[0]!.index;
    const last = header.contactLines[header.contactLines.length - 1]!.index;
    sections.push({
      key: 'contacts',
      heading: 'Contacts',
      text: header.contactLines
        .map((l) => repairDebris(l.text).trim())
        .filter(Boolean)
        .join('\n'),
      lines: [first + 1, last + 1],
    });
  }
  interleavedWarnings(ctx, flow, readable);

  // Place: the parenthesised department wins, then the postcode.
  const deptFromPlace = place ? departmentByName(place) : null;
  const regionFromPlace = place ? regionByName(place) : null;
  const deptFromPostcode = contacts.postcode ? departmentFromPostcode(contacts.postcode) : null;
  const dept = deptFromPlace ?? deptFromPostcode;
  if (!dept && !regionFromPlace) {
    warn(ctx, block.start + 1, 'place-unknown', `Département introuvable pour « ${readable} ».`);
  }
  const websites = [...contacts.websites, ...sections.flatMap((s) => urlsIn(s.text))].map((u) =>
    repairHost(u, ctx.knownHosts),
  );

  const presentation = sections.find((s) => s.key === 'presentation')?.text ?? '';
  return {
    id: `vita-${slugify(readable, 60)}`,
    kind: 'experience',
    source: ctx.file,
    title: readable,
    territory:
      place ?? departmentEndingTitle(readable) ?? (contacts.city ? readableCity(contacts.city) : null),
    department: dept?.name ?? null,
    departmentCode: dept?.code ?? null,
    region: regionFromPlace ?? dept?.region ?? null,
    organisation: contacts.organisation ? repairText(contacts.organisation, ctx.vocab) : null,
    group: GROUPS[block.group]?.name ?? null,
    people: contacts.people.map((p) => ({
      ...p,
      name: repairText(p.name),
      role: p.role ? repairText(p.role, ctx.vocab) : null,
    })),
    officials: [],
    emails: contacts.emails,
    phones: contacts.phones,
    websites: [...new Set(websites)],
    address: contacts.address ? repairText(contacts.address, ctx.vocab) : null,
    postcode: contacts.postcode,
    themes: GROUPS[block.group] ? [GROUPS[block.group]!.name] : [],
    year: 2008,
    summary: summaryOf(presentation || (sections[0]?.text ?? '')),
    sections,
    lines: range(block),
    ...pagesOf(ctx, block),
    raw: sliceLines(ctx.lines, block.start + 1, block.end + 1),
  };
}

function textEntry(ctx: Context, block: Block, id: string, title: string): Entry {
  // Chapter pages set a narrow box beside a wide column, then run full width: the column
  // reflow, tuned to the experiences' two equal columns, would cut full-width lines there.
  // The box (chapter title, « Groupe de travail VITA accompagné par … ») is taken out of the
  // lines it shares with the column; its credit follows the text as its own paragraph.
  const group = GROUPS[block.group]?.name ?? null;
  const box =
    group && (block.kind === 'group-introduction' || block.kind === 'group-conclusion')
      ? separateSideBox(ctx.lines, block.start, block.end, block.anchor, group, ctx.columns)
      : null;
  const flow: FlowLine[] = box?.flow ?? [];
  if (!box) for (let i = block.start; i <= block.end; i++) flow.push({ text: ctx.lines[i] ?? '', line: i });
  const body = cleanFlow(ctx, flow);
  const credit = box ? cleanFlow(ctx, box.credit) : '';
  const text = credit ? `${body}\n\n${credit}` : body;
  interleavedWarnings(ctx, flow, title);
  return {
    id,
    kind: 'text',
    source: ctx.file,
    ...entryDefaults(),
    title,
    organisation: 'COORACE',
    group,
    websites: [...new Set(urlsIn(text).map((u) => repairHost(u, ctx.knownHosts)))],
    themes: group ? [group] : [],
    year: 2008,
    summary: summaryOf(text),
    sections: [{ key: 'body', heading: title, text, lines: range(block) }],
    lines: range(block),
    ...pagesOf(ctx, block),
    raw: sliceLines(ctx.lines, block.start + 1, block.end + 1),
  };
}

const ADDRESS = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,6}/y;
const LOCAL_CHAR = /^[A-Za-z0-9._%+-]$/;
const LOCAL_FIRST = /^[A-Za-z0-9]$/;

/**
 * What `text.matchAll(ADDRESS with g)` yields, tried only where an "@" stands: from the
 * leftmost character that can open the part before it, which is where the global search
 * would first succeed. Trying the pattern at every position of the document cost more.
 */
function addressesIn(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, from))) {
    let start = at;
    while (start > from && LOCAL_CHAR.test(text.charAt(start - 1))) start--;
    while (start < at && !LOCAL_FIRST.test(text.charAt(start))) start++;
    if (start === at) continue;
    ADDRESS.lastIndex = start;
    const m = ADDRESS.exec(text);
    if (!m) continue;
    out.push(m[0]);
    from = ADDRESS.lastIndex;
  }
  return out;
}

function learnEmails(text: string): { emails: Set<string>; domains: Set<string> } {
  const emails = new Set<string>();
  const domains = new Set<string>();
  for (const found of addressesIn(text)) {
    const e = found.toLowerCase();
    if (!isValidEmail(e)) continue;
    emails.add(e);
    domains.add(e.slice(e.indexOf('@') + 1));
  }
  for (const m of text.matchAll(/(?:https?:\/\/)?www\.([a-z0-9.-]+\.[a-z]{2,6})/gi))
    domains.add(m[1]!.toLowerCase());
  return { emails, domains };
}

const NUMBER_WORDS: Record<string, number> = { trois: 3, quatre: 4, cinq: 5, cing: 5, six: 6, sept: 7 };

/**
 * What the introduction announces ("Les 27 expériences présentées dans ce recueil", "les cinq
 * groupes de travail"), read in its first lines: the yardstick of a complete document.
 */
export function announcedCounts(lines: readonly string[]): {
  experiences: number | null;
  groups: number | null;
} {
  const head = foldForMatch(lines.slice(0, 60).join(' '));
  const exp = /\b(\d{1,3}) experiences presentees\b/.exec(head);
  const grp = /\b(\d|trois|quatre|cinq|cing|six|sept) groupes de travail\b/.exec(head);
  const groups = grp ? (NUMBER_WORDS[grp[1]!] ?? Number(grp[1])) : null;
  return { experiences: exp ? Number(exp[1]) : null, groups };
}

/** Fewer experiences or chapters than announced, or no closing text: the document was cut. */
function truncationWarnings(
  ctx: Context,
  blocks: readonly Block[],
  experiences: number,
  groups: number,
): void {
  const announced = announcedCounts(ctx.lines);
  const short: string[] = [];
  if (announced.experiences !== null && experiences < announced.experiences) {
    short.push(`${experiences} expériences sur les ${announced.experiences} annoncées`);
  }
  if (announced.groups !== null && groups < announced.groups) {
    short.push(`${groups} groupes de travail sur les ${announced.groups} annoncés`);
  }
  if (experiences > 0 && !blocks.some((b) => b.kind === 'conclusion')) short.push('pas de conclusion');
  if (short.length === 0) return;
  warn(
    ctx,
    ctx.lines.length,
    'document-truncated',
    `Document incomplet ou tronqué : ${short.join(', ')} (il s’arrête à la ligne ${ctx.lines.length}).`,
  );
}

function parseVita(doc: SourceDocument): ParseOutput {
  const text = typeof doc.text === 'string' ? doc.text : '';
  const lines = splitLines(text);
  const learned = learnEmails(text);
  const words = scanWords(text);
  learnPlaces(words.vocab, text);
  const ctx: Context = {
    file: doc.file,
    lines,
    vocab: words.vocab,
    cv: words.cv,
    warnings: [],
    knownEmails: learned.emails,
    knownDomains: learned.domains,
    knownHosts: hostsIn(text),
    columns: { lex: frenchLexicon(), pairs: new WordRuns(lines) },
    pageMarks: pageMarks(lines),
  };
  const { blocks, issues } = findStructure(lines);
  for (const i of issues) warn(ctx, i.line, i.code, i.message);

  const entries: Entry[] = [];
  const groupOrdinal = new Map<number, number>();
  let ordinal = 0;
  for (const block of blocks) {
    try {
      if (block.kind === 'experience') entries.push(experienceEntry(ctx, block));
      else if (block.kind === 'introduction') {
        entries.push(textEntry(ctx, block, 'vita-introduction', 'Introduction du recueil VITA'));
      } else if (block.kind === 'conclusion') {
        entries.push(textEntry(ctx, block, 'vita-conclusion', 'Conclusion du recueil VITA'));
      } else {
        if (!groupOrdinal.has(block.group)) groupOrdinal.set(block.group, ++ordinal);
        const n = block.group >= 0 ? block.group + 1 : groupOrdinal.get(block.group)!;
        const name = GROUPS[block.group]?.name ?? 'Groupe de travail';
        const intro = block.kind === 'group-introduction';
        entries.push(
          textEntry(
            ctx,
            block,
            `vita-groupe-${n}-${intro ? 'introduction' : 'conclusion'}`,
            `${name} : ${intro ? 'introduction' : 'conclusion'} du groupe de travail`,
          ),
        );
      }
    } catch (error) {
      warn(ctx, block.start + 1, 'block-unreadable', `Bloc illisible (${String(error)}) : ignoré.`);
    }
  }

  // Doubled or repeated input: ids stay unique, with a warning.
  const seen = new Map<string, number>();
  for (const e of entries) {
    const n = (seen.get(e.id) ?? 0) + 1;
    seen.set(e.id, n);
    if (n > 1) {
      warn(ctx, e.lines[0], 'duplicate-entry', `Entrée répétée « ${e.title} » : identifiant suffixé.`);
      e.id = `${e.id}-${n}`;
    }
  }

  const experiences = entries.filter((e) => e.kind === 'experience');
  const groups = new Set(experiences.map((e) => e.group).filter(Boolean));
  truncationWarnings(ctx, blocks, experiences.length, groups.size);
  if (lines.length > 1 && experiences.length === 0) {
    warn(ctx, null, 'no-experience', 'Aucune expérience trouvée (aucun intertitre « NOTRE EXPERIENCE »).');
  }
  return {
    source: vitaSource(doc.file, text, lines.length),
    entries,
    events: [],
    organisations: [],
    publications: [],
    recognised: `Recueil d’expériences VITA (COORACE, 2008) : ${experiences.length} expériences en ${groups.size} groupes de travail.`,
    counts: {
      experiences: experiences.length,
      groups: groups.size,
      texts: entries.length - experiences.length,
      emails: experiences.reduce((n, e) => n + e.emails.length, 0),
      phones: experiences.reduce((n, e) => n + e.phones.length, 0),
      warnings: ctx.warnings.length,
    },
    warnings: ctx.warnings,
  };
}

/** The recueil as a source, for a parse and for the guard's empty output alike. */
function vitaSource(file: string, text: string, lineCount: number): Source {
  return {
    file,
    kind: 'vita',
    title: SOURCE_TITLE,
    label: 'VITA 2008',
    publisher: 'COORACE',
    year: 2008,
    lineCount,
    sha256: sha256(text),
  };
}

export const vitaParser: DocumentParser = guardedParser('vita', recogniseVita, parseVita, (doc) => {
  const text = typeof doc.text === 'string' ? doc.text : '';
  return {
    source: vitaSource(doc.file, text, splitLines(text).length),
    entries: [],
    events: [],
    organisations: [],
    publications: [],
    recognised: 'Recueil d’expériences VITA : analyse interrompue.',
    counts: { experiences: 0, groups: 0, texts: 0 },
    warnings: [],
  };
});
