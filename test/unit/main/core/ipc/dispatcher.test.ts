import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineChannel, errorMessages } from '../../../../../src/shared/contract';
import { CodedError } from '../../../../../src/main/core/errors';
import { createDispatcher, type Handlers } from '../../../../../src/main/core/ipc';
import { createMemoryLogger } from '../../../../../src/main/core/log';

const testContract = {
  'test.echo': defineChannel({ permission: 'public', input: z.strictObject({ text: z.string().max(10) }), output: z.strictObject({ text: z.string() }) }),
  'test.guarded': defineChannel({ permission: 'vault.manage', input: z.strictObject({}), output: z.strictObject({ done: z.boolean() }) }),
  'test.long': defineChannel({
    permission: 'public',
    input: z.strictObject({ steps: z.number().int().max(100) }),
    output: z.strictObject({ completed: z.number() }),
    progress: z.strictObject({ done: z.number(), total: z.number() }),
  }),
  'test.broken': defineChannel({ permission: 'public', input: z.strictObject({}), output: z.strictObject({ n: z.number() }) }),
  'test.throws': defineChannel({ permission: 'public', input: z.strictObject({ coded: z.boolean() }), output: z.strictObject({}) }),
  'test.small': defineChannel({ permission: 'public', input: z.strictObject({ s: z.string() }), output: z.strictObject({}), maxPayloadBytes: 100 }),
};

function setup(opts: { allowGuarded?: boolean } = {}) {
  const progress: unknown[] = [];
  const { logger, records } = createMemoryLogger();
  const calls: string[] = [];
  const handlers: Handlers<typeof testContract> = {
    'test.echo': ({ text }) => {
      calls.push('echo');
      return { text };
    },
    'test.guarded': () => ({ done: true }),
    'test.long': async ({ steps }, ctx) => {
      for (let i = 1; i <= steps; i++) {
        await new Promise((r) => setTimeout(r, 5));
        if (ctx.signal.aborted) throw new Error('aborted');
        ctx.progress({ done: i, total: steps });
      }
      return { completed: steps };
    },
    'test.broken': () => ({ n: 'not a number' }) as unknown as { n: number },
    'test.throws': ({ coded }) => {
      if (coded) throw new CodedError('ERR_VAULT_LOCKED', 'internal detail /home/alice/secret');
      throw new Error('database at /home/alice/x.db exploded with key 0123456789abcdef0123456789abcdef');
    },
    'test.small': () => ({}),
  };
  const dispatcher = createDispatcher({
    contract: testContract,
    handlers,
    authorize: (_c, permission) => (permission === 'public' || opts.allowGuarded ? null : 'ERR_AUTH_REQUIRED'),
    log: logger,
    emitProgress: (_caller, frame) => progress.push(frame),
  });
  return { dispatcher, progress, records, calls };
}

const caller = { id: 'window-1' };

describe('dispatcher', () => {
  it('answers a valid call with ok and the handler value', async () => {
    const { dispatcher } = setup();
    await expect(dispatcher.dispatch(caller, { channel: 'test.echo', input: { text: 'hi' } })).resolves.toEqual({ ok: true, value: { text: 'hi' } });
  });

  it('rejects unknown input keys without calling the handler', async () => {
    const { dispatcher, calls } = setup();
    const r = await dispatcher.dispatch(caller, { channel: 'test.echo', input: { text: 'hi', extra: 1 } });
    expect(r).toEqual({ ok: false, error: { code: 'ERR_IPC_BAD_INPUT', message: errorMessages.ERR_IPC_BAD_INPUT } });
    expect(calls).toEqual([]);
  });

  it('rejects strings longer than the schema bound', async () => {
    const { dispatcher } = setup();
    const r = await dispatcher.dispatch(caller, { channel: 'test.echo', input: { text: 'x'.repeat(11) } });
    expect(r).toMatchObject({ ok: false, error: { code: 'ERR_IPC_BAD_INPUT' } });
  });

  it('refuses a payload above the channel size bound before parsing it', async () => {
    const { dispatcher } = setup();
    const r = await dispatcher.dispatch(caller, { channel: 'test.small', input: { s: 'x'.repeat(200) } });
    expect(r).toMatchObject({ ok: false, error: { code: 'ERR_IPC_PAYLOAD_TOO_LARGE' } });
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'app.nope'])('treats %s as an unknown channel', async (channel) => {
    const { dispatcher } = setup();
    const r = await dispatcher.dispatch(caller, { channel, input: {} });
    expect(r).toMatchObject({ ok: false, error: { code: 'ERR_IPC_UNKNOWN_CHANNEL' } });
  });

  it('refuses a channel whose permission the caller lacks', async () => {
    const { dispatcher } = setup();
    const r = await dispatcher.dispatch(caller, { channel: 'test.guarded', input: {} });
    expect(r).toMatchObject({ ok: false, error: { code: 'ERR_AUTH_REQUIRED' } });
  });

  it('lets the permission hook allow a protected channel', async () => {
    const { dispatcher } = setup({ allowGuarded: true });
    await expect(dispatcher.dispatch(caller, { channel: 'test.guarded', input: {} })).resolves.toEqual({ ok: true, value: { done: true } });
  });

  it('hides an unexpected error behind ERR_INTERNAL and logs it sanitized', async () => {
    const { dispatcher, records } = setup();
    const r = await dispatcher.dispatch(caller, { channel: 'test.throws', input: { coded: false } });
    expect(r).toEqual({ ok: false, error: { code: 'ERR_INTERNAL', message: errorMessages.ERR_INTERNAL } });
    const logged = JSON.stringify(records);
    expect(logged).toContain('handler threw');
    expect(logged).not.toContain('0123456789abcdef0123456789abcdef');
  });

  it('passes a coded error through with its generic message only', async () => {
    const { dispatcher } = setup();
    const r = await dispatcher.dispatch(caller, { channel: 'test.throws', input: { coded: true } });
    expect(r).toEqual({ ok: false, error: { code: 'ERR_VAULT_LOCKED', message: errorMessages.ERR_VAULT_LOCKED } });
  });

  it('refuses to return output that breaks the contract', async () => {
    const { dispatcher } = setup();
    const r = await dispatcher.dispatch(caller, { channel: 'test.broken', input: {} });
    expect(r).toMatchObject({ ok: false, error: { code: 'ERR_IPC_BAD_OUTPUT' } });
  });

  it('streams typed progress events for long work with a job id', async () => {
    const { dispatcher, progress } = setup();
    const r = await dispatcher.dispatch(caller, { channel: 'test.long', input: { steps: 3 }, jobId: 'job-00001' });
    expect(r).toEqual({ ok: true, value: { completed: 3 } });
    expect(progress).toEqual([1, 2, 3].map((done) => ({ jobId: 'job-00001', channel: 'test.long', progress: { done, total: 3 } })));
  });

  it('cancels long work and answers ERR_CANCELLED', async () => {
    const { dispatcher, progress } = setup();
    const pending = dispatcher.dispatch(caller, { channel: 'test.long', input: { steps: 50 }, jobId: 'job-00002' });
    await new Promise((r) => setTimeout(r, 20));
    expect(dispatcher.cancel(caller, 'job-00002')).toBe(true);
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'ERR_CANCELLED' } });
    expect(progress.length).toBeLessThan(50);
  });

  it('does not let one caller cancel another caller’s job', async () => {
    const { dispatcher } = setup();
    const pending = dispatcher.dispatch(caller, { channel: 'test.long', input: { steps: 3 }, jobId: 'job-00003' });
    expect(dispatcher.cancel({ id: 'window-2' }, 'job-00003')).toBe(false);
    await expect(pending).resolves.toMatchObject({ ok: true });
  });

  it('aborts a caller’s jobs when the caller goes away', async () => {
    const { dispatcher } = setup();
    const pending = dispatcher.dispatch(caller, { channel: 'test.long', input: { steps: 50 }, jobId: 'job-00004' });
    await new Promise((r) => setTimeout(r, 10));
    dispatcher.dropCaller(caller);
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'ERR_CANCELLED' } });
  });

  it('refuses a job id already in use by the same caller', async () => {
    const { dispatcher } = setup();
    const first = dispatcher.dispatch(caller, { channel: 'test.long', input: { steps: 2 }, jobId: 'job-00005' });
    const second = await dispatcher.dispatch(caller, { channel: 'test.long', input: { steps: 2 }, jobId: 'job-00005' });
    expect(second).toMatchObject({ ok: false, error: { code: 'ERR_IPC_BAD_INPUT' } });
    await first;
  });
});
