// The one text of an imported document: Markdown-like lines rebuilt from the blocks (headings
// as "#", list items as "- ", paragraphs apart by a blank line), or the file's own text for
// Markdown and plain text. The bundled sources' parsers read this text, entries' line ranges
// point into it, and page marks say on which line each page starts.
import type { ExtractedDocument } from '../formats/model';

export interface PageMark {
  page: number;
  /** 1-based line of the text where the page starts. */
  line: number;
}

export interface RenderedDocument {
  text: string;
  pageMarks: PageMark[];
  /** 1-based [first, last] line of each block of the document, in block order. */
  blockLines: [number, number][];
}

/** A table-of-contents line whose page number a converter glued with a single space: "Lyon, Action 37". */
const TOC_CANDIDATE = /^(\S.{6,240}?\S)(?:\s+|\t+|\s*\.{3,}\s*)(\d{1,3})$/;

export function renderDocument(doc: ExtractedDocument): RenderedDocument {
  if (doc.sourceText !== null) return renderSource(doc, doc.sourceText);
  const lines: string[] = [];
  const blockLines: [number, number][] = [];
  const pageMarks: PageMark[] = [];
  const tocLines = tableOfContentsLines(doc);
  doc.blocks.forEach((block, index) => {
    if (lines.length > 0) lines.push('');
    const first = lines.length + 1;
    if (block.page !== null && pageMarks[pageMarks.length - 1]?.page !== block.page)
      pageMarks.push({ page: block.page, line: first });
    if (block.kind === 'heading') lines.push(`${'#'.repeat(Math.max(1, block.level))} ${block.text}`);
    else if (block.kind === 'list-item') lines.push(`- ${block.text.replace(/\n/g, ' ')}`);
    else {
      const glued = block.text.includes('\n') ? null : gluedContents(block.text);
      if (glued) lines.push(...glued);
      else
        block.text.split('\n').forEach((line, k) => {
          lines.push(tocLines.get(`${index}:${k}`) ?? line);
        });
    }
    blockLines.push([first, lines.length]);
  });
  return { text: lines.join('\n'), pageMarks, blockLines };
}

/**
 * Lines of a run of at least three that end with a page number, numbers never going down: a
 * table of contents. They are written "title<TAB>page", as a table of contents is in text.
 */
function tableOfContentsLines(doc: ExtractedDocument): Map<string, string> {
  const out = new Map<string, string>();
  let run: { key: string; title: string; page: number }[] = [];
  const close = (): void => {
    if (run.length >= 3) for (const r of run) out.set(r.key, `${r.title}\t${r.page}`);
    run = [];
  };
  doc.blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      close();
      return;
    }
    block.text.split('\n').forEach((line, k) => {
      // Most lines do not end with a number: the pattern, costly on long lines, is not run.
      const m = /\d\s*$/.test(line) ? TOC_CANDIDATE.exec(line.trim()) : null;
      const page = m ? Number(m[2]) : -1;
      if (m && (run.length === 0 || page >= run[run.length - 1]!.page)) {
        run.push({ key: `${index}:${k}`, title: m[1]!.replace(/\s+$/, ''), page });
      } else {
        close();
        if (m) run.push({ key: `${index}:${k}`, title: m[1]!, page });
      }
    });
  });
  close();
  return out;
}

const GLUED_ITEM = /(\S.{4,240}?)\s+(\d{1,3})(?=\s+[\p{Lu}«"“]|\s*$)/gu;

/**
 * A table of contents whose lines a converter joined into one paragraph ("… Grenoble 5
 * Editorial de … 7 …"): at least three items, each ending with its page, pages never going
 * down, covering the whole paragraph. Returned as "title<TAB>page" lines, else null.
 */
function gluedContents(text: string): string[] | null {
  // Cheap test first: at least three "page number, then a capital" seams.
  if (!/\d\s*$/.test(text) || (text.match(/\s\d{1,3}\s+[\p{Lu}«"“]/gu)?.length ?? 0) < 2) return null;
  const items: string[] = [];
  let end = 0;
  let last = 0;
  for (const m of text.matchAll(GLUED_ITEM)) {
    if (m.index !== end && text.slice(end, m.index).trim() !== '') return null;
    const page = Number(m[2]);
    if (page < last) return null;
    last = page;
    items.push(`${m[1]!.trim()}\t${page}`);
    end = m.index + m[0].length;
  }
  if (items.length < 3 || text.slice(end).trim() !== '') return null;
  return items;
}

/** Markdown and plain text: the file's own lines; each block is found in them, in order. */
function renderSource(doc: ExtractedDocument, text: string): RenderedDocument {
  const lines = text.split(/\r\n|\r|\n/);
  const blockLines: [number, number][] = [];
  let cursor = 0;
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const block of doc.blocks) {
    const want = words(block.text);
    const head = want.slice(0, 3).join(' ');
    let first = cursor;
    while (first < lines.length && !words(lines[first]!).join(' ').includes(head)) first++;
    if (first >= lines.length) {
      // Not found (inline markup split it): the block keeps the cursor's line.
      blockLines.push([cursor + 1, cursor + 1]);
      continue;
    }
    let last = first;
    let seen = words(lines[first]!).length;
    while (seen < want.length && last + 1 < lines.length && lines[last + 1]!.trim() !== '') {
      last++;
      seen += words(lines[last]!).length;
    }
    blockLines.push([first + 1, last + 1]);
    cursor = last + 1;
  }
  return { text, pageMarks: [], blockLines };
}
