// `resched status`: what a data directory holds — slots, backends, store files — never secrets.
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { STORE_FILE_NAME } from '../../main/core/store';
import { cliLogger, openWorkstation } from '../context';
import { requireExistingDir } from '../data-dir';
import { EXIT, type ExitCode, UsageError } from '../exit-codes';
import { createOut } from '../output';

export const statusHelp = `resched status --data-dir DIR [--no-keychain] [--json]

Reports the vault state, each keyslot (kind, backend, creation time), whether the OS keychain
is reachable, and the store files. Never prints a secret.`;

const sizeOf = (file: string): number | null => {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
};

export async function statusCommand(argv: string[]): Promise<ExitCode> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      'data-dir': { type: 'string' },
      'no-keychain': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new UsageError('--data-dir is required');
  requireExistingDir(dataDir);
  const ws = openWorkstation(dataDir, { keychain: !values['no-keychain'], log: cliLogger(values.verbose), readOnly: true });
  const status = await ws.vault.status();
  const storeFile = path.join(dataDir, STORE_FILE_NAME);
  const store = {
    file: storeFile,
    bytes: sizeOf(storeFile),
    walBytes: sizeOf(`${storeFile}-wal`),
  };
  createOut(values.json).result(
    { dataDir, vault: status, store },
    [
      `Vault: ${status.state === 'damaged' ? 'damaged — vault.json is unreadable; it was not changed. Restore it from a backup.' : status.state}${status.state !== 'uninitialized' && !status.recoveryConfirmed ? ' (recovery code not yet confirmed)' : ''}`,
      ...status.slots.map((s) => `  slot ${s.kind.padEnd(12)} ${s.backend.padEnd(20)} created ${s.createdAt}`),
      `Keychain: ${status.keychain.available ? 'available' : `unavailable (${status.keychain.problem ?? 'not used'})`}`,
      `Store: ${store.bytes === null ? 'none' : `${store.bytes} bytes`}`,
    ].join('\n'),
  );
  return status.state === 'uninitialized' || status.state === 'damaged' ? EXIT.vault : EXIT.ok;
}
