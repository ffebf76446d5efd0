// `resched keys rotate TYPE` (also `keys-rotate`): rotate one secret now, as the app's Rotation
// screen does: recorded in the rotation history (fingerprints only) and the audit trail, undone on
// failure. A master-key rotation rewraps every keyslot, so it needs the secret of each passphrase
// and recovery slot: --passphrase-file and --recovery-file.
import { SecretType } from '../../shared/domain';
import { errorMessages } from '../../shared/contract';
import { createAuditTrail } from '../../main/core/audit';
import { createSigningKeyStore } from '../../main/core/auth';
import { isCodedError } from '../../main/core/errors';
import { createProgramKeyring } from '../../main/core/field-crypto';
import { createKeysService } from '../../main/core/keys';
import { backupSigningKeyPort, createKekRing, createRotationService } from '../../main/core/rotation';
import type { Workstation } from '../../main/core/workstation';
import type { Logger } from '../../main/core/log';
import { cliLogger, openWorkstation } from '../context';
import { EXIT, type ExitCode, UsageError } from '../exit-codes';
import { createOut } from '../output';
import { readSecretFile } from '../secrets';
import { parseVaultArgs, unlockRequestFrom } from '../vault-args';

export const keysRotateHelp = `resched keys rotate TYPE --data-dir DIR [--program ID] [--passphrase-file FILE] [--recovery-file FILE]
                    [--reason TEXT] [--no-keychain] [--json]

Rotates one secret now. TYPE is one of:
  ${SecretType.options.join(', ')}
program-data-key needs --program ID (the program's rows are re-encrypted; an interrupted run is
resumed by running it again). database-key re-keys the whole store under the next database-key
version (store-key.json records it; the old key no longer opens it). master-key rewraps every keyslot: give --passphrase-file when the
vault has a passphrase slot and --recovery-file for its recovery slot (the vault opens with the
first one given, else the OS keychain). --reason is recorded in the rotation history (never logged).
Exit 0 rotated, 1 rotation failed and was rolled back, 2 usage, 3 vault not usable.`;

function rotationFor(ws: Workstation, log: Logger) {
  const reader = () => ws.reader();
  const writer = () => ws.writer();
  const now = () => new Date();
  const kekRing = createKekRing({ vault: ws.vault, reader });
  const managedKeys = createKeysService({ reader, writer, kek: (v) => kekRing.forVersion(v), now });
  const trail = createAuditTrail({ reader, writer, key: () => ws.vault.derive('auditChainKey'), now });
  return createRotationService({
    vault: ws.vault,
    reader,
    writer,
    now,
    signingKeys: createSigningKeyStore({ reader, writer, kek: () => kekRing.current(), now }),
    kekRing,
    programKeys: createProgramKeyring(ws.vault),
    managedKeys,
    backupSigningKey: backupSigningKeyPort(managedKeys),
    rekeyDatabase: (o) => ws.rekeyDatabase(o),
    audit: (entry) => {
      try {
        trail.record(entry);
      } catch (e) {
        log.error('audit entry not recorded', { action: entry.action, error: e });
      }
    },
    log,
  });
}

export async function keysRotateCommand(argv: string[]): Promise<ExitCode> {
  const [typeArg, ...rest] = argv;
  const type = SecretType.safeParse(typeArg);
  if (!type.success) throw new UsageError(`TYPE must be one of: ${SecretType.options.join(', ')}`);
  const args = parseVaultArgs(rest, ['program', 'reason'] as const);
  const reason = (args.reason ?? 'manual rotation from the CLI').trim();
  if (!reason || reason.length > 500) throw new UsageError('--reason must be 1 to 500 characters');
  if (type.data === 'program-data-key' && !args.program) throw new UsageError('program-data-key needs --program ID');
  if (type.data !== 'program-data-key' && args.program) throw new UsageError(`${type.data} is not per program: drop --program`);
  const secrets =
    type.data === 'master-key'
      ? {
          passphrase: args.passphraseFile ? readSecretFile(args.passphraseFile, 'passphrase') : undefined,
          recoveryCode: args.recoveryFile ? readSecretFile(args.recoveryFile, 'recovery code') : undefined,
        }
      : {};
  const log = cliLogger(args.verbose);
  const ws = openWorkstation(args.dataDir, { keychain: args.keychain, log });
  try {
    await ws.unlock(unlockRequestFrom(args));
    if (type.data === 'master-key') {
      const kinds = new Set((await ws.vault.status()).slots.map((s) => s.kind));
      if (kinds.has('passphrase') && !secrets.passphrase) throw new UsageError('this vault has a passphrase slot: give --passphrase-file to rewrap it');
      if (kinds.has('recovery') && !secrets.recoveryCode) throw new UsageError('this vault has a recovery slot: give --recovery-file to rewrap it');
    }
    const rotation = rotationFor(ws, log);
    let record;
    try {
      record = await rotation.run({ type: type.data, programId: args.program, reason, initiator: 'cli', ...secrets });
    } catch (e) {
      if (!isCodedError(e)) throw e;
      process.stderr.write(`resched keys rotate: ${type.data} was not rotated and nothing was changed: ${errorMessages[e.code]} [${e.code}]\n`);
      return EXIT.failed;
    }
    const grace = record.graceEndsAt ? `; the old key still verifies until ${record.graceEndsAt}` : '';
    createOut(args.json).result(
      { dataDir: args.dataDir, ...record },
      `Rotated ${record.type}${record.programId ? ` of program ${record.programId}` : ''}: ${record.oldFingerprint ?? '(none)'} → ${record.newFingerprint}${grace}. History entry ${record.id}.`,
    );
    return EXIT.ok;
  } finally {
    ws.close();
  }
}
