// Owns the list of managed keys: name and version (opening the detail), type, purpose, status
// badge, and when each next needs attention (rotation or expiry).
import type { ManagedKey } from '../../../../shared/domain';
import { formatDateTime } from '../../../lib/format';
import { purposeLabel, typeLabel } from '../store/labels';
import { KeyStatusBadge } from './KeyStatusBadge';

export interface KeysTableProps {
  keys: readonly ManagedKey[];
  onOpen: (key: ManagedKey) => void;
}

function nextDate(key: ManagedKey): string {
  if (key.status === 'pending-deletion' && key.deletionDueAt) return `Deleted ${formatDateTime(key.deletionDueAt)}`;
  if (key.nextRotationAt) return `Rotate by ${formatDateTime(key.nextRotationAt)}`;
  if (key.expiresAt && key.status === 'active') return `Expires ${formatDateTime(key.expiresAt)}`;
  return '—';
}

export function KeysTable({ keys, onOpen }: KeysTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table keys-table" data-testid="keys-table">
        <caption className="visually-hidden">Managed keys</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Type</th>
            <th scope="col">Purpose</th>
            <th scope="col">Status</th>
            <th scope="col">Next</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.id} data-testid={`key-row-${key.name}-v${key.version}`}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(key)}>
                  {key.name}
                  <span className="visually-hidden">, version {key.version}: details</span>
                </button>
                <span className="cell-note" aria-hidden="true">
                  Version {key.version}
                </span>
              </th>
              <td className="nowrap">{typeLabel[key.type]}</td>
              <td>{purposeLabel[key.purpose]}</td>
              <td>
                <KeyStatusBadge status={key.status} />
              </td>
              <td>{nextDate(key)}</td>
              <td className="nowrap">{formatDateTime(key.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
