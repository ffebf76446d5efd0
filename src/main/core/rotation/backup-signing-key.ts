// Owns how a backup-signing-key rotation reaches the managed-key service: the site's backup-signing
// key is the active EC P-256 managed key of purpose 'backup' (the one core/backup signs with);
// rotating it is the key service's rotateKey. The policy has no grace, so the old version is
// retired at once (inactive: it still verifies the backups it signed, and never signs again).
import type { KeysService } from '../keys';
import { RotationFailedError } from './errors';
import type { RotationPorts } from './rotation.service';
import { policyOf } from './secret-types';

export function backupSigningKeyPort(keys: Pick<KeysService, 'list' | 'rotateKey'>): NonNullable<RotationPorts['backupSigningKey']> {
  const active = () => keys.list({ purpose: 'backup', status: 'active' }).filter((k) => k.type === 'ec-p256' && !k.nextId).at(-1) ?? null;
  return {
    activeSince: () => active()?.createdAt ?? null,
    async rotate(initiator) {
      const key = active();
      if (!key) throw new RotationFailedError('there is no active backup-signing key to rotate');
      const retire = policyOf('backup-signing-key').graceHours === 0;
      const { previous, current } = await keys.rotateKey(key.id, { actor: initiator, retire });
      return { oldKeyId: `${previous.id}:v${previous.version}`, newKeyId: `${current.id}:v${current.version}` };
    },
  };
}
