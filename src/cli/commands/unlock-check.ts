// `resched unlock-check`: which keyslots open with the secrets given, without changing anything.
import { parseArgs } from 'node:util';
import { cliLogger, openWorkstation } from '../context';
import { requireExistingDir } from '../data-dir';
import { EXIT, type ExitCode, UsageError } from '../exit-codes';
import { createOut } from '../output';
import { readSecretFile } from '../secrets';
import { errorMessages, type ErrorCode } from '../../shared/contract';

export const unlockCheckHelp = `resched unlock-check --data-dir DIR [--passphrase-file FILE] [--recovery-file FILE] [--no-keychain] [--json]

Tries every keyslot with the secrets given (and the OS keychain unless --no-keychain) and reports
which open. Exit 0 when at least one slot opens, 1 when none does.`;

export async function unlockCheckCommand(argv: string[]): Promise<ExitCode> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      'data-dir': { type: 'string' },
      'passphrase-file': { type: 'string' },
      'recovery-file': { type: 'string' },
      'no-keychain': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new UsageError('--data-dir is required');
  requireExistingDir(dataDir);
  const secrets = {
    ...(values['passphrase-file'] ? { passphrase: readSecretFile(values['passphrase-file'], 'passphrase') } : {}),
    ...(values['recovery-file'] ? { recoveryCode: readSecretFile(values['recovery-file'], 'recovery code') } : {}),
  };
  const ws = openWorkstation(dataDir, { keychain: !values['no-keychain'], log: cliLogger(values.verbose) });
  const slots = await ws.vault.checkSlots(secrets);
  const explain = (p?: string) => (p && p in errorMessages ? errorMessages[p as ErrorCode] : (p ?? ''));
  const anyOpens = slots.some((s) => s.opens);
  createOut(values.json).result(
    { dataDir, opens: anyOpens, slots },
    slots.map((s) => `${s.opens ? 'opens  ' : 'fails  '} ${s.kind.padEnd(12)} ${s.opens ? '' : explain(s.problem)}`).join('\n'),
  );
  return anyOpens ? EXIT.ok : EXIT.failed;
}
