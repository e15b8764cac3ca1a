// The user's fiches as a Markdown document, and back. The document is written to be read (a
// heading per fiche, its facts as a list, its parts under their headings, as the user wrote
// them), and in a form `parseFichesMarkdown` reads exactly: a fiche exported and imported again
// has the same fields, and a fiche typed by hand in a text editor after this model comes in too.
//
// User text never becomes structure or HTML: inline values have their Markdown marks escaped, a
// part's own headings sit three levels below the part's (# → ####), and every « < » of a part
// is written « \< ». Import undoes exactly that.
import { SECTION_LABELS, STAGES, STAGE_LABELS, type Stage } from '../../../electron/shared/schema';
import { departmentByCode } from '../../../electron/shared/places';
import {
  emptyFields,
  FicheFields,
  FICHE_SECTION_KEYS,
  type FicheRow,
  type FicheSectionKey,
} from '../db/fiche-rows';
import { lines } from './fiche-entry';
import type { FichesParse, ParsedFiche, SetAside } from './fiches-export';

const UNTITLED = 'Fiche sans titre';
const RESULTS = 'Résultats et mesure';
const PREREQUISITES = 'Conditions de transfert';
const MEASURED = ' — mesuré par : ';
const FOOTER = /^_Fiche créée le .*_$/;

/** Inline user text that cannot become Markdown structure or HTML. */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|;])/g, '\\$1');
}

function unescapeInline(text: string): string {
  return text.replace(/\\(.)/g, '$1').trim();
}

/**
 * A part as written, made safe to put under the fiche's headings, reversibly: its headings one to
 * three pushed three levels down (# → ####), a line that would still read as a heading of four
 * levels or more, or that starts with « \\ » or « _ » (the fiche's footer), escaped with « \\ »,
 * and every « < » written « \\< » so no viewer takes it for HTML.
 */
function block(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => {
      const m = /^( {0,3})([^]*)$/.exec(l)!;
      const [, sp = '', rest = ''] = m;
      if (/^#{1,3}\s/.test(rest)) return `${sp}###${rest}`;
      if (/^(#{4,}|\\|_)/.test(rest)) return `${sp}\\${rest}`;
      return l;
    })
    .join('\n')
    .replace(/</g, '\\<')
    .trim();
}

/** The exact inverse of `block` (on text `block` wrote). */
function unblock(text: string): string {
  return text
    .replace(/\\</g, '<')
    .split('\n')
    .map((l) => {
      const m = /^( {0,3})([^]*)$/.exec(l)!;
      const [, sp = '', rest = ''] = m;
      if (rest.startsWith('\\')) return `${sp}${rest.slice(1)}`;
      if (/^#{4,6}\s/.test(rest)) return `${sp}${rest.slice(3)}`;
      return l;
    })
    .join('\n')
    .trim();
}

const dateFr = (ms: number) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' }).format(new Date(ms));

/** Fact labels, in the order they are written. */
const FACTS = {
  territory: 'Territoire',
  department: 'Département',
  organisation: 'Structure',
  year: 'Année',
  stage: 'Stade',
  audience: 'Public visé',
  person: 'Personne',
  emails: 'Courriels',
  phones: 'Téléphones',
  websites: 'Sites web',
  themes: 'Thèmes',
  funders: 'Financeurs',
  budget: 'Budget',
  budgetYear: 'Année des chiffres',
} as const;

const list = (values: readonly string[]) => values.map(inline).join(' ; ');

function factLines(f: FicheFields): string[] {
  const out: string[] = [];
  const fact = (label: string, value: string) => {
    if (value.trim()) out.push(`- **${label}** : ${value}`);
  };
  fact(FACTS.territory, inline(f.territory));
  const dep = f.departmentCode ? departmentByCode(f.departmentCode) : null;
  fact(FACTS.department, dep ? `${inline(dep.name)} (${dep.code})` : '');
  fact(FACTS.organisation, inline(f.organisation));
  fact(FACTS.year, inline(f.year));
  fact(FACTS.stage, f.stage ? STAGE_LABELS[f.stage] : '');
  fact(FACTS.audience, inline(f.audience));
  for (const p of f.people) {
    const parts = [
      inline(p.name),
      p.role.trim() && `rôle : ${inline(p.role)}`,
      p.email.trim() && `courriel : ${inline(p.email)}`,
      p.phone.trim() && `téléphone : ${inline(p.phone)}`,
    ];
    if (parts.some(Boolean))
      out.push(`- **${FACTS.person}** : ${parts.filter((x, i) => i === 0 || x).join(' ; ')}`);
  }
  fact(FACTS.emails, list(lines(f.emails)));
  fact(FACTS.phones, list(lines(f.phones)));
  fact(FACTS.websites, list(lines(f.websites)));
  fact(FACTS.themes, list(f.themes));
  fact(FACTS.funders, list(lines(f.funders)));
  fact(FACTS.budget, inline(f.budget));
  fact(FACTS.budgetYear, inline(f.budgetYear));
  return out;
}

export function fichesToMarkdown(rows: readonly FicheRow[], now = Date.now()): string {
  const out = ['# Mes fiches', '', `Export Repères du ${dateFr(now)} : ${rows.length} fiche(s).`, ''];
  for (const row of rows) {
    const f = row.fields;
    out.push(`## ${inline(f.title) || UNTITLED}`, '', ...factLines(f), '');
    for (const key of FICHE_SECTION_KEYS)
      if (f.sections[key].trim()) out.push(`### ${SECTION_LABELS[key]}`, '', block(f.sections[key]), '');
    const results = f.results.filter((r) => r.result.trim() || r.measure.trim());
    if (results.length) {
      out.push(`### ${RESULTS}`, '');
      for (const r of results)
        out.push(`- ${inline(r.result)}${r.measure.trim() ? `${MEASURED}${inline(r.measure)}` : ''}`);
      out.push('');
    }
    if (f.prerequisites.trim()) out.push(`### ${PREREQUISITES}`, '', block(f.prerequisites), '');
    out.push(`_Fiche créée le ${dateFr(row.createdAt)}, modifiée le ${dateFr(row.updatedAt)}._`, '');
  }
  return out.join('\n');
}

// ---- import ----

const SECTION_BY_LABEL = new Map<string, FicheSectionKey>(
  FICHE_SECTION_KEYS.map((k) => [SECTION_LABELS[k], k]),
);
const STAGE_BY_LABEL = new Map<string, Stage>(STAGES.map((s) => [STAGE_LABELS[s].toLowerCase(), s]));
/** Values of a list fact: « ; » separates them, an escaped « \; » is part of a value. */
const splitList = (value: string) =>
  value
    .split(/(?<!\\);/)
    .map(unescapeInline)
    .filter(Boolean);

interface Draft {
  title: string;
  line: number;
  fields: FicheFields;
  problems: string[];
  /** Where body lines go now. */
  target: FicheSectionKey | 'results' | 'prerequisites' | null;
  body: string[];
}

function setFact(d: Draft, label: string, raw: string): void {
  const value = unescapeInline(raw);
  const f = d.fields;
  switch (label) {
    case FACTS.territory:
      f.territory = value;
      return;
    case FACTS.department: {
      const code = /\(([0-9AB]{2,3})\)$/i.exec(value)?.[1]?.toUpperCase();
      if (code && departmentByCode(code)) f.departmentCode = departmentByCode(code)!.code;
      else d.problems.push(`département « ${value} » inconnu (il faut son numéro entre parenthèses)`);
      return;
    }
    case FACTS.organisation:
      f.organisation = value;
      return;
    case FACTS.year:
      f.year = value;
      return;
    case FACTS.stage: {
      const stage = STAGE_BY_LABEL.get(value.toLowerCase());
      if (stage) f.stage = stage;
      else d.problems.push(`stade « ${value} » inconnu (Émergence, En fonctionnement ou Essaimé)`);
      return;
    }
    case FACTS.audience:
      f.audience = value;
      return;
    case FACTS.person: {
      const [name = '', ...rest] = raw.split(/(?<!\\);/);
      const person = { name: unescapeInline(name), role: '', email: '', phone: '' };
      for (const part of rest) {
        const m = /^\s*(rôle|courriel|téléphone) : (.*)$/.exec(part);
        if (!m) continue;
        const v = unescapeInline(m[2] ?? '');
        if (m[1] === 'rôle') person.role = v;
        else if (m[1] === 'courriel') person.email = v;
        else person.phone = v;
      }
      f.people.push(person);
      return;
    }
    case FACTS.emails:
      f.emails = splitList(raw).join('\n');
      return;
    case FACTS.phones:
      f.phones = splitList(raw).join('\n');
      return;
    case FACTS.websites:
      f.websites = splitList(raw).join('\n');
      return;
    case FACTS.themes:
      f.themes = splitList(raw);
      return;
    case FACTS.funders:
      f.funders = splitList(raw).join('\n');
      return;
    case FACTS.budget:
      f.budget = value;
      return;
    case FACTS.budgetYear:
      f.budgetYear = value;
      return;
    default:
      d.problems.push(`« ${label} » n’est pas un repère de fiche`);
  }
}

function closeBody(d: Draft): void {
  const body = d.body;
  d.body = [];
  if (d.target === null) return;
  if (d.target === 'results') {
    for (const l of body) {
      const m = /^- (.*)$/.exec(l.trim());
      if (!m) continue;
      const at = (m[1] ?? '').indexOf(MEASURED);
      const result = at === -1 ? (m[1] ?? '') : (m[1] ?? '').slice(0, at);
      const measure = at === -1 ? '' : (m[1] ?? '').slice(at + MEASURED.length);
      d.fields.results.push({ result: unescapeInline(result), measure: unescapeInline(measure) });
    }
  } else if (d.target === 'prerequisites') d.fields.prerequisites = unblock(body.join('\n'));
  else d.fields.sections[d.target] = unblock(body.join('\n'));
}

/**
 * Reads fiches written after the model `fichesToMarkdown` writes: each « ## » heading starts a
 * fiche. A fiche the model cannot read whole (an unknown fact, a part over its cap) is set aside
 * with the reasons; the others come in.
 */
export function parseFichesMarkdown(text: string): FichesParse {
  if (text.length > 200 * 1024 * 1024)
    return { ok: false, message: 'Ce fichier est trop volumineux (plus de 200 Mo) : import refusé.' };
  const drafts: Draft[] = [];
  let d: Draft | null = null;
  text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((line, i) => {
      const title = /^## (.*)$/.exec(line);
      if (title) {
        if (d) closeBody(d);
        d = {
          title: unescapeInline(title[1] ?? ''),
          line: i + 1,
          fields: emptyFields(),
          problems: [],
          target: null,
          body: [],
        };
        if (d.title !== UNTITLED) d.fields.title = d.title;
        drafts.push(d);
        return;
      }
      if (!d) return;
      const part = /^### (.*)$/.exec(line);
      if (part) {
        closeBody(d);
        const label = (part[1] ?? '').trim();
        const key = SECTION_BY_LABEL.get(label);
        d.target = key ?? (label === RESULTS ? 'results' : label === PREREQUISITES ? 'prerequisites' : null);
        if (d.target === null) d.problems.push(`partie « ${label} » inconnue`);
        return;
      }
      if (FOOTER.test(line.trim())) {
        closeBody(d);
        d.target = null;
        return;
      }
      const fact = d.target === null ? /^- \*\*(.+?)\*\* : (.*)$/.exec(line) : null;
      if (fact) setFact(d, fact[1] ?? '', fact[2] ?? '');
      else if (d.target !== null) d.body.push(line);
      else if (line.trim()) d.problems.push(`ligne ${i + 1} non comprise : « ${line.trim().slice(0, 40)} »`);
    });
  if (d) closeBody(d);
  if (drafts.length === 0)
    return {
      ok: false,
      message:
        'Ce fichier ne contient aucune fiche : chaque fiche commence par un titre « ## », comme dans un export Markdown de « Mes fiches ».',
    };
  const fiches: ParsedFiche[] = [];
  const rejected: SetAside[] = [];
  drafts.forEach((draft, i) => {
    const where = `Fiche n° ${i + 1} « ${draft.title.length > 40 ? `${draft.title.slice(0, 39)}…` : draft.title} » (ligne ${draft.line})`;
    const checked = FicheFields.safeParse(draft.fields);
    if (!checked.success) draft.problems.push('un champ dépasse la longueur permise');
    if (draft.problems.length) rejected.push({ where, reason: draft.problems.join(' ; ') });
    else if (checked.success) fiches.push({ id: null, fields: checked.data });
  });
  return { ok: true, fiches, rejected };
}
