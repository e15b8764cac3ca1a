// A note's Markdown as safe HTML, once the renderer module has loaded (a few milliseconds,
// once per session); until then the caller shows the note as plain text.
import { useEffect, useState } from 'react';

import type { SanitizedHtml } from './markdown';

type MarkdownModule = typeof import('./markdown');

let loaded: MarkdownModule | null = null;
let loading: Promise<MarkdownModule> | null = null;

function load(): Promise<MarkdownModule> {
  return (loading ??= import('./markdown').then((m) => (loaded = m)));
}

/** The HTML of `text`, or null while the renderer loads or when not `enabled`. */
export function useMarkdown(text: string, enabled: boolean): SanitizedHtml | null {
  const [module, setModule] = useState<MarkdownModule | null>(loaded);
  useEffect(() => {
    if (module || !enabled) return;
    let live = true;
    void load().then((m) => live && setModule(m));
    return () => {
      live = false;
    };
  }, [module, enabled]);
  return module && enabled ? module.renderMarkdown(text) : null;
}
