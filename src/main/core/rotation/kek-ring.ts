// Owns the key-encryption keys (KEKs) and which version is current. KEK vN = derive('keyEncryptionKey',
// 'vN'); the current N is a fact recorded in store_meta ('kek.version') with an HMAC under a key
// derived for that record alone, so someone holding only the database key cannot move it. No record
// means version 1 (every store before the first KEK rotation). docs/security/key-rotation.md §3.
import { constantTimeEqual, hmacSha256 } from '../crypto';
import { type ReadableDb, readKekVersionRecord, type WritableDb, writeKekVersionRecord } from '../store';
import type { Vault } from '../vault';
import { KekVersionTamperedError } from './errors';

export interface KekRing {
  /** The version new material is wrapped under. */
  version(): number;
  /** A fresh copy of the current KEK; the caller zeroes it. */
  current(): Buffer;
  /** A fresh copy of KEK vN; the caller zeroes it. */
  forVersion(version: number): Buffer;
  /** Records `version` as current. Call inside the transaction that rewrapped everything to it. */
  setVersion(db: WritableDb, version: number): void;
}

// A context no KEK uses (theirs are "v<N>"): the record's MAC key is an instance of its own.
const RECORD_CONTEXT = 'version-record';

interface VersionRecord {
  version: number;
  mac: string;
}

export function createKekRing(deps: { vault: Pick<Vault, 'derive'>; reader: () => ReadableDb }): KekRing {
  const macOf = (version: number): Buffer => {
    const key = deps.vault.derive('keyEncryptionKey', RECORD_CONTEXT);
    try {
      return hmacSha256(key, Buffer.from(`kek.version|${version}`, 'utf8'));
    } finally {
      key.fill(0);
    }
  };
  const assertVersion = (v: number) => {
    if (!Number.isInteger(v) || v < 1) throw new RangeError('KEK version must be a positive integer');
  };
  return {
    version() {
      const raw = readKekVersionRecord(deps.reader());
      if (raw === undefined) return 1;
      let record: VersionRecord;
      try {
        record = JSON.parse(raw) as VersionRecord;
      } catch {
        throw new KekVersionTamperedError();
      }
      if (!Number.isInteger(record.version) || record.version < 1 || typeof record.mac !== 'string') throw new KekVersionTamperedError();
      if (!constantTimeEqual(macOf(record.version), Buffer.from(record.mac, 'base64'))) throw new KekVersionTamperedError();
      return record.version;
    },
    current() {
      return this.forVersion(this.version());
    },
    forVersion(version) {
      assertVersion(version);
      return deps.vault.derive('keyEncryptionKey', `v${version}`);
    },
    setVersion(db, version) {
      assertVersion(version);
      const record: VersionRecord = { version, mac: macOf(version).toString('base64') };
      writeKekVersionRecord(db, JSON.stringify(record));
    },
  };
}
