// Owns turning a managed_keys row into the ManagedKey view (no material) and reading its policy.
import { KeyPolicy, type ManagedKey, type RevocationReason } from '../../../../shared/domain';
import type { ManagedKeyRow } from '../../store';

export function toManagedKey(r: ManagedKeyRow): ManagedKey {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    type: r.type as ManagedKey['type'],
    purpose: r.purpose as ManagedKey['purpose'],
    status: r.status as ManagedKey['status'],
    version: r.version,
    previousId: r.previous_id,
    nextId: r.next_id,
    provider: r.provider,
    kekVersion: r.kek_version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    expiresAt: r.expires_at,
    rotationDays: r.rotation_days,
    nextRotationAt: r.next_rotation_at,
    revokedAt: r.revoked_at,
    revocationReason: r.revocation_reason as RevocationReason | null,
    deletionDueAt: r.deletion_due_at,
    deletedAt: r.deleted_at,
    lastBackupAt: r.last_backup_at,
    lastBackupId: r.last_backup_id,
    policy: KeyPolicy.parse(JSON.parse(r.policy)),
  };
}
