// Owns the answers of the app.* channels.
import type { AppContract } from '../../../shared/contract';
import type { Handlers } from '../ipc';
import type { CoreServices } from './services';

export function appHandlers(s: CoreServices): Pick<Handlers<AppContract>, 'app.info' | 'app.health'> {
  return {
    'app.info': () => ({
      name: s.appInfo.productName,
      version: s.appInfo.version,
      schemaVersion: s.workstation.schemaVersion(),
      platform: `${process.platform}-${process.arch}`,
      host: s.appInfo.host,
    }),
    'app.health': async () => {
      const { state } = await s.workstation.vault.status();
      return { status: state === 'damaged' ? 'degraded' : 'ok', uptimeSeconds: Math.round(process.uptime()), vault: state };
    },
  };
}
