// Owns how each slot kind obtains its wrapping key (KEK). The master key is never stored; only
// these KEKs' products (wrapped MK) are, and each KEK lives somewhere else: the OS keychain, a
// person's memory (passphrase), or paper (recovery code).
import { randomBytes, randomUUID } from 'node:crypto';
import {
  deriveFromPassphrase,
  deriveKey,
  hkdfSha256,
  hkdfPurposes,
  PBKDF2_MIN_ITERATIONS,
  PBKDF2_SALT_BYTES,
  wrapKey,
} from '../../crypto';
import type { SlotKind } from '../../../../shared/contract';
import { slotAad, type SlotFileBody, type SlotRecord } from './slot-file';

export const newSlotId = (kind: SlotKind): string => `${kind}-${randomUUID()}`;

export function recoveryKek(codeBytes: Uint8Array, saltB64: string): Buffer {
  return hkdfSha256(codeBytes, Buffer.from(saltB64, 'base64'), Buffer.from(hkdfPurposes.recoveryWrap, 'utf8'), 32);
}

export async function passphraseKek(passphrase: string, kdf: { iterations: number; salt: string }): Promise<Buffer> {
  return deriveFromPassphrase(passphrase, { alg: 'pbkdf2-sha256', iterations: kdf.iterations, salt: kdf.salt });
}

export function newPassphraseKdf(iterations = PBKDF2_MIN_ITERATIONS) {
  return { alg: 'pbkdf2-sha256' as const, iterations, salt: randomBytes(PBKDF2_SALT_BYTES).toString('base64') };
}

export function newHkdfKdf() {
  return { alg: 'hkdf-sha256' as const, salt: randomBytes(16).toString('base64') };
}

/** Builds a slot whose `wrapped` field is MK sealed under `kek`, bound to the slot header. */
export function buildSlot(body: SlotFileBody, header: Omit<SlotRecord, 'wrapped'>, kek: Uint8Array, mk: Uint8Array): SlotRecord {
  const draft: SlotRecord = { ...header, wrapped: '' };
  return { ...header, wrapped: wrapKey(kek, mk, slotAad(body, draft)).toString('base64') };
}

/** HKDF-derived per-purpose key from the unlocked MK and the vault's salt. */
export function deriveFromMaster(mk: Uint8Array, body: SlotFileBody, purpose: Parameters<typeof deriveKey>[2], context = ''): Buffer {
  return deriveKey(mk, Buffer.from(body.salt, 'base64'), purpose, context);
}
