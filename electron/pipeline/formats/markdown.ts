// Markdown with mdast-util-from-markdown: every node keeps its position, and the text the
// bundled parsers read is the file itself, line for line. Raw HTML inside is dropped, not run.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Parent } from 'mdast';
import { oneLine, type Block, type ExtractedDocument } from './model';

export function readMarkdown(text: string): ExtractedDocument {
  const tree = fromMarkdown(text);
  const blocks: Block[] = [];
  const walk = (node: Nodes, inList: boolean): void => {
    switch (node.type) {
      case 'heading': {
        const t = oneLine(toString(node));
        if (t) blocks.push({ kind: 'heading', text: t, level: node.depth, page: null });
        return;
      }
      case 'paragraph':
      case 'code':
      case 'tableRow': {
        const t = oneLine(
          node.type === 'tableRow' ? node.children.map((c) => toString(c)).join(' | ') : toString(node),
        );
        if (t) blocks.push({ kind: inList ? 'list-item' : 'paragraph', text: t, level: 0, page: null });
        return;
      }
      case 'html':
        return;
      case 'listItem':
        for (const child of node.children) walk(child, true);
        return;
      default:
        if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes, inList);
    }
  };
  walk(tree, false);
  return { format: 'markdown', title: null, blocks, pages: null, warnings: [], sourceText: text };
}
