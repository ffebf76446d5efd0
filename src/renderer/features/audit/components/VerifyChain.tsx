// Owns "Verify the chain" (audit.verify): main walks every entry's seal and answers intact, or the
// first entry that fails and why; the result is said in plain words. Verifying is itself audited.
import { useEffect, useRef, useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import type { AuditVerifyResult } from '../../../../shared/domain';
import { Banner, Button, ErrorMessage, StatusMessage } from '../../../ui';
import { useAuditStore } from '../store/audit.store';
import { verifySummary } from '../store/selectors';

export function VerifyChain({ onVerified }: { onVerified: () => void }) {
  const verify = useAuditStore((s) => s.verify);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AuditVerifyResult | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasBusy = useRef(false);

  // The button is disabled while busy, which drops focus: give it back once it is enabled again.
  useEffect(() => {
    if (wasBusy.current && !busy && document.activeElement === document.body) buttonRef.current?.focus();
    wasBusy.current = busy;
  }, [busy]);

  async function run() {
    if (busy) return;
    setBusy(true);
    setResult(null);
    setError(null);
    setAttempt((n) => n + 1);
    const answer = await verify();
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setResult(answer.value);
    onVerified();
  }

  const summary = result ? verifySummary(result) : null;

  return (
    <>
      <p className="muted">
        Checks the seal of every entry, from the first to the last: an entry changed, removed or moved after it was written
        is detected.
      </p>
      <div className="actions">
        <Button ref={buttonRef} variant="primary" busy={busy} busyLabel="Verifying…" onClick={() => void run()}>
          Verify the chain
        </Button>
      </div>
      <StatusMessage message={busy ? 'Verifying every entry of the audit log…' : ''} className={busy ? 'status-busy' : undefined} />
      <ErrorMessage key={`verify-${attempt}`} error={error} />
      {summary ? (
        summary.intact ? (
          <Banner tone="success" role="status" title={summary.title} testId="verify-result">
            No entry was changed, removed or reordered since it was written.
          </Banner>
        ) : (
          <Banner tone="error" role="alert" title={summary.title} testId="verify-result">
            Do not rely on the log from that point on. Keep a copy of the data folder as it is now, and report this to whoever
            looks after the security of this workstation.
          </Banner>
        )
      ) : null}
    </>
  );
}
