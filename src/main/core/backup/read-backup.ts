// Owns reading a backup file: it checks, in this order, the magic and version, the header's shape
// and checksum, the secret (file key), the header MAC, the file's length against the header (cut
// short / extra bytes), every chunk's tag in order (a chunk that authenticates elsewhere is
// reported as moved), the final-chunk flag, the manifest's seal and signature, and every hash the
// manifest lists. Entries go to the caller's sinks as they are authenticated; nothing is final
// until readBackup resolves, so a restore must only commit after it does.
import { createHash } from 'node:crypto';
import { open as openFile } from 'node:fs/promises';
import { constantTimeEqual, hmacSha256 } from '../crypto';
import { createEntryParser, type EntrySink, type ParsedEntry } from './entries';
import { KEY_BUNDLE_ENTRY } from './key-bundle';
import {
  BackupChunkError,
  BackupChunkMovedError,
  BackupHeaderError,
  BackupManifestError,
  BackupTrailingDataError,
  BackupTruncatedError,
  NotABackupError,
} from './errors';
import { type BackupSecrets, fileSubkeys, forgetSubkeys, openFileKey } from './file-key';
import {
  type BackupHeader,
  decodePreambleAndHeader,
  END_MAGIC,
  HEADER_CHECKSUM_BYTES,
  HEADER_MAC_BYTES,
  layoutOf,
  MAX_HEADER_BYTES,
  MAX_MANIFEST_BYTES,
  PREAMBLE_BYTES,
} from './format';
import { type BackupManifest, openManifest } from './manifest';
import { chunkAuthenticatesAt, openChunk } from './stream-cipher';
import { CodedError } from '../errors';

export interface ReadBackupOptions {
  secrets: BackupSecrets;
  /** Where each entry's bytes go; verify passes sinks that only count. */
  open?: (name: string, bytes: number) => EntrySink;
  signal?: AbortSignal;
  onProgress?: (p: { done: number; total: number }) => void;
}

export interface ReadBackupResult {
  header: BackupHeader;
  manifest: BackupManifest;
  signer: { kid: string; thumbprint: string };
  entries: ParsedEntry[];
  fileBytes: number;
}

/** Entries their readers keep in memory: the key bundle is ~200 bytes; a file claiming more is refused. */
const ENTRY_LIMITS = { [KEY_BUNDLE_ENTRY]: 4096 } as const;

/** How far from its position a failed chunk is tried, to tell a moved chunk from a damaged one. */
const MOVED_SEARCH = 64;

/** Bytes of sealed chunks fetched per read. */
const READ_AHEAD_BYTES = 1024 * 1024;

const discard: EntrySink = { write: () => undefined, end: () => undefined };

export async function readBackup(file: string, opts: ReadBackupOptions): Promise<ReadBackupResult> {
  const fh = await openFile(file, 'r');
  try {
    const size = (await fh.stat()).size;
    const readAt = async (position: number, length: number) => {
      const buf = Buffer.alloc(length);
      const { bytesRead } = await fh.read(buf, 0, length, position);
      return buf.subarray(0, bytesRead);
    };
    const first = await readAt(0, Math.min(size, PREAMBLE_BYTES + MAX_HEADER_BYTES + HEADER_CHECKSUM_BYTES + HEADER_MAC_BYTES));
    if (first.length < PREAMBLE_BYTES) throw new NotABackupError('the file is too short to be a backup');
    const { header, headerBytes, headerLength } = decodePreambleAndHeader(first);
    const headerSha256 = createHash('sha256').update(headerBytes).digest();
    const afterHeader = PREAMBLE_BYTES + headerLength;
    const checksum = first.subarray(afterHeader, afterHeader + HEADER_CHECKSUM_BYTES);
    const mac = first.subarray(afterHeader + HEADER_CHECKSUM_BYTES, afterHeader + HEADER_CHECKSUM_BYTES + HEADER_MAC_BYTES);
    if (mac.length < HEADER_MAC_BYTES) throw new BackupTruncatedError('the file ends inside its header');
    if (!checksum.equals(headerSha256.subarray(0, HEADER_CHECKSUM_BYTES))) throw new BackupHeaderError('checksum mismatch (damaged or altered)');

    const fileKey = await openFileKey(header.slots, opts.secrets);
    const keys = fileSubkeys(fileKey);
    fileKey.fill(0);
    try {
      if (!constantTimeEqual(hmacSha256(keys.headerMac, headerBytes), mac)) throw new BackupHeaderError('MAC mismatch (altered)');

      const layout = layoutOf(headerLength, header);
      if (size < layout.chunksEnd + 4) throw new BackupTruncatedError(`the file is cut short: ${size} bytes, the chunks alone need ${layout.chunksEnd}`);
      const manifestLength = (await readAt(layout.chunksEnd, 4)).readUInt32BE(0);
      if (manifestLength === 0 || manifestLength > MAX_MANIFEST_BYTES) throw new BackupManifestError(`length ${manifestLength} out of range`);
      const expected = layout.chunksEnd + 4 + manifestLength + END_MAGIC.length;
      if (size < expected) throw new BackupTruncatedError(`the file is cut short: ${size} of ${expected} bytes`);
      if (size > expected) throw new BackupTrailingDataError(size - expected);
      if (!(await readAt(expected - END_MAGIC.length, END_MAGIC.length)).equals(END_MAGIC)) throw new BackupTruncatedError('the end marker is missing or damaged');

      const prefix = Buffer.from(header.noncePrefix, 'base64');
      const parser = createEntryParser(opts.open ?? (() => discard), ENTRY_LIMITS);
      // Chunks are contiguous: read ~1 MiB of them per call instead of one 64 KiB read each (a
      // thread-pool round trip per read was a large share of verify time).
      const perRead = Math.max(1, Math.floor(READ_AHEAD_BYTES / (header.chunkBytes + 16)));
      let window = { first: 0, count: 0, bytes: Buffer.alloc(0) };
      const sealedChunk = async (i: number): Promise<Buffer> => {
        if (i >= window.first + window.count) {
          const count = Math.min(perRead, layout.chunks - i);
          const from = layout.chunk(i).start;
          const last = layout.chunk(i + count - 1);
          window = { first: i, count, bytes: await readAt(from, last.start + last.length - from) };
        }
        const { start, length } = layout.chunk(i);
        const at = start - layout.chunk(window.first).start;
        return window.bytes.subarray(at, at + length);
      };
      for (let i = 0; i < layout.chunks; i++) {
        if (opts.signal?.aborted) throw new CodedError('ERR_CANCELLED', 'backup read cancelled');
        const { length } = layout.chunk(i);
        const sealed = await sealedChunk(i);
        const last = i === layout.chunks - 1;
        let plain: Buffer;
        try {
          plain = openChunk(keys.payload, prefix, i, last, headerSha256, sealed);
        } catch (e) {
          if (e instanceof BackupChunkError) {
            // Same-length chunks only: a chunk that opens under another position's nonce was moved.
            // Bounded (a damaged chunk of a multi-GB file must not cost a second full decrypt on
            // the main loop): positions within MOVED_SEARCH of this one, where swaps happen.
            for (let j = Math.max(0, i - MOVED_SEARCH); j < Math.min(layout.chunks, i + MOVED_SEARCH + 1); j++) {
              if (j !== i && layout.chunk(j).length === length && chunkAuthenticatesAt(keys.payload, prefix, j, j === layout.chunks - 1, headerSha256, sealed)) {
                throw new BackupChunkMovedError(i, j);
              }
            }
          }
          throw e;
        }
        await parser.feed(plain);
        opts.onProgress?.({ done: i + 1, total: layout.chunks });
      }
      const entries = parser.finish();

      const jws = (await readAt(layout.chunksEnd + 4, manifestLength)).toString('latin1');
      const { manifest, signer } = await openManifest(jws, keys.manifest, headerSha256);
      if (manifest.headerSha256 !== headerSha256.toString('hex')) throw new BackupManifestError('belongs to another header');
      if (manifest.chunks !== layout.chunks || manifest.payloadBytes !== header.payloadBytes) throw new BackupManifestError('chunk count or size mismatch');
      if (
        manifest.entries.length !== entries.length ||
        manifest.entries.some((m, k) => m.name !== entries[k]!.name || m.bytes !== entries[k]!.bytes || m.sha256 !== entries[k]!.sha256)
      ) {
        throw new BackupManifestError('entry list does not match the payload');
      }
      return { header, manifest, signer, entries, fileBytes: size };
    } finally {
      forgetSubkeys(keys);
    }
  } finally {
    await fh.close();
  }
}
