// @vitest-environment jsdom
// A note's Markdown on screen: markup-like text the user typed shows as typed, and nothing in a
// note can run, load or navigate.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../renderer/src/features/annotations/markdown';

function rendered(body: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = renderMarkdown(body);
  return div;
}

describe('renderMarkdown', () => {
  it.each([
    'Consulter la <base de donnees> des SIAE',
    'Consulter la <base de données> des SIAE',
    '‹mathématiques>',
    'javascript : activez-le',
    'voir <b>ceci</b> puis <span>cela</span>',
    'a <script>alert(1)</script> b',
    '<img src=x onerror=alert(1)>',
    '<div>bloc</div>',
  ])('shows « %s » as typed', (text) => {
    expect(rendered(text).textContent?.trim()).toBe(text);
  });

  it('still renders Markdown', () => {
    const div = rendered('**gras** et *italique*\n\n- un\n- deux');
    expect(div.querySelector('strong')?.textContent).toBe('gras');
    expect(div.querySelector('em')?.textContent).toBe('italique');
    expect(div.querySelectorAll('li')).toHaveLength(2);
  });

  it('leaves nothing active: no script, handler, frame, image or javascript: link', () => {
    const div = rendered(
      '[lien](javascript:alert(1)) [data](data:text/html,<script>alert(2)</script>) <iframe src="x"></iframe> ![i](x.png) <a href="javascript:alert(3)" onclick="alert(4)">a</a>',
    );
    expect(div.querySelector('script, iframe, img, [onclick], [onerror], [style]')).toBeNull();
    for (const a of div.querySelectorAll('a'))
      expect(a.getAttribute('href') ?? '').not.toMatch(/^\s*(javascript|data):/i);
  });
});
