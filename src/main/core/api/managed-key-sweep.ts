// Owns sweeping managed keys by time: an expiry that has passed is persisted, and a deletion whose
// grace has ended destroys the key's material; each is recorded in the audit trail as the
// system's doing. The core runs it hourly while unlocked; keys.list and keys.get run it first.
import type { KeysService } from '../keys';
import type { AuditRecorder } from './audit-recorder';

export type ManagedKeySweep = () => Promise<{ expired: string[]; deleted: string[] }>;

export function managedKeySweep(keys: Pick<KeysService, 'sweep'>, record: AuditRecorder): ManagedKeySweep {
  return async () => {
    const swept = await keys.sweep();
    for (const id of swept.expired) record(null, { actor: 'system', action: 'key.expire', target: id, outcome: 'success' });
    for (const id of swept.deleted) record(null, { actor: 'system', action: 'key.delete', target: id, outcome: 'success' });
    return swept;
  };
}
