// Owns the arguments every command that opens an existing vault shares: where the data is, how to
// unlock it (secret files, else the OS keychain) and how to answer.
import { parseArgs } from 'node:util';
import type { UnlockRequest } from '../main/core/vault';
import { requireExistingDir } from './data-dir';
import { UsageError } from './exit-codes';
import { readSecretFile } from './secrets';

const VAULT_OPTIONS = {
  'data-dir': { type: 'string' },
  'passphrase-file': { type: 'string' },
  'recovery-file': { type: 'string' },
  'no-keychain': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
} as const;

export interface VaultArgs {
  dataDir: string;
  passphraseFile?: string | undefined;
  recoveryFile?: string | undefined;
  keychain: boolean;
  json: boolean;
  verbose: boolean;
}

/** Parses the shared options plus `extra` (string options only), strictly. */
export function parseVaultArgs<E extends string = never>(argv: string[], extra: readonly E[] = []): VaultArgs & Record<E, string | undefined> {
  const options = { ...VAULT_OPTIONS, ...Object.fromEntries(extra.map((name) => [name, { type: 'string' as const }])) };
  const { values } = parseArgs({ args: argv, strict: true, options });
  const v = values as Record<string, string | boolean | undefined>;
  const dataDir = v['data-dir'] as string | undefined;
  if (!dataDir) throw new UsageError('--data-dir is required');
  requireExistingDir(dataDir);
  const out: Record<string, unknown> = {
    dataDir,
    passphraseFile: v['passphrase-file'],
    recoveryFile: v['recovery-file'],
    keychain: !v['no-keychain'],
    json: Boolean(v['json']),
    verbose: Boolean(v['verbose']),
  };
  for (const name of extra) out[name] = v[name];
  return out as VaultArgs & Record<E, string | undefined>;
}

/** The passphrase or recovery code given, else the keychain; secrets are read from their files now. */
export function unlockRequestFrom(args: VaultArgs): UnlockRequest {
  if (args.passphraseFile) return { method: 'passphrase', passphrase: readSecretFile(args.passphraseFile, 'passphrase') };
  if (args.recoveryFile) return { method: 'recovery', recoveryCode: readSecretFile(args.recoveryFile, 'recovery code') };
  if (!args.keychain) throw new UsageError('give --passphrase-file or --recovery-file, or drop --no-keychain to unlock with the OS keychain');
  return { method: 'keychain' };
}
