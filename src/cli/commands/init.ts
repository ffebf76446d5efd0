// `resched init`: create a vault and an empty encrypted store in a data directory.
import { parseArgs } from 'node:util';
import { type FileHandle, open, unlink } from 'node:fs/promises';
import { cliLogger, openWorkstation } from '../context';
import { EXIT, type ExitCode, UsageError } from '../exit-codes';
import { createOut } from '../output';
import { readSecretFile } from '../secrets';

export const initHelp = `resched init --data-dir DIR [--passphrase-file FILE] [--no-keychain] [--recovery-out FILE] [--json]

Creates a vault (master key in keyslots) and an empty encrypted store in DIR.
  --passphrase-file FILE  the vault passphrase (≥ 15 characters), "-" for stdin;
                          required with --no-keychain, recommended always
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
  const recoveryOut = values['recovery-out'];
  // Claim the recovery file before the vault exists: a code that cannot be written must not be lost.
  let recoveryFile: FileHandle | undefined;
  if (recoveryOut) {
    try {
      recoveryFile = await open(recoveryOut, 'wx', 0o600);
    } catch (e) {
      throw new UsageError(`cannot create --recovery-out ${recoveryOut}: ${(e as NodeJS.ErrnoException).code ?? 'error'} (it must not exist yet)`);
    }
  }
  let recoveryCode: string;
  const ws = openWorkstation(dataDir, { keychain: !values['no-keychain'], log: cliLogger(values.verbose) });
  try {
    ({ recoveryCode } = await ws.setup({ useKeychain: !values['no-keychain'], passphrase }));
  } catch (e) {
    await recoveryFile?.close();
    if (recoveryOut) await unlink(recoveryOut).catch(() => undefined);
    throw e;
  }
  const status = await ws.vault.status();
  ws.lock();
  if (recoveryFile) {
    await recoveryFile.writeFile(`${recoveryCode}\n`);
    await recoveryFile.sync();
    await recoveryFile.close();
  }
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
