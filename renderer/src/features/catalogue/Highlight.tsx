import { segments } from '../../core/highlight';
import type { TextRange } from '../../../../electron/shared/text-ranges';

/** Text with the given ranges drawn as <mark>: text nodes only, never HTML. */
export function Highlight({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  if (ranges.length === 0) return <>{text}</>;
  return (
    <>
      {segments(text, ranges).map((s, i) =>
        s.marked ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
      )}
    </>
  );
}
