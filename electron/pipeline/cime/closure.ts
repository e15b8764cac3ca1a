// The web notice announcing that Cime ceased its activities (March 2007): one text entry,
// plus the closure as a dated event. Web-page furniture around the text is dropped.
import { glance, type Glance } from '../common/glance';
import { guardedParser } from '../common/guard';
import type { CatalogueEvent, Entry, Person, Warning } from '../../shared/schema';
import { foldForMatch, sliceLines, splitLines } from '../common/text';
import { readLeadingDate } from '../coorace/dates';
import type { DocumentParser, ParseOutput, SourceDocument } from '../types';
import {
  EMAIL_RE,
  PRESIDENT_ROLE,
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

const CEASED = /a cess[ée] (?:ses|toutes ses) activit[ée]s/;
const MONTH_YEAR =
  /\b((?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\s+(?:19|20)\d{2})\b/i;
/** Page furniture of the site the notice was copied from. */
const FURNITURE = /^(?:publié le\b.*|autres articles dans cette rubrique|close|fermer|imprimer|partager)$/i;

export function recogniseCimeClosure(input: string | Glance): number {
  const g = glance(input);
  if (!g.text) return 0;
  const folded = g.folded(20000);
  const head = g.folded(600);
  const milestones = g.lines.filter((l) => /^\s*\d{4}\s*:\s*\S/.test(l)).length;
  if (!CEASED.test(folded) || !/\bcime\b/.test(folded)) return 0;
  let score = 0.3;
  if (CEASED.test(head)) score += 0.3;
  if (folded.includes("comite d'information et de mobilisation pour l'emploi")) score += 0.15;
  if (folded.includes('cessation')) score += 0.1;
  if (milestones < 2) score += 0.1;
  return Math.min(1, score);
}

const CLOSURE_TITLE = 'Cessation des activités de Cime';

function parseClosure(doc: SourceDocument): ParseOutput {
  const text = doc.text.replace(/^\uFEFF/, '');
  const lines = splitLines(text);
  const firstIdx = lines.findIndex((l) => l.trim() !== '');
  const title = firstIdx >= 0 ? cleanText(lines[firstIdx] ?? '').slice(0, 300) : CLOSURE_TITLE;
  const source = makeSource(doc, 'cime-closure', title || CLOSURE_TITLE, 'Cessation de Cime');
  const out = emptyOutput(source, 'Avis de cessation d’activité de Cime : rien de lisible.');
  const warnings: Warning[] = out.warnings;
  const warn = (line: number | null, code: string, message: string): void => {
    warnings.push({ file: doc.file, line, code, message });
  };
  const control = controlCharacterWarning(doc);
  if (control) warnings.push(control);
  warnings.push(...replacementWarnings(doc, lines));
  if (firstIdx < 0) {
    warn(null, 'empty-document', 'Document vide : aucune ligne à lire.');
    return out;
  }

  const titleKey = foldForMatch(title);
  let furniture = 0;
  const body = paragraphs(lines).filter((p) => {
    if (p.start === firstIdx + 1) return false;
    if (foldForMatch(cleanText(p.text)) === titleKey) {
      furniture++;
      return false;
    }
    if (FURNITURE.test(p.text.trim())) {
      furniture++;
      if (/^publié le\s*$/i.test(p.text.trim())) {
        warn(
          p.start,
          'publication-date-missing',
          `Ligne ${p.start} : « Publié le » sans date ; la date de publication est inconnue.`,
        );
      }
      return false;
    }
    return true;
  });
  if (body.length === 0)
    warn(firstIdx + 1, 'empty-body', `Ligne ${firstIdx + 1} : l’avis n’a pas de texte après son titre.`);

  const all = cleanText(text);
  const dateMatch = MONTH_YEAR.exec(title) ?? MONTH_YEAR.exec(all);
  const closed = dateMatch?.[1] ? readLeadingDate(dateMatch[1]) : null;
  const year = closed ? Number(closed.date.slice(0, 4)) : null;
  const lastLine = body.length ? Math.max(...body.map((p) => p.end)) : firstIdx + 1;
  const bodyText = body.map((p) => cleanText(p.text)).join('\n\n');
  const people: Person[] = [];
  const chair = /présidée? par ([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)+)/u.exec(all);
  if (chair?.[1]) people.push({ name: chair[1], role: PRESIDENT_ROLE, email: null, phone: null });
  const mentionsCime = /\bCime\b/.test(all);

  const entry: Entry = {
    id: 'cime-cessation',
    kind: 'text',
    source: doc.file,
    ...entryDefaults(),
    title: title || CLOSURE_TITLE,
    organisation: mentionsCime ? 'Cime' : null,
    people,
    emails: [...new Set(all.match(EMAIL_RE) ?? [])],
    websites: urls(all),
    year,
    summary: firstSentences(cleanText(body[0]?.text ?? '')),
    sections: [{ key: 'body', heading: 'Texte', text: bodyText, lines: [firstIdx + 1, lastLine] }],
    lines: [firstIdx + 1, lastLine],
    raw: sliceLines(lines, firstIdx + 1, lastLine),
  };

  const events: CatalogueEvent[] = [];
  if (closed) {
    const decision = body.find((p) => /décid\S* de cesser/.test(p.text));
    const eventText = [title, decision ? cleanText(decision.text) : ''].filter(Boolean).join('\n\n');
    events.push({
      id: `cime-cessation-${closed.date}`,
      source: doc.file,
      date: closed.date,
      dateEnd: null,
      dateText: dateMatch?.[1] ?? '',
      undated: false,
      period: closed.date,
      title: CLOSURE_TITLE,
      text: eventText,
      cells: [{ column: 'Texte', text: eventText }],
      documentation: null,
      themes: [],
      row: null,
      lines: [firstIdx + 1, firstIdx + 1],
      raw: lines[firstIdx] ?? '',
      related: mentionsCime ? ['cime-cessation', 'cime'] : ['cime-cessation'],
    });
  } else {
    warn(
      firstIdx + 1,
      'closure-date-missing',
      `Ligne ${firstIdx + 1} : date de cessation introuvable ; pas d’événement daté.`,
    );
  }

  out.source.year = year;
  out.entries = [entry];
  out.events = events;
  out.counts = { texts: 1, events: events.length, paragraphs: body.length, furniture };
  out.recognised = `Avis de cessation d’activité de Cime${closed ? ` (${dateMatch?.[1] ?? closed.date})` : ''} : 1 texte de ${body.length} paragraphes et ${events.length} événement.`;
  return out;
}

export const cimeClosureParser: DocumentParser = guardedParser(
  'cime-closure',
  recogniseCimeClosure,
  (doc) => parseClosure({ file: doc.file, text: typeof doc.text === 'string' ? doc.text : '' }),
  (doc) =>
    emptyOutput(
      makeSource({ file: doc.file, text: '' }, 'cime-closure', CLOSURE_TITLE, 'Cessation de Cime'),
      'Avis de cessation d’activité de Cime : analyse interrompue.',
    ),
);
