// Owns verifying a backup without restoring it: every check readBackup makes (signature, each
// chunk's tag, order, truncation, final chunk, manifest hashes), plus the key bundle's shape,
// answered as what the backup holds and who made it.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupHeader } from './format';
import { BackupPathError } from './errors';
import type { BackupSecrets } from './file-key';
import { decodeKeyBundle, KEY_BUNDLE_ENTRY } from './key-bundle';
import type { BackupManifest } from './manifest';
import { readBackup } from './read-backup';

export interface VerifiedBackup {
  createdAt: string;
  createdBy: string;
  app: BackupHeader['app'];
  schemaVersion: number;
  summary: BackupManifest['summary'];
  signer: { kid: string; thumbprint: string };
  fileBytes: number;
  databaseKeyVersion: number;
}

export function requireBackupFile(file: string): void {
  if (!path.isAbsolute(file)) throw new BackupPathError('the backup path must be absolute');
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupPathError('there is no backup file at that path');
}

/** One line for people: "valid — created …, by …, N people, M assignments". */
export const describeVerified = (v: Pick<VerifiedBackup, 'createdAt' | 'createdBy' | 'summary'>): string =>
  `valid — created ${v.createdAt}, by ${v.createdBy}, ${v.summary.programs} program(s), ${v.summary.people} people, ${v.summary.assignments} assignments`;

export async function verifyBackupFile(
  file: string,
  secrets: BackupSecrets,
  opts: { signal?: AbortSignal | undefined; onProgress?: ((p: { done: number; total: number }) => void) | undefined } = {},
): Promise<VerifiedBackup> {
  requireBackupFile(file);
  const bundleParts: Buffer[] = [];
  const result = await readBackup(file, {
    secrets,
    open: (name) => ({
      write: (b) => {
        if (name === KEY_BUNDLE_ENTRY) bundleParts.push(Buffer.from(b));
      },
      end: () => undefined,
    }),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  const bundleBytes = Buffer.concat(bundleParts);
  const bundle = decodeKeyBundle(bundleBytes);
  bundle.rootBytes.fill(0);
  bundleBytes.fill(0);
  for (const part of bundleParts) part.fill(0);
  return {
    createdAt: result.manifest.createdAt,
    createdBy: result.manifest.createdBy,
    app: result.header.app,
    schemaVersion: result.header.schemaVersion,
    summary: result.manifest.summary,
    signer: result.signer,
    fileBytes: result.fileBytes,
    databaseKeyVersion: bundle.databaseKeyVersion,
  };
}
