// The shell's watch over stored work (automatic backups, drafts recovered, a failed backup's
// banner), as one lazily loaded piece: it brings Dexie and the export format, which the first
// screen does not need, so the layout loads it after its first render.
import { StorageStatus } from './StorageStatus';
import { useAutoBackup } from './useAutoBackup';

export default function StorageWatch() {
  useAutoBackup();
  return <StorageStatus />;
}
