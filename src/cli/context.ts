// Owns what every command shares: the workstation for a data directory, built the same way as
// the app's, with the keychain unless the admin opted out.
import { createLogger, type Logger } from '../main/core/log';
import { createKeytarBackend } from '../main/core/vault';
import { createWorkstation, type Workstation } from '../main/core/workstation';

export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';

export function cliLogger(verbose: boolean): Logger {
  return createLogger((r) => {
    if (verbose || r.level === 'error') process.stderr.write(`${JSON.stringify(r)}\n`);
  }, 'cli');
}

/** `readOnly` commands only inspect vault.json and may run beside the app; the others lock the folder. */
export function openWorkstation(dataDir: string, opts: { keychain: boolean; log: Logger; readOnly?: boolean }): Workstation {
  return createWorkstation({
    dataDir,
    keychain: opts.keychain ? createKeytarBackend() : null,
    log: opts.log,
    appVersion: APP_VERSION,
    exclusive: !opts.readOnly,
  });
}
