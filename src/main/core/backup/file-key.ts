// Owns the backup's file key: 32 random bytes that seal the payload and the manifest, wrapped once
// per secret that may open the file (a backup passphrase through PBKDF2, the vault's recovery code
// through HKDF — it is already 160 random bits), and the subkeys derived from it.
import { randomBytes } from 'node:crypto';
import { deriveFromPassphrase, hkdfSha256, PBKDF2_MIN_ITERATIONS, PBKDF2_SALT_BYTES, unwrapKey, wrapKey } from '../crypto';
import { decodeRecoveryCode } from '../vault';
import { BackupSecretError } from './errors';
import type { BackupSlot } from './format';

export interface BackupSecrets {
  passphrase?: string | undefined;
  recoveryCode?: string | undefined;
}

const slotAad = (kind: string) => Buffer.from(`resched-backup|v1|slot|${kind}`, 'utf8');
const RECOVERY_INFO = Buffer.from('resched-backup/v1/recovery-wrap', 'utf8');

async function slotKey(slot: Pick<BackupSlot, 'kind' | 'kdf'>, secrets: BackupSecrets): Promise<Buffer | null> {
  if (slot.kind === 'passphrase') {
    if (secrets.passphrase === undefined) return null;
    return await deriveFromPassphrase(secrets.passphrase, slot.kdf as { alg: 'pbkdf2-sha256'; iterations: number; salt: string });
  }
  if (secrets.recoveryCode === undefined) return null;
  const code = decodeRecoveryCode(secrets.recoveryCode);
  if (!code) throw new BackupSecretError('that is not a well-formed recovery code');
  try {
    return hkdfSha256(code, Buffer.from(slot.kdf.salt, 'base64'), RECOVERY_INFO, 32);
  } finally {
    code.fill(0);
  }
}

/** Wraps `fileKey` under every secret given. PBKDF2 runs on the thread pool, never on the loop. */
export async function sealFileKey(fileKey: Buffer, secrets: BackupSecrets, iterations = PBKDF2_MIN_ITERATIONS): Promise<BackupSlot[]> {
  const slots: BackupSlot[] = [];
  if (secrets.passphrase !== undefined) {
    const kdf = { alg: 'pbkdf2-sha256' as const, iterations, salt: randomBytes(PBKDF2_SALT_BYTES).toString('base64') };
    const kek = (await slotKey({ kind: 'passphrase', kdf }, secrets))!;
    slots.push({ kind: 'passphrase', kdf, wrapped: wrapKey(kek, fileKey, slotAad('passphrase')).toString('base64') });
    kek.fill(0);
  }
  if (secrets.recoveryCode !== undefined) {
    const kdf = { alg: 'hkdf-sha256' as const, salt: randomBytes(16).toString('base64') };
    const kek = (await slotKey({ kind: 'recovery', kdf }, secrets))!;
    slots.push({ kind: 'recovery', kdf, wrapped: wrapKey(kek, fileKey, slotAad('recovery')).toString('base64') });
    kek.fill(0);
  }
  return slots;
}

/** The file key from whichever slot the given secrets open; BackupSecretError when none does. */
export async function openFileKey(slots: readonly BackupSlot[], secrets: BackupSecrets): Promise<Buffer> {
  for (const slot of slots) {
    const kek = await slotKey(slot, secrets);
    if (!kek) continue;
    try {
      return unwrapKey(kek, Buffer.from(slot.wrapped, 'base64'), slotAad(slot.kind));
    } catch {
      // Wrong secret for this slot: try the next one the caller gave a secret for.
    } finally {
      kek.fill(0);
    }
  }
  const kinds = slots.map((s) => s.kind).join(' or ');
  throw new BackupSecretError(`the given secret does not open this backup (it opens with: ${kinds})`);
}

export interface FileSubkeys {
  payload: Buffer;
  headerMac: Buffer;
  manifest: Buffer;
}

/** Independent subkeys per use (RFC 5869 §3.2: distinct info strings). */
export function fileSubkeys(fileKey: Buffer): FileSubkeys {
  const k = (label: string) => hkdfSha256(fileKey, Buffer.alloc(0), Buffer.from(`resched-backup/v1/${label}`, 'utf8'), 32);
  return { payload: k('payload'), headerMac: k('header-mac'), manifest: k('manifest') };
}

export function forgetSubkeys(keys: FileSubkeys): void {
  keys.payload.fill(0);
  keys.headerMac.fill(0);
  keys.manifest.fill(0);
}
