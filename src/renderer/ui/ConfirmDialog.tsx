// Owns the modal confirmation: a Dialog whose focus starts on Cancel (the safe choice), with the
// confirming button after it.
import { useRef, type ReactNode } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  title: ReactNode;
  children: ReactNode;
  confirmLabel: ReactNode;
  busyLabel?: ReactNode;
  cancelLabel?: ReactNode;
  tone?: 'primary' | 'danger';
  busy?: boolean;
  /** Shown inside the dialog, e.g. main's error when the action failed. */
  error?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where focus goes on close when the opener is gone (e.g. the removed row's button). */
  fallbackFocus?: () => HTMLElement | null;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, children, confirmLabel, busyLabel, cancelLabel = 'Cancel', tone = 'primary', busy = false, error } = props;
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title={title}
      description={children}
      busy={busy}
      error={error}
      onCancel={props.onCancel}
      initialFocus={cancelRef}
      fallbackFocus={props.fallbackFocus}
      actions={
        <>
          <Button ref={cancelRef} variant="secondary" onClick={props.onCancel} disabled={busy}>
            {cancelLabel}
          </Button>
          <Button variant={tone} onClick={props.onConfirm} busy={busy} busyLabel={busyLabel}>
            {confirmLabel}
          </Button>
        </>
      }
    />
  );
}
