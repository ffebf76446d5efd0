// Test support: a real core (vault, encrypted store, services) in a temp dir, unlocked with a
// passphrase, as the app has it after setup.
import { createCore } from '../../src/main/core/api';
import { createMemoryLogger } from '../../src/main/core/log';

export const TEST_PASSPHRASE = 'orbit lantern quietly marching seventy';

export async function unlockedCore(dataDir: string) {
  const { logger, records } = createMemoryLogger();
  const core = createCore({
    dataDir,
    keychain: null,
    log: logger,
    identity: { productName: 'Residency Scheduler', version: '0.0.0-test', host: 'browser-host' },
    emitProgress: () => undefined,
    broadcast: () => undefined,
  });
  await core.workstation.setup({ useKeychain: false, passphrase: TEST_PASSPHRASE });
  return { core, records, ...core.services };
}
