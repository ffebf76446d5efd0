// Owns signing backup manifests with the site's backup-signing key: the active managed key of
// purpose 'backup' (EC P-256), generated on first use. The JWS is assembled here and only its
// signing input goes to the keys service, so the private key never leaves it (a token-backed
// provider signs the same way).
import { calculateJwkThumbprint, type JWK } from 'jose';
import type { KeyCaller, KeysService } from '../keys';
import type { BackupSigner } from './manifest';

export const BACKUP_SIGNING_KEY_NAME = 'backup-signing';

/**
 * Who signs manifests: the app's backup component, whoever asked for the backup (an administrator,
 * the schedule, the CLI) — they are authorised and audited at their own entry point. The key's
 * policy is 'application', so no person can sign arbitrary data with the site's backup key, and
 * administrators can still export its public half and verify.
 */
export const BACKUP_COMPONENT: KeyCaller = { kind: 'application', component: 'backup' };

type SignerKeys = Pick<KeysService, 'list' | 'generate' | 'sign' | 'exportPublic'>;

/** The active backup-signing key's id, generating one when the site has none yet. */
export async function activeBackupSigningKeyId(keys: SignerKeys, actor: string): Promise<string> {
  const active = keys.list({ purpose: 'backup', status: 'active' }).filter((k) => k.type === 'ec-p256' && !k.nextId).at(-1);
  if (active) return active.id;
  const made = await keys.generate(
    { name: `${BACKUP_SIGNING_KEY_NAME}-${Date.now().toString(36)}`, description: 'Signs backup manifests', type: 'ec-p256', purpose: 'backup', rotationDays: 365, policy: { kind: 'application' } },
    actor,
  );
  return made.id;
}

export function managedKeySigner(keys: SignerKeys, keyId: string, caller: KeyCaller): BackupSigner {
  const publicJwk = async (): Promise<JWK> => {
    const exported = await keys.exportPublic(keyId, caller, 'jwk');
    if (exported.format !== 'jwk' || exported.jwk.kty !== 'EC') throw new Error('the backup-signing key has no EC public half');
    const { kty, crv, x, y } = exported.jwk;
    return { kty, crv, x, y };
  };
  return {
    kid: keyId,
    publicJwk,
    async sign(payload, protectedHeader) {
      const signingInput = `${Buffer.from(JSON.stringify(protectedHeader), 'utf8').toString('base64url')}.${Buffer.from(payload).toString('base64url')}`;
      const { alg, signature } = await keys.sign(keyId, caller, Buffer.from(signingInput, 'ascii'));
      if (alg !== 'ES256') throw new Error(`the backup-signing key signs ${alg}, not ES256`);
      return `${signingInput}.${signature.toString('base64url')}`;
    },
  };
}

/** RFC 7638 thumbprints of the site's backup-signing keys, to recognise this site's own backups. */
export async function siteSignerThumbprints(keys: Pick<KeysService, 'list' | 'exportPublic'>, caller: KeyCaller): Promise<Set<string>> {
  const out = new Set<string>();
  for (const k of keys.list({ purpose: 'backup' })) {
    if (k.type !== 'ec-p256') continue;
    try {
      const e = await keys.exportPublic(k.id, caller, 'jwk');
      if (e.format === 'jwk') out.add(await calculateJwkThumbprint({ kty: e.jwk.kty, crv: e.jwk.crv, x: e.jwk.x, y: e.jwk.y }, 'sha256'));
    } catch {
      // A revoked or deleted key cannot export; it is simply not recognised.
    }
  }
  return out;
}
