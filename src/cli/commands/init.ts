// `resched init`: create a vault and an empty encrypted store in a data directory.
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../../main/core/atomic-file';
import { cliLogger, openWorkstation } from '../context';
import { EXIT, type ExitCode, UsageError } from '../exit-codes';
import { createOut } from '../output';
import { readSecretFile } from '../secrets';

export const initHelp = `resched init --data-dir DIR --passphrase-file FILE [--no-keychain] [--recovery-out FILE] [--json]

Creates a vault (master key in keyslots) and an empty encrypted store in DIR.
  --passphrase-file FILE  the vault passphrase (≥ 15 characters), "-" for stdin
  --no-keychain           do not add an OS-keychain slot (workstations without a keyring)
  --recovery-out FILE     write the recovery code to FILE (created, mode 600) instead of stdout
Refuses to run where a vault or store already exists.`;

export async function initCommand(argv: string[]): Promise<ExitCode> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      'data-dir': { type: 'string' },
      'passphrase-file': { type: 'string' },
      'no-keychain': { type: 'boolean', default: false },
      'recovery-out': { type: 'string' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new UsageError('--data-dir is required');
  if (!values['passphrase-file'] && values['no-keychain']) throw new UsageError('--passphrase-file is required with --no-keychain');
  const passphrase = values['passphrase-file'] ? readSecretFile(values['passphrase-file'], 'passphrase') : undefined;
  const out = createOut(values.json);
  const ws = openWorkstation(dataDir, { keychain: !values['no-keychain'], log: cliLogger(values.verbose) });
  const { recoveryCode } = await ws.setup({ useKeychain: !values['no-keychain'], passphrase });
  const status = await ws.vault.status();
  ws.lock();
  const recoveryOut = values['recovery-out'];
  if (recoveryOut) await writeFileAtomic(recoveryOut, `${recoveryCode}\n`, { exclusive: true, mode: 0o600 });
  out.result(
    { dataDir, slots: status.slots, ...(recoveryOut ? { recoveryCodeFile: recoveryOut } : { recoveryCode }) },
    [
      `Created a vault and an encrypted store in ${dataDir}.`,
      `Unlock methods: ${status.slots.map((s) => s.kind).join(', ')}.`,
      recoveryOut
        ? `The recovery code was written to ${recoveryOut}. Print it, store it away from this workstation, then delete the file.`
        : `Recovery code (shown once — write it down and store it away from this workstation):\n\n    ${recoveryCode}\n`,
    ].join('\n'),
  );
  return EXIT.ok;
}
