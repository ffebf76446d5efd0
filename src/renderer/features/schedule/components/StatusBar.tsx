// Owns the status bar under the grid: saving, what the last edit did, and how long main took to
// re-validate the draft after it — announced politely to screen readers.
import { useScheduleStore } from '../store/schedule.store';

export function StatusBar() {
  const saving = useScheduleStore((s) => s.saving);
  const lastEdit = useScheduleStore((s) => s.lastEdit);
  const validationMs = useScheduleStore((s) => s.validationMs);
  const text = saving
    ? 'Saving…'
    : [lastEdit, validationMs !== null ? `validated in ${validationMs < 10 ? validationMs.toFixed(1) : Math.round(validationMs)} ms` : ''].filter(Boolean).join(' — ');
  return (
    <p role="status" className={saving ? 'schedule-status status-busy no-print' : 'schedule-status no-print'} data-testid="schedule-status">
      {text}
    </p>
  );
}
