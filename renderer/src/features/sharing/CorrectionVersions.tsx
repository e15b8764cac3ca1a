// « 2 versions » of the corrections of an entry: a correction edited on two machines shows its
// versions (the corrected text and its comment, as plain text) at the top of the entry, where the
// user keeps one or types the merged text. The correction itself stays drawn in the text/facts.
import { useMemo } from 'react';
import { FACT_LABELS } from '../../core/corrections';
import { CorrectionRow } from '../../db/correction-rows';
import { useConflicts } from '../../sharing/service';
import { ConflictChooser } from './ConflictChooser';

function textOf(row: Record<string, unknown>): string {
  const parsed = CorrectionRow.safeParse(row);
  if (!parsed.success) return '';
  const { corrected, comment } = parsed.data;
  return comment ? `${corrected}\n— ${comment}` : corrected;
}

function whatOf(row: Record<string, unknown>): string {
  const parsed = CorrectionRow.safeParse(row);
  if (!parsed.success) return 'Cette correction';
  return parsed.data.kind === 'fact'
    ? `La correction « ${FACT_LABELS[parsed.data.field]} »`
    : `La correction du passage « ${parsed.data.quote.exact.slice(0, 60)} »`;
}

export function CorrectionVersions({ targetId }: { targetId: string }) {
  const all = useConflicts();
  const conflicts = useMemo(
    () => all.filter((c) => c.table === 'corrections' && c.versions.some((v) => v.row.targetId === targetId)),
    [all, targetId],
  );
  return (
    <>
      {conflicts.map((c) => (
        <ConflictChooser
          key={c.docId}
          conflict={c}
          what={whatOf(c.versions[0]!.row)}
          textOf={textOf}
          merged={(base, corrected) => ({
            ...base,
            corrected,
            updatedAt: Math.max(Date.now(), Number(base.updatedAt) + 1),
          })}
        />
      ))}
    </>
  );
}
