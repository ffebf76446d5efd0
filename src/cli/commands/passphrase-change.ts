// `resched passphrase-change`: replace the passphrase slot. The master key, and so every byte of
// data, stays as it is; only vault.json is rewritten (atomically).
import { cliLogger, openWorkstation } from '../context';
import { parseVaultArgs, unlockRequestFrom } from '../vault-args';
import { EXIT, type ExitCode, UsageError } from '../exit-codes';
import { createOut } from '../output';
import { readSecretFile } from '../secrets';

export const passphraseChangeHelp = `resched passphrase-change --data-dir DIR (--passphrase-file FILE | --recovery-file FILE) --new-passphrase-file FILE [--no-keychain] [--json]

Opens the vault with the current passphrase (or the recovery code) and replaces the passphrase
slot with one for the new passphrase. Data is not re-encrypted; other slots are kept.`;

export async function passphraseChangeCommand(argv: string[]): Promise<ExitCode> {
  const args = parseVaultArgs(argv, ['new-passphrase-file']);
  const { dataDir } = args;
  if (!args['new-passphrase-file']) throw new UsageError('--new-passphrase-file is required');
  if (!args.passphraseFile && !args.recoveryFile) throw new UsageError('give --passphrase-file or --recovery-file to open the vault');
  const next = readSecretFile(args['new-passphrase-file'], 'new passphrase');
  const ws = openWorkstation(dataDir, { keychain: args.keychain, log: cliLogger(args.verbose) });
  await ws.vault.unlock(unlockRequestFrom(args));
  try {
    await ws.vault.changePassphrase(next);
  } finally {
    ws.vault.lock();
  }
  createOut(args.json).result({ dataDir, changed: true }, 'The passphrase was changed. Data was not touched.');
  return EXIT.ok;
}
