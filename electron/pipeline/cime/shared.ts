// Pieces common to the two Cime documents (history and closure notice).
import { sha256 } from '../../shared/text/sha256';
import type { Source, SourceKind, Warning } from '../../shared/schema';
import { splitLines, tidy } from '../common/text';
import type { ParseOutput, SourceDocument } from '../types';

export const CIME_NAME = "Comité d'information et de mobilisation pour l'emploi";
export const PRESIDENT_ROLE = 'Président(e)';

export interface Paragraph {
  text: string;
  start: number;
  end: number;
}

/** Blank-line separated paragraphs with their 1-based line range. */
export function paragraphs(lines: readonly string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  lines.forEach((raw, i) => {
    const t = raw.trim();
    if (t === '') {
      current = null;
      return;
    }
    if (current) {
      current.text += `\n${t}`;
      current.end = i + 1;
    } else {
      current = { text: t, start: i + 1, end: i + 1 };
      out.push(current);
    }
  });
  return out;
}

/** Cleaned paragraph text: Markdown emphasis dropped, spaces tidied, typographic apostrophes kept. */
export function cleanText(s: string): string {
  return tidy(s.replace(/\*([^*\n]+)\*/g, '$1').replace(/\uFFFD/g, '?'));
}

export function firstSentences(s: string, max = 2): string {
  const parts = s.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  return parts.slice(0, max).join(' ').trim();
}

export const URL_RE = /\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;
export const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Web addresses of a text, written with their scheme as in the other sources ("http://www.cime.asso.fr"). */
export function urls(s: string): string[] {
  return [
    ...new Set(
      (s.match(URL_RE) ?? []).map((u) => {
        const bare = u.replace(/\.+$/, '');
        return /^https?:\/\//i.test(bare) ? bare : `http://${bare}`;
      }),
    ),
  ];
}

export function makeSource(doc: SourceDocument, kind: SourceKind, title: string, label: string): Source {
  return {
    file: doc.file,
    kind,
    title,
    label,
    publisher: 'Cime',
    year: null,
    lineCount: splitLines(doc.text).length,
    sha256: sha256(doc.text),
  };
}

export function emptyOutput(source: Source, recognised: string): ParseOutput {
  return {
    source,
    entries: [],
    events: [],
    organisations: [],
    publications: [],
    recognised,
    counts: {},
    warnings: [],
  };
}

export function controlCharacterWarning(doc: SourceDocument): Warning | null {
  // eslint-disable-next-line no-control-regex
  const n = (doc.text.match(/[\u0000-\u0008\u000e-\u001f]/g) ?? []).length;
  if (n === 0) return null;
  return {
    file: doc.file,
    line: null,
    code: 'binary-content',
    message: `Le document contient ${n} caractères de contrôle : contenu binaire ou corrompu, lecture partielle.`,
  };
}

export function replacementWarnings(doc: SourceDocument, lines: readonly string[]): Warning[] {
  const out: Warning[] = [];
  lines.forEach((l, i) => {
    if (l.includes('\uFFFD')) {
      out.push({
        file: doc.file,
        line: i + 1,
        code: 'replacement-character',
        message: `Ligne ${i + 1} : caractère illisible (U+FFFD) ; remplacé par « ? » dans le texte nettoyé.`,
      });
    }
  });
  return out;
}
