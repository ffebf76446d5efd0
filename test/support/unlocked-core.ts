// Test support: a real core (vault, encrypted store, services) in a temp dir, unlocked with a
// passphrase, as the app has it after setup; optionally with the first admin signed in.
import type { AppEvent } from '../../src/shared/contract';
import { createCore } from '../../src/main/core/api';
import { createMemoryLogger } from '../../src/main/core/log';

export const TEST_PASSPHRASE = 'orbit lantern quietly marching seventy';
export const ADMIN = { username: 'admin', displayName: 'Avery Admin', password: 'violet harbour lamps at dawn' };

export async function unlockedCore(dataDir: string, opts: { now?: () => Date } = {}) {
  const { logger, records } = createMemoryLogger();
  const events: AppEvent[] = [];
  const core = createCore({
    dataDir,
    keychain: null,
    log: logger,
    identity: { productName: 'Residency Scheduler', version: '0.0.0-test', host: 'browser-host' },
    emitProgress: () => undefined,
    broadcast: (e) => events.push(e),
    ...(opts.now ? { now: opts.now } : {}),
  });
  await core.workstation.setup({ useKeychain: false, passphrase: TEST_PASSPHRASE });
  const call = (caller: string, channel: string, input: unknown) => core.dispatcher.dispatch({ id: caller }, { channel, input });
  return { core, records, events, call, ...core.services };
}

/** As unlockedCore, with the first administrator created and signed in as caller "admin-window". */
export async function adminCore(dataDir: string, opts: { now?: () => Date } = {}) {
  const ctx = await unlockedCore(dataDir, opts);
  const r = await ctx.call('admin-window', 'auth.createFirstAdmin', ADMIN);
  if (!(r as { ok: boolean }).ok) throw new Error(`first admin: ${JSON.stringify(r)}`);
  const asAdmin = (channel: string, input: unknown) => ctx.call('admin-window', channel, input);
  return { ...ctx, asAdmin };
}
