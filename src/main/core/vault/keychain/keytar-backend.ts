// Owns the keytar implementation of KeychainBackend. keytar is a native module archived upstream:
// it is loaded only when first needed, each call is bounded by a timeout (a wedged D-Bus must not
// hang unlock), and its errors are classified into specific codes.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import type { KeychainStatus } from '../../../../shared/contract';
import { KeychainError } from '../errors';
import { classifyKeychainFailure } from './keychain-errors';
import { KEYCHAIN_SERVICE, type KeychainBackend } from './keychain-backend';

interface Keytar {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

const PLATFORM_BACKEND: Record<string, string> = { linux: 'libsecret', darwin: 'macos-keychain', win32: 'windows-credential-manager' };

export interface KeytarBackendOptions {
  service?: string;
  timeoutMs?: number;
  /** For tests of the "module missing" path; production loads 'keytar'. */
  load?: () => Keytar;
}

export function createKeytarBackend(opts: KeytarBackendOptions = {}): KeychainBackend {
  const service = opts.service ?? KEYCHAIN_SERVICE;
  const timeoutMs = opts.timeoutMs ?? 5_000;
  let keytar: Keytar | null = null;

  const load = (): Keytar => {
    if (keytar) return keytar;
    try {
      keytar = opts.load ? opts.load() : (createRequire(import.meta.url)('keytar') as Keytar);
      return keytar;
    } catch (cause) {
      throw new KeychainError('ERR_KEYCHAIN_UNAVAILABLE', 'keytar native module could not be loaded', { cause });
    }
  };

  async function call<T>(operation: string, fn: (k: Keytar) => Promise<T>): Promise<T> {
    const k = load();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`keychain ${operation} timed out after ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([fn(k), timeout]);
    } catch (e) {
      throw e instanceof KeychainError ? e : classifyKeychainFailure(e, operation);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    name: PLATFORM_BACKEND[process.platform] ?? `keytar-${process.platform}`,
    async probe(): Promise<KeychainStatus> {
      // A write is the only honest probe: a locked collection answers reads but refuses writes.
      const account = `probe-${randomBytes(8).toString('hex')}`;
      try {
        await call('probe-set', (k) => k.setPassword(service, account, 'probe'));
        const back = await call('probe-get', (k) => k.getPassword(service, account));
        await call('probe-delete', (k) => k.deletePassword(service, account));
        if (back !== 'probe') return { available: false, problem: 'ERR_KEYCHAIN_UNAVAILABLE' };
        return { available: true };
      } catch (e) {
        return { available: false, problem: e instanceof KeychainError ? e.code : 'ERR_KEYCHAIN_UNAVAILABLE' };
      }
    },
    getSecret: (account) => call('get', (k) => k.getPassword(service, account)),
    setSecret: (account, secret) => call('set', (k) => k.setPassword(service, account, secret)),
    deleteSecret: (account) => call('delete', (k) => k.deletePassword(service, account)),
  };
}
