// Owns adding an account (users.create): user name, display name, role, programs for the
// program-scoped roles, and a temporary password the person must change at first sign-in.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { IpcError } from '../../../../shared/contract';
import { Role, Username, type Program, type User } from '../../../../shared/domain';
import { isProgramScoped, roleDescription } from '../../../lib/roles';
import { USERNAME_HINT, USERNAME_RULE } from '../../../lib/username';
import {
  Banner,
  Button,
  ErrorMessage,
  Field,
  NewSecretFields,
  SelectField,
  StatusMessage,
  useNewSecret,
} from '../../../ui';
import { programIdsFor } from '../store/selectors';
import { useUsersStore } from '../store/users.store';
import { ProgramPicker } from './ProgramPicker';
import { ROLE_OPTIONS } from './roleOptions';

export interface AddUserFormProps {
  programs: readonly Program[];
  onAdded: (user: User) => void;
  onCancel: () => void;
}

interface Problems {
  username?: string;
  displayName?: string;
}

const FIELD_CODES: Record<string, 'username' | 'password'> = {
  ERR_USERNAME_TAKEN: 'username',
  ERR_PASSWORD_TOO_SHORT: 'password',
  ERR_PASSWORD_TOO_LONG: 'password',
  ERR_PASSWORD_COMMON: 'password',
  ERR_PASSWORD_CONTAINS_NAME: 'password',
};

export function AddUserForm({ programs, onAdded, onCancel }: AddUserFormProps) {
  const create = useUsersStore((s) => s.create);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('coordinator');
  const [programIds, setProgramIds] = useState<string[]>([]);
  const { draft, errors, onChange: onSecretChange, validate: validateSecret } = useNewSecret('password');
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<IpcError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const displayNameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    usernameRef.current?.focus();
  }, []);

  async function submit() {
    if (busy) return;
    setError(null);
    setAttempt((n) => n + 1);
    const found: Problems = {};
    if (!Username.safeParse(username).success) found.username = USERNAME_RULE;
    if (displayName.trim() === '') found.displayName = 'Enter the name people know them by.';
    const secretErrors = validateSecret();
    setProblems(found);
    if (found.username) return usernameRef.current?.focus();
    if (found.displayName) return displayNameRef.current?.focus();
    if (secretErrors.secret) return passwordRef.current?.focus();
    if (secretErrors.confirm) return confirmRef.current?.focus();
    setBusy(true);
    const answer = await create({
      username,
      displayName: displayName.trim(),
      role,
      programIds: programIdsFor(role, programIds),
      temporaryPassword: draft.secret,
    });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      const field = FIELD_CODES[answer.error.code];
      if (field === 'username') usernameRef.current?.focus();
      else if (field === 'password') passwordRef.current?.focus();
      return;
    }
    onAdded(answer.value);
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit();
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy} data-testid="add-user-form">
      <Field
        ref={usernameRef}
        label="User name"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={username}
        readOnly={busy}
        error={problems.username}
        hint={USERNAME_HINT}
        onChange={(e) => setUsername(e.target.value)}
      />
      <Field
        ref={displayNameRef}
        label="Display name"
        autoComplete="off"
        value={displayName}
        readOnly={busy}
        error={problems.displayName}
        onChange={(e) => setDisplayName(e.target.value)}
      />
      <SelectField
        label="Role"
        options={ROLE_OPTIONS}
        value={role}
        disabled={busy}
        hint={roleDescription[role]}
        onChange={(e) => setRole(Role.parse(e.target.value))}
      />
      {isProgramScoped(role) ? <ProgramPicker programs={programs} value={programIds} onChange={setProgramIds} disabled={busy} /> : null}
      <NewSecretFields
        noun="password"
        value={draft}
        onChange={onSecretChange}
        errors={errors}
        label="Temporary password"
        confirmLabel="Confirm temporary password"
        readOnly={busy}
        secretRef={passwordRef}
        confirmRef={confirmRef}
      />
      <Banner tone="info" title="A temporary password">
        Give it to them in person. They must choose their own password the first time they sign in, and can do nothing
        else until they have.
      </Banner>
      <ErrorMessage key={`attempt-${attempt}`} error={error} />
      <StatusMessage message={busy ? 'Adding the user…' : ''} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Adding…">
          Add user
        </Button>
        <Button variant="secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
