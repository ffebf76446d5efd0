// The `resched` admin CLI: subcommands over src/main/core. Secrets come from files or stdin,
// never argv. Exit codes are documented in docs/cli.md.
import { errorMessages } from '../shared/contract';
import { isCodedError } from '../main/core/errors';
import { auditVerifyCommand, auditVerifyHelp } from './commands/audit-verify';
import { backupExportCommand, backupExportHelp } from './commands/backup-export';
import { backupRestoreCommand, backupRestoreHelp } from './commands/backup-restore';
import { backupVerifyCommand, backupVerifyHelp } from './commands/backup-verify';
import { initCommand, initHelp } from './commands/init';
import { keysListCommand, keysListHelp } from './commands/keys-list';
import { keysRotateCommand, keysRotateHelp } from './commands/keys-rotate';
import { passphraseChangeCommand, passphraseChangeHelp } from './commands/passphrase-change';
import { statusCommand, statusHelp } from './commands/status';
import { unlockCheckCommand, unlockCheckHelp } from './commands/unlock-check';
import { validateCommand, validateHelp } from './commands/validate';
import { APP_VERSION } from './context';
import { EXIT, type ExitCode, UsageError } from './exit-codes';

const commands: Record<string, { run: (argv: string[]) => Promise<ExitCode>; help: string; summary: string }> = {
  init: { run: initCommand, help: initHelp, summary: 'create a vault and an empty encrypted store' },
  status: { run: statusCommand, help: statusHelp, summary: 'show slots, backends and store state (no secrets)' },
  'unlock-check': { run: unlockCheckCommand, help: unlockCheckHelp, summary: 'report which keyslots open with given secrets' },
  'passphrase-change': { run: passphraseChangeCommand, help: passphraseChangeHelp, summary: 'replace the passphrase slot (data untouched)' },
  'audit-verify': { run: auditVerifyCommand, help: auditVerifyHelp, summary: 'verify the audit trail’s hash chain (also: audit verify)' },
  'keys-list': { run: keysListCommand, help: keysListHelp, summary: 'list managed keys, never their material (also: keys list)' },
  'keys-rotate': { run: keysRotateCommand, help: keysRotateHelp, summary: 'rotate one secret now, recorded and audited (also: keys rotate)' },
  validate: { run: validateCommand, help: validateHelp, summary: 'check a schedule file against the format and the duty-hour rules' },
  'backup-export': { run: backupExportCommand, help: backupExportHelp, summary: 'write an encrypted, signed backup (also: backup export)' },
  'backup-verify': { run: backupVerifyCommand, help: backupVerifyHelp, summary: 'check a backup without restoring it (also: backup verify)' },
  'backup-restore': { run: backupRestoreCommand, help: backupRestoreHelp, summary: 'restore a backup into a new data folder (also: backup restore)' },
};

const usage = `resched ${APP_VERSION} — Residency Scheduler admin tool

Usage: resched <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`)
  .join('\n')}

Every command accepts --json for machine-readable output and --help.
Exit codes: 0 ok, 1 failed (e.g. wrong passphrase), 2 usage or unreadable input,
3 vault not usable as asked, 70 internal error. See docs/cli.md.`;

async function main(argv: string[]): Promise<ExitCode> {
  // Two words name a hyphenated command: `resched audit verify` is `resched audit-verify`, `keys list` is `keys-list`.
  const spaced = argv.length > 1 ? `${argv[0]}-${argv[1]}` : '';
  const [name, ...rest] = Object.hasOwn(commands, spaced) ? [spaced, ...argv.slice(2)] : argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version') {
    process.stdout.write(`${APP_VERSION}\n`);
    return EXIT.ok;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`resched: unknown command "${name}"\n\n${usage}\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.help}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`resched ${name}: ${(e as Error).message}\n\n${command.help}\n`);
      return EXIT.usage;
    }
    if (isCodedError(e)) {
      process.stderr.write(`resched ${name}: ${errorMessages[e.code]} [${e.code}]\n`);
      return e.code === 'ERR_VAULT_UNLOCK_FAILED' || e.code.startsWith('ERR_VAULT_PASSPHRASE_') ? EXIT.failed : EXIT.vault;
    }
    process.stderr.write(`resched ${name}: internal error: ${(e as Error).message}\n`);
    return EXIT.internal;
  }
}

process.exitCode = await main(process.argv.slice(2));
