// Owns the running backup operation's progress: what is running, the phase, a progress bar when
// main reports a count, and Cancel.
import { Button } from '../../../ui';
import type { RunningBackup } from '../store/backup.store';
import { jobTitle, phaseLabel } from '../store/labels';

export function BackupProgressPanel({ running, onCancel }: { running: RunningBackup; onCancel: () => void }) {
  const p = running.progress;
  const counted = p !== null && p.total > 0;
  const percent = counted ? Math.min(100, Math.floor((p.done / p.total) * 100)) : null;
  const phase = p ? phaseLabel[p.phase] : 'Starting';
  return (
    <section className="panel backup-running" aria-labelledby="backup-running" data-testid="backup-running">
      <h2 id="backup-running">{jobTitle[running.kind]}</h2>
      <label className="field-label" htmlFor="backup-progress">
        {phase}
        {percent === null ? '…' : ` — ${percent}%`}
      </label>
      <progress id="backup-progress" className="progress-bar" max={100} value={percent ?? undefined} aria-valuetext={percent === null ? phase : `${percent}%`}>
        {percent === null ? phase : `${percent}%`}
      </progress>
      <div className="actions">
        <Button variant="secondary" busy={running.cancelling} busyLabel="Cancelling…" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
