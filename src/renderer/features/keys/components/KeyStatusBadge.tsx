// Owns a key's status badge: the status in words, coloured by its tone (never colour alone).
import type { KeyStatus } from '../../../../shared/domain';
import { statusLabel, statusTone } from '../store/labels';

export function KeyStatusBadge({ status }: { status: KeyStatus }) {
  return (
    <span className={`badge badge-${statusTone[status]}`} data-status={status}>
      {statusLabel[status]}
    </span>
  );
}
