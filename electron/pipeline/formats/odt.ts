// ODT from its content.xml, read as XML data by htmlparser2 in XML mode (no DOM needed, so it
// runs in a Web Worker): text:h with its outline level, text:p, list items, table cells.
// Notes, annotations and tracked deletions are not body text and are skipped.
import { strFromU8 } from 'fflate';
import { Parser } from 'htmlparser2';
import {
  ExtractError,
  brokenLines,
  oneLine,
  type Block,
  type BlockKind,
  type ExtractedDocument,
} from './model';
import { guardedUnzip } from './zip';

const SKIPPED = new Set([
  'text:note-citation',
  'text:note',
  'office:annotation',
  'text:tracked-changes',
  'text:sequence-decls',
  'office:scripts',
  'office:forms',
  'draw:object',
]);

export function readOdt(bytes: Uint8Array): ExtractedDocument {
  const parts = guardedUnzip(
    bytes,
    (name) => name === 'content.xml' || name === 'meta.xml' || name === 'mimetype',
    'OpenDocument (ODT)',
  );
  const content = parts['content.xml'];
  if (!content)
    throw new ExtractError(
      'odt-corrupt',
      'Ce fichier n’est pas un document OpenDocument (ODT) valide : son contenu principal est absent.',
    );
  const blocks: Block[] = [];
  let skip = 0;
  let kind: BlockKind = 'paragraph';
  let level = 0;
  let depth = 0;
  let text = '';
  let listDepth = 0;
  const flush = (): void => {
    const t = kind === 'heading' ? oneLine(text) : brokenLines(text);
    if (t) blocks.push({ kind, text: t, level: kind === 'heading' ? level : 0, page: null });
    text = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skip > 0 || SKIPPED.has(name)) {
          skip++;
          return;
        }
        if (name === 'text:list-item') listDepth++;
        if (name === 'text:h' || name === 'text:p') {
          if (depth === 0) {
            flush();
            if (name === 'text:h') {
              kind = 'heading';
              level = Math.min(6, Math.max(1, Number(attribs['text:outline-level']) || 1));
            } else {
              kind =
                listDepth > 0
                  ? 'list-item'
                  : /caption|illustration|table_20_|figure/i.test(attribs['text:style-name'] ?? '')
                    ? 'caption'
                    : 'paragraph';
            }
          }
          depth++;
        } else if (name === 'text:s') text += ' '.repeat(Math.min(8, Number(attribs['text:c']) || 1));
        else if (name === 'text:tab') text += ' ';
        else if (name === 'text:line-break') text += '\n';
      },
      ontext(data) {
        if (skip === 0 && depth > 0) text += data.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (skip > 0) {
          skip--;
          return;
        }
        if (name === 'text:list-item') listDepth--;
        if (name === 'text:h' || name === 'text:p') {
          depth--;
          if (depth === 0) {
            flush();
            kind = 'paragraph';
          }
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  try {
    parser.write(strFromU8(content));
    parser.end();
  } catch {
    throw new ExtractError(
      'odt-corrupt',
      'Ce document OpenDocument (ODT) est endommagé : il n’a pas pu être lu.',
    );
  }
  flush();
  let title: string | null = null;
  const meta = parts['meta.xml'];
  if (meta) {
    const m = /<dc:title>([^<]*)<\/dc:title>/.exec(strFromU8(meta));
    title = m ? oneLine(m[1]!) || null : null;
  }
  return { format: 'odt', title, blocks, pages: null, warnings: [], sourceText: null };
}
