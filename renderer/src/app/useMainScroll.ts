// The content area is one element shared by every view, so its scroll position would carry from
// one view to the next: an entry opened from far down the chronology would open scrolled down,
// its title out of sight. A new view (a link, a click) starts at its top; going back or forward
// finds the position it was left at. A change of query string alone (a selection, a toggle)
// keeps the position.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from '../services/router';

const SAVED_LIMIT = 100;

/** `mainId`: the id of the scrolling content area. */
export function useMainScroll(mainId: string): void {
  const location = useLocation();
  const type = useNavigationType();
  const saved = useRef(new Map<string, number>());
  const shown = useRef({ key: location.key, pathname: location.pathname });

  // Remember where each history entry was left.
  useEffect(() => {
    const el = document.getElementById(mainId);
    if (!el) return;
    const onScroll = () => {
      const map = saved.current;
      map.delete(shown.current.key);
      map.set(shown.current.key, el.scrollTop);
      if (map.size > SAVED_LIMIT) map.delete(map.keys().next().value!);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, [mainId]);

  // Before paint, and before any view's own effect (a passage asked for scrolls after this).
  useLayoutEffect(() => {
    const el = document.getElementById(mainId);
    const before = shown.current;
    shown.current = { key: location.key, pathname: location.pathname };
    if (!el || before.pathname === location.pathname) return;
    const back = type === 'POP' ? saved.current.get(location.key) : undefined;
    el.scrollTo({ top: back ?? 0, behavior: 'instant' });
    if (back === undefined) return;
    // A view that draws in two steps (data loading) may not be tall enough yet: try once more.
    const frame = requestAnimationFrame(() => {
      if (shown.current.key === location.key && el.scrollTop !== back)
        el.scrollTo({ top: back, behavior: 'instant' });
    });
    return () => cancelAnimationFrame(frame);
  }, [location.key, location.pathname, type, mainId]);
}
