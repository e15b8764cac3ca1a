// Markdown-from-PDF clean-up for the France urbaine document: strips emphasis, links and
// heading marks, and rejoins paragraphs that a page break cut in two.
import { tidy } from '../common/text';

/** True for lines that only hold whitespace (the PDF conversion leaves " " lines at page breaks). */
export function isBlank(line: string): boolean {
  return /^[\s\u00a0]*$/.test(line);
}

export function isHeading(line: string): boolean {
  return /^\s{0,3}#{1,6}\s/.test(line);
}

/** Inline clean-up: links to their text, autolinks to their address, no emphasis, no HTML. */
export function cleanInline(s: string): string {
  // Each pattern needs a literal character most lines lack: testing for it first is far
  // cheaper than running the pattern, and leaves the result unchanged.
  let out = s;
  if (out.includes('<')) {
    out = out.replace(/<((?:https?:\/\/|www\.|mailto:)[^>\s]+)>/gi, (_m, url: string) =>
      url.replace(/^mailto:/i, ''),
    );
  }
  if (out.includes('](')) {
    out = out.replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, (_m, text: string, href: string) =>
      text.trim() ? text : href.replace(/^mailto:/i, ''),
    );
  }
  if (out.includes('<')) out = out.replace(/<sup>\s*2\s*<\/sup>/gi, '²').replace(/<\/?[a-z][^>]*>/gi, '');
  // Escaped markdown characters ("art\\_id") become the plain character.
  if (out.includes('\\')) out = out.replace(/\\+([_*[\]()#>`~.!-])/g, '$1');
  if (out.includes('*')) out = out.replace(/\*+/g, '');
  // Single spaces replaced by single spaces change nothing.
  if (out.includes('  ') || out.includes('\t') || out.includes('\u00a0'))
    out = out.replace(/[ \t\u00a0]+/g, ' ');
  return out.trim();
}

/** One source line, cleaned: heading marks, quote marks and bullets normalised. */
export function cleanLine(line: string): string {
  let t = line.replace(/^\s{0,3}#{1,6}\s*/, '');
  t = t.replace(/^\s*(?:>\s?)+/, '');
  t = t.replace(/^\s*[*+]\s+/, '- ');
  return cleanInline(t);
}

/** A heading as the document words it: no #, no ** or *, trimmed. */
export function cleanHeading(line: string): string {
  return cleanLine(line).replace(/\s+/g, ' ').trim();
}

const SENTENCE_END = /[.!?:;»)"”…]$/;

/** Blank lines just before `i` (an image leaves two or more above its caption). */
function blanksBefore(lines: readonly string[], i: number): number {
  let n = 0;
  for (let k = i - 1; k >= 0 && isBlank(lines[k]!); k--) n++;
  return n;
}

/**
 * A photo caption or credit: a short line alone after the blank lines an image leaves, that
 * says no sentence (« La cueillette des tomates », « Cyclotron2@Yves Brault ») — no final
 * punctuation, no comma or colon, a few words; a credit joins a name to its author with "@".
 */
export function isCaption(lines: readonly string[], i: number): boolean {
  const raw = lines[i]!;
  if (isHeading(raw) || /^\s*(?:[-*+>]|\[|<|\d+\s*$)/.test(raw)) return false;
  if (blanksBefore(lines, i) < 2 || (i + 1 < lines.length && !isBlank(lines[i + 1]!))) return false;
  const t = cleanInline(raw);
  if (!t || t.length > 70 || !/^\p{Lu}/u.test(t)) return false;
  if (/@/.test(t) && !/@[\w-]+\.[a-z]{2,}/i.test(t)) return true;
  // A bare number says a figure; a name with one (« Exploratoire en 3D ») may be a caption.
  return !/[.:;!?,]|(?<![\p{L}\d])\d+(?![\p{L}\d])/u.test(t) && t.split(/\s+/).length <= 8;
}

/** The number of "#" of a heading line. */
function headingLevel(line: string): number {
  return /^\s{0,3}(#{1,6})\s/.exec(line)?.[1]!.length ?? 0;
}

/** The level of the shallowest heading among `lines` (0 if none). */
function shallowestHeading(lines: readonly string[]): number {
  let top = 0;
  for (const line of lines) {
    const level = headingLevel(line);
    if (level > 0 && (top === 0 || level < top)) top = level;
  }
  return top;
}

export interface BlockOptions {
  /**
   * Keep the structure of a case's part in the text: sub-headings as "### " paragraphs (their
   * own sub-headings as "#### "),
   * list items as "- " lines (nested ones as "  - "), photo captions out of the text into
   * `captions`.
   */
  structured?: boolean;
  captions?: string[];
}

/**
 * Cleaned text of a run of source lines: paragraphs separated by one blank line, lines of a
 * paragraph kept apart, and a paragraph that a page break split mid-sentence joined back.
 */
export function cleanBlock(lines: readonly string[], options: BlockOptions = {}): string {
  const paragraphs: string[][] = [];
  // The document's heading levels are inconsistent from one case to the next (a part is "##"
  // here, "###" there): inside a part only their order counts. Its shallowest sub-headings are
  // "### ", every deeper one "#### " (« #### Bilan des actions menées » then « ##### En amont
  // de l'emploi »).
  const top = options.structured ? shallowestHeading(lines) : 0;
  let current: string[] = [];
  let pendingBreak = false;
  for (const [i, raw] of lines.entries()) {
    if (isBlank(raw)) {
      if (current.length > 0) {
        paragraphs.push(current);
        current = [];
      }
      pendingBreak = true;
      continue;
    }
    if (options.structured && isCaption(lines, i)) {
      options.captions?.push(cleanInline(raw));
      continue;
    }
    if (options.structured && isHeading(raw)) {
      // A sub-heading of the part: a paragraph of its own, its colon dropped.
      // A bullet the PDF put before a heading (« ##### • des ateliers ») is no part of it.
      const h = cleanHeading(raw)
        .replace(/\s*:$/, '')
        .replace(/^[•·▪]\s*/, '');
      if (current.length > 0) paragraphs.push(current);
      if (h) paragraphs.push([`${headingLevel(raw) > top ? '####' : '###'} ${h}`]);
      current = [];
      pendingBreak = false;
      continue;
    }
    let line = cleanLine(raw);
    if (!line) continue;
    // A list item indented under another: one level of nesting kept.
    if (options.structured && /^\s{2,}[-*+]\s/.test(raw) && line.startsWith('- '))
      line = `- \u2063${line.slice(2)}`;
    if (current.length === 0 && pendingBreak && paragraphs.length > 0) {
      const prev = paragraphs[paragraphs.length - 1]!;
      const last = prev[prev.length - 1] ?? '';
      // A page break cut the sentence: the previous paragraph has no final punctuation and
      // this one goes on in lower case.
      if (
        !last.startsWith('### ') &&
        !last.startsWith('#### ') &&
        /[\p{L},]$/u.test(last) &&
        !SENTENCE_END.test(last) &&
        /^[a-zà-ÿœ]/.test(line) &&
        !/@|^www\.|^https?:/.test(line)
      ) {
        prev[prev.length - 1] = `${last} ${line}`;
        current = prev;
        paragraphs.pop();
        pendingBreak = false;
        continue;
      }
    }
    pendingBreak = false;
    current.push(line);
  }
  if (current.length > 0) paragraphs.push(current);
  const text = tidy(paragraphs.map((p) => p.join('\n')).join('\n\n'));
  // tidy() trims each line: the nested items get their indent back.
  return options.structured ? text.replace(/^- (?=\u2063)/gm, '  - ').replace(/\u2063/g, '') : text;
}

/** First sentences of a cleaned text, for list summaries. */
export function summarise(text: string, target = 180, max = 420): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p && !/^- /.test(p));
  let out = '';
  for (const p of paragraphs) {
    const sentences = p.split(/(?<=[.!?…])\s+(?=[A-ZÀ-ÝŒ«"“])/);
    // A sentence announcing a list ("… autour de 3 axes :") says little on its own.
    if (/:$/.test(sentences[sentences.length - 1] ?? '')) sentences.pop();
    for (const s of sentences) {
      out = out ? `${out} ${s}` : s;
      if (out.length >= target) break;
    }
    if (out.length >= target) break;
  }
  if (out.length > max) {
    const cut = out.slice(0, max);
    const space = cut.lastIndexOf(' ');
    out = `${cut.slice(0, space > max / 2 ? space : max)}…`;
  }
  return out;
}
