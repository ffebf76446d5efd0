// Owns generating a key (keys.generate): name, description, type, purpose, optional expiry and
// rotation interval, and the access policy. The form is checked against the contract's rules
// first (name, interval, a type that can serve the purpose), and focus goes to the first problem.
import { useRef, useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import {
  KeyName,
  keyOperations,
  MAX_ROTATION_DAYS,
  MIN_ROTATION_DAYS,
  type KeyPurpose,
  type KeyType,
  type ManagedKey,
  type User,
} from '../../../../shared/domain';
import { todayIso } from '../../../lib/iso-dates';
import { Button, Dialog, Field, SelectField } from '../../../ui';
import { keyErrorText } from '../store/key-errors';
import { PURPOSE_OPTIONS, TYPE_OPTIONS } from '../store/labels';
import { asKeyPurpose, asKeyType } from '../store/selectors';
import { useKeysStore } from '../store/keys.store';
import { policyOf, PolicyFields, type PolicyDraft } from './PolicyFields';

export interface GenerateKeyDialogProps {
  users: readonly Pick<User, 'id' | 'username' | 'displayName'>[] | null;
  onDone: (key: ManagedKey) => void;
  onCancel: () => void;
}

interface Problems {
  name?: string;
  purpose?: string;
  expires?: string;
  rotationDays?: string;
  policy?: string;
}

export function GenerateKeyDialog({ users, onDone, onCancel }: GenerateKeyDialogProps) {
  const generate = useKeysStore((s) => s.generate);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [type, setType] = useState<KeyType>('aes-256');
  const [purpose, setPurpose] = useState<KeyPurpose>('encryption');
  const [expires, setExpires] = useState('');
  const [rotationDays, setRotationDays] = useState('');
  const [policy, setPolicy] = useState<PolicyDraft>({ kind: 'admin-only', userIds: [] });
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const purposeRef = useRef<HTMLSelectElement>(null);
  const expiresRef = useRef<HTMLInputElement>(null);
  const daysRef = useRef<HTMLInputElement>(null);

  function check(): Problems {
    const found: Problems = {};
    const parsedName = KeyName.safeParse(name);
    if (!parsedName.success) found.name = name.trim() === '' ? 'Give the key a name.' : `Use ${parsedName.error.issues[0]?.message ?? 'a shorter name'}.`;
    if (keyOperations(type, purpose).every((op) => op === 'export')) {
      found.purpose = 'An EC key only signs: choose Signing, Session tokens or Backups, or another type.';
    }
    if (expires !== '' && expires <= todayIso()) found.expires = 'Choose a date after today, or leave it empty for no expiry.';
    if (rotationDays !== '') {
      const n = Number(rotationDays);
      if (!Number.isInteger(n) || n < MIN_ROTATION_DAYS || n > MAX_ROTATION_DAYS) {
        found.rotationDays = `Use a whole number of days from ${MIN_ROTATION_DAYS} to ${MAX_ROTATION_DAYS}, or leave it empty.`;
      }
    }
    const p = policyOf(policy);
    if ('problem' in p) found.policy = p.problem;
    return found;
  }

  async function submit() {
    const found = check();
    setProblems(found);
    setError(null);
    if (found.name) return nameRef.current?.focus();
    if (found.purpose) return purposeRef.current?.focus();
    if (found.expires) return expiresRef.current?.focus();
    if (found.rotationDays) return daysRef.current?.focus();
    const p = policyOf(policy);
    if ('problem' in p) return;
    setBusy(true);
    const answer = await generate({
      name: name.trim(),
      description: description.trim(),
      type,
      purpose,
      // The key lasts through the whole chosen day, on this workstation's clock.
      expiresAt: expires === '' ? null : new Date(`${expires}T23:59:59`).toISOString(),
      rotationDays: rotationDays === '' ? null : Number(rotationDays),
      policy: p.policy,
    });
    setBusy(false);
    if (!answer.ok) {
      if (answer.error.code === 'ERR_KEYS_NAME_TAKEN') {
        setProblems({ name: answer.error.message });
        nameRef.current?.focus();
      } else setError(answer.error);
      return;
    }
    onDone(answer.value);
  }

  return (
    <Dialog
      title="Generate a key"
      description={<p>The key material is made and kept in the encrypted store; it never leaves it. Only a public half can be exported.</p>}
      busy={busy}
      error={error ? keyErrorText('generate', error) : undefined}
      onCancel={onCancel}
      onSubmit={() => void submit()}
      initialFocus={nameRef}
      testId="generate-key-dialog"
      actions={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={busy} busyLabel="Generating…">
            Generate
          </Button>
        </>
      }
    >
      <Field ref={nameRef} label="Name" autoComplete="off" value={name} disabled={busy} error={problems.name} hint="Letters, digits, spaces, dots, dashes or underscores; up to 64." onChange={(e) => setName(e.target.value)} />
      <Field label="Description (optional)" autoComplete="off" maxLength={500} value={description} disabled={busy} onChange={(e) => setDescription(e.target.value)} />
      <SelectField label="Type" options={TYPE_OPTIONS} value={type} disabled={busy} onChange={(e) => setType(asKeyType(e.target.value) || 'aes-256')} />
      <SelectField
        ref={purposeRef}
        label="Purpose"
        options={PURPOSE_OPTIONS}
        value={purpose}
        disabled={busy}
        error={problems.purpose}
        onChange={(e) => setPurpose(asKeyPurpose(e.target.value) || 'encryption')}
      />
      <Field ref={expiresRef} label="Expires on (optional)" type="date" value={expires} disabled={busy} error={problems.expires} hint="After this day the key only decrypts and verifies." onChange={(e) => setExpires(e.target.value)} />
      <Field
        ref={daysRef}
        label="Rotate every (days, optional)"
        inputMode="numeric"
        value={rotationDays}
        disabled={busy}
        error={problems.rotationDays}
        hint={`From ${MIN_ROTATION_DAYS} to ${MAX_ROTATION_DAYS} days. The key is listed as due when the time comes.`}
        onChange={(e) => setRotationDays(e.target.value)}
      />
      <PolicyFields value={policy} onChange={setPolicy} users={users} problem={problems.policy} disabled={busy} />
    </Dialog>
  );
}
