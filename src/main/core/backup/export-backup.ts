// Owns exporting the open store to a backup file: a VACUUM INTO snapshot (still encrypted under
// the database key, written beside the store and deleted afterwards), the key bundle from the
// unlocked vault, both streamed through writeBackup and signed with the site's backup-signing key.
// The managed keys included are marked as backed up.
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { KeysService } from '../keys';
import { databaseKeyContext } from '../rekey';
import { snapshotStore, STORE_FILE_NAME } from '../store';
import { checkPassphrase, WeakPassphraseError } from '../vault';
import type { Workstation } from '../workstation';
import { CodedError } from '../errors';
import type { EntrySource } from './entries';
import { BackupNoSecretError, BackupPathError } from './errors';
import type { BackupSecrets } from './file-key';
import { encodeKeyBundle, KEY_BUNDLE_ENTRY, STORE_ENTRY } from './key-bundle';
import { activeBackupSigningKeyId, BACKUP_COMPONENT, managedKeySigner } from './managed-key-signer';
import type { BackupManifest } from './manifest';
import { writeBackup } from './write-backup';

export interface ExportBackupDeps {
  workstation: Pick<Workstation, 'dataDir' | 'vault' | 'reader' | 'databaseKeyVersion' | 'schemaVersion'>;
  keys: Pick<KeysService, 'list' | 'generate' | 'sign' | 'exportPublic' | 'recordBackup'>;
  app: { name: string; version: string };
}

export interface ExportBackupRequest {
  out: string;
  secrets: BackupSecrets;
  /** Who asked (a user id, "cli" or "system"): recorded in the manifest and as the key's actor. */
  createdBy: string;
  pbkdf2Iterations?: number;
  signal?: AbortSignal | undefined;
  onProgress?: ((p: { done: number; total: number }) => void) | undefined;
}

export interface ExportedBackup {
  file: string;
  bytes: number;
  createdAt: string;
  summary: BackupManifest['summary'];
  /** The id recorded against the managed keys it holds (first 16 hex digits of the header hash). */
  backupId: string;
}

/** Refuses what would make an export unusable or harmful before any work is done. */
export async function checkExportRequest(deps: ExportBackupDeps, req: ExportBackupRequest): Promise<void> {
  const { passphrase, recoveryCode } = req.secrets;
  if (passphrase === undefined && recoveryCode === undefined) throw new BackupNoSecretError();
  if (passphrase !== undefined) {
    const verdict = checkPassphrase(passphrase);
    if (!verdict.ok) throw new WeakPassphraseError(verdict.reason, verdict.message);
  }
  if (recoveryCode !== undefined) {
    // Sealing a backup to a code that does not open this vault would make it unrestorable by code.
    const opens = (await deps.workstation.vault.checkSlots({ recoveryCode })).some((s) => s.kind === 'recovery' && s.opens);
    if (!opens) throw new CodedError('ERR_VAULT_UNLOCK_FAILED', 'that recovery code does not open this vault');
  }
  if (!path.isAbsolute(req.out)) throw new BackupPathError('the backup path must be absolute');
  const dir = path.dirname(req.out);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new BackupPathError('the backup folder does not exist');
  if (existsSync(req.out)) throw new BackupPathError('a file with that name already exists; backups never overwrite');
}

export async function exportBackup(deps: ExportBackupDeps, req: ExportBackupRequest): Promise<ExportedBackup> {
  await checkExportRequest(deps, req);
  const ws = deps.workstation;
  const keyVersion = ws.databaseKeyVersion();
  const schemaVersion = ws.schemaVersion();
  const snapshot = path.join(ws.dataDir, `.backup-snapshot-${randomBytes(6).toString('hex')}.db`);
  const dbKey = ws.vault.derive('databaseKey', databaseKeyContext(keyVersion));
  const bundle = ws.vault.exportKeyBundle();
  const bundleBytes = encodeKeyBundle(bundle.root, bundle.salt, keyVersion);
  bundle.root.fill(0);
  try {
    // The signing key exists before the snapshot, so the backup holds the key that signed it.
    const keyId = await activeBackupSigningKeyId(deps.keys, req.createdBy);
    // Counted in the copy: what the manifest states is exactly what a restore will find.
    const summary = await snapshotStore(path.join(ws.dataDir, STORE_FILE_NAME), dbKey, snapshot);
    if (req.signal?.aborted) throw new CodedError('ERR_CANCELLED', 'backup export cancelled');
    const entries: EntrySource[] = [
      { name: KEY_BUNDLE_ENTRY, bytes: bundleBytes.length, read: () => [bundleBytes] },
      { name: STORE_ENTRY, bytes: statSync(snapshot).size, read: () => createReadStream(snapshot, { highWaterMark: 1 << 20 }) },
    ];
    const written = await writeBackup({
      out: req.out,
      secrets: req.secrets,
      entries,
      signer: managedKeySigner(deps.keys, keyId, BACKUP_COMPONENT),
      app: deps.app,
      schemaVersion,
      createdBy: req.createdBy,
      summary,
      ...(req.pbkdf2Iterations !== undefined ? { pbkdf2Iterations: req.pbkdf2Iterations } : {}),
      ...(req.signal ? { signal: req.signal } : {}),
      ...(req.onProgress ? { onProgress: req.onProgress } : {}),
    });
    const backupId = `backup:${written.manifest.headerSha256.slice(0, 16)}`;
    deps.keys.recordBackup(backupId);
    return { file: written.file, bytes: written.bytes, createdAt: written.manifest.createdAt, summary, backupId };
  } finally {
    dbKey.fill(0);
    bundleBytes.fill(0);
    await rm(snapshot, { force: true });
  }
}
