import { markSegments } from '../../core/match-marks';
import type { TextRange } from '../../../../electron/shared/text-ranges';

/** Text with the search matches drawn as <mark>: text nodes only, never HTML. */
export function MatchMarks({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  if (ranges.length === 0) return <>{text}</>;
  return (
    <>
      {markSegments(text, ranges).map((s, i) =>
        s.marked ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
      )}
    </>
  );
}
