// Property test: ≥ 1,000 malformed payloads per contract channel, sent through the real core's
// dispatcher and through the Electron registration layer. Every one is refused with a typed error,
// nothing throws out, and the data directory does not change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChannelName, channelNames, contract, errorCodes, errorMessages } from '../../../../../src/shared/contract';
import { createCore } from '../../../../../src/main/core/api';
import { createMemoryLogger } from '../../../../../src/main/core/log';
import { type InvokeEventLike, registerIpc } from '../../../../../src/main/electron/ipc/register';
import { snapshotDir } from '../../../../support/dir-snapshot';
import { useTempDirs } from '../../../../support/temp-dir';

const RUNS = 1_000;
const tempDir = useTempDirs();

function makeCore() {
  const dataDir = tempDir();
  const { logger } = createMemoryLogger();
  const core = createCore({
    dataDir,
    keychain: null,
    log: logger,
    identity: { productName: 'Residency Scheduler', version: '0.0.0-test', host: 'browser-host' },
    emitProgress: () => undefined,
    broadcast: () => undefined,
  });
  return { core, dataDir };
}

/** Values that the channel's input schema refuses: random junk plus near-misses of valid shapes. */
const malformedFor = (channel: ChannelName) => {
  const schema = contract[channel].input;
  const nearMiss = fc.record(
    {
      passphrase: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.string({ minLength: 1025, maxLength: 1100 })),
      useKeychain: fc.oneof(fc.boolean(), fc.string(), fc.constant(null)),
      method: fc.oneof(fc.constantFrom('keychain', 'passphrase', 'recovery', 'magic'), fc.integer()),
      recoveryCode: fc.oneof(fc.string(), fc.constant('')),
      slotId: fc.oneof(fc.string({ minLength: 65, maxLength: 80 }), fc.integer()),
      newPassphrase: fc.oneof(fc.constant(''), fc.boolean()),
      __proto__: fc.anything(),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  );
  return fc.oneof(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withTypedArray: true }), nearMiss).filter((v) => !schema.safeParse(v).success);
};

const isTypedRefusal = (r: unknown) => {
  const env = r as { ok: boolean; error?: { code: string; message: string } };
  return env.ok === false && (errorCodes as readonly string[]).includes(env.error!.code) && env.error!.message === errorMessages[env.error!.code as keyof typeof errorMessages];
};

describe('every channel refuses malformed input', () => {
  it.each(channelNames)('%s: 1,000 malformed payloads are refused and change nothing', async (channel) => {
    const { core, dataDir } = makeCore();
    const before = snapshotDir(dataDir);
    const statusBefore = await core.workstation.vault.status();
    await fc.assert(
      fc.asyncProperty(malformedFor(channel), async (input) => {
        const r = await core.dispatcher.dispatch({ id: 'fuzz' }, { channel, input });
        expect(isTypedRefusal(r)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(snapshotDir(dataDir)).toEqual(before);
    expect(await core.workstation.vault.status()).toEqual(statusBefore);
  });

  it('1,000 malformed request frames are refused', async () => {
    const { core, dataDir } = makeCore();
    const before = snapshotDir(dataDir);
    const frame = fc.oneof(
      fc.anything(),
      fc.record({ channel: fc.oneof(fc.string(), fc.integer()), input: fc.anything(), jobId: fc.anything(), extra: fc.anything() }, { requiredKeys: [] }),
    );
    await fc.assert(
      fc.asyncProperty(frame, async (f) => {
        const r = await core.dispatcher.dispatch({ id: 'fuzz' }, f);
        expect(isTypedRefusal(r)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(snapshotDir(dataDir)).toEqual(before);
  });
});

describe('the Electron registration layer', () => {
  function registered() {
    const { core, dataDir } = makeCore();
    const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>();
    registerIpc({ handle: (ch, fn) => handlers.set(ch, fn) }, core.dispatcher);
    const mainFrame = { url: 'app://renderer/index.html' };
    const event = (frame: { url: string } | null, main = mainFrame): InvokeEventLike => ({
      sender: { id: 7, mainFrame: main, once: () => undefined },
      senderFrame: frame,
    });
    return { invoke: handlers.get('rpc:invoke')!, cancel: handlers.get('rpc:cancel')!, event, mainFrame, dataDir };
  }

  it('registers only the invoke and cancel channels', () => {
    const names: string[] = [];
    registerIpc({ handle: (ch) => names.push(ch) }, makeCore().core.dispatcher);
    expect(names.sort()).toEqual(['rpc:cancel', 'rpc:invoke']);
  });

  it('answers our own page', async () => {
    const { invoke, event, mainFrame } = registered();
    await expect(invoke(event(mainFrame), { channel: 'app.info', input: {} })).resolves.toMatchObject({ ok: true });
  });

  it.each([
    ['a sub-frame of our page', { url: 'app://renderer/index.html' }],
    ['another origin', { url: 'https://evil.example/' }],
    ['a file:// page', { url: 'file:///tmp/index.html' }],
    ['a look-alike host', { url: 'app://renderer.evil/index.html' }],
  ])('refuses %s', async (_name, frame) => {
    const { invoke, event } = registered();
    const r = await invoke(event(frame, { url: 'app://renderer/index.html' }), { channel: 'app.info', input: {} });
    expect(r).toMatchObject({ ok: false, error: { code: 'ERR_IPC_FORBIDDEN_SENDER' } });
  });

  it('refuses a call with no sender frame (a destroyed frame)', async () => {
    const { invoke, event } = registered();
    await expect(invoke(event(null), { channel: 'app.info', input: {} })).resolves.toMatchObject({ ok: false, error: { code: 'ERR_IPC_FORBIDDEN_SENDER' } });
  });

  it('1,000 malformed frames through ipcMain are refused without throwing', async () => {
    const { invoke, event, mainFrame, dataDir } = registered();
    const before = snapshotDir(dataDir);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channelNames).chain((ch) => fc.tuple(fc.constant(ch), malformedFor(ch))), async ([channel, input]) => {
        const r = await invoke(event(mainFrame), { channel, input });
        expect(isTypedRefusal(r)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(snapshotDir(dataDir)).toEqual(before);
  });
});
