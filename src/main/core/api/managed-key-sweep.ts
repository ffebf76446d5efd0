// Owns sweeping managed keys by time: an expiry that has passed is persisted, a deletion whose
// grace has ended destroys the key's material, and a key whose auto-rotation interval has passed
// gets its next version; each is recorded in the audit trail as the system's doing. The core runs
// it hourly while unlocked; keys.list and keys.get run it first.
import type { KeysService } from '../keys';
import type { AuditRecorder } from './audit-recorder';

export type ManagedKeySweep = () => Promise<{ expired: string[]; deleted: string[]; rotated: string[] }>;

export function managedKeySweep(keys: Pick<KeysService, 'sweep' | 'dueForRotation' | 'rotateKey'>, record: AuditRecorder): ManagedKeySweep {
  return async () => {
    const swept = await keys.sweep();
    for (const id of swept.expired) record(null, { actor: 'system', action: 'key.expire', target: id, outcome: 'success' });
    for (const id of swept.deleted) record(null, { actor: 'system', action: 'key.delete', target: id, outcome: 'success' });
    const rotated: string[] = [];
    // Backup-signing keys are rotated by the rotation framework (its policy, history and grace),
    // so one secret never has two owners.
    for (const key of keys.dueForRotation().filter((k) => k.purpose !== 'backup')) {
      try {
        const { current } = await keys.rotateKey(key.id, { actor: 'system' });
        rotated.push(current.id);
        record(null, { actor: 'system', action: 'key.rotate', target: key.id, outcome: 'success', details: { next: current.id } });
      } catch (e) {
        record(null, { actor: 'system', action: 'key.rotate', target: key.id, outcome: 'failure', details: { code: (e as { code?: string }).code ?? 'ERR_INTERNAL' } });
      }
    }
    return { ...swept, rotated };
  };
}
