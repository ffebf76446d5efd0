// Owns choosing a key's access policy: the kind, what it means, and — for "listed users" — which
// accounts, as a group of checkboxes.
import { useId } from 'react';
import type { KeyPolicy, User } from '../../../../shared/domain';
import { CheckboxField, SelectField } from '../../../ui';
import { POLICY_OPTIONS, policyMeaning } from '../store/labels';

export type PolicyKind = KeyPolicy['kind'];

export interface PolicyDraft {
  kind: PolicyKind;
  userIds: string[];
}

export const draftOfPolicy = (p: KeyPolicy): PolicyDraft => ({ kind: p.kind, userIds: p.kind === 'users' ? [...p.userIds] : [] });

/** The policy to send, or a problem to show: a "listed users" policy names at least one account. */
export function policyOf(d: PolicyDraft): { policy: KeyPolicy } | { problem: string } {
  if (d.kind !== 'users') return { policy: { kind: d.kind } };
  if (d.userIds.length === 0) return { problem: 'Tick at least one user, or choose another policy.' };
  return { policy: { kind: 'users', userIds: d.userIds } };
}

const isKind = (v: string): v is PolicyKind => POLICY_OPTIONS.some((o) => o.value === v);

export interface PolicyFieldsProps {
  value: PolicyDraft;
  onChange: (next: PolicyDraft) => void;
  /** Accounts to choose from; null while they are read. */
  users: readonly Pick<User, 'id' | 'username' | 'displayName'>[] | null;
  problem?: string | undefined;
  disabled?: boolean;
}

export function PolicyFields({ value, onChange, users, problem, disabled }: PolicyFieldsProps) {
  const legendId = useId();
  const problemId = useId();
  return (
    <>
      <SelectField
        label="Who may use the key"
        options={POLICY_OPTIONS}
        value={value.kind}
        disabled={disabled}
        hint={policyMeaning[value.kind]}
        onChange={(e) => {
          if (isKind(e.target.value)) onChange({ ...value, kind: e.target.value });
        }}
      />
      {value.kind === 'users' ? (
        <fieldset className="fieldset" aria-labelledby={legendId} aria-describedby={problem ? problemId : undefined} data-testid="policy-users">
          <legend id={legendId} className="field-label">
            Users
          </legend>
          {users === null ? <p className="field-hint">Reading the accounts…</p> : null}
          {users?.map((u) => (
            <CheckboxField
              key={u.id}
              label={`${u.username} (${u.displayName})`}
              checked={value.userIds.includes(u.id)}
              disabled={disabled}
              onChange={(e) => onChange({ ...value, userIds: e.target.checked ? [...value.userIds, u.id] : value.userIds.filter((id) => id !== u.id) })}
            />
          ))}
          {problem ? (
            <p id={problemId} className="field-error">
              {problem}
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </>
  );
}
