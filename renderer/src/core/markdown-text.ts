// The Markdown a user writes in a fiche, as the catalogue's section text: the schema's light
// structure ("### " sub-headings, "- " list items, "  - " nested ones, blank lines between
// paragraphs) and plain words, without the other marks. Everything the entry view does with
// a bundled section — draw highlights, mark search matches, compare — then works on a fiche's,
// while the Markdown itself stays in the fiche for editing and export. Line by line, pure: the
// text never becomes HTML here.

const FENCE = /^\s*(```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const ITEM = /^(\s*)(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;
const QUOTE = /^\s{0,3}>\s?/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

/** Inline marks off: emphasis, code spans, links (their address kept in parentheses), images, raw tags kept as text. */
export function plainInline(line: string): string {
  return (
    line
      // ![alt](src) → alt
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      // [text](url) → text (url), unless the text is the address
      .replace(/\[([^\]]+)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g, (_m, label: string, url: string) =>
        !url || label === url ? label : `${label} (${url})`,
      )
      // <https://…> autolinks
      .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, '$1')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/(\*\*|__)(?=\S)([^]*?\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
      .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
      .replace(/~~(?=\S)([^]*?\S)~~/g, '$1')
      // Hard breaks written as two trailing spaces or a backslash
      .replace(/\\$/, '')
      .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1')
      .replace(/[ \t]+/g, ' ')
      .trim()
  );
}

/** A fiche part's Markdown as section text (see the Section schema). */
export function markdownToSectionText(markdown: string): string {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let code: string[] | null = null;
  const flush = () => {
    const text = paragraph.join(' ').trim();
    if (text) blocks.push(text);
    paragraph = [];
  };
  // List items of one list go together, without blank lines between them.
  const pushItem = (item: string) => {
    const last = blocks.length - 1;
    if (last >= 0 && /^ {0,2}- /.test(blocks[last]!.split('\n').at(-1) ?? '') && paragraph.length === 0)
      blocks[last] += `\n${item}`;
    else blocks.push(item);
  };
  let inList = false;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (code) {
      if (FENCE.test(raw)) {
        if (code.length) blocks.push(code.join('\n').trim());
        code = null;
      } else code.push(raw.trimEnd());
      continue;
    }
    if (FENCE.test(raw)) {
      flush();
      inList = false;
      code = [];
      continue;
    }
    const line = raw.replace(QUOTE, '');
    if (line.trim() === '' || RULE.test(line)) {
      flush();
      inList = false;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      inList = false;
      const text = plainInline(heading[1] ?? '');
      if (text) blocks.push(`### ${text}`);
      continue;
    }
    if (paragraph.length > 0 && SETEXT.test(line)) {
      const text = plainInline(paragraph.join(' '));
      paragraph = [];
      if (text) blocks.push(`### ${text}`);
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      flush();
      inList = true;
      const text = plainInline(item[2] ?? '');
      if (text) pushItem(`${(item[1] ?? '').replace(/\t/g, '    ').length >= 2 ? '  ' : ''}- ${text}`);
      continue;
    }
    if (inList && /^\s{2,}\S/.test(raw) && paragraph.length === 0) {
      // A list item's continuation line joins it.
      const last = blocks.length - 1;
      blocks[last] += ` ${plainInline(line)}`;
      continue;
    }
    inList = false;
    paragraph.push(plainInline(line));
  }
  if (code?.length) blocks.push(code.join('\n').trim());
  flush();
  return blocks.filter((b) => b.trim() !== '').join('\n\n');
}
