// `resched keys list` (also `keys-list`): the managed keys of a data directory — name, version,
// type, purpose, status, expiry, KEK version, last backup — never material. Filters match the
// keys.list channel. Reads only; it does not sweep expired or due deletions.
import type { KeyListFilter } from '../../shared/domain';
import { KeyPurpose, KeyStatus, KeyType } from '../../shared/domain';
import { createKeysService } from '../../main/core/keys';
import { cliLogger, openWorkstation } from '../context';
import { EXIT, type ExitCode, UsageError } from '../exit-codes';
import { createOut } from '../output';
import { parseVaultArgs, unlockRequestFrom } from '../vault-args';

export const keysListHelp = `resched keys list --data-dir DIR [--passphrase-file FILE | --recovery-file FILE] [--no-keychain]
                  [--status STATUS] [--purpose PURPOSE] [--type TYPE] [--include-deleted yes] [--json]

Opens the vault (with the passphrase or recovery code given, else the OS keychain) and lists every
managed key version: name, version, type, purpose, status (expiry by time included), expiry, the
KEK version wrapping it and the last backup that included it. Deleted keys only with
--include-deleted yes. Never prints key material. Exit 0, 2 bad filter, 3 vault not usable.
  --status   ${KeyStatus.options.join(', ')}
  --purpose  ${KeyPurpose.options.join(', ')}
  --type     ${KeyType.options.join(', ')}`;

function filterFrom(v: Record<'status' | 'purpose' | 'type' | 'include-deleted', string | undefined>): KeyListFilter {
  const pick = <T extends string>(name: string, value: string | undefined, options: readonly T[]): T | undefined => {
    if (value === undefined) return undefined;
    if (!options.includes(value as T)) throw new UsageError(`--${name} must be one of: ${options.join(', ')}`);
    return value as T;
  };
  const includeDeleted = pick('include-deleted', v['include-deleted'], ['yes', 'no']);
  return {
    status: pick('status', v.status, KeyStatus.options),
    purpose: pick('purpose', v.purpose, KeyPurpose.options),
    type: pick('type', v.type, KeyType.options),
    includeDeleted: includeDeleted === 'yes',
  };
}

export async function keysListCommand(argv: string[]): Promise<ExitCode> {
  const args = parseVaultArgs(argv, ['status', 'purpose', 'type', 'include-deleted'] as const);
  const filter = filterFrom(args);
  const unlock = unlockRequestFrom(args);
  const ws = openWorkstation(args.dataDir, { keychain: args.keychain, log: cliLogger(args.verbose) });
  try {
    await ws.unlock(unlock);
    const keys = createKeysService({ reader: () => ws.reader(), writer: () => ws.writer(), kek: (v) => ws.vault.derive('keyEncryptionKey', `v${v}`) }).list(filter);
    const human = keys.length
      ? keys
          .map((k) =>
            [k.name, `v${k.version}`, k.type, k.purpose, k.status, k.expiresAt ? `expires ${k.expiresAt}` : 'no expiry', `kek v${k.kekVersion}`, k.lastBackupAt ? `backed up ${k.lastBackupAt}` : 'never backed up'].join('  '),
          )
          .join('\n')
      : 'No managed keys.';
    createOut(args.json).result({ dataDir: args.dataDir, keys }, human);
    return EXIT.ok;
  } finally {
    ws.close();
  }
}
