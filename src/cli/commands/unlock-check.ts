// `resched unlock-check`: which keyslots open with the secrets given, without changing anything.
import { cliLogger, openWorkstation } from '../context';
import { parseVaultArgs } from '../vault-args';
import { EXIT, type ExitCode } from '../exit-codes';
import { createOut } from '../output';
import { readSecretFile } from '../secrets';
import { errorMessages, type ErrorCode } from '../../shared/contract';

export const unlockCheckHelp = `resched unlock-check --data-dir DIR [--passphrase-file FILE] [--recovery-file FILE] [--no-keychain] [--json]

Tries every keyslot with the secrets given (and the OS keychain unless --no-keychain) and reports
which open. Exit 0 when at least one slot opens, 1 when none does.`;

export async function unlockCheckCommand(argv: string[]): Promise<ExitCode> {
  const args = parseVaultArgs(argv);
  const { dataDir } = args;
  const secrets = {
    ...(args.passphraseFile ? { passphrase: readSecretFile(args.passphraseFile, 'passphrase') } : {}),
    ...(args.recoveryFile ? { recoveryCode: readSecretFile(args.recoveryFile, 'recovery code') } : {}),
  };
  const ws = openWorkstation(dataDir, { keychain: args.keychain, log: cliLogger(args.verbose), readOnly: true });
  const slots = await ws.vault.checkSlots(secrets);
  const explain = (p?: string) => (p && p in errorMessages ? errorMessages[p as ErrorCode] : (p ?? ''));
  const anyOpens = slots.some((s) => s.opens);
  createOut(args.json).result(
    { dataDir, opens: anyOpens, slots },
    slots.map((s) => `${s.opens ? 'opens  ' : 'fails  '} ${s.kind.padEnd(12)} ${s.opens ? '' : explain(s.problem)}`).join('\n'),
  );
  return anyOpens ? EXIT.ok : EXIT.failed;
}
