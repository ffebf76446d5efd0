// Owns what the three `resched backup` commands share: reading the backup's secrets from files
// (--backup-passphrase-file, --backup-recovery-file; never argv) and answering a refused backup with
// its specific problem and exit 1 (2 for a path that cannot be used).
import { errorMessages } from '../../shared/contract';
import { BackupError } from '../../main/core/backup';
import { isCodedError } from '../../main/core/errors';
import { EXIT, type ExitCode, UsageError } from '../exit-codes';
import { readSecretFile } from '../secrets';

export function backupSecretsFrom(passphraseFile: string | undefined, recoveryFile: string | undefined) {
  if (!passphraseFile && !recoveryFile) throw new UsageError('give --backup-passphrase-file (and/or --backup-recovery-file)');
  return {
    passphrase: passphraseFile ? readSecretFile(passphraseFile, 'backup passphrase') : undefined,
    recoveryCode: recoveryFile ? readSecretFile(recoveryFile, 'recovery code') : undefined,
  };
}

/** The exit code for a refusal, after writing it to stderr; rethrows what is not a refusal. */
export function reportBackupRefusal(command: string, e: unknown): ExitCode {
  if (!isCodedError(e)) throw e;
  const specific = e.message !== e.code ? ` (${e.message})` : '';
  process.stderr.write(`resched ${command}: ${errorMessages[e.code]}${specific} [${e.code}]\n`);
  if (e.code === 'ERR_BACKUP_PATH_INVALID' || e.code === 'ERR_BACKUP_TARGET_EXISTS') return EXIT.usage;
  if (e instanceof BackupError || e.code === 'ERR_STORE_CORRUPT' || e.code === 'ERR_CANCELLED' || e.code.startsWith('ERR_VAULT_PASSPHRASE_') || e.code === 'ERR_VAULT_UNLOCK_FAILED') return EXIT.failed;
  return EXIT.vault;
}
