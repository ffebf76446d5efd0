// `resched backup verify FILE` (also `backup-verify`): checks a backup without restoring it —
// signature, every chunk, order, truncation, manifest hashes — and says what it holds or exactly
// what is wrong. Needs no data folder.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeVerified, verifyBackupFile } from '../../main/core/backup';
import { EXIT, type ExitCode, UsageError } from '../exit-codes';
import { createOut } from '../output';
import { backupSecretsFrom, reportBackupRefusal } from './backup-secrets';

export const backupVerifyHelp = `resched backup verify FILE --backup-passphrase-file FILE [--backup-recovery-file FILE] [--json]

Verifies a backup without restoring it and answers "valid — created …, by …, N people,
M assignments", or the exact problem (damaged chunk, reordered chunks, cut short, wrong secret,
bad signature, …). Exit 0 valid, 1 invalid or wrong secret, 2 usage.`;

export async function backupVerifyCommand(argv: string[]): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      'backup-passphrase-file': { type: 'string' },
      'backup-recovery-file': { type: 'string' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError('give exactly one backup FILE');
  const secrets = backupSecretsFrom(values['backup-passphrase-file'], values['backup-recovery-file']);
  const file = path.resolve(positionals[0]!);
  const out = createOut(values.json);
  try {
    const v = await verifyBackupFile(file, secrets);
    out.result({ valid: true, file, ...v }, `${file}: ${describeVerified(v)}; signed by key ${v.signer.kid} (thumbprint ${v.signer.thumbprint}).`);
    return EXIT.ok;
  } catch (e) {
    if (values.json && (e as { code?: string }).code) {
      const code = (e as { code: string }).code;
      out.result({ valid: false, file, code, problem: (e as Error).message }, '');
    }
    return reportBackupRefusal('backup verify', e);
  }
}
