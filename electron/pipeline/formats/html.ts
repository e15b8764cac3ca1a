// HTML to blocks without rendering anything: a streaming tokenizer (htmlparser2) reads the
// markup as data. Scripts, styles, templates, frames, embedded objects and forms are skipped
// with their content; nothing is fetched, nothing is executed. Also reads mammoth's DOCX output.
import { Parser } from 'htmlparser2';
import { brokenLines, oneLine, type Block, type BlockKind, type ExtractWarning } from './model';

/** Elements whose content is never text of the document. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'select',
  'textarea',
  'button',
]);
const ACTIVE = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'applet']);

/** Elements that end one block and start another. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'address',
  'body',
]);

export interface HtmlRead {
  title: string | null;
  blocks: Block[];
  warnings: ExtractWarning[];
}

export function readHtml(html: string): HtmlRead {
  const blocks: Block[] = [];
  let skipDepth = 0;
  let skippedTag: string | null = null;
  let inTitle = false;
  let title = '';
  let text = '';
  let kind: BlockKind = 'paragraph';
  let level = 0;
  let activeCount = 0;
  let handlers = 0;
  const stack: string[] = [];

  const flush = (): void => {
    const t = kind === 'heading' ? oneLine(text) : brokenLines(text);
    if (t) blocks.push({ kind, text: t, level: kind === 'heading' ? level : 0, page: null });
    text = '';
    kind = 'paragraph';
    level = 0;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (ACTIVE.has(name)) activeCount++;
        if (Object.keys(attribs).some((a) => a.startsWith('on'))) handlers++;
        if (skipDepth > 0) {
          if (name === skippedTag) skipDepth++;
          return;
        }
        if (name === 'title') {
          inTitle = true;
          return;
        }
        if (SKIPPED.has(name)) {
          skipDepth = 1;
          skippedTag = name;
          return;
        }
        stack.push(name);
        if (name === 'br') {
          text += '\n';
          return;
        }
        if (BLOCK_TAGS.has(name)) {
          flush();
          const h = /^h([1-6])$/.exec(name);
          if (h) {
            kind = 'heading';
            level = Number(h[1]);
          } else if (name === 'li') kind = 'list-item';
          else if (name === 'caption' || name === 'figcaption') kind = 'caption';
        } else if (name === 'img' && attribs.alt) text += ` ${attribs.alt} `;
      },
      ontext(data) {
        if (inTitle) title += data;
        // Source line breaks are spaces, except in preformatted text.
        else if (skipDepth === 0) text += stack.includes('pre') ? data : data.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (name === 'title') {
          inTitle = false;
          return;
        }
        if (skipDepth > 0) {
          if (name === skippedTag && --skipDepth === 0) skippedTag = null;
          return;
        }
        stack.pop();
        if (BLOCK_TAGS.has(name)) {
          // The text after a nested block (a list inside a list item) is an item of its own.
          const wasKind = kind;
          flush();
          if (name !== 'li' && stack.includes('li')) kind = wasKind === 'heading' ? 'paragraph' : 'list-item';
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const warnings: ExtractWarning[] = [];
  if (activeCount > 0 || handlers > 0)
    warnings.push({
      code: 'html-active-content',
      message:
        'Cette page contient des scripts ou des contenus actifs : ils ont été ignorés, rien n’a été exécuté ni chargé. Seul le texte a été lu.',
    });
  return { title: oneLine(title) || null, blocks, warnings };
}
