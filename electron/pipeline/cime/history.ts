// History of Cime (1993–2007): a letterhead, an introduction, `YEAR : Title` milestones,
// then who ran it and where its activities live on. Programmes are known by name; each is
// emitted only when the text speaks of it, with the paragraphs that do.
import { formatPhone } from '../common/phones';
import { glance, type Glance } from '../common/glance';
import { guardedParser } from '../common/guard';
import type { CatalogueEvent, Entry, Organisation, Person, Publication, Warning } from '../../shared/schema';
import { foldForMatch, slugify, sliceLines, splitLines } from '../common/text';
import { readLeadingDate } from '../coorace/dates';
import type { DocumentParser, ParseOutput, SourceDocument } from '../types';
import {
  CIME_NAME,
  EMAIL_RE,
  PRESIDENT_ROLE,
  type Paragraph,
  cleanText,
  controlCharacterWarning,
  emptyOutput,
  firstSentences,
  makeSource,
  paragraphs,
  replacementWarnings,
  urls,
} from './shared';
import { entryDefaults } from '../../shared/entry-defaults';

const MILESTONE = /^(\d{4})\s*:\s*(.+?)\s*$/;
/** MILESTONE on an untrimmed line: recognition counts them without copying every line. */
const MILESTONE_LINE = /^\s*\d{4}\s*:\s*\S/;
/** Upper-case section headings ("HISTORIQUE DE CIME", "QUI A FAIT CIME ?"). */
const SECTION_HEADING = /^[\p{Lu}0-9' ]{6,}\??$/u;

export function recogniseCimeHistory(input: string | Glance): number {
  const g = glance(input);
  if (!g.text) return 0;
  const folded = g.folded(20000);
  const milestones = g.lines.filter((l) => MILESTONE_LINE.test(l)).length;
  let score = 0;
  if (folded.includes('historique de cime')) score += 0.4;
  if (milestones >= 3) score += 0.3;
  else if (milestones >= 1) score += 0.1;
  if (folded.includes("comite d'information et de mobilisation pour l'emploi")) score += 0.2;
  if (folded.includes('qui a fait cime')) score += 0.1;
  return Math.min(1, score);
}

interface ProgrammeSpec {
  title: string;
  match: RegExp;
}

const PROGRAMMES: ProgrammeSpec[] = [
  { title: 'Balise', match: /\bBalise\b/ },
  { title: 'CréaRÎF', match: /Cr[ée]aR[IÎ]F|convention d['’]affaires/i },
  // Case matters: "l'emploi et création d'entreprises" is not the programme.
  { title: 'Emploi et création', match: /Emploi et création|emploietchcreation/ },
  {
    title: "Services d'amorçage de projets dans les quartiers",
    match: /amor[çc]|ecoquartier/i,
  },
  {
    title: "Centre national de l'entrepreneuriat (ARDAN)",
    match: /Centre national de l['’]entrepreneuriat|\bARDAN\b/,
  },
];

export const programmeId = (title: string): string =>
  `cime-programme-${slugify(title.replace(/\s*\(.*\)\s*$/, ''))}`;

interface Milestone {
  year: string;
  title: string;
  titleLine: number;
  paras: Paragraph[];
  end: number;
}

function parsePeople(all: Paragraph[], emails: string[], phones: Map<string, string>): Person[] {
  const people: Person[] = [];
  let mode: 'president' | 'officer' | null = null;
  for (const p of all) {
    const f = foldForMatch(p.text);
    if (/\bpresidents?\b/.test(f) && !p.text.startsWith('-')) {
      mode = 'president';
      continue;
    }
    if (/^responsables? operationnels?/.test(f)) {
      mode = 'officer';
      continue;
    }
    if (!p.text.startsWith('-')) {
      if (mode && !/^-/.test(p.text)) mode = null;
      continue;
    }
    if (!mode) continue;
    for (const item of p.text.split('\n')) {
      const m = /^-\s*([^,]+?),\s*(?:([^,\d]+?),\s*)?(\d{4})\s*[–-]\s*(\d{4})/.exec(item.trim());
      if (!m?.[1]) continue;
      const name = m[1].trim();
      const key = foldForMatch(name).replace(/\s+/g, '.');
      const explicitRole = m[2]?.trim();
      const role =
        mode === 'president'
          ? PRESIDENT_ROLE
          : explicitRole
            ? explicitRole.charAt(0).toUpperCase() + explicitRole.slice(1)
            : 'Responsable opérationnel';
      people.push({
        name,
        role,
        email: emails.find((e) => e.toLowerCase().startsWith(`${key}@`)) ?? null,
        phone: phones.get(foldForMatch(name)) ?? null,
      });
    }
  }
  return people;
}

interface PublicationHit {
  title: string;
  publisher: string | null;
  year: number | null;
  line: number;
}

/** A publication's publisher and year are said within its clause; clauses are a sentence long. */
const CLAUSE_MAX = 400;

/**
 * Line offsets within a text for increasing positions: counts the newlines once overall
 * rather than from the start of the text at each call.
 */
function lineCounter(text: string): (at: number) => number {
  let line = 0;
  // The first newline not counted yet: a long line is searched once, not at every call.
  let next = text.indexOf('\n');
  let last = 0;
  return (at: number): number => {
    if (at < last) {
      line = 0;
      next = text.indexOf('\n');
    }
    last = at;
    while (next >= 0 && next < at) {
      line++;
      next = text.indexOf('\n', next + 1);
    }
    return line;
  };
}

function findPublications(paras: Paragraph[]): PublicationHit[] {
  const hits: PublicationHit[] = [];
  for (const p of paras) {
    const lineAt = lineCounter(p.text);
    for (const m of p.text.matchAll(/\*([^*\n]+?)\*/g)) {
      const title = (m[1] ?? '').trim();
      const before = p.text.slice(Math.max(0, m.index - 40), m.index);
      // Emphasis also marks a concept, a prize and a Minitel service: not publications.
      if (!title || /^\p{Ll}/u.test(title) || /^Prix\b/.test(title)) continue;
      if (/Minitel|3615|concept/i.test(before)) continue;
      // The clause that follows, up to its end or CLAUSE_MAX characters: the whole rest of the
      // paragraph, sliced and split at every title, made a long paragraph quadratic.
      const after = p.text.slice(m.index + m[0].length, m.index + m[0].length + CLAUSE_MAX);
      const clause = after.split(/;|\.(?:\s|$)/)[0] ?? '';
      let publisher: string | null = null;
      let year: number | null = null;
      const paren = /\(([^)]*)\)/.exec(clause);
      if (paren?.[1]) {
        const yearMatch = /\b((?:19|20)\d{2})\b/.exec(paren[1]);
        if (yearMatch?.[1]) year = Number(yearMatch[1]);
        const head = paren[1].split(',')[0]?.trim() ?? '';
        if (head && !/\d/.test(head) && !readLeadingDate(`${head} 2000`)) publisher = head;
      }
      const editedBy = /édit[ée]e? par (?:la |le |les |l['’])?([\p{Lu}][\p{L}'’-]*)/u.exec(clause);
      if (!publisher && editedBy?.[1]) publisher = editedBy[1];
      if (year === null) {
        const inYear = /\ben ((?:19|20)\d{2})\b/.exec(clause);
        if (inYear?.[1]) year = Number(inYear[1]);
      }
      const line = p.start + lineAt(m.index);
      hits.push({ title, publisher, year, line });
    }
    // A title in quotation marks said to be published: « Guide pratique … », diffusé en janvier 2005.
    for (const m of p.text.matchAll(
      /«\s*([\p{Lu}][^»\n]{3,150}?)\s*»\s*,?\s*(?:diffus|publi|édit|paru)[a-zé]*\b([^.;]*)/gu,
    )) {
      const year = /\b((?:19|20)\d{2})\b/.exec(m[2] ?? '')?.[1];
      const line = p.start + lineAt(m.index);
      hits.push({ title: (m[1] ?? '').trim(), publisher: null, year: year ? Number(year) : null, line });
    }
  }
  return hits;
}

function parseHistory(doc: SourceDocument): ParseOutput {
  const text = doc.text.replace(/^\uFEFF/, '');
  const lines = splitLines(text);
  const source = makeSource(doc, 'cime-history', 'Historique de Cime', 'Historique Cime');
  const out = emptyOutput(source, 'Historique de Cime : rien de lisible.');
  const warnings: Warning[] = out.warnings;
  const warn = (line: number | null, code: string, message: string): void => {
    warnings.push({ file: doc.file, line, code, message });
  };
  const control = controlCharacterWarning(doc);
  if (control) warnings.push(control);
  warnings.push(...replacementWarnings(doc, lines));

  const all = paragraphs(lines);
  if (all.length === 0) {
    warn(null, 'empty-document', 'Document vide : aucune ligne à lire.');
    return out;
  }

  // Milestones and the section that follows them.
  const milestones: Milestone[] = [];
  const outside: Paragraph[] = [];
  let current: Milestone | null = null;
  for (const p of all) {
    const m = MILESTONE.exec(p.text.split('\n')[0] ?? '');
    if (m?.[1] && m[2]) {
      current = { year: m[1], title: m[2], titleLine: p.start, paras: [], end: p.end };
      milestones.push(current);
      const restLines = p.text.split('\n').slice(1).join('\n');
      if (restLines) current.paras.push({ text: restLines, start: p.start + 1, end: p.end });
      continue;
    }
    if (SECTION_HEADING.test(p.text) && !/^\d{4}$/.test(p.text)) {
      current = null;
      outside.push(p);
      continue;
    }
    if (current) {
      current.paras.push(p);
      current.end = p.end;
    } else outside.push(p);
  }
  if (milestones.length === 0) {
    warn(null, 'no-milestones', 'Aucun jalon « ANNÉE : Titre » trouvé dans l’historique.');
  }
  for (const ms of milestones) {
    if (ms.paras.length === 0) {
      warn(
        ms.titleLine,
        'empty-milestone',
        `Ligne ${ms.titleLine} : le jalon « ${ms.year} : ${ms.title} » n’a pas de texte.`,
      );
    }
  }
  const sorted = milestones.map((m) => Number(m.year));
  sorted.forEach((y, i) => {
    const prev = sorted[i - 1];
    const ms = milestones[i];
    if (prev !== undefined && ms && y < prev) {
      warn(
        ms.titleLine,
        'milestone-order',
        `Ligne ${ms.titleLine} : jalon ${y} après ${prev} (ordre chronologique rompu).`,
      );
    }
  });

  // Organisation.
  const emails = [...new Set(text.match(EMAIL_RE) ?? [])];
  const phones = new Map<string, string>();
  const phoneList: string[] = [];
  for (const m of text.matchAll(
    /(?:Tél\.?|Téléphone)\s*:\s*(\+?\d[\d .]{7,}\d)\s*([\p{Lu}][\p{L}-]+ [\p{Lu}][\p{L}-]+)?/gu,
  )) {
    const phone = formatPhone(m[1] ?? '') ?? (m[1] ?? '').trim();
    phoneList.push(phone);
    if (m[2]) phones.set(foldForMatch(m[2]), phone);
  }
  const nameMatch = /(Comité d['’]information et de mobilisation pour l['’]emploi)\s*\(([^)]+)\)/i.exec(text);
  const hasCime = nameMatch !== null || /\bCime\b/.test(text);
  const headerEnd = all.find((p) => /historique/i.test(p.text) && SECTION_HEADING.test(p.text))?.start ?? 0;
  const header = all.filter((p) => p.start < headerEnd).map((p) => p.text);
  const addressLine = header.find((h) => /\b\d{5}\b/.test(h) && !/SIRET|Tél/i.test(h));
  const address = addressLine
    ? addressLine
        .split('•')
        .map((s) => s.trim())
        .filter(Boolean)
        .join(', ')
    : null;
  const websites = urls(header.join('\n'));
  const intro = all.find((p) => /a été fondé/.test(p.text));
  const founded = (() => {
    const m = /fondée? en ([^\d.]*?\s*(?:19|20)\d{2})/.exec(intro?.text ?? text);
    const d = m?.[1] ? readLeadingDate(m[1].trim()) : null;
    return d?.date ?? null;
  })();
  const ceased = (() => {
    const explicit = /cess[ée] (?:ses|toutes ses) activités en ([^\d.]*?\s*(?:19|20)\d{2})/.exec(text);
    const d = explicit?.[1] ? readLeadingDate(explicit[1].trim()) : null;
    if (d) return d.date;
    // "aura connu 4 présidents en 14 ans": the text counts its whole life from the founding.
    const span = /aura connu .{0,40}? en (\d{1,2}) ans/.exec(text);
    return span?.[1] && founded ? String(Number(founded.slice(0, 4)) + Number(span[1])) : null;
  })();
  const people = parsePeople(all, emails, phones);

  // Programmes.
  const milestoneParas = milestones.flatMap((m) => m.paras.map((p) => ({ p, m })));
  const closingList = outside.filter((p) => p.text.startsWith('-'));
  const entries: Entry[] = [];
  for (const spec of PROGRAMMES) {
    const owner = milestones.find((m) => spec.match.test(m.title));
    const paras = milestoneParas
      .filter(({ p, m }) => m === owner || spec.match.test(p.text))
      .map(({ p }) => p);
    if (paras.length === 0) continue;
    const firstMs = milestones.find(
      (m) => spec.match.test(m.title) || m.paras.some((p) => spec.match.test(p.text)),
    );
    const start = Math.min(...paras.map((p) => p.start));
    const end = Math.max(...paras.map((p) => p.end));
    const body = paras.map((p) => cleanText(p.text)).join('\n\n');
    const listLines = closingList.flatMap((p) => p.text.split('\n')).filter((l) => spec.match.test(l));
    const site = [...urls(body), ...urls(listLines.join('\n'))];
    const idf = /[îi]le[ -]de[ -]France/i.test(body);
    entries.push({
      id: programmeId(spec.title),
      kind: 'programme',
      source: doc.file,
      ...entryDefaults(),
      title: spec.title,
      territory: idf ? 'Île-de-France' : null,
      region: idf ? 'Île-de-France' : null,
      organisation: 'Cime',
      websites: [...new Set(site)],
      year: firstMs ? Number(firstMs.year) : null,
      summary: firstSentences(cleanText(paras[0]?.text ?? '')),
      sections: [{ key: 'presentation', heading: 'Présentation', text: body, lines: [start, end] }],
      lines: [start, end],
      // Only the paragraphs about the programme, not everything between them.
      raw: paras.map((p) => sliceLines(lines, p.start, p.end)).join('\n\n'),
    });
  }

  // Milestone events.
  const events: CatalogueEvent[] = [];
  const seen = new Set<string>();
  const nextSuffix = new Map<string, number>();
  for (const ms of milestones) {
    let id = `cime-jalon-${ms.year}-${slugify(ms.title)}`;
    if (seen.has(id)) {
      warn(
        ms.titleLine,
        'duplicate-milestone',
        `Ligne ${ms.titleLine} : jalon « ${ms.year} : ${ms.title} » en double (document doublé ?).`,
      );
      // The next free suffix is remembered per id: counting up from 2 again at every copy made
      // a document doubled many times quadratic in its length.
      let k = nextSuffix.get(id) ?? 2;
      while (seen.has(`${id}-${k}`)) k++;
      nextSuffix.set(id, k + 1);
      id = `${id}-${k}`;
    }
    seen.add(id);
    const body = ms.paras.map((p) => cleanText(p.text)).join('\n\n');
    const whole = `${ms.title}\n${ms.paras.map((p) => p.text).join('\n')}`;
    const related = PROGRAMMES.filter((s) => s.match.test(whole))
      .map((s) => programmeId(s.title))
      .filter((pid) => entries.some((e) => e.id === pid));
    events.push({
      id,
      source: doc.file,
      date: ms.year,
      dateEnd: null,
      dateText: ms.year,
      undated: false,
      period: ms.year,
      title: cleanText(ms.title),
      text: body,
      cells: [{ column: 'Texte', text: body }],
      documentation: null,
      themes: [],
      row: null,
      lines: [ms.titleLine, ms.end],
      raw: sliceLines(lines, ms.titleLine, ms.end),
      related: hasCime ? [...related, 'cime'] : related,
    });
  }

  // Publications.
  const publications: Publication[] = [];
  const pubIds = new Set<string>();
  for (const hit of findPublications(all)) {
    const id = `cime-publication-${slugify(hit.title)}`;
    if (pubIds.has(id)) continue;
    pubIds.add(id);
    publications.push({
      id,
      source: doc.file,
      title: cleanText(hit.title),
      publisher: hit.publisher,
      year: hit.year,
      lines: [hit.line, hit.line],
    });
  }

  const organisations: Organisation[] = [];
  if (hasCime) {
    const presidents = people.filter((p) => p.role === PRESIDENT_ROLE).map((p) => p.name);
    const description = [
      intro ? cleanText(intro.text) : '',
      presidents.length ? `Présidents : ${presidents.join(', ')}.` : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    const orgEnd = intro?.end ?? all[0]?.end ?? 1;
    organisations.push({
      id: 'cime',
      source: doc.file,
      name: nameMatch?.[1] ? nameMatch[1] : CIME_NAME,
      acronym: nameMatch?.[2]?.trim() ?? 'Cime',
      address,
      phones: [...new Set(phoneList)],
      emails,
      websites,
      founded,
      ceased,
      people,
      description,
      lines: [1, Math.max(1, orgEnd)],
    });
  } else {
    warn(null, 'organisation-missing', 'Le nom de Cime n’apparaît pas : organisation non créée.');
  }

  // The history closes its milestones with "QUI A FAIT CIME ?" and counts its presidents: a
  // document that stops inside the milestones, or names fewer presidents, was cut.
  const short: string[] = [];
  const lastMilestone = milestones[milestones.length - 1];
  if (
    lastMilestone &&
    !outside.some((p) => p.start > lastMilestone.titleLine && SECTION_HEADING.test(p.text))
  ) {
    short.push(`il s’arrête dans les jalons (« ${lastMilestone.year} : ${lastMilestone.title} »)`);
  }
  const announcedPresidents = /aura connu (\d{1,2}) présidents?/.exec(text)?.[1];
  const presidentCount = people.filter((p) => p.role === PRESIDENT_ROLE).length;
  if (announcedPresidents && presidentCount < Number(announcedPresidents)) {
    short.push(`${presidentCount} présidents sur les ${announcedPresidents} annoncés`);
  }
  if (short.length > 0) {
    warn(
      lines.length,
      'document-truncated',
      `Document incomplet ou tronqué : ${short.join(', ')} (il s’arrête à la ligne ${lines.length}).`,
    );
  }

  const years = milestones.map((m) => Number(m.year));
  out.source.year = years.length ? Math.max(...years) : null;
  out.entries = entries;
  out.events = events;
  out.organisations = organisations;
  out.publications = publications;
  out.counts = {
    milestones: events.length,
    programmes: entries.length,
    publications: publications.length,
    people: people.length,
  };
  out.recognised =
    `Historique de Cime : ${events.length} jalons` +
    (years.length ? ` (${Math.min(...years)}–${Math.max(...years)})` : '') +
    `, ${entries.length} programmes, ${publications.length} publications et ${people.length} responsables.`;
  return out;
}

export const cimeHistoryParser: DocumentParser = guardedParser(
  'cime-history',
  recogniseCimeHistory,
  (doc) => parseHistory({ file: doc.file, text: typeof doc.text === 'string' ? doc.text : '' }),
  (doc) =>
    emptyOutput(
      makeSource({ file: doc.file, text: '' }, 'cime-history', 'Historique de Cime', 'Historique Cime'),
      'Historique de Cime : analyse interrompue.',
    ),
);
