// Owns restoring one of this site's own backups inside the running app: the backup is read and
// authenticated into a staging file beside the store, refused unless its key bundle is this
// vault's (same root and salt), integrity-checked, and only then swapped in by the workstation
// (the current store kept as a safety copy, the vault untouched).
import { randomBytes } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import path from 'node:path';
import { constantTimeEqual } from '../crypto';
import { databaseKeyContext } from '../rekey';
import { checkIntegrity, LATEST_SCHEMA_VERSION, StoreCorruptError } from '../store';
import type { Workstation } from '../workstation';
import { BackupNewerSchemaError, BackupOtherSiteError } from './errors';
import type { BackupSecrets } from './file-key';
import { decodeKeyBundle, KEY_BUNDLE_ENTRY, STORE_ENTRY } from './key-bundle';
import type { BackupManifest } from './manifest';
import { readBackup } from './read-backup';
import { requireBackupFile } from './verify-backup';

export interface RestoredInPlace {
  createdAt: string;
  summary: BackupManifest['summary'];
  safetyCopy: string;
  schemaFrom: number;
  schemaTo: number;
}

export async function restoreInPlace(
  ws: Pick<Workstation, 'dataDir' | 'vault' | 'replaceStore' | 'schemaVersion'>,
  file: string,
  secrets: BackupSecrets,
  opts: { signal?: AbortSignal | undefined; onProgress?: ((p: { done: number; total: number }) => void) | undefined; now: () => Date },
): Promise<RestoredInPlace> {
  requireBackupFile(file);
  const staged = path.join(ws.dataDir, `.restore-${randomBytes(6).toString('hex')}.db`);
  const bundleParts: Buffer[] = [];
  try {
    const out = await open(staged, 'wx', 0o600);
    let result;
    try {
      result = await readBackup(file, {
        secrets,
        open: (name) =>
          name === STORE_ENTRY
            ? { write: async (b) => void (await out.write(b)), end: () => out.sync() }
            : { write: (b) => void (name === KEY_BUNDLE_ENTRY && bundleParts.push(Buffer.from(b))), end: () => undefined },
        ...(opts.signal ? { signal: opts.signal } : {}),
        ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      });
    } finally {
      await out.close();
    }
    const bundle = decodeKeyBundle(Buffer.concat(bundleParts));
    const mine = ws.vault.exportKeyBundle();
    const same = mine.salt === bundle.salt && constantTimeEqual(mine.root, bundle.rootBytes);
    mine.root.fill(0);
    bundle.rootBytes.fill(0);
    if (!same) throw new BackupOtherSiteError();
    if (result.header.schemaVersion > LATEST_SCHEMA_VERSION) throw new BackupNewerSchemaError(result.header.schemaVersion, LATEST_SCHEMA_VERSION);
    const key = ws.vault.derive('databaseKey', databaseKeyContext(bundle.databaseKeyVersion));
    try {
      const problems = await checkIntegrity(staged, key);
      if (problems.length) throw new StoreCorruptError(problems);
    } finally {
      key.fill(0);
    }
    const stamp = opts.now().toISOString().replace(/[:.]/g, '-');
    const safetyCopy = path.join(ws.dataDir, `store.db.before-restore-${stamp}`);
    await ws.replaceStore({ staged, databaseKeyVersion: bundle.databaseKeyVersion, safetyCopy });
    return { createdAt: result.manifest.createdAt, summary: result.manifest.summary, safetyCopy, schemaFrom: result.header.schemaVersion, schemaTo: ws.schemaVersion() };
  } finally {
    bundleParts.forEach((b) => b.fill(0));
    await rm(staged, { force: true });
  }
}
