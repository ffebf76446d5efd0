// Owns restoring a backup into a NEW data folder (another workstation, or a rebuilt one): the
// backup is read and fully authenticated into a staging folder beside the target, a new vault
// there adopts the backup's derivation root and salt (new MK, new slots, a new recovery code), the
// store's integrity is checked and older schemas migrated, and only then is the staging folder
// renamed to the target. Any failure removes the staging folder: never a partial restore.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { createAuditTrail } from '../audit';
import type { AuditActor } from '../../../shared/domain';
import type { Logger } from '../log';
import { databaseKeyContext, writeDatabaseKeyState } from '../rekey';
import { checkIntegrity, LATEST_SCHEMA_VERSION, STORE_FILE_NAME, StoreCorruptError, storeSummaryCounts } from '../store';
import { checkPassphrase, createVault, type KeychainBackend, WeakPassphraseError } from '../vault';
import { createWorkstation } from '../workstation';
import { BackupNewerSchemaError, BackupPathError, BackupTargetExistsError } from './errors';
import type { BackupSecrets } from './file-key';
import { decodePreambleAndHeader, HEADER_CHECKSUM_BYTES, MAX_HEADER_BYTES, PREAMBLE_BYTES } from './format';
import { decodeKeyBundle, KEY_BUNDLE_ENTRY, STORE_ENTRY } from './key-bundle';
import type { BackupManifest } from './manifest';
import { readBackup } from './read-backup';
import { requireBackupFile } from './verify-backup';

export interface RestoreNewDirRequest {
  file: string;
  secrets: BackupSecrets;
  dataDir: string;
  /** The new vault's passphrase (≥ 15 characters); it unlocks the restored store here. */
  passphrase: string;
  keychain: KeychainBackend | null;
  useKeychain: boolean;
  log: Logger;
  appVersion: string;
  /** Recorded as the restore's actor in the restored store's audit trail. */
  actor: AuditActor;
  pbkdf2Iterations?: number | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((p: { done: number; total: number }) => void) | undefined;
}

export interface RestoredDataDir {
  dataDir: string;
  recoveryCode: string;
  createdAt: string;
  createdBy: string;
  summary: BackupManifest['summary'];
  schemaVersion: { backup: number; now: number };
}

const isEmptyDir = (dir: string) => statSync(dir).isDirectory() && readdirSync(dir).length === 0;

/** The header's schema version, read before anything else so a newer backup is refused at once. */
async function peekSchemaVersion(file: string): Promise<number> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(PREAMBLE_BYTES + MAX_HEADER_BYTES + HEADER_CHECKSUM_BYTES);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return decodePreambleAndHeader(buf.subarray(0, bytesRead)).header.schemaVersion;
  } finally {
    await fh.close();
  }
}

export async function restoreIntoNewDataDir(req: RestoreNewDirRequest): Promise<RestoredDataDir> {
  requireBackupFile(req.file);
  const target = path.resolve(req.dataDir);
  if (existsSync(target) && !isEmptyDir(target)) throw new BackupTargetExistsError(target);
  if (!existsSync(path.dirname(target))) throw new BackupPathError('the folder that should hold the new data folder does not exist');
  const verdict = checkPassphrase(req.passphrase);
  if (!verdict.ok) throw new WeakPassphraseError(verdict.reason, verdict.message);
  const backupSchema = await peekSchemaVersion(req.file);
  if (backupSchema > LATEST_SCHEMA_VERSION) throw new BackupNewerSchemaError(backupSchema, LATEST_SCHEMA_VERSION);

  const staging = `${target}.restoring-${randomBytes(6).toString('hex')}`;
  mkdirSync(staging, { mode: 0o700 });
  const incoming = path.join(staging, `${STORE_FILE_NAME}.incoming`);
  const bundleParts: Buffer[] = [];
  try {
    const storeOut = await open(incoming, 'wx', 0o600);
    let result;
    try {
      result = await readBackup(req.file, {
        secrets: req.secrets,
        open: (name) =>
          name === STORE_ENTRY
            ? { write: async (b) => void (await storeOut.write(b)), end: () => storeOut.sync() }
            : { write: (b) => void (name === KEY_BUNDLE_ENTRY && bundleParts.push(Buffer.from(b))), end: () => undefined },
        ...(req.signal ? { signal: req.signal } : {}),
        ...(req.onProgress ? { onProgress: req.onProgress } : {}),
      });
    } finally {
      await storeOut.close();
    }
    // Only now, with every chunk and the manifest authenticated, is anything built from the payload.
    if (result.header.schemaVersion > LATEST_SCHEMA_VERSION) throw new BackupNewerSchemaError(result.header.schemaVersion, LATEST_SCHEMA_VERSION);
    const bundle = decodeKeyBundle(Buffer.concat(bundleParts));
    bundleParts.forEach((b) => b.fill(0));

    const vault = createVault({ dataDir: staging, keychain: req.keychain, log: req.log, pbkdf2Iterations: req.pbkdf2Iterations });
    let recoveryCode: string;
    try {
      ({ recoveryCode } = await vault.setup({ useKeychain: req.useKeychain, passphrase: req.passphrase, adopt: { root: bundle.rootBytes, salt: bundle.salt } }));
      const key = vault.derive('databaseKey', databaseKeyContext(bundle.databaseKeyVersion));
      try {
        const problems = await checkIntegrity(incoming, key);
        if (problems.length) throw new StoreCorruptError(problems);
      } finally {
        key.fill(0);
      }
    } finally {
      bundle.rootBytes.fill(0);
      vault.lock();
    }
    if (bundle.databaseKeyVersion !== 1) await writeDatabaseKeyState(staging, { current: bundle.databaseKeyVersion, pending: null });
    await rename(incoming, path.join(staging, STORE_FILE_NAME));

    // Opening it as the app does migrates an older schema forward and proves the new slots work.
    const ws = createWorkstation({ dataDir: staging, keychain: req.keychain, log: req.log, appVersion: req.appVersion, exclusive: false, pbkdf2Iterations: req.pbkdf2Iterations });
    let now: number;
    try {
      await ws.unlock({ method: 'passphrase', passphrase: req.passphrase });
      now = ws.schemaVersion();
      const counts = storeSummaryCounts(ws.reader());
      const expected = result.manifest.summary;
      if (counts.people !== expected.people || counts.programs !== expected.programs || counts.assignments !== expected.assignments) {
        throw new StoreCorruptError(['the restored store does not hold what the manifest lists']);
      }
      // The restored trail continues the source's chain (same audit key): the restore is its next entry.
      createAuditTrail({ reader: () => ws.reader(), writer: () => ws.writer(), key: () => ws.vault.derive('auditChainKey') }).record({
        actor: req.actor,
        action: 'backup.restore',
        outcome: 'success',
        details: { into: 'new-data-dir', schemaFrom: result.header.schemaVersion, schemaTo: now, people: counts.people, assignments: counts.assignments },
      });
    } finally {
      ws.close();
    }

    if (existsSync(target)) rmdirSync(target);
    await rename(staging, target);
    await syncDir(path.dirname(target));
    return {
      dataDir: target,
      recoveryCode,
      createdAt: result.manifest.createdAt,
      createdBy: result.manifest.createdBy,
      summary: result.manifest.summary,
      schemaVersion: { backup: result.header.schemaVersion, now },
    };
  } catch (e) {
    bundleParts.forEach((b) => b.fill(0));
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
}

async function syncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } catch {
    // Some filesystems refuse fsync on a directory; the rename itself is still atomic.
  } finally {
    await fh.close();
  }
}

