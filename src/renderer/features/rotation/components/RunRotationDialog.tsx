// Owns starting a rotation: the secret (fixed by the row it came from), the program for a
// per-program secret, a reason (recorded in the history and the audit trail), and for the master
// key the current passphrase and recovery code. It closes as soon as the rotation starts: progress
// shows on the dashboard.
import { useRef, useState } from 'react';
import { RotationReason, type Program, type SecretType } from '../../../../shared/domain';
import { Button, Dialog, Field, SelectField } from '../../../ui';
import { secretEffect, secretLabel } from '../store/labels';
import type { RotationRunInput } from '../store/run-rotation';

export interface RunRotationDialogProps {
  type: SecretType;
  /** Preselected program for a per-program secret (a due row names one). */
  programId: string | null;
  perProgram: boolean;
  programs: readonly Program[] | null;
  onStart: (input: RotationRunInput) => void;
  onCancel: () => void;
}

interface Problems {
  program?: string;
  reason?: string;
}

export function RunRotationDialog({ type, programId, perProgram, programs, onStart, onCancel }: RunRotationDialogProps) {
  const [program, setProgram] = useState(programId ?? '');
  const [reason, setReason] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const programRef = useRef<HTMLSelectElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);

  function submit() {
    const found: Problems = {};
    if (perProgram && !program) found.program = 'Choose the program.';
    if (!RotationReason.safeParse(reason).success) found.reason = reason.trim() === '' ? 'Say why (for the history and the audit trail).' : 'Use at most 500 characters.';
    setProblems(found);
    if (found.program) return programRef.current?.focus();
    if (found.reason) return reasonRef.current?.focus();
    onStart({
      type,
      reason: reason.trim(),
      ...(perProgram ? { programId: program } : {}),
      ...(type === 'master-key' && passphrase ? { passphrase } : {}),
      ...(type === 'master-key' && recoveryCode ? { recoveryCode } : {}),
    });
  }

  return (
    <Dialog
      title={`Rotate the ${secretLabel[type].toLowerCase()}?`}
      description={<p>{secretEffect[type]}</p>}
      onCancel={onCancel}
      onSubmit={submit}
      initialFocus={perProgram && !programId ? programRef : reasonRef}
      testId="run-rotation-dialog"
      actions={
        <>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" variant="primary">
            Start rotation
          </Button>
        </>
      }
    >
      {perProgram ? (
        <SelectField
          ref={programRef}
          label="Program"
          options={[{ value: '', label: 'Choose a program…' }, ...(programs ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.code})` }))]}
          value={program}
          error={problems.program}
          onChange={(e) => setProgram(e.target.value)}
        />
      ) : null}
      <Field ref={reasonRef} label="Reason" autoComplete="off" maxLength={500} value={reason} error={problems.reason} hint="For example: yearly rotation, or a staff change." onChange={(e) => setReason(e.target.value)} />
      {type === 'master-key' ? (
        <>
          <Field label="Current passphrase" type="password" autoComplete="current-password" value={passphrase} hint="Leave empty if this workstation has no passphrase." onChange={(e) => setPassphrase(e.target.value)} />
          <Field label="Recovery code" type="password" autoComplete="off" spellCheck={false} value={recoveryCode} hint="As printed on the recovery sheet." onChange={(e) => setRecoveryCode(e.target.value)} />
        </>
      ) : null}
    </Dialog>
  );
}
