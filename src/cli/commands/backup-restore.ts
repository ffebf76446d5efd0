// `resched backup restore FILE` (also `backup-restore`): restores a backup into a NEW data folder,
// on this or another workstation. The new vault adopts the backup's keys under new keyslots: the
// passphrase from --passphrase-file, a new recovery code (printed once, or written to
// --recovery-out), and an OS-keychain slot unless --no-keychain. Nothing is left behind on failure.
import { type FileHandle, open, unlink } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { restoreIntoNewDataDir } from '../../main/core/backup';
import { createKeytarBackend } from '../../main/core/vault';
import { APP_VERSION, cliLogger } from '../context';
import { EXIT, type ExitCode, UsageError } from '../exit-codes';
import { createOut } from '../output';
import { readSecretFile } from '../secrets';
import { backupSecretsFrom, reportBackupRefusal } from './backup-secrets';

export const backupRestoreHelp = `resched backup restore FILE --data-dir NEWDIR --passphrase-file FILE --backup-passphrase-file FILE
                       [--backup-recovery-file FILE] [--recovery-out FILE] [--no-keychain] [--json]

Restores a backup into NEWDIR, which must not exist or be empty. The backup is fully verified
before anything is kept; an older store is migrated, a newer one refused. NEWDIR gets a new vault
with the passphrase from --passphrase-file (≥ 15 characters), a new recovery code (shown once, or
written to --recovery-out, created mode 600) and an OS-keychain slot unless --no-keychain.
Exit 0 restored, 1 refused (damaged backup, wrong secret, newer schema), 2 usage, 3 vault problem.`;

export async function backupRestoreCommand(argv: string[]): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      'passphrase-file': { type: 'string' },
      'backup-passphrase-file': { type: 'string' },
      'backup-recovery-file': { type: 'string' },
      'recovery-out': { type: 'string' },
      'no-keychain': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError('give exactly one backup FILE');
  if (!values['data-dir']) throw new UsageError('--data-dir NEWDIR is required');
  if (!values['passphrase-file']) throw new UsageError('--passphrase-file is required: it becomes the new vault’s passphrase');
  const secrets = backupSecretsFrom(values['backup-passphrase-file'], values['backup-recovery-file']);
  const passphrase = readSecretFile(values['passphrase-file'], 'passphrase');
  const useKeychain = !values['no-keychain'];
  const recoveryOut = values['recovery-out'];
  let recoveryFile: FileHandle | undefined;
  if (recoveryOut) {
    try {
      recoveryFile = await open(recoveryOut, 'wx', 0o600);
    } catch (e) {
      throw new UsageError(`cannot create --recovery-out ${recoveryOut}: ${(e as NodeJS.ErrnoException).code ?? 'error'} (it must not exist yet)`);
    }
  }
  let restored;
  try {
    restored = await restoreIntoNewDataDir({
      file: path.resolve(positionals[0]!),
      secrets,
      dataDir: path.resolve(values['data-dir']),
      passphrase,
      keychain: useKeychain ? createKeytarBackend() : null,
      useKeychain,
      log: cliLogger(values.verbose),
      appVersion: APP_VERSION,
      actor: 'cli',
    });
  } catch (e) {
    await recoveryFile?.close();
    if (recoveryOut) await unlink(recoveryOut).catch(() => undefined);
    return reportBackupRefusal('backup restore', e);
  }
  if (recoveryFile) {
    await recoveryFile.writeFile(`${restored.recoveryCode}\n`);
    await recoveryFile.sync();
    await recoveryFile.close();
  }
  const { recoveryCode, ...rest } = restored;
  createOut(values.json).result(
    { ...rest, ...(recoveryOut ? { recoveryCodeFile: recoveryOut } : { recoveryCode }) },
    [
      `Restored into ${restored.dataDir}: ${restored.summary.programs} program(s), ${restored.summary.people} people, ${restored.summary.assignments} assignments (backup of ${restored.createdAt} by ${restored.createdBy}; schema ${restored.schemaVersion.backup} → ${restored.schemaVersion.now}).`,
      recoveryOut
        ? `The new recovery code was written to ${recoveryOut}. Print it, store it away from this workstation, then delete the file.`
        : `New recovery code (shown once — write it down and store it away from this workstation):\n\n    ${recoveryCode}\n`,
    ].join('\n'),
  );
  return EXIT.ok;
}
