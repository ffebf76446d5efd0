// Owns one key in detail: its status and what it means, the actions its state allows, its
// properties, access policy, the whole version chain (each version can be opened) and the usage
// log, newest first.
import type { KeyUsageEntry, ManagedKey, User } from '../../../../shared/domain';
import { formatDateTime, formatDateTimeSeconds } from '../../../lib/format';
import { Button } from '../../../ui';
import { policyMeaning, policySummary, purposeLabel, reasonLabel, statusMeaning, typeLabel } from '../store/labels';
import type { KeyDetail as Detail } from '../store/keys.store';
import { actionsFor, type KeyAction } from '../store/selectors';
import { KeyStatusBadge } from './KeyStatusBadge';

export interface KeyDetailProps {
  detail: Detail;
  users: readonly Pick<User, 'id' | 'username'>[] | null;
  onAction: (key: ManagedKey, action: KeyAction) => void;
  onOpenVersion: (id: string) => void;
}

const ACTION_LABEL: Record<KeyAction, string> = {
  rotate: 'Rotate',
  activate: 'Make active',
  retire: 'Retire',
  export: 'Export public key',
  policy: 'Change policy',
  delete: 'Delete',
  'cancel-deletion': 'Cancel deletion',
  revoke: 'Revoke',
};

const OUTCOME_BADGE: Record<KeyUsageEntry['outcome'], { className: string; label: string }> = {
  success: { className: 'badge badge-ok', label: 'Success' },
  failure: { className: 'badge badge-error', label: 'Failed' },
  denied: { className: 'badge badge-warn', label: 'Refused' },
};

function callerName(caller: string, users: KeyDetailProps['users']): string {
  if (caller === 'cli') return 'Admin command line';
  if (caller.startsWith('app:')) return `Application (${caller.slice(4)})`;
  return users?.find((u) => u.id === caller)?.username ?? caller;
}

const when = (iso: string | null, none = '—') => (iso ? formatDateTime(iso) : none);

export function KeyDetail({ detail, users, onAction, onOpenVersion }: KeyDetailProps) {
  const { key, versions, usage } = detail;
  const actions = actionsFor(key);
  const rows: [string, string][] = [
    ['Type', typeLabel[key.type]],
    ['Purpose', purposeLabel[key.purpose]],
    ['Version', String(key.version)],
    ['Created', when(key.createdAt)],
    ['Expires', when(key.expiresAt, 'Never')],
    ['Rotation', key.rotationDays ? `Every ${key.rotationDays} days` : 'When an administrator decides'],
    ['Next rotation due', when(key.nextRotationAt, key.rotationDays && key.status !== 'active' ? 'Not while it is not active' : '—')],
    ['Wrapped under key-encryption key', `Version ${key.kekVersion}`],
    ['Held by', key.provider],
    ['Last backed up', when(key.lastBackupAt, 'Not in any backup yet')],
  ];
  if (key.revokedAt) rows.push(['Revoked', `${when(key.revokedAt)} — ${key.revocationReason ? reasonLabel[key.revocationReason] : 'no reason given'}`]);
  if (key.deletionDueAt) rows.push(['Deletion due', when(key.deletionDueAt)]);
  if (key.deletedAt) rows.push(['Deleted', when(key.deletedAt)]);

  return (
    <div data-testid="key-detail">
      <p className="key-status-line">
        <KeyStatusBadge status={key.status} /> <span>{statusMeaning[key.status]}</span>
      </p>
      {key.description ? <p>{key.description}</p> : null}
      {actions.length > 0 ? (
        <div className="actions key-actions" role="group" aria-label="Key actions">
          {actions.map((a) => (
            <Button key={a} variant={a === 'revoke' || a === 'delete' ? 'danger' : a === 'rotate' ? 'primary' : 'secondary'} onClick={() => onAction(key, a)}>
              {ACTION_LABEL[a]}
            </Button>
          ))}
        </div>
      ) : null}

      <section className="panel" aria-labelledby="key-properties">
        <h3 id="key-properties">Properties</h3>
        <dl className="definition-list">
          {rows.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="panel" aria-labelledby="key-policy">
        <h3 id="key-policy">Access policy</h3>
        <p>
          <strong>{policySummary(key.policy)}</strong> — {policyMeaning[key.policy.kind]}
        </p>
        {key.policy.kind === 'users' ? (
          <ul className="key-policy-users">
            {key.policy.userIds.map((id) => (
              <li key={id}>{callerName(id, users)}</li>
            ))}
          </ul>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="key-versions">
        <h3 id="key-versions">Versions</h3>
        <div className="table-scroll">
          <table className="data-table" data-testid="key-versions">
            <caption className="visually-hidden">Versions of {key.name}, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Status</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id} aria-current={v.id === key.id ? 'true' : undefined}>
                  <th scope="row">
                    {v.id === key.id ? (
                      <>
                        Version {v.version} <span className="badge badge-info">Shown</span>
                      </>
                    ) : (
                      <button type="button" className="link-button" onClick={() => onOpenVersion(v.id)}>
                        Version {v.version}
                      </button>
                    )}
                  </th>
                  <td>
                    <KeyStatusBadge status={v.status} />
                  </td>
                  <td className="nowrap">{formatDateTime(v.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel" aria-labelledby="key-usage">
        <h3 id="key-usage">Usage log</h3>
        {usage.length === 0 ? (
          <div className="empty-note" data-testid="key-usage-empty">
            <p>
              <strong>This version has not been used yet.</strong>
            </p>
            <p className="muted">Every use — encrypting, decrypting, signing, verifying, exporting — is recorded here, whether it worked or not.</p>
          </div>
        ) : (
          <div className="table-scroll">
            <table className="data-table" data-testid="key-usage">
              <caption className="visually-hidden">Uses of {key.name} version {key.version}, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Operation</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">By</th>
                </tr>
              </thead>
              <tbody>
                {usage.map((u, i) => (
                  <tr key={`${u.at}-${i}`}>
                    <td className="nowrap">{formatDateTimeSeconds(u.at)}</td>
                    <td>{u.operation}</td>
                    <td>
                      <span className={OUTCOME_BADGE[u.outcome].className}>{OUTCOME_BADGE[u.outcome].label}</span>
                      {u.errorCode ? <span className="cell-note mono">{u.errorCode}</span> : null}
                    </td>
                    <td>{callerName(u.caller, users)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
