// PDF to blocks with pdf.js, run in the caller's own thread (Node, or the import Web Worker):
// the worker module is handed to pdf.js as `globalThis.pdfjsWorker`, so no nested worker and no
// worker URL is needed. Nothing in the file runs: no eval, no font face installed (a font's
// name is read, its glyphs never drawn), no image decoded, no fetch, no XFA, no scripting;
// JavaScript and attachments are only counted, to tell the user.
//
// From positioned text items to reading order: items → rows → fragments; a vertical gutter
// found in the middle of the page splits it into two columns (full-width rows cut it into
// bands, read in turn); running headers, footers and page numbers (lines in the top or bottom
// margin repeated across pages, or bare numbers) are dropped; lines that run to the right
// margin continue on the next line (soft wrap), a vertical gap ends a paragraph; a hyphen at a
// line's end before a lower-case letter is joined (compounds keep it). Headings come from the
// outline when the PDF has one, else from font sizes larger than the body text, the larger
// headings' font at body size, or numbered and part-worded lines in a font of their own.
// Pages set in one monospaced font (printed plain text) keep their lines as they are.
//
// Bold runs are marked "**" as the other readers mark them ("**Name**, role" is how the bundled
// parsers know a contact person). A text run only names its font by pdf.js's id; the font's real
// name ("CAAAAA+DejaVuSerif-Bold") reaches this thread only when a page's operator list is built.
// That costs nearly as much as reading the page's text, so it is built only for pages that hold
// contact details (an e-mail, a phone number, « Contact : ») and use a font not yet looked up:
// one to three pages in the bundled documents. A font's id is the same on every page, so text
// in a font looked up there is marked wherever it is; fonts only used elsewhere stay unmarked.
import {
  ExtractError,
  InlineText,
  oneLine,
  type Block,
  type ExtractWarning,
  type ExtractedDocument,
} from './model';
import { foldForMatch } from '../common/text';
import { sectionKeyOf } from '../generic/sections';

export const MAX_PDF_PAGES = 2000;

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
  /** pdf.js's id of the font, stable within one document. */
  font: string;
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** The font most of the line is set in. */
  font: string;
  /** Set in more than one font ("Contact : **Name**"). */
  mixed: boolean;
  page: number;
  /** Column index on its page (0 for single-column pages), for wrap and gap decisions. */
  column: number;
  /** Width of one character when the page is set in a monospaced font (printed plain text), else 0. */
  charWidth: number;
  /** The row's fragments, left to right, for the text with its bold runs marked. */
  fragments: Fragment[];
}

interface PageLines {
  lines: Line[];
  height: number;
  /** Left and right text edges per column. */
  edges: [number, number][];
}

// pdf.js types are large; the reader uses a narrow slice of them.
interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  fontName?: string;
  hasEOL?: boolean;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | null = null;
let pdfWorkerSrc: string | null = null;

/**
 * In a browser Web Worker, give pdf.js the URL of its worker script (e.g. Vite's
 * `import src from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'`), before the first PDF:
 * pdf.js then parses in a worker of its own. Loaded into the calling worker instead, its
 * module would take over that worker's messages. In Node nothing is needed.
 */
export function usePdfWorkerSrc(src: string): void {
  pdfWorkerSrc = src;
}

async function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    if (pdfWorkerSrc === null) {
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    }
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    if (pdfWorkerSrc !== null) {
      // pdf.js resolves a workerSrc against `window.location`, absent in a worker: it would fall
      // back to loading its worker module here. A port it is handed is used as it is.
      const WorkerCtor = (globalThis as { Worker?: new (url: string, options: { type: 'module' }) => object })
        .Worker;
      if (!WorkerCtor) throw new Error('Web Workers are not available to run pdf.js.');
      pdfjs.GlobalWorkerOptions.workerPort = new WorkerCtor(pdfWorkerSrc, {
        type: 'module',
      }) as (typeof pdfjs.GlobalWorkerOptions)['workerPort'];
    }
    return pdfjs;
  })();
  return pdfjsPromise;
}

export async function readPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  const pdfjs = await loadPdfJs();
  const warnings: ExtractWarning[] = [];
  const task = pdfjs.getDocument({
    // pdf.js may detach the buffer it is given: the caller's bytes stay intact.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    stopAtErrors: false,
    verbosity: 0,
    // Images are never shown: should an operator list be built (for font names), none is decoded.
    maxImageSize: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException')
      throw new ExtractError(
        'pdf-encrypted',
        'Ce PDF est protégé par un mot de passe : Repères ne peut pas le lire. Enregistrez-en une copie sans protection, puis ajoutez-la.',
      );
    throw new ExtractError(
      'pdf-corrupt',
      'Ce fichier PDF est endommagé ou n’est pas un PDF : il n’a pas pu être lu.',
    );
  }
  try {
    const pageCount = doc.numPages;
    const readPages = Math.min(pageCount, MAX_PDF_PAGES);
    if (readPages < pageCount)
      warnings.push({
        code: 'pdf-too-many-pages',
        message: `Ce PDF compte ${pageCount} pages : seules les ${MAX_PDF_PAGES} premières ont été lues.`,
      });
    await noteActiveContent(doc, warnings);

    const pages: PageLines[] = [];
    const fonts = new FontWeights(pdfjs.AnnotationMode.DISABLE);
    const blankPages: number[] = [];
    const unreadable: number[] = [];
    for (let p = 1; p <= readPages; p++) {
      let page: Awaited<ReturnType<typeof doc.getPage>>;
      let content: Awaited<ReturnType<typeof page.getTextContent>>;
      try {
        page = await doc.getPage(p);
        content = await page.getTextContent();
      } catch {
        // One damaged page does not lose the others; the user is told which.
        unreadable.push(p);
        continue;
      }
      // Positions from the page's own origin, so that margins are measured on the page.
      const [, y0, , y1] = page.view as [number, number, number, number];
      const items: Item[] = [];
      for (const raw of content.items as TextItemLike[]) {
        if (!raw.str || !raw.transform) continue;
        const t = raw.transform;
        items.push({
          str: raw.str,
          x: t[4]!,
          y: t[5]! - y0,
          w: raw.width ?? 0,
          size: Math.round(Math.hypot(t[2]!, t[3]!) * 10) / 10 || raw.height || 0,
          font: raw.fontName ?? '',
        });
      }
      await fonts.lookUp(page, items);
      const pl = layoutPage(items, p, y1 - y0);
      if (pl.lines.every((l) => l.text.replace(/\s/g, '').length === 0)) blankPages.push(p);
      pages.push(pl);
      page.cleanup();
    }
    if (unreadable.length === readPages)
      throw new ExtractError(
        'pdf-corrupt',
        'Ce fichier PDF est endommagé : aucune de ses pages n’a pu être lue.',
      );
    if (unreadable.length > 0)
      warnings.push({
        code: 'pdf-pages-unreadable',
        message: `${unreadable.length} page(s) endommagée(s), non lue(s) : ${listPages(unreadable)}.`,
      });
    const chars = pages.reduce((n, pl) => n + pl.lines.reduce((m, l) => m + l.text.length, 0), 0);
    if (chars < 20 * Math.max(1, Math.min(readPages, 3)) && blankPages.length >= Math.ceil(readPages / 2))
      throw new ExtractError(
        'pdf-no-text',
        'Ce PDF ne contient pas de texte lisible : c’est sans doute un document numérisé (des images de pages). Il faudrait d’abord le passer dans un logiciel de reconnaissance de caractères (OCR), puis ajouter le PDF obtenu.',
      );
    if (blankPages.length > 0)
      warnings.push({
        code: 'pdf-pages-without-text',
        message: `${blankPages.length} page(s) sans texte (images ou pages numérisées, non lues) : ${listPages(blankPages)}.`,
      });

    removeRunningLines(pages);
    const outline = await outlineHeadings(doc);
    const blocks = toBlocks(pages, outline, fonts.bold());
    const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && oneLine(info.Title) ? oneLine(info.Title) : null;
    return { format: 'pdf', title, blocks, pages: pageCount, warnings, sourceText: null };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/** Where a name set in bold matters: a page with an e-mail, a phone number or « Contact : ». */
const CONTACT_CUE =
  /@[A-Za-z0-9-]+\.[A-Za-z]{2,}|\bcontacts?\s*:|(?:\+33|(?<!\d)0)\s*[1-9](?:[\s.-]?\d\d){4}(?!\d)/i;

/** Font names as PDF producers write them for a bold, semi-bold, black or heavy weight. */
const BOLD_NAME = /bold|black|heavy|demi/i;

interface PageFonts {
  getOperatorList(params: { annotationMode: number }): Promise<unknown>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
}

/** Which of the document's fonts are bold, from the fonts pdf.js hands over with an operator list. */
export class FontWeights {
  private readonly seen = new Set<string>();
  private readonly lookedUp = new Set<string>();
  private commonObjs: PageFonts['commonObjs'] | null = null;

  /** `annotationMode`: pdf.js's DISABLE, so that annotations' appearances are not evaluated. */
  constructor(private readonly annotationMode: number) {}

  /** Loads the page's fonts when it holds contact details in a font not looked up yet. */
  async lookUp(page: PageFonts, items: readonly Pick<Item, 'str' | 'font'>[]): Promise<void> {
    this.commonObjs ??= page.commonObjs;
    const fresh = new Set<string>();
    for (const i of items) {
      this.seen.add(i.font);
      if (!this.lookedUp.has(i.font)) fresh.add(i.font);
    }
    if (fresh.size === 0 || !CONTACT_CUE.test(items.map((i) => i.str).join(' '))) return;
    for (const id of fresh) this.lookedUp.add(id);
    // A page whose drawing fails keeps its text; its fonts just stay unknown.
    await page.getOperatorList({ annotationMode: this.annotationMode }).catch(() => undefined);
  }

  /** Ids of the fonts known to be bold, among those the text uses. */
  bold(): ReadonlySet<string> {
    const out = new Set<string>();
    const objs = this.commonObjs;
    if (!objs) return out;
    for (const id of this.seen) {
      if (!id || !objs.has(id)) continue;
      const name = (objs.get(id) as { name?: unknown } | null)?.name;
      // The subset tag ("ABCDEF+") is six random letters: only the name after it counts.
      if (typeof name === 'string' && BOLD_NAME.test(name.replace(/^[A-Z]{6}\+/, ''))) out.add(id);
    }
    return out;
  }
}

function listPages(pages: readonly number[]): string {
  return pages.length > 12 ? `${pages.slice(0, 12).join(', ')}…` : pages.join(', ');
}

/** JavaScript and attached files are never run or opened; the user is told they were there. */
async function noteActiveContent(
  doc: {
    getJSActions(): Promise<unknown>;
    getAttachments(): Promise<unknown>;
    getOpenAction(): Promise<unknown>;
  },
  warnings: ExtractWarning[],
): Promise<void> {
  const js = await doc.getJSActions().catch(() => null);
  const open = (await doc.getOpenAction().catch(() => null)) as { action?: unknown } | null;
  if ((js && Object.keys(js).length > 0) || open?.action)
    warnings.push({
      code: 'pdf-javascript',
      message:
        'Ce PDF contient du JavaScript : il a été ignoré, rien n’a été exécuté. Seul le texte a été lu.',
    });
  const attachments = await doc.getAttachments().catch(() => null);
  const count = attachments ? Object.keys(attachments).length : 0;
  if (count > 0)
    warnings.push({
      code: 'pdf-attachments',
      message: `Ce PDF contient ${count} fichier(s) joint(s) : ils n’ont été ni ouverts ni lus. Seul le texte du PDF a été lu.`,
    });
}

// ---------------------------------------------------------------------------------------------
// Page layout: rows, columns, lines.

interface Fragment {
  items: Item[];
  x0: number;
  x1: number;
  y: number;
  size: number;
}

function layoutPage(items: Item[], page: number, height: number): PageLines {
  const rows = toRows(items);
  const fragments = rows.flatMap(splitRow);
  // Printed plain text (one monospaced font) is laid out by its own spaces: no columns to
  // find, no wrapped lines to join; its lines are kept as they are, indentation included.
  const charWidth = monospacedWidth(items);
  const gutter =
    charWidth > 0 ? null : findGutter(fragments.filter((f) => f.y < height * 0.92 && f.y > height * 0.08));
  const lines: Line[] = [];
  const emit = (frags: Fragment[], column: number): void => {
    // Fragments of one row within one column make one line (TOC: title … page number).
    const byRow = new Map<number, Fragment[]>();
    for (const f of frags) {
      const key = Math.round(f.y * 2);
      const row = byRow.get(key) ?? [];
      row.push(f);
      byRow.set(key, row);
    }
    for (const row of [...byRow.values()].sort((a, b) => b[0]!.y - a[0]!.y)) {
      row.sort((a, b) => a.x0 - b.x0);
      const text = rowText(row);
      const byFont = new Map<string, number>();
      for (const i of row.flatMap((f) => f.items))
        byFont.set(i.font, (byFont.get(i.font) ?? 0) + i.str.trim().length);
      const font = [...byFont].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
      lines.push({
        text,
        x0: row[0]!.x0,
        x1: row[row.length - 1]!.x1,
        y: row[0]!.y,
        size: Math.max(...row.map((f) => f.size)),
        font,
        mixed: [...byFont.values()].filter((n) => n > 0).length > 1,
        page,
        column,
        charWidth,
        fragments: row,
      });
    }
  };
  if (gutter === null) {
    emit(fragments, 0);
    return { lines, height, edges: [edgesOf(fragments)] };
  }
  // Bands: full-width fragments cut the page; within a band, the left column then the right.
  const ordered = [...fragments].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  let left: Fragment[] = [];
  let right: Fragment[] = [];
  const flush = (): void => {
    emit(left, 0);
    emit(right, 1);
    left = [];
    right = [];
  };
  for (const f of ordered) {
    if (f.x0 < gutter && f.x1 > gutter) {
      flush();
      emit([f], 0);
    } else if (f.x1 <= gutter) left.push(f);
    else right.push(f);
  }
  flush();
  const leftFrags = fragments.filter((f) => f.x1 <= gutter);
  const rightFrags = fragments.filter((f) => f.x0 >= gutter);
  return { lines, height, edges: [edgesOf(leftFrags), edgesOf(rightFrags)] };
}

/** The advance of one character when every run of text on the page has the same one, else 0. */
function monospacedWidth(items: readonly Item[]): number {
  const advances = items.filter((i) => i.str.trim().length >= 4 && i.w > 0).map((i) => i.w / i.str.length);
  if (advances.length < 5) return 0;
  const m = median(advances);
  const close = advances.filter((a) => Math.abs(a - m) <= m * 0.03).length;
  return close >= advances.length * 0.95 ? m : 0;
}

function edgesOf(fragments: readonly Fragment[]): [number, number] {
  if (fragments.length === 0) return [0, 0];
  return [Math.min(...fragments.map((f) => f.x0)), Math.max(...fragments.map((f) => f.x1))];
}

function toRows(items: Item[]): Item[][] {
  const sorted = items.filter((i) => i.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  let current: Item[] = [];
  let rowY = Number.NaN;
  let rowSize = 0;
  for (const item of sorted) {
    if (current.length > 0 && Math.abs(item.y - rowY) <= Math.max(rowSize, item.size) * 0.35) {
      current.push(item);
      continue;
    }
    if (current.length > 0) rows.push(current);
    current = [item];
    rowY = item.y;
    rowSize = item.size;
  }
  if (current.length > 0) rows.push(current);
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  return rows;
}

/** A row cut where the horizontal gap is wide: columns, or a TOC's page number. */
function splitRow(row: Item[]): Fragment[] {
  const out: Fragment[] = [];
  let current: Item[] = [];
  const close = (): void => {
    if (current.length === 0) return;
    const text = current.map((i) => i.str).join('');
    if (text.trim()) {
      out.push({
        items: current,
        x0: current[0]!.x,
        x1: Math.max(...current.map((i) => i.x + i.w)),
        y: current[0]!.y,
        size: Math.max(...current.map((i) => i.size)),
      });
    }
    current = [];
  };
  for (const item of row) {
    const prev = current[current.length - 1];
    // Wider than the widest justified space: a column gutter or a tab stop.
    if (prev && item.x - (prev.x + prev.w) > Math.max(prev.size, item.size) * 1.2) close();
    current.push(item);
  }
  close();
  return out;
}

/** A row's fragments as one line; a wide gap between two (TOC: title … page number) is a tab. */
function rowText(row: readonly Fragment[], bold: ReadonlySet<string> | null = null): string {
  return row
    .map((f, k) => (k === 0 ? '' : f.x0 - row[k - 1]!.x1 > f.size * 3 ? '\t' : ' ') + fragmentText(f, bold))
    .join('');
}

/** A fragment's text; given the bold fonts, with the runs set in them marked "**". */
function fragmentText(f: Fragment, bold: ReadonlySet<string> | null = null): string {
  const marked = bold ? new InlineText() : null;
  let text = '';
  let prevEnd = Number.NaN;
  for (const item of f.items) {
    const gap = item.x - prevEnd;
    if (text && !/\s$/.test(text) && !/^\s/.test(item.str) && gap > item.size * 0.15) {
      text += ' ';
      marked?.add(' ');
    }
    text += item.str;
    if (marked) {
      const strong = bold!.has(item.font);
      if (strong) marked.openStrong();
      marked.add(item.str);
      if (strong) marked.closeStrong();
    }
    prevEnd = item.x + item.w;
  }
  if (!marked) return cleanFragment(text);
  const t = marked.take(cleanFragment);
  return t.markdown ?? t.text;
}

function cleanFragment(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A line's text with the runs set in a bold font marked "**", or null when it has none. */
function markedLine(line: Line, bold: ReadonlySet<string>): string | null {
  if (bold.size === 0 || !line.fragments.some((f) => f.items.some((i) => bold.has(i.font)))) return null;
  return rowText(line.fragments, bold);
}

/**
 * The x of a vertical gutter between two columns, or null. Only narrow fragments count (a
 * full-width title crosses the gutter), and each side must hold real text lines.
 */
function findGutter(fragments: readonly Fragment[]): number | null {
  if (fragments.length < 10) return null;
  const [x0, x1] = edgesOf(fragments);
  const width = x1 - x0;
  if (width <= 0) return null;
  const narrow = fragments.filter((f) => f.x1 - f.x0 < width * 0.6);
  if (narrow.length < 8) return null;
  const covered = new Uint8Array(Math.ceil(width) + 1);
  for (const f of narrow)
    for (let x = Math.floor(f.x0 - x0); x <= Math.ceil(f.x1 - x0) && x < covered.length; x++)
      covered[Math.max(0, x)] = 1;
  const size = median(narrow.map((f) => f.size));
  let best: [number, number] | null = null;
  let runStart = -1;
  const from = Math.floor(width * 0.3);
  const to = Math.ceil(width * 0.7);
  for (let x = from; x <= to + 1; x++) {
    const free = x <= to && covered[x] === 0;
    if (free && runStart < 0) runStart = x;
    if (!free && runStart >= 0) {
      if (!best || x - runStart > best[1] - best[0]) best = [runStart, x];
      runStart = -1;
    }
  }
  if (!best || best[1] - best[0] < size * 0.8) return null;
  const gutter = x0 + (best[0] + best[1]) / 2;
  const leftText = narrow.filter((f) => f.x1 <= gutter);
  const rightText = narrow.filter((f) => f.x0 >= gutter);
  const wordy = (fs: Fragment[]): number => fs.filter((f) => fragmentText(f).length >= 15).length;
  if (wordy(leftText) < 4 || wordy(rightText) < 4) return null;
  return gutter;
}

function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// ---------------------------------------------------------------------------------------------
// Running headers, footers and page numbers.

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:\/|sur)\s*\d{1,4})?(?:\s*[-–—])?$/i;

function runningKey(text: string): string {
  return foldForMatch(text)
    .replace(/\d+/g, '#')
    .replace(/[^a-z#]+/g, ' ')
    .trim();
}

function inMargin(line: Line, height: number): boolean {
  return line.y > height * 0.9 || line.y < height * 0.1;
}

function removeRunningLines(pages: PageLines[]): void {
  const counts = new Map<string, number>();
  for (const pl of pages) {
    const keys = new Set(pl.lines.filter((l) => inMargin(l, pl.height)).map((l) => runningKey(l.text)));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const threshold = Math.max(3, Math.ceil(pages.length * 0.3));
  for (const pl of pages) {
    pl.lines = pl.lines.filter((l) => {
      if (!inMargin(l, pl.height)) return true;
      if (PAGE_NUMBER.test(l.text.trim())) return false;
      const key = runningKey(l.text);
      return key === '' ? false : (counts.get(key) ?? 0) < threshold;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Outline.

interface OutlineHeading {
  folded: string;
  level: number;
  /** 1-based page, null when the destination could not be resolved. */
  page: number | null;
}

interface OutlineNode {
  title: string;
  dest: unknown;
  items: OutlineNode[];
}

async function outlineHeadings(doc: {
  getOutline(): Promise<unknown>;
  getDestination(id: string): Promise<unknown>;
  getPageIndex(ref: unknown): Promise<number>;
}): Promise<OutlineHeading[]> {
  const root = (await doc.getOutline().catch(() => null)) as OutlineNode[] | null;
  if (!root || root.length === 0) return [];
  const out: OutlineHeading[] = [];
  const walk = async (nodes: readonly OutlineNode[], level: number): Promise<void> => {
    for (const node of nodes) {
      let page: number | null = null;
      try {
        const dest = typeof node.dest === 'string' ? await doc.getDestination(node.dest) : node.dest;
        const ref = Array.isArray(dest) ? dest[0] : null;
        if (typeof ref === 'number') page = ref + 1;
        else if (ref && typeof ref === 'object') page = (await doc.getPageIndex(ref)) + 1;
      } catch {
        page = null;
      }
      const folded = foldHeading(node.title ?? '');
      if (folded) out.push({ folded, level: Math.min(6, level), page });
      if (out.length > 5000) return;
      await walk(node.items ?? [], level + 1);
    }
  };
  await walk(root, 1);
  return out;
}

function foldHeading(s: string): string {
  return foldForMatch(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Lines to blocks.

interface Logical {
  text: string;
  /** The same text with its bold runs marked "**" (equal to `text` when it has none). */
  marked: string;
  lines: Line[];
}

function toBlocks(pages: PageLines[], outline: OutlineHeading[], bold: ReadonlySet<string>): Block[] {
  const all = pages.flatMap((pl) => pl.lines);
  const body = bodySize(all);
  const isLarger = (l: Line): boolean => l.size >= body * 1.12;
  const headingSizes = [...new Set(all.filter(isLarger).map((l) => l.size))].sort((a, b) => b - a);
  // Headings set at the body size (Word's "Heading 3") share the larger headings' font.
  const bodyFont = mostCharacters(all.filter((l) => !isLarger(l)).map((l) => [l.font, l.text.length]));
  const headingFonts = new Set(all.filter(isLarger).map((l) => l.font));
  headingFonts.delete(bodyFont);
  // Lower headings (Word's "Heading 4") may have a font of their own, never used for a long
  // line of text. Italic signatures and bold banners have such fonts too: a line in it is a
  // heading only when numbered ("4 La gouvernance") or worded as a known part ("Résultats").
  const longLineFonts = new Set(all.filter((l) => l.text.length > 100).map((l) => l.font));
  const minorHeading = (l: Line, text: string): boolean =>
    l.font !== bodyFont &&
    !l.mixed &&
    !longLineFonts.has(l.font) &&
    text.length <= 120 &&
    !/[.:;,]$/.test(text) &&
    (/^\d{1,2}(?:\.\d{1,2})*[.)]?\s+\p{Lu}/u.test(text) ||
      (text.length <= 60 && !text.includes(',') && sectionKeyOf(text) !== null));
  const sizeLevel = (size: number): number => Math.min(6, headingSizes.indexOf(size) + 1);
  const blocks: Block[] = [];
  let paragraph: Logical[] = [];
  const flush = (): void => {
    if (paragraph.length === 0) return;
    blocks.push({
      kind: 'paragraph',
      text: paragraph.map((l) => l.text).join('\n'),
      // Kept below only when it differs from the text by its markers alone.
      markdown: paragraph.map((l) => l.marked).join('\n'),
      level: 0,
      page: paragraph[0]!.lines[0]!.page,
    });
    paragraph = [];
  };
  let lastHeading: { line: Line; pl: PageLines } | null = null;
  const pushHeading = (text: string, level: number, line: Line, pl: PageLines): void => {
    flush();
    const prev = blocks[blocks.length - 1];
    // A heading the layout wrapped over two lines is one heading; two headings in a row are two.
    const wrapped =
      prev?.kind === 'heading' &&
      prev.level === level &&
      lastHeading !== null &&
      lastHeading.pl === pl &&
      Math.abs(lastHeading.line.size - line.size) < 0.6 &&
      lastHeading.line.y - line.y <= line.size * 1.5 &&
      continues(lastHeading.line, line, pl);
    if (wrapped) prev.text = `${prev.text} ${text}`;
    else blocks.push({ kind: 'heading', text, level, page: line.page });
    lastHeading = { line, pl };
  };
  const useOutline = outline.length > 0;
  const plainLines = all.filter((l) => l.charWidth > 0);
  const plainLeft = plainLines.length > 0 ? Math.min(...plainLines.map((l) => l.x0)) : 0;
  const outlineLeft = [...outline];

  let prev: Line | null = null;
  for (const pl of pages) {
    for (let i = 0; i < pl.lines.length; i++) {
      const line = pl.lines[i]!;
      const text = line.text.trim();
      if (!text) continue;
      if (line.charWidth > 0) {
        const indent = ' '.repeat(Math.max(0, Math.round((line.x0 - plainLeft) / line.charWidth)));
        const plain = `${indent}${line.text.replace(/\t/g, ' ')}`;
        const marked = `${indent}${(markedLine(line, bold) ?? line.text).replace(/\t/g, ' ')}`;
        if (!prev || prev.charWidth === 0 || !sameParagraph(prev, line)) flush();
        paragraph.push({ text: plain, marked, lines: [line] });
        prev = line;
        continue;
      }
      // Outline headings: the outline's next titles, matched on this page in order.
      if (useOutline) {
        const match = matchOutline(outlineLeft, pl.lines, i, line.page);
        if (match) {
          pushHeading(match.text, match.level, pl.lines[match.last]!, pl);
          i = match.last;
          prev = null;
          continue;
        }
      } else if (line.size >= body * 1.12 && text.length <= 200) {
        pushHeading(text, sizeLevel(line.size), line, pl);
        prev = null;
        continue;
      } else if (headingFonts.has(line.font) && text.length <= 200) {
        pushHeading(text, Math.min(6, headingSizes.length + 1), line, pl);
        prev = null;
        continue;
      } else if (minorHeading(line, text)) {
        pushHeading(text, Math.min(6, headingSizes.length + 2), line, pl);
        prev = null;
        continue;
      }
      const marked = markedLine(line, bold)?.trim() ?? text;
      if (prev && sameParagraph(prev, line)) {
        const logical = paragraph[paragraph.length - 1]!;
        if (continues(prev, line, pl)) {
          const joint = wrapJoint(logical.text, text);
          logical.text = joinAt(logical.text, text, joint);
          logical.marked = joinAt(logical.marked, marked, joint);
          logical.lines.push(line);
        } else {
          paragraph.push({ text, marked, lines: [line] });
        }
      } else {
        flush();
        paragraph.push({ text, marked, lines: [line] });
      }
      prev = line;
    }
    // A paragraph running over a page break goes on; the next page's first line decides.
  }
  flush();
  return blocks.map(({ markdown, ...b }) => {
    if (b.kind === 'heading') return { ...b, text: oneLine(b.text) };
    const text = b.text.replace(/^\n+|\s+$/g, '');
    // A bold sentence cut by a soft wrap ("**Objectif = évaluer…**" "**…existantes**") is one run.
    const marked = markdown?.replace(/\*\*[^\S\n]*\*\*/g, (m) => m.slice(2, -2)).replace(/^\n+|\s+$/g, '');
    return marked !== undefined && marked !== text && marked.replace(/\*\*/g, '') === text
      ? { ...b, text, markdown: marked }
      : { ...b, text };
  });
}

function bodySize(lines: readonly Line[]): number {
  return mostCharacters(lines.map((l) => [l.size, l.text.length]));
}

function mostCharacters<K>(pairs: readonly [K, number][]): K {
  const chars = new Map<K, number>();
  for (const [key, n] of pairs) chars.set(key, (chars.get(key) ?? 0) + n);
  let best = pairs[0]?.[0] as K;
  let bestChars = -1;
  for (const [key, n] of chars)
    if (n > bestChars) {
      best = key;
      bestChars = n;
    }
  return best;
}

/** The next line is in the same paragraph: same size, and close below (or at the top of the next column or page). */
function sameParagraph(prev: Line, line: Line): boolean {
  if (Math.abs(prev.size - line.size) > 0.6) return false;
  if (prev.page !== line.page || prev.column !== line.column) return !/[.!?:»”]$/.test(prev.text.trim());
  const gap = prev.y - line.y;
  return gap > 0 && gap <= line.size * 1.45;
}

/** A line that is an e-mail or a web address and nothing else. */
const ADDRESS_LINE = /^(?:[^\s@]+@[^\s@]+\.\p{L}{2,}|(?:https?:\/\/|www\.)\S+)$/iu;
/** The end of a line that leads into what follows: a dash, a colon, a comma, « à », « sur »… */
const LEADS_ON = /(?:[-–—:,]|\b(?:à|au|aux|sur|de|du|des|par|via|chez|et|ou))$/iu;

/** The previous line ran to the right margin: this line continues it (soft wrap). */
function continues(prev: Line, line: Line, pl: PageLines): boolean {
  const [left, right] = pl.edges[line.column] ?? pl.edges[0] ?? [0, 0];
  const width = right - left;
  if (width <= 0) return false;
  // Contact details are set one a line ("Direction de l'Emploi" / "karine.gingreau@…", a web
  // address at a page's foot / "Contact : …" at the next page's head): a long address that did
  // not fit looks like a wrap, but taking it for one would glue it to the role or the name.
  // An address after a line that leads into it ("responsable —" / "hugo@…") was wrapped.
  const before = prev.text.trim();
  if (ADDRESS_LINE.test(before) || (ADDRESS_LINE.test(line.text.trim()) && !LEADS_ON.test(before)))
    return false;
  if (prev.page !== line.page || prev.column !== line.column) return true;
  // Wrapped when the next line's first word would not have fitted in the room left.
  const text = line.text.trim();
  const charWidth = (line.x1 - line.x0) / Math.max(1, text.length);
  const firstWord = (/^\S+/.exec(text)?.[0].length ?? 0) + 1;
  const room = right - prev.x1;
  return room <= firstWord * charWidth * 1.15 + prev.size * 0.3 && line.x0 <= left + prev.size * 2;
}

/** Second halves of French compounds, whose hyphen stays when a line break falls on it. */
const COMPOUND_END = /^(?:m[êe]mes?|ci|l[àa]|[êe]tre|dessus|dessous|del[àa]|cl[ée]s?|t-|y|en|elle|il|on)\b/u;

/**
 * How a wrapped line joins the next. A hyphen at the break goes ("déve-" + "loppement") unless
 * it belongs to a compound: after a capitalised word ("Maine-" + "et-Loire"), before a word that
 * holds a hyphen itself, or before a compound's usual second half ("elles-" + "mêmes").
 */
function wrapJoint(left: string, right: string): 'drop-hyphen' | 'glue' | 'space' {
  const m = /(\S*\p{L})[-\u00ad]$/u.exec(left);
  if (m && /^\p{Ll}/u.test(right)) {
    const word = m[1]!;
    const next = /^\S+/.exec(right)![0];
    const compound =
      left.endsWith('-') && (/^\p{Lu}/u.test(word) || /\p{L}-\p{L}/u.test(next) || COMPOUND_END.test(next));
    return compound ? 'glue' : 'drop-hyphen';
  }
  return 'space';
}

/** Two wrapped lines joined as `wrapJoint` decided on their plain text (the marked text may end in "**"). */
function joinAt(left: string, right: string, joint: ReturnType<typeof wrapJoint>): string {
  if (joint === 'space') return `${left} ${right}`;
  if (joint === 'glue') return left + right;
  return left.replace(/[-\u00ad](\**)$/, '$1') + right;
}

function matchOutline(
  outline: OutlineHeading[],
  lines: readonly Line[],
  i: number,
  page: number,
): { text: string; level: number; last: number } | null {
  // The next few outline entries are candidates (an entry whose text is not found is skipped).
  for (let k = 0; k < Math.min(outline.length, 3); k++) {
    const want = outline[k]!;
    if (want.page !== null && want.page !== page) continue;
    let text = '';
    for (let j = i; j < Math.min(lines.length, i + 4); j++) {
      text = text ? `${text} ${lines[j]!.text.trim()}` : lines[j]!.text.trim();
      const folded = foldHeading(text);
      if (folded === want.folded) {
        outline.splice(0, k + 1);
        return { text: oneLine(text), level: want.level, last: j };
      }
      if (!want.folded.startsWith(folded)) break;
    }
  }
  return null;
}
