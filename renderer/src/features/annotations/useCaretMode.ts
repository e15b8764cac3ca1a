// Selecting text from the keyboard. Browsers offer caret browsing (F7) for that, but Electron does
// not (electron/electron#31339), so a section's text can become a read-only editing host on
// demand: the caret and Shift + arrows then select as in a document, and every edit is refused.
import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';

const EDITS = ['beforeinput', 'paste', 'drop', 'cut'] as const;

export function useCaretMode(
  text: RefObject<HTMLElement | null>,
  { onEscape, onEnter }: { onEscape: () => void; onEnter: () => void },
) {
  const [active, setActive] = useState(false);

  useEffect(() => {
    const el = text.current;
    if (!active || !el) return;
    const refuse = (event: Event) => event.preventDefault();
    for (const kind of EDITS) el.addEventListener(kind, refuse);
    el.focus();
    // Start at the top of the section unless a selection is already inside it.
    const selection = document.getSelection();
    const first = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode();
    if (selection && first && !el.contains(selection.anchorNode)) selection.collapse(first, 0);
    return () => {
      for (const kind of EDITS) el.removeEventListener(kind, refuse);
    };
  }, [active, text]);

  const textProps = active
    ? {
        contentEditable: true,
        suppressContentEditableWarning: true,
        spellCheck: false,
        role: 'textbox',
        'aria-multiline': true,
        'aria-readonly': true,
        tabIndex: 0,
        onBlur: () => setActive(false),
        onKeyDown: (event: KeyboardEvent) => {
          if (event.key !== 'Escape' && event.key !== 'Enter') return;
          // Escape leaves the text, not the entry; Enter acts on the selection.
          event.preventDefault();
          event.stopPropagation();
          setActive(false);
          if (event.key === 'Escape') onEscape();
          else onEnter();
        },
      }
    : {};

  return { active, start: () => setActive(true), textProps };
}
