// `resched passphrase-change`: replace the passphrase slot. The master key, and so every byte of
// data, stays as it is; only vault.json is rewritten (atomically).
import { parseArgs } from 'node:util';
import { cliLogger, openWorkstation } from '../context';
import { requireExistingDir } from '../data-dir';
import { EXIT, type ExitCode, UsageError } from '../exit-codes';
import { createOut } from '../output';
import { readSecretFile } from '../secrets';

export const passphraseChangeHelp = `resched passphrase-change --data-dir DIR (--passphrase-file FILE | --recovery-file FILE) --new-passphrase-file FILE [--no-keychain] [--json]

Opens the vault with the current passphrase (or the recovery code) and replaces the passphrase
slot with one for the new passphrase. Data is not re-encrypted; other slots are kept.`;

export async function passphraseChangeCommand(argv: string[]): Promise<ExitCode> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      'data-dir': { type: 'string' },
      'passphrase-file': { type: 'string' },
      'recovery-file': { type: 'string' },
      'new-passphrase-file': { type: 'string' },
      'no-keychain': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new UsageError('--data-dir is required');
  requireExistingDir(dataDir);
  if (!values['new-passphrase-file']) throw new UsageError('--new-passphrase-file is required');
  if (!values['passphrase-file'] && !values['recovery-file']) throw new UsageError('give --passphrase-file or --recovery-file to open the vault');
  const next = readSecretFile(values['new-passphrase-file'], 'new passphrase');
  const ws = openWorkstation(dataDir, { keychain: !values['no-keychain'], log: cliLogger(values.verbose) });
  await ws.vault.unlock(
    values['passphrase-file']
      ? { method: 'passphrase', passphrase: readSecretFile(values['passphrase-file'], 'passphrase') }
      : { method: 'recovery', recoveryCode: readSecretFile(values['recovery-file']!, 'recovery code') },
  );
  try {
    await ws.vault.changePassphrase(next);
  } finally {
    ws.vault.lock();
  }
  createOut(values.json).result({ dataDir, changed: true }, 'The passphrase was changed. Data was not touched.');
  return EXIT.ok;
}
