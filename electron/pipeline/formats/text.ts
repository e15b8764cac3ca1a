// Plain text: paragraphs are runs of lines between blank lines. A short line standing alone,
// numbered ("2. Mise en œuvre") or in capitals, is taken as a heading, since plain text has no
// other way to say so. The bundled parsers read the text itself, line for line.
import { oneLine, type Block, type ExtractedDocument } from './model';

const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)[.)]?\s+\p{Lu}/u;

export function readPlainText(text: string): ExtractedDocument {
  const blocks: Block[] = [];
  const paragraphs = text.split(/\r?\n(?:[ \t\u00a0]*\r?\n)+/);
  for (const para of paragraphs) {
    const lines = para
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    const first = lines[0]!;
    if (lines.length === 1 && first.length <= 90 && !/[.;,:]$/.test(first)) {
      const numbered = NUMBERED.exec(first);
      const capitals = /\p{Lu}{3}/u.test(first) && first === first.toLocaleUpperCase('fr');
      if (numbered || capitals) {
        const level = numbered ? Math.min(6, numbered[1]!.split('.').length + 1) : 1;
        blocks.push({ kind: 'heading', text: oneLine(first), level, page: null });
        continue;
      }
    }
    const bullet = /^[-*•–]\s+/;
    if (lines.every((l) => bullet.test(l))) {
      for (const l of lines)
        blocks.push({ kind: 'list-item', text: oneLine(l.replace(bullet, '')), level: 0, page: null });
      continue;
    }
    blocks.push({ kind: 'paragraph', text: lines.join('\n'), level: 0, page: null });
  }
  return { format: 'text', title: null, blocks, pages: null, warnings: [], sourceText: text };
}
