// Specification of the backup file (docs/formats/backup.md): what a reader gets back, and the
// specific refusal for damage in each region. PBKDF2 runs at the floor (600k) on purpose: the
// format refuses fewer iterations.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { appendFile, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BackupSigner, keyObjectSigner, readBackup, writeBackup } from '../../../../../src/main/core/backup';
import { encodeRecoveryCode } from '../../../../../src/main/core/vault';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const PASS = 'granite otters fold maps quietly';
const RECOVERY = encodeRecoveryCode(randomBytes(20));
const CHUNK = 1024;

function signer(): BackupSigner {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return keyObjectSigner('backup-signing-test', privateKey, publicKey);
}
const source = (name: string, data: Buffer) => ({
  name,
  bytes: data.length,
  *read() {
    for (let i = 0; i < data.length; i += 700) yield data.subarray(i, i + 700);
  },
});

let dir: { path: string };
let file: string;
let pristine: Buffer;
const store = randomBytes(5 * CHUNK + 321);
const bundle = Buffer.from(JSON.stringify({ root: randomBytes(32).toString('base64') }));

async function collect(path: string, secrets = { passphrase: PASS }) {
  const got = new Map<string, Buffer[]>();
  const result = await readBackup(path, {
    secrets,
    open: (name) => {
      const parts: Buffer[] = [];
      got.set(name, parts);
      return { write: (b) => void parts.push(Buffer.from(b)), end: () => undefined };
    },
  });
  return { result, entries: new Map([...got].map(([k, v]) => [k, Buffer.concat(v)])) };
}

/** Writes `bytes` as a copy of the pristine file and returns the error code reading it gives. */
async function codeOf(bytes: Buffer): Promise<string> {
  const copy = join(dir.path, `t-${randomBytes(4).toString('hex')}.rsbk`);
  await writeFile(copy, bytes);
  try {
    await readBackup(copy, { secrets: { passphrase: PASS } });
    return 'accepted';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}
const flip = (at: number) => {
  const b = Buffer.from(pristine);
  b[at]! ^= 0x01;
  return b;
};

// Region offsets of the pristine file, from its own header.
let regions: { headerStart: number; headerEnd: number; checksum: number; mac: number; chunks: { start: number; length: number }[]; manifestLen: number; jws: [number, number, number, number]; end: number };

beforeAll(async () => {
  dir = { path: mkdtempSync(join(os.tmpdir(), 'resched-backup-')) };
  file = join(dir.path, 'site.rsbk');
  await writeBackup({
    out: file,
    secrets: { passphrase: PASS, recoveryCode: RECOVERY },
    entries: [source('keys.json', bundle), source('store.db', store)],
    signer: signer(),
    app: { name: 'Residency Scheduler', version: '0.0.0-test' },
    schemaVersion: 7,
    createdBy: 'admin',
    summary: { programs: 1, people: 12, assignments: 150 },
    chunkBytes: CHUNK,
  });
  pristine = await readFile(file);
  const headerLength = pristine.readUInt32BE(10);
  const headerEnd = 14 + headerLength;
  const header = JSON.parse(pristine.subarray(14, headerEnd).toString('utf8')) as { payloadBytes: number };
  const count = Math.ceil(header.payloadBytes / CHUNK);
  const first = headerEnd + 8 + 32;
  const chunks = Array.from({ length: count }, (_, i) => ({
    start: first + i * (CHUNK + 16),
    length: (i === count - 1 ? header.payloadBytes - i * CHUNK : CHUNK) + 16,
  }));
  const chunksEnd = chunks.at(-1)!.start + chunks.at(-1)!.length;
  const jwsStart = chunksEnd + 4;
  const jws = pristine.subarray(jwsStart, pristine.length - 8).toString('latin1');
  const [p0, p1] = jws.split('.');
  regions = {
    headerStart: 14,
    headerEnd,
    checksum: headerEnd,
    mac: headerEnd + 8,
    chunks,
    manifestLen: chunksEnd,
    jws: [jwsStart, jwsStart + p0!.length + 1, jwsStart + p0!.length + 1 + p1!.length + 1, pristine.length - 8],
    end: pristine.length - 8,
  };
});
afterAll(() => rmSync(dir.path, { recursive: true, force: true }));

describe('a backup file', { timeout: 30_000 }, () => {
  it('gives back every entry byte for byte with the backup passphrase', async () => {
    const { entries, result } = await collect(file);
    expect(entries.get('store.db')!.equals(store)).toBe(true);
    expect(entries.get('keys.json')!.equals(bundle)).toBe(true);
    expect(result.manifest.summary).toEqual({ programs: 1, people: 12, assignments: 150 });
    expect(result.manifest.createdBy).toBe('admin');
    expect(result.signer.kid).toBe('backup-signing-test');
    expect(result.signer.thumbprint).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('opens with the recovery code alone', async () => {
    const { entries } = await collect(file, { recoveryCode: RECOVERY } as never);
    expect(entries.get('store.db')!.equals(store)).toBe(true);
  });

  it('refuses a wrong passphrase with ERR_BACKUP_WRONG_SECRET', async () => {
    await expect(readBackup(file, { secrets: { passphrase: 'not the right words at all' } })).rejects.toMatchObject({ code: 'ERR_BACKUP_WRONG_SECRET' });
  });

  it('holds neither the passphrase nor any entry bytes in clear', () => {
    expect(pristine.includes(Buffer.from(PASS))).toBe(false);
    expect(pristine.includes(bundle.subarray(0, 24))).toBe(false);
    expect(pristine.includes(store.subarray(100, 132))).toBe(false);
  });

  it('leaves no partial file behind when cancelled', async () => {
    const out = join(dir.path, 'cancelled.rsbk');
    const ctrl = new AbortController();
    const promise = writeBackup({
      out,
      secrets: { passphrase: PASS },
      entries: [source('store.db', randomBytes(20 * CHUNK))],
      signer: signer(),
      app: { name: 'x', version: '1' },
      schemaVersion: 1,
      createdBy: 'admin',
      summary: { programs: 0, people: 0, assignments: 0 },
      chunkBytes: CHUNK,
      signal: ctrl.signal,
      onProgress: ({ done }) => {
        if (done === 3) ctrl.abort();
      },
    });
    await expect(promise).rejects.toMatchObject({ code: 'ERR_CANCELLED' });
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(dir.path)).filter((n) => n.includes('cancelled'))).toEqual([]);
  });
});

describe('damage in each region is refused with its own error', { timeout: 60_000 }, () => {
  it('magic → ERR_BACKUP_NOT_A_BACKUP', async () => expect(await codeOf(flip(0))).toBe('ERR_BACKUP_NOT_A_BACKUP'));
  it('format version → ERR_BACKUP_UNSUPPORTED_VERSION', async () => expect(await codeOf(flip(9))).toBe('ERR_BACKUP_UNSUPPORTED_VERSION'));
  it('any header byte → ERR_BACKUP_HEADER_INVALID', async () => {
    for (let at = regions.headerStart; at < regions.headerEnd; at += 7) expect(await codeOf(flip(at)), `byte ${at}`).toBe('ERR_BACKUP_HEADER_INVALID');
  });
  it('header checksum → ERR_BACKUP_HEADER_INVALID', async () => expect(await codeOf(flip(regions.checksum + 3))).toBe('ERR_BACKUP_HEADER_INVALID'));
  it('header MAC → ERR_BACKUP_HEADER_INVALID', async () => expect(await codeOf(flip(regions.mac + 5))).toBe('ERR_BACKUP_HEADER_INVALID'));
  it('every chunk body → ERR_BACKUP_CHUNK_TAMPERED', async () => {
    for (const c of regions.chunks) expect(await codeOf(flip(c.start + 1))).toBe('ERR_BACKUP_CHUNK_TAMPERED');
  });
  it('every chunk tag → ERR_BACKUP_CHUNK_TAMPERED', async () => {
    for (const c of regions.chunks) expect(await codeOf(flip(c.start + c.length - 3))).toBe('ERR_BACKUP_CHUNK_TAMPERED');
  });
  it('the sealed manifest → ERR_BACKUP_MANIFEST_INVALID', async () => expect(await codeOf(flip(regions.jws[1] + 20))).toBe('ERR_BACKUP_MANIFEST_INVALID'));
  it('the signature → ERR_BACKUP_SIGNATURE_INVALID', async () => expect(await codeOf(flip(regions.jws[2] + 10))).toBe('ERR_BACKUP_SIGNATURE_INVALID'));
  it('the signature header → ERR_BACKUP_SIGNATURE_INVALID', async () => expect(await codeOf(flip(regions.jws[0] + 10))).toBe('ERR_BACKUP_SIGNATURE_INVALID'));
  it('the end marker → ERR_BACKUP_TRUNCATED', async () => expect(await codeOf(flip(regions.end + 2))).toBe('ERR_BACKUP_TRUNCATED'));
});

describe('cut, reordered or extended files are refused', { timeout: 60_000 }, () => {
  it('cut at every chunk boundary → ERR_BACKUP_TRUNCATED', async () => {
    for (const c of regions.chunks) expect(await codeOf(pristine.subarray(0, c.start))).toBe('ERR_BACKUP_TRUNCATED');
    expect(await codeOf(pristine.subarray(0, regions.manifestLen))).toBe('ERR_BACKUP_TRUNCATED');
  });
  it('cut between boundaries → ERR_BACKUP_TRUNCATED', async () => {
    for (const c of regions.chunks) expect(await codeOf(pristine.subarray(0, c.start + 100))).toBe('ERR_BACKUP_TRUNCATED');
    expect(await codeOf(pristine.subarray(0, pristine.length - 1))).toBe('ERR_BACKUP_TRUNCATED');
  });
  it('two chunks swapped → ERR_BACKUP_CHUNK_REORDERED', async () => {
    const [a, b] = [regions.chunks[1]!, regions.chunks[3]!];
    const swapped = Buffer.from(pristine);
    pristine.copy(swapped, a.start, b.start, b.start + b.length);
    pristine.copy(swapped, b.start, a.start, a.start + a.length);
    expect(await codeOf(swapped)).toBe('ERR_BACKUP_CHUNK_REORDERED');
  });
  it('bytes appended → ERR_BACKUP_TRAILING_DATA', async () => {
    const copy = join(dir.path, 'appended.rsbk');
    await writeFile(copy, pristine);
    await appendFile(copy, Buffer.from('x'));
    await expect(readBackup(copy, { secrets: { passphrase: PASS } })).rejects.toMatchObject({ code: 'ERR_BACKUP_TRAILING_DATA' });
  });
  it('an empty or foreign file → ERR_BACKUP_NOT_A_BACKUP', async () => {
    expect(await codeOf(Buffer.alloc(0))).toBe('ERR_BACKUP_NOT_A_BACKUP');
    expect(await codeOf(Buffer.from('SQLite format 3\0 and more bytes'))).toBe('ERR_BACKUP_NOT_A_BACKUP');
  });
  it('a truncated copy made with truncate(2) is refused, not partially read', async () => {
    const copy = join(dir.path, 'trunc.rsbk');
    await writeFile(copy, pristine);
    await truncate(copy, regions.chunks[2]!.start + 5);
    let delivered = 0;
    await expect(
      readBackup(copy, { secrets: { passphrase: PASS }, open: () => ({ write: (b) => void (delivered += b.length), end: () => undefined }) }),
    ).rejects.toMatchObject({ code: 'ERR_BACKUP_TRUNCATED' });
    // Length is checked before any chunk is opened: nothing reached a sink.
    expect(delivered).toBe(0);
  });
});

describe('entries a reader keeps in memory are bounded', { timeout: 30_000 }, () => {
  it('refuses a key bundle larger than 4 KiB, and a second one, before delivering it', async () => {
    const big = Buffer.alloc(5000, 0x41);
    const write = (name: string, entries: { name: string; bytes: number; read: () => Buffer[] }[]) =>
      writeBackup({
        out: join(dir.path, name),
        secrets: { passphrase: PASS },
        entries,
        signer: signer(),
        app: { name: 'x', version: '1' },
        schemaVersion: 1,
        createdBy: 'admin',
        summary: { programs: 0, people: 0, assignments: 0 },
        chunkBytes: CHUNK,
      });
    await write('big.rsbk', [{ name: 'keys.json', bytes: big.length, read: () => [big] }]);
    let delivered = 0;
    await expect(
      readBackup(join(dir.path, 'big.rsbk'), { secrets: { passphrase: PASS }, open: () => ({ write: (b) => void (delivered += b.length), end: () => undefined }) }),
    ).rejects.toMatchObject({ code: 'ERR_BACKUP_MANIFEST_INVALID' });
    expect(delivered).toBe(0);
    const small = Buffer.from('{}');
    await write('twice.rsbk', [
      { name: 'keys.json', bytes: small.length, read: () => [small] },
      { name: 'keys.json', bytes: small.length, read: () => [small] },
    ]);
    await expect(readBackup(join(dir.path, 'twice.rsbk'), { secrets: { passphrase: PASS } })).rejects.toMatchObject({ code: 'ERR_BACKUP_MANIFEST_INVALID' });
  });

  it('never overwrites: a file that appears at the target during the export stays', async () => {
    const out = join(dir.path, 'raced.rsbk');
    const promise = writeBackup({
      out,
      secrets: { passphrase: PASS },
      entries: [source('store.db', randomBytes(4 * CHUNK))],
      signer: signer(),
      app: { name: 'x', version: '1' },
      schemaVersion: 1,
      createdBy: 'admin',
      summary: { programs: 0, people: 0, assignments: 0 },
      chunkBytes: CHUNK,
      onProgress: ({ done }) => {
        if (done === 1) writeFileSync(out, 'someone else');
      },
    });
    await expect(promise).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(out, 'utf8')).toBe('someone else');
  });
});
