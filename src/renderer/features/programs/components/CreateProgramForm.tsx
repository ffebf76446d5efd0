// Owns creating a program (programs.create, administrators): its short code and its name.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { IpcError } from '../../../../shared/contract';
import { ProgramInput, type Program } from '../../../../shared/domain';
import { Button, ErrorMessage, Field, StatusMessage } from '../../../ui';
import { useProgramsStore } from '../store/programs.store';

export interface CreateProgramFormProps {
  onCreated: (program: Program) => void;
  onCancel: () => void;
}

interface Problems {
  code?: string;
  name?: string;
}

export function CreateProgramForm({ onCreated, onCancel }: CreateProgramFormProps) {
  const create = useProgramsStore((s) => s.create);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<IpcError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    codeRef.current?.focus();
  }, []);

  async function submit() {
    if (busy) return;
    setError(null);
    setAttempt((n) => n + 1);
    const input = { code: code.trim().toUpperCase(), name: name.trim() };
    const parsed = ProgramInput.safeParse(input);
    const found: Problems = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === 'code') found.code = 'Use 2 to 16 capital letters, digits or dashes, e.g. IM or PEDS-2.';
        if (issue.path[0] === 'name') found.name = 'Enter the program’s name.';
      }
    }
    setProblems(found);
    if (found.code) return codeRef.current?.focus();
    if (found.name) return nameRef.current?.focus();
    setBusy(true);
    const answer = await create(input);
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      if (answer.error.code === 'ERR_PROGRAM_CODE_TAKEN') codeRef.current?.focus();
      return;
    }
    onCreated(answer.value);
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit();
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy} data-testid="create-program-form">
      <Field
        ref={codeRef}
        label="Code"
        hint="Short, unique and in capitals: it appears in exports and file names (e.g. IM, PEDS)."
        autoComplete="off"
        spellCheck={false}
        className="field-input-mono"
        value={code}
        readOnly={busy}
        error={problems.code}
        onChange={(e) => setCode(e.target.value.toUpperCase())}
      />
      <Field
        ref={nameRef}
        label="Name"
        autoComplete="off"
        value={name}
        readOnly={busy}
        error={problems.name}
        onChange={(e) => setName(e.target.value)}
      />
      <ErrorMessage key={`attempt-${attempt}`} error={error} />
      <StatusMessage message={busy ? 'Creating the program…' : ''} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Creating…">
          Create program
        </Button>
        <Button variant="secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
