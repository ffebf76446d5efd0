// An independent reader of docs/formats/keyslots.md, written from the document with node:crypto
// only (no project code): if it can open a vault the app wrote, the format is specified well
// enough for someone else to implement, and the test can see the master key to look for leaks.
import { createDecipheriv, hkdfSync } from 'node:crypto';
import { readFileSync } from 'node:fs';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const keys = Object.keys(v).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
}

function base32(code: string): Buffer {
  const s = code.toUpperCase().replace(/[-\s]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  let bits = '';
  for (const c of s) bits += ALPHABET.indexOf(c).toString(2).padStart(5, '0');
  return Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
}

interface Slot {
  kind: string;
  kdf: { salt: string };
  wrapped: string;
}

export function masterKeyFromRecoveryCode(vaultJsonPath: string, recoveryCode: string): Buffer {
  const file = JSON.parse(readFileSync(vaultJsonPath, 'utf8')) as { format: string; version: number; vaultId: string; salt: string; slots: Slot[] };
  const slot = file.slots.find((s) => s.kind === 'recovery')!;
  const kek = Buffer.from(hkdfSync('sha256', base32(recoveryCode), Buffer.from(slot.kdf.salt, 'base64'), 'resched/v1/recovery-wrap', 32));
  const { wrapped, ...header } = slot;
  const aad = Buffer.from(canonical({ format: file.format, version: file.version, vaultId: file.vaultId, salt: file.salt, slot: header }));
  const env = Buffer.from(wrapped, 'base64');
  const d = createDecipheriv('aes-256-gcm', kek, env.subarray(5, 17));
  d.setAAD(Buffer.concat([env.subarray(0, 5), aad]));
  d.setAuthTag(env.subarray(env.length - 16));
  return Buffer.concat([d.update(env.subarray(17, env.length - 16)), d.final()]);
}

/** §10a: the derivation root — unwrapped under an HKDF of MK; MK itself only in vaults that have no `derivationRoot`. */
export function derivationRoot(vaultJsonPath: string, mk: Buffer): Buffer {
  const file = JSON.parse(readFileSync(vaultJsonPath, 'utf8')) as { format: string; version: number; vaultId: string; salt: string; derivationRoot?: string };
  if (file.derivationRoot === undefined) return mk;
  const key = Buffer.from(hkdfSync('sha256', mk, Buffer.from(file.salt, 'base64'), 'resched/v1/derivation-root-wrap', 32));
  const aad = Buffer.from(canonical({ format: file.format, version: file.version, vaultId: file.vaultId, salt: file.salt, purpose: 'derivation-root' }));
  const env = Buffer.from(file.derivationRoot, 'base64');
  const d = createDecipheriv('aes-256-gcm', key, env.subarray(5, 17));
  d.setAAD(Buffer.concat([env.subarray(0, 5), aad]));
  d.setAuthTag(env.subarray(env.length - 16));
  return Buffer.concat([d.update(env.subarray(17, env.length - 16)), d.final()]);
}

/** §10: the database key, derived from the root (pass `derivationRoot(...)`). */
export function databaseKey(vaultJsonPath: string, root: Buffer): Buffer {
  const { salt } = JSON.parse(readFileSync(vaultJsonPath, 'utf8')) as { salt: string };
  return Buffer.from(hkdfSync('sha256', root, Buffer.from(salt, 'base64'), 'resched/v1/database-key', 32));
}
