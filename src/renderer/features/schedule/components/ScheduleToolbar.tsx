// Owns the editor's toolbar: how many draft changes await publishing, undo and redo (named after
// the step they would take back or redo), print, and publish.
import { Button } from '../../../ui';
import { count } from '../store/findings';
import { useScheduleStore } from '../store/schedule.store';

export interface ScheduleToolbarProps {
  pendingChanges: number;
  canEdit: boolean;
  canPublish: boolean;
  onPublish: () => void;
  onPrint: () => void;
}

export function ScheduleToolbar({ pendingChanges, canEdit, canPublish, onPublish, onPrint }: ScheduleToolbarProps) {
  const saving = useScheduleStore((s) => s.saving);
  const nextUndo = useScheduleStore((s) => s.undoStack.at(-1));
  const nextRedo = useScheduleStore((s) => s.redoStack.at(-1));
  const undo = useScheduleStore((s) => s.undo);
  const redo = useScheduleStore((s) => s.redo);

  return (
    <div className="schedule-toolbar no-print" role="toolbar" aria-label="Schedule">
      <span className={pendingChanges ? 'badge badge-info' : 'badge badge-muted'} data-testid="pending-changes">
        {pendingChanges ? `${count(pendingChanges, 'change', 'changes')} not yet published` : 'No unpublished changes'}
      </span>
      <span className="toolbar-spacer" />
      {canEdit ? (
        <>
          <Button
            disabled={!nextUndo || saving}
            title={nextUndo ? `Undo ${nextUndo.label} (Ctrl+Z)` : 'Nothing to undo'}
            onClick={() => void undo()}
          >
            Undo
          </Button>
          <Button
            disabled={!nextRedo || saving}
            title={nextRedo ? `Redo ${nextRedo.label} (Ctrl+Shift+Z)` : 'Nothing to redo'}
            onClick={() => void redo()}
          >
            Redo
          </Button>
        </>
      ) : null}
      <Button onClick={onPrint}>Print</Button>
      {canPublish ? (
        <Button variant="primary" disabled={saving} onClick={onPublish}>
          Publish…
        </Button>
      ) : null}
    </div>
  );
}
