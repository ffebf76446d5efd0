// `resched audit-verify` (also `resched audit verify`): walk the audit trail's HMAC chain and say
// whether it is intact, or which entry is the first bad one and why. Reads only; records nothing.
import { type AuditProblem, createAuditTrail } from '../../main/core/audit';
import { isCodedError } from '../../main/core/errors';
import { errorMessages } from '../../shared/contract';
import { cliLogger, openWorkstation } from '../context';
import { parseVaultArgs, unlockRequestFrom } from '../vault-args';
import { EXIT, type ExitCode } from '../exit-codes';
import { createOut } from '../output';

export const auditVerifyHelp = `resched audit-verify --data-dir DIR [--passphrase-file FILE | --recovery-file FILE] [--no-keychain] [--json]
resched audit verify  (same command, same options)

Opens the vault (with the passphrase or recovery code given, else the OS keychain), then checks
every audit entry's HMAC chain link and the recorded head of the log. Prints "valid — N entries",
or the first bad entry and why. Exit 0 intact, 1 tampered, 3 vault or store not usable.`;

const explain: Record<AuditProblem, (seq: number | undefined) => string> = {
  'mac-mismatch': (seq) => `entry ${seq} was altered: its contents do not match its MAC`,
  gap: (seq) => `entry ${seq} is missing: the entries around it were kept`,
  reordered: (seq) => `entry ${seq} is authentic but out of place: moved, or copied in from another copy of the log`,
  truncated: (seq) => `entries from ${seq} on were removed from the end of the log`,
  'head-mismatch': (seq) =>
    seq === undefined ? 'the recorded head of the log is missing or altered' : `the recorded head of the log does not match entry ${seq}`,
};

export async function auditVerifyCommand(argv: string[]): Promise<ExitCode> {
  const args = parseVaultArgs(argv);
  const { dataDir } = args;
  const unlock = unlockRequestFrom(args);
  const ws = openWorkstation(dataDir, { keychain: args.keychain, log: cliLogger(args.verbose) });
  try {
    await ws.unlock(unlock);
  } catch (e) {
    // Exit 1 means "tampered" here, so a secret that does not open the vault is a vault problem (3).
    if (!isCodedError(e)) throw e;
    process.stderr.write(`resched audit-verify: ${errorMessages[e.code]} [${e.code}]\n`);
    return EXIT.vault;
  }
  try {
    const trail = createAuditTrail({ writer: () => ws.writer(), reader: () => ws.reader(), key: () => ws.vault.derive('auditChainKey') });
    const result = trail.verify();
    const human = result.valid
      ? `valid — ${result.entries} ${result.entries === 1 ? 'entry' : 'entries'}`
      : `TAMPERED — ${explain[result.problem!](result.firstBadSeq)} (${result.problem}; ${result.entries} entries in the log)`;
    createOut(args.json).result({ dataDir, ...result }, human);
    return result.valid ? EXIT.ok : EXIT.failed;
  } finally {
    ws.lock();
  }
}
