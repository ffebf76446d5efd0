// `resched backup export` (also `backup-export`): writes an encrypted, signed backup of a data
// folder's store to --out, protected by a backup passphrase and/or the vault's recovery code.
// Audited in the source store's trail (actor "cli"), success or failure.
import os from 'node:os';
import path from 'node:path';
import { exportBackup } from '../../main/core/backup';
import { createAuditTrail } from '../../main/core/audit';
import { createKeysService } from '../../main/core/keys';
import { createKekRing } from '../../main/core/rotation';
import { APP_VERSION, cliLogger, openWorkstation } from '../context';
import { EXIT, type ExitCode, UsageError } from '../exit-codes';
import { createOut } from '../output';
import { parseVaultArgs, unlockRequestFrom } from '../vault-args';
import { backupSecretsFrom, reportBackupRefusal } from './backup-secrets';

export const backupExportHelp = `resched backup export --data-dir DIR --out FILE --backup-passphrase-file FILE [--backup-recovery-file FILE]
                      [--passphrase-file FILE | --recovery-file FILE] [--no-keychain] [--json]

Writes an encrypted backup of DIR's store to FILE (which must not exist). The backup opens with the
backup passphrase (≥ 15 characters) and/or the vault's recovery code, on any workstation.
--passphrase-file / --recovery-file unlock DIR's vault (else the OS keychain). Secrets come from
files or "-" (stdin), never the command line.
Exit 0 written, 1 refused (weak passphrase, wrong recovery code, failure), 2 usage, 3 vault not usable.`;

export async function backupExportCommand(argv: string[]): Promise<ExitCode> {
  const args = parseVaultArgs(argv, ['out', 'backup-passphrase-file', 'backup-recovery-file'] as const);
  if (!args.out) throw new UsageError('--out FILE is required');
  const secrets = backupSecretsFrom(args['backup-passphrase-file'], args['backup-recovery-file']);
  const log = cliLogger(args.verbose);
  const ws = openWorkstation(args.dataDir, { keychain: args.keychain, log });
  try {
    await ws.unlock(unlockRequestFrom(args));
    const reader = () => ws.reader();
    const writer = () => ws.writer();
    const kekRing = createKekRing({ vault: ws.vault, reader });
    const keys = createKeysService({ reader, writer, kek: (v) => kekRing.forVersion(v), now: () => new Date() });
    const trail = createAuditTrail({ reader, writer, key: () => ws.vault.derive('auditChainKey') });
    const method = secrets.passphrase && secrets.recoveryCode ? 'both' : secrets.passphrase ? 'passphrase' : 'recovery';
    let done;
    try {
      done = await exportBackup(
        { workstation: ws, keys, app: { name: 'Residency Scheduler', version: APP_VERSION } },
        { out: path.resolve(args.out), secrets, createdBy: `cli:${os.userInfo().username}` },
      );
    } catch (e) {
      trail.record({ actor: 'cli', action: 'backup.export', outcome: 'failure', details: { method, error: (e as { code?: string }).code ?? 'ERR_INTERNAL' } });
      return reportBackupRefusal('backup export', e);
    }
    trail.record({ actor: 'cli', action: 'backup.export', outcome: 'success', details: { method, bytes: done.bytes, people: done.summary.people, assignments: done.summary.assignments } });
    createOut(args.json).result(
      { ...done },
      `Backup written to ${done.file} (${done.bytes} bytes): ${done.summary.programs} program(s), ${done.summary.people} people, ${done.summary.assignments} assignments.`,
    );
    return EXIT.ok;
  } finally {
    ws.close();
  }
}
