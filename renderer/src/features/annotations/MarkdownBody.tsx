// A note's rendered Markdown (already sanitised by DOMPurify in renderMarkdown). Its links never
// navigate: following one would take the browser build away from the app (and the desktop app
// opens nothing on the network). A click, Enter or a middle click shows the address instead, with
// a button to copy it; Échap closes that and gives the focus back to the link.
import { useEffect, useRef, useState, type MouseEvent, type KeyboardEvent } from 'react';
import { CopyText } from '../../services/CopyText';
import type { SanitizedHtml } from './markdown';

export function MarkdownBody({ html }: { html: SanitizedHtml }) {
  const [link, setLink] = useState<{ href: string; el: HTMLAnchorElement } | null>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!link) return;
    panel.current?.scrollIntoView({ block: 'nearest' });
    panel.current?.querySelector('button')?.focus({ preventScroll: true });
  }, [link]);

  function intercept(event: MouseEvent<HTMLDivElement>) {
    const a = (event.target as Element).closest?.('a');
    if (!a || !event.currentTarget.contains(a)) return;
    event.preventDefault();
    if (event.type === 'click') setLink({ href: a.getAttribute('href') ?? '', el: a });
  }

  function close() {
    const el = link?.el;
    setLink(null);
    el?.focus();
  }

  return (
    <>
      <div
        className="note__body markdown"
        onClick={intercept}
        onAuxClick={intercept}
        // SanitizedHtml: only renderMarkdown (DOMPurify) makes one.
        dangerouslySetInnerHTML={{ __html: html }}
      />
      {link && (
        <div
          ref={panel}
          className="note__link"
          role="group"
          aria-label="Adresse du lien"
          onKeyDown={(e: KeyboardEvent) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              close();
            }
          }}
        >
          <span className="note__link-label">Lien vers :</span>{' '}
          {link.href ? <CopyText text={link.href} what="l’adresse" /> : <span>(adresse vide)</span>}
          <button type="button" className="link-button" onClick={close}>
            Fermer
          </button>
          <p className="note__link-help muted">
            Repères n’ouvre aucun lien : copiez l’adresse pour l’ouvrir dans votre navigateur.
          </p>
        </div>
      )}
    </>
  );
}
