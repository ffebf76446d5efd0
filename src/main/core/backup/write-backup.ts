// Owns writing a backup file: header, STREAM-sealed payload of named entries, signed manifest, end
// marker — streamed (one chunk in memory at a time), into a temporary name beside the target that
// is renamed only once complete and synced, so a cancelled or failed export leaves no file that
// looks like a backup.
import { createHash, randomBytes } from 'node:crypto';
import { link, open as openFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CodedError } from '../errors';
import { encodeEntryFrame, entryFrameBytes, type EntrySource } from './entries';
import { BackupNoSecretError } from './errors';
import { type BackupSecrets, fileSubkeys, forgetSubkeys, sealFileKey } from './file-key';
import { type BackupHeader, chunkCount, DEFAULT_CHUNK_BYTES, encodePreambleAndHeader, END_MAGIC, HEADER_CHECKSUM_BYTES } from './format';
import { type BackupManifest, type BackupSigner, signManifest } from './manifest';
import { sealChunk } from './stream-cipher';
import { hmacSha256 } from '../crypto';

const WRITE_BATCH_BYTES = 1024 * 1024;

export interface WriteBackupOptions {
  out: string;
  secrets: BackupSecrets;
  entries: readonly EntrySource[];
  signer: BackupSigner;
  app: BackupHeader['app'];
  schemaVersion: number;
  createdBy: string;
  summary: BackupManifest['summary'];
  now?: () => Date;
  chunkBytes?: number;
  pbkdf2Iterations?: number;
  signal?: AbortSignal;
  onProgress?: (p: { done: number; total: number }) => void;
}

export interface WrittenBackup {
  file: string;
  bytes: number;
  manifest: BackupManifest;
}

export async function writeBackup(opts: WriteBackupOptions): Promise<WrittenBackup> {
  if (opts.secrets.passphrase === undefined && opts.secrets.recoveryCode === undefined) throw new BackupNoSecretError();
  const chunkBytes = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const payloadBytes = opts.entries.reduce((n, e) => n + entryFrameBytes(e.name) + e.bytes, 0);
  const fileKey = randomBytes(32);
  const keys = fileSubkeys(fileKey);
  const createdAt = (opts.now ?? (() => new Date()))().toISOString();
  const header: BackupHeader = {
    format: 'resched-backup',
    createdAt,
    app: opts.app,
    schemaVersion: opts.schemaVersion,
    chunkBytes,
    noncePrefix: randomBytes(7).toString('base64'),
    payloadBytes,
    slots: await sealFileKey(fileKey, opts.secrets, opts.pbkdf2Iterations),
  };
  fileKey.fill(0);
  const headerBytes = encodePreambleAndHeader(header);
  const headerSha256 = createHash('sha256').update(headerBytes).digest();
  const prefix = Buffer.from(header.noncePrefix, 'base64');
  const total = chunkCount(payloadBytes, chunkBytes);

  const partial = join(dirname(opts.out), `.${basename(opts.out)}.${randomBytes(6).toString('hex')}.partial`);
  const fh = await openFile(partial, 'wx', 0o600);
  let written = 0;
  // Sealed chunks are gathered to ~1 MiB per write: one thread-pool round trip per 64 KiB chunk
  // was a large share of export time.
  let pendingOut: Buffer[] = [];
  let pendingBytes = 0;
  const drain = async () => {
    if (pendingBytes === 0) return;
    await fh.write(Buffer.concat(pendingOut, pendingBytes));
    pendingOut = [];
    pendingBytes = 0;
  };
  const put = async (b: Buffer) => {
    pendingOut.push(b);
    pendingBytes += b.length;
    written += b.length;
    if (pendingBytes >= WRITE_BATCH_BYTES) await drain();
  };
  try {
    await put(headerBytes);
    await put(headerSha256.subarray(0, HEADER_CHECKSUM_BYTES));
    await put(hmacSha256(keys.headerMac, headerBytes));

    const entryHashes: BackupManifest['entries'] = [];
    let index = 0;
    let buffered: Buffer[] = [];
    let bufferedBytes = 0;
    const flush = async (last: boolean) => {
      const plain = Buffer.concat(buffered, bufferedBytes);
      await put(sealChunk(keys.payload, prefix, index, last, headerSha256, plain));
      index += 1;
      buffered = [];
      bufferedBytes = 0;
      opts.onProgress?.({ done: index, total });
    };
    const push = async (data: Buffer) => {
      let rest = data;
      while (rest.length > 0) {
        if (opts.signal?.aborted) throw new CodedError('ERR_CANCELLED', 'backup export cancelled');
        const take = Math.min(chunkBytes - bufferedBytes, rest.length);
        buffered.push(rest.subarray(0, take));
        bufferedBytes += take;
        rest = rest.subarray(take);
        // A full chunk is sealed as non-final only when more payload follows; the last is final.
        if (bufferedBytes === chunkBytes && index < total - 1) await flush(false);
      }
    };
    for (const entry of opts.entries) {
      await push(encodeEntryFrame(entry.name, entry.bytes));
      const h = createHash('sha256');
      let seen = 0;
      for await (const piece of entry.read()) {
        const b = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
        seen += b.length;
        if (seen > entry.bytes) throw new Error(`backup entry ${entry.name} grew while being read`);
        h.update(b);
        await push(b);
      }
      if (seen !== entry.bytes) throw new Error(`backup entry ${entry.name} shrank while being read`);
      entryHashes.push({ name: entry.name, bytes: entry.bytes, sha256: h.digest('hex') });
    }
    await flush(true);

    const manifest: BackupManifest = {
      format: 'resched-backup-manifest',
      headerSha256: headerSha256.toString('hex'),
      payloadBytes,
      chunks: total,
      entries: entryHashes,
      createdAt,
      createdBy: opts.createdBy,
      summary: opts.summary,
    };
    const jws = Buffer.from(await signManifest(manifest, keys.manifest, headerSha256, opts.signer), 'ascii');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(jws.length);
    await put(len);
    await put(jws);
    await put(END_MAGIC);
    await drain();
    await fh.sync();
    await fh.close();
    // link + unlink, not rename: rename would replace a file created at `out` since the export was
    // asked for; link fails instead (EEXIST), and backups never overwrite.
    await link(partial, opts.out);
    await rm(partial, { force: true });
    return { file: opts.out, bytes: written, manifest };
  } catch (e) {
    await fh.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw e;
  } finally {
    forgetSubkeys(keys);
  }
}
