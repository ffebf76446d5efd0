// Owns HKDF-SHA256 (RFC 5869) and the labels of every key derived from the master key. A label
// names one purpose; two purposes never share a label (DESIGN.md §4).
import { hkdfSync } from 'node:crypto';
import { CryptoInputError } from './errors';
import { assertBytes } from './internal/bytes';

export const hkdfPurposes = {
  databaseKey: 'resched/v1/database-key',
  keyslotFileMac: 'resched/v1/keyslot-file-mac',
  keyEncryptionKey: 'resched/v1/kek',
  programDataKey: 'resched/v1/program-data-key',
  programBlindIndexKey: 'resched/v1/program-blind-index-key',
  auditChainKey: 'resched/v1/audit-chain-key',
  recoveryWrap: 'resched/v1/recovery-wrap',
  keychainWrap: 'resched/v1/keychain-wrap',
  scheduledBackupPassphrase: 'resched/v1/scheduled-backup-passphrase',
} as const;
export type HkdfPurpose = keyof typeof hkdfPurposes;

/** Raw RFC 5869 HKDF-SHA256; `info` is bytes so published vectors can be checked exactly. */
export function hkdfSha256(ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): Buffer {
  assertBytes(ikm, 'hkdf ikm');
  assertBytes(salt, 'hkdf salt');
  assertBytes(info, 'hkdf info');
  if (!Number.isInteger(length) || length < 1 || length > 255 * 32) throw new CryptoInputError('hkdf length');
  return Buffer.from(hkdfSync('sha256', ikm, salt, info, length));
}

/**
 * Derives a 32-byte key for one purpose; `context` separates instances (a program id and key version).
 * @example const dbKey = deriveKey(mk, vaultSalt, 'databaseKey');
 */
export function deriveKey(ikm: Uint8Array, salt: Uint8Array, purpose: HkdfPurpose, context = ''): Buffer {
  const info = Buffer.from(context ? `${hkdfPurposes[purpose]}|${context}` : hkdfPurposes[purpose], 'utf8');
  return hkdfSha256(ikm, salt, info, 32);
}
