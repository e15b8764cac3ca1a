// Says so, under a field, when its text has reached the length every export can carry back in.
// The live region is always there, so the message is announced when it appears.
import { capNotice, type TextCapKind } from '../db/text-caps';
import './cap-notice.css';

export function CapNotice({ kind, length }: { kind: TextCapKind; length: number }) {
  return (
    <span className="cap-notice" aria-live="polite">
      {capNotice(kind, length)}
    </span>
  );
}
