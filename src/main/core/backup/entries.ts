// Owns how named entries (the store snapshot, the key bundle) are laid end to end inside a
// backup's payload: u16 name length ‖ UTF-8 name ‖ u64 size ‖ bytes, repeated. The parser is
// incremental because entries cross STREAM chunk boundaries.
import { createHash, type Hash } from 'node:crypto';
import { BackupManifestError } from './errors';

export const MAX_ENTRY_NAME = 200;

export interface EntrySource {
  name: string;
  bytes: number;
  /** Yields exactly `bytes` bytes. */
  read(): AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

export const entryFrameBytes = (name: string) => 2 + Buffer.byteLength(name, 'utf8') + 8;

export function encodeEntryFrame(name: string, bytes: number): Buffer {
  const n = Buffer.from(name, 'utf8');
  if (n.length === 0 || n.length > MAX_ENTRY_NAME) throw new RangeError('backup entry name length');
  const frame = Buffer.alloc(2 + n.length + 8);
  frame.writeUInt16BE(n.length, 0);
  n.copy(frame, 2);
  frame.writeBigUInt64BE(BigInt(bytes), 2 + n.length);
  return frame;
}

export interface EntrySink {
  write(data: Buffer): void | Promise<void>;
  end(): void | Promise<void>;
}

export interface ParsedEntry {
  name: string;
  bytes: number;
  sha256: string;
}

/** Splits a payload fed piece by piece back into entries, hashing each; refuses a malformed frame. */
/**
 * `limits` bounds named entries held in memory by their readers (the key bundle), checked from the
 * frame before any byte is delivered; a name may appear once.
 */
export function createEntryParser(open: (name: string, bytes: number) => EntrySink, limits: Readonly<Record<string, number>> = {}) {
  const seen = new Set<string>();
  let pending = Buffer.alloc(0);
  let current: { name: string; left: number; sink: EntrySink; hash: Hash; bytes: number } | null = null;
  const done: ParsedEntry[] = [];

  async function feed(piece: Buffer): Promise<void> {
    let buf = pending.length ? Buffer.concat([pending, piece]) : piece;
    pending = Buffer.alloc(0);
    while (buf.length > 0) {
      if (current) {
        const take = Math.min(current.left, buf.length);
        const part = buf.subarray(0, take);
        current.hash.update(part);
        await current.sink.write(part);
        current.left -= take;
        buf = buf.subarray(take);
        if (current.left === 0) {
          await current.sink.end();
          done.push({ name: current.name, bytes: current.bytes, sha256: current.hash.digest('hex') });
          current = null;
        }
        continue;
      }
      if (buf.length < 2) break;
      const nameLength = buf.readUInt16BE(0);
      if (nameLength === 0 || nameLength > MAX_ENTRY_NAME) throw new BackupManifestError('payload entry frame is malformed');
      if (buf.length < 2 + nameLength + 8) break;
      const name = buf.subarray(2, 2 + nameLength).toString('utf8');
      const size = buf.readBigUInt64BE(2 + nameLength);
      if (size > BigInt(Number.MAX_SAFE_INTEGER)) throw new BackupManifestError('payload entry size is out of range');
      const bytes = Number(size);
      if (seen.has(name)) throw new BackupManifestError(`payload entry ${JSON.stringify(name.slice(0, 40))} appears twice`);
      seen.add(name);
      const limit = limits[name];
      if (limit !== undefined && bytes > limit) throw new BackupManifestError(`payload entry ${name} is larger than ${limit} bytes`);
      buf = buf.subarray(2 + nameLength + 8);
      current = { name, left: bytes, bytes, sink: open(name, bytes), hash: createHash('sha256') };
      if (bytes === 0) {
        await current.sink.end();
        done.push({ name, bytes: 0, sha256: current.hash.digest('hex') });
        current = null;
      }
    }
    pending = Buffer.from(buf);
  }

  return {
    feed,
    /** The entries read, once the payload has ended on an entry boundary. */
    finish(): ParsedEntry[] {
      if (current || pending.length > 0) throw new BackupManifestError('payload ends inside an entry');
      return done;
    },
  };
}
