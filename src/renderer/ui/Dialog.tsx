// Owns the modal dialog: role="dialog" + aria-modal, labelled by its title and described by its
// description; focus moves in (to `initialFocus`, else the first control), Tab is kept inside,
// Escape or the backdrop cancels, and focus goes back to whatever opened it. With `onSubmit` its
// body is a form, so Enter submits.
import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

export interface DialogProps {
  title: ReactNode;
  /** What the dialog is about; read out with the title. */
  description?: ReactNode;
  /** Content after the description, e.g. form fields. */
  children?: ReactNode;
  /** The buttons row. */
  actions: ReactNode;
  /** While true, Escape and the backdrop do nothing. */
  busy?: boolean;
  /** Shown inside the dialog, e.g. main's error when the action failed. */
  error?: ReactNode;
  onCancel: () => void;
  onSubmit?: () => void;
  /** Where focus goes when the dialog opens and after a failed attempt. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes on close when the opener is gone (e.g. the removed row's button). */
  fallbackFocus?: () => HTMLElement | null;
  testId?: string;
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog(props: DialogProps) {
  const { title, description, children, actions, busy = false, error, onSubmit, testId } = props;
  const titleId = useId();
  const bodyId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  latest.current = props;

  const focusStart = () => {
    const target = latest.current.initialFocus?.current ?? dialogRef.current?.querySelector<HTMLElement>(FOCUSABLE);
    target?.focus();
  };

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    focusStart();
    return () => {
      const target = opener?.isConnected ? opener : latest.current.fallbackFocus?.();
      target?.focus();
    };
  }, []);

  // A failed attempt re-enables the controls; put focus back inside so Escape and Tab work again.
  useEffect(() => {
    if (error) focusStart();
  }, [error]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (!busy) props.onCancel();
      return;
    }
    if (e.key !== 'Tab' || !dialogRef.current) return;
    const items = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      e.preventDefault();
      return;
    }
    if (e.shiftKey && (document.activeElement === first || !dialogRef.current.contains(document.activeElement))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }

  const body = (
    <>
      {description ? (
        <div id={bodyId} className="dialog-body">
          {description}
        </div>
      ) : null}
      {children}
      {error ? (
        <p role="alert" className="error-message">
          {error}
        </p>
      ) : null}
      <div className="actions dialog-actions">{actions}</div>
    </>
  );

  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget && !busy) props.onCancel();
      }}
    >
      <div
        ref={dialogRef}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? bodyId : undefined}
        onKeyDown={onKeyDown}
        data-testid={testId}
      >
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {onSubmit ? (
          <form
            className="dialog-form"
            noValidate
            aria-busy={busy}
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              if (!busy) onSubmit();
            }}
          >
            {body}
          </form>
        ) : (
          body
        )}
      </div>
    </div>
  );
}
