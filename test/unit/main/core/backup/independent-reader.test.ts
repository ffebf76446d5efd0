// docs/formats/backup.md is precise enough to read a backup without the app: this reader uses only
// node:crypto and the document (not src/main/core/backup), and must get the entries back.
import { createDecipheriv, createHash, generateKeyPairSync, hkdfSync, pbkdf2Sync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { keyObjectSigner, writeBackup } from '../../../../../src/main/core/backup';

const dir = mkdtempSync(join(os.tmpdir(), 'resched-backup-doc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function gcmOpen(key: Buffer, nonce: Buffer, aad: Buffer, sealed: Buffer): Buffer {
  const d = createDecipheriv('aes-256-gcm', key, nonce);
  d.setAAD(aad);
  d.setAuthTag(sealed.subarray(sealed.length - 16));
  return Buffer.concat([d.update(sealed.subarray(0, sealed.length - 16)), d.final()]);
}

/** §1–§4 of docs/formats/backup.md, for a passphrase slot. */
function readPerDocument(file: string, passphrase: string): Map<string, Buffer> {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x52, 0x53, 0x42, 0x4b, 0x0d, 0x0a, 0x1a]))).toBe(true);
  expect(b.readUInt16BE(8)).toBe(1);
  const H = b.readUInt32BE(10);
  const headerBytes = b.subarray(0, 14 + H);
  const header = JSON.parse(b.subarray(14, 14 + H).toString('utf8')) as {
    chunkBytes: number;
    noncePrefix: string;
    payloadBytes: number;
    slots: { kind: string; kdf: { iterations: number; salt: string }; wrapped: string }[];
  };
  const h = createHash('sha256').update(headerBytes).digest();
  expect(b.subarray(14 + H, 22 + H).equals(h.subarray(0, 8))).toBe(true);
  // Slot: PBKDF2 → W; the wrapped envelope is 01 ‖ u32 0 ‖ nonce ‖ ct ‖ tag, its 5-byte header in the AAD.
  const slot = header.slots.find((s) => s.kind === 'passphrase')!;
  const W = pbkdf2Sync(Buffer.from(passphrase.normalize('NFKC'), 'utf8'), Buffer.from(slot.kdf.salt, 'base64'), slot.kdf.iterations, 32, 'sha256');
  const env = Buffer.from(slot.wrapped, 'base64');
  const F = gcmOpen(W, env.subarray(5, 17), Buffer.concat([env.subarray(0, 5), Buffer.from('resched-backup|v1|slot|passphrase')]), env.subarray(17));
  const sub = (label: string) => Buffer.from(hkdfSync('sha256', F, Buffer.alloc(0), Buffer.from(`resched-backup/v1/${label}`), 32));
  const Kp = sub('payload');
  // Chunks: nonce = prefix ‖ u32 i ‖ last flag, AAD = h.
  const n = Math.max(1, Math.ceil(header.payloadBytes / header.chunkBytes));
  const prefix = Buffer.from(header.noncePrefix, 'base64');
  let at = 54 + H;
  const plain: Buffer[] = [];
  for (let i = 0; i < n; i++) {
    const len = (i === n - 1 ? header.payloadBytes - i * header.chunkBytes : header.chunkBytes) + 16;
    const nonce = Buffer.concat([prefix, Buffer.from([i >>> 24, (i >>> 16) & 255, (i >>> 8) & 255, i & 255]), Buffer.from([i === n - 1 ? 1 : 0])]);
    plain.push(gcmOpen(Kp, nonce, h, b.subarray(at, at + len)));
    at += len;
  }
  const M = b.readUInt32BE(at);
  expect(b.length).toBe(at + 4 + M + 8);
  expect(b.subarray(b.length - 8).toString('latin1')).toBe('RSBKEND\n');
  // Entries: u16 name length ‖ name ‖ u64 size ‖ bytes.
  const payload = Buffer.concat(plain);
  const entries = new Map<string, Buffer>();
  for (let p = 0; p < payload.length; ) {
    const nl = payload.readUInt16BE(p);
    const name = payload.subarray(p + 2, p + 2 + nl).toString('utf8');
    const size = Number(payload.readBigUInt64BE(p + 2 + nl));
    entries.set(name, payload.subarray(p + 10 + nl, p + 10 + nl + size));
    p += 10 + nl + size;
  }
  // Manifest: the JWS payload is nonce ‖ sealed manifest ‖ tag under K_manifest, AAD h ‖ "|manifest".
  const jws = b.subarray(at + 4, at + 4 + M).toString('latin1').split('.');
  const S = Buffer.from(jws[1]!, 'base64url');
  const manifest = JSON.parse(gcmOpen(sub('manifest'), S.subarray(0, 12), Buffer.concat([h, Buffer.from('|manifest')]), S.subarray(12)).toString('utf8')) as {
    entries: { name: string; bytes: number; sha256: string }[];
  };
  expect(manifest.entries).toEqual([...entries].map(([name, bytes]) => ({ name, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })));
  return entries;
}

it('an independent reader following docs/formats/backup.md gets every entry back', { timeout: 30_000 }, async () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const store = randomBytes(3000);
  const keys = Buffer.from('{"root":"x"}');
  const out = join(dir, 'doc.rsbk');
  await writeBackup({
    out,
    secrets: { passphrase: 'lantern meadow copper violin' },
    entries: [
      { name: 'keys.json', bytes: keys.length, read: () => [keys] },
      { name: 'store.db', bytes: store.length, read: () => [store] },
    ],
    signer: keyObjectSigner('k1', privateKey, publicKey),
    app: { name: 'Residency Scheduler', version: 'test' },
    schemaVersion: 1,
    createdBy: 'admin',
    summary: { programs: 0, people: 0, assignments: 0 },
    chunkBytes: 1024,
  });
  const entries = readPerDocument(out, 'lantern meadow copper violin');
  expect(entries.get('store.db')!.equals(store)).toBe(true);
  expect(entries.get('keys.json')!.equals(keys)).toBe(true);
});
