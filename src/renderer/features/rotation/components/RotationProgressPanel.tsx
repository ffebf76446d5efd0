// Owns the running rotation's progress: which secret, the phase, a progress bar with the count when
// main reports one (re-encrypting program data), and Cancel.
import type { Program } from '../../../../shared/domain';
import { Button } from '../../../ui';
import { phaseLabel } from '../store/labels';
import type { RunningRotation } from '../store/rotation.store';
import { secretName } from '../store/selectors';

export interface RotationProgressPanelProps {
  running: RunningRotation;
  programs: readonly Program[] | null;
  onCancel: () => void;
}

export function RotationProgressPanel({ running, programs, onCancel }: RotationProgressPanelProps) {
  const p = running.progress;
  const name = secretName(running.input.type, running.input.programId ?? null, programs);
  const counted = p !== null && p.phase === 're-encrypting' && p.total > 0;
  const percent = counted ? Math.floor((p.done / p.total) * 100) : null;
  const phase = p ? phaseLabel[p.phase] : 'Starting';
  return (
    <section className="panel rotation-running" aria-labelledby="rotation-running" data-testid="rotation-running">
      <h2 id="rotation-running">Rotating: {name}</h2>
      <label className="field-label" htmlFor="rotation-progress">
        {phase}
        {counted ? ` — ${p.done.toLocaleString()} of ${p.total.toLocaleString()} rows` : '…'}
      </label>
      <progress id="rotation-progress" className="progress-bar" max={100} value={percent ?? undefined} aria-valuetext={percent === null ? phase : `${percent}%`}>
        {percent === null ? phase : `${percent}%`}
      </progress>
      <div className="actions">
        <Button variant="secondary" busy={running.cancelling} busyLabel="Cancelling…" onClick={onCancel}>
          Cancel rotation
        </Button>
      </div>
    </section>
  );
}
