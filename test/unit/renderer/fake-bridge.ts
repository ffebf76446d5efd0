// A scripted stand-in for main, installed where the preload puts the real bridge
// (globalThis.resched). It speaks the contract: inputs are parsed with the channel's input schema
// (bad input → ERR_IPC_BAD_INPUT, as main does), answers are checked against the output schema,
// and errors carry errorMessages[code] exactly as main's dispatcher sends them.
import {
  type AppContract,
  BRIDGE_GLOBAL,
  type BridgeRequest,
  type ChannelName,
  contract,
  type Envelope,
  envelopeSchema,
  type ErrorCode,
  errorMessages,
  type InputOf,
  type OutputOf,
  type RendererBridge,
  type SlotKind,
  type SlotSummary,
  type VaultStatus,
} from '../../../src/shared/contract';

export const RECOVERY_CODE = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789';
export const APP_VERSION = '0.1.0-test';

export interface FakeVaultScript {
  state: VaultStatus['state'];
  /** Slot kinds present (ignored while uninitialized). */
  slots: readonly SlotKind[];
  keychainAvailable: boolean;
  keychainProblem?: ErrorCode;
  recoveryConfirmed: boolean;
  passphrase: string | null;
  /** When set, keychain unlocks fail with this code. */
  keychainUnlockError?: ErrorCode;
}

type Handler<K extends ChannelName> = (input: InputOf<AppContract, K>) => Envelope<OutputOf<AppContract, K>> | Promise<Envelope<OutputOf<AppContract, K>>>;

export interface FakeBridge extends RendererBridge {
  readonly calls: BridgeRequest[];
  readonly vault: FakeVaultScript;
  /** Calls on `channel` so far. */
  callsTo(channel: ChannelName): BridgeRequest[];
  /** Replace one channel's behaviour. */
  on<K extends ChannelName>(channel: K, handler: Handler<K>): void;
  /** Hold answers on `channel` until the returned function is called (to see busy states). */
  hold(channel: ChannelName): () => void;
}

const fail = (code: ErrorCode): Envelope<never> => ({ ok: false, error: { code, message: errorMessages[code] } });
const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
const normalizeCode = (s: string) => s.toUpperCase().replace(/[\s-]/g, '');

const BACKEND: Record<SlotKind, string> = {
  'os-keychain': 'libsecret',
  passphrase: 'pbkdf2-sha256',
  recovery: 'recovery-code',
  'safe-storage': 'safe-storage',
};

export function installFakeBridge(script: Partial<FakeVaultScript> = {}): FakeBridge {
  const vault: FakeVaultScript = {
    state: 'uninitialized',
    slots: [],
    keychainAvailable: true,
    recoveryConfirmed: false,
    passphrase: null,
    ...script,
  };
  let slotIds = new Map<SlotKind, string>();
  const idFor = (kind: SlotKind) => {
    if (!slotIds.has(kind)) slotIds.set(kind, `${kind}-${slotIds.size + 1}`);
    return slotIds.get(kind)!;
  };

  const status = (): VaultStatus => ({
    state: vault.state,
    slots:
      vault.state === 'uninitialized'
        ? []
        : vault.slots.map(
            (kind): SlotSummary => ({ id: idFor(kind), kind, backend: BACKEND[kind], createdAt: '2025-07-01T08:30:00.000Z' }),
          ),
    keychain: vault.keychainAvailable
      ? { available: true }
      : { available: false, problem: vault.keychainProblem ?? 'ERR_KEYCHAIN_UNAVAILABLE' },
    recoveryConfirmed: vault.recoveryConfirmed,
  });
  const unlocked = () => vault.state === 'unlocked';
  const weak = (p: string) => [...p.normalize('NFKC')].length < 15 || p.toLowerCase().startsWith('password');

  // Only the channels the renderer uses today; any other answers as an unknown channel would.
  const handlers: { [K in ChannelName]?: Handler<K> } = {
    'app.info': () => ok({ name: 'Residency Scheduler', version: APP_VERSION, schemaVersion: 1, platform: 'linux-x64', host: 'browser-host' }),
    'app.health': () => ok({ status: 'ok', uptimeSeconds: 1, vault: unlocked() ? 'unlocked' : 'locked' }),
    'vault.status': () => ok(status()),
    'vault.setup': ({ useKeychain, passphrase }) => {
      if (vault.state !== 'uninitialized') return fail('ERR_VAULT_ALREADY_INITIALIZED');
      if (!useKeychain && !passphrase) return fail('ERR_VAULT_NO_METHOD');
      if (passphrase !== undefined && weak(passphrase)) return fail('ERR_VAULT_PASSPHRASE_COMMON');
      if (useKeychain && !vault.keychainAvailable) return fail(vault.keychainProblem ?? 'ERR_KEYCHAIN_UNAVAILABLE');
      vault.slots = ['recovery', ...(passphrase ? (['passphrase'] as const) : []), ...(useKeychain ? (['os-keychain'] as const) : [])];
      vault.passphrase = passphrase ?? null;
      vault.state = 'unlocked';
      vault.recoveryConfirmed = false;
      return ok({ recoveryCode: RECOVERY_CODE, status: status() });
    },
    'vault.confirmRecovery': ({ recoveryCode }) => {
      if (vault.state === 'uninitialized') return fail('ERR_VAULT_NOT_INITIALIZED');
      if (!unlocked()) return fail('ERR_VAULT_LOCKED');
      if (normalizeCode(recoveryCode) !== normalizeCode(RECOVERY_CODE)) return fail('ERR_VAULT_UNLOCK_FAILED');
      vault.recoveryConfirmed = true;
      return ok(status());
    },
    'vault.unlock': (input) => {
      if (vault.state === 'uninitialized') return fail('ERR_VAULT_NOT_INITIALIZED');
      if (unlocked()) return ok(status());
      const kind: SlotKind = input.method === 'keychain' ? 'os-keychain' : input.method;
      if (!vault.slots.includes(kind)) return fail('ERR_VAULT_SLOT_NOT_FOUND');
      if (input.method === 'keychain') {
        if (!vault.keychainAvailable) return fail(vault.keychainProblem ?? 'ERR_KEYCHAIN_UNAVAILABLE');
        if (vault.keychainUnlockError) return fail(vault.keychainUnlockError);
      } else if (input.method === 'passphrase') {
        if (input.passphrase !== vault.passphrase) return fail('ERR_VAULT_UNLOCK_FAILED');
      } else if (normalizeCode(input.recoveryCode) !== normalizeCode(RECOVERY_CODE)) {
        return fail('ERR_VAULT_UNLOCK_FAILED');
      }
      vault.state = 'unlocked';
      return ok(status());
    },
    'vault.lock': () => {
      if (vault.state === 'unlocked') vault.state = 'locked';
      return ok(status());
    },
    'vault.changePassphrase': ({ newPassphrase }) => {
      if (!unlocked()) return fail('ERR_VAULT_LOCKED');
      if (weak(newPassphrase)) return fail('ERR_VAULT_PASSPHRASE_COMMON');
      vault.passphrase = newPassphrase;
      if (!vault.slots.includes('passphrase')) vault.slots = [...vault.slots, 'passphrase'];
      return ok(status());
    },
    'vault.addKeychainSlot': () => {
      if (!unlocked()) return fail('ERR_VAULT_LOCKED');
      if (!vault.keychainAvailable) return fail(vault.keychainProblem ?? 'ERR_KEYCHAIN_UNAVAILABLE');
      vault.slots = [...vault.slots, 'os-keychain'];
      return ok(status());
    },
    'vault.removeSlot': ({ slotId }) => {
      if (!unlocked()) return fail('ERR_VAULT_LOCKED');
      const kind = vault.slots.find((k) => idFor(k) === slotId);
      if (!kind) return fail('ERR_VAULT_SLOT_NOT_FOUND');
      if (vault.slots.length === 1) return fail('ERR_VAULT_LAST_SLOT');
      vault.slots = vault.slots.filter((k) => k !== kind);
      slotIds = new Map([...slotIds].filter(([k]) => k !== kind));
      return ok(status());
    },
  };

  const calls: BridgeRequest[] = [];
  const held = new Map<ChannelName, Promise<void>>();

  const bridge: FakeBridge = {
    calls,
    vault,
    callsTo: (channel) => calls.filter((c) => c.channel === channel),
    on(channel, handler) {
      (handlers as Record<ChannelName, unknown>)[channel] = handler;
    },
    hold(channel) {
      let release!: () => void;
      held.set(channel, new Promise<void>((r) => (release = r)));
      return () => {
        held.delete(channel);
        release();
      };
    },
    async invoke(req) {
      calls.push(req);
      await new Promise((r) => setTimeout(r, 0));
      if (!(req.channel in contract)) return fail('ERR_IPC_UNKNOWN_CHANNEL');
      const channel = req.channel as ChannelName;
      await held.get(channel);
      const def = contract[channel];
      const parsed = def.input.safeParse(req.input);
      if (!parsed.success) return fail('ERR_IPC_BAD_INPUT');
      const handler = handlers[channel] as ((i: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>) | undefined;
      if (!handler) return fail('ERR_IPC_UNKNOWN_CHANNEL');
      const answer = await handler(parsed.data);
      // Keep the fake honest: whatever it answers must be a valid envelope for this channel.
      return envelopeSchema(def.output).parse(answer);
    },
    cancel: () => Promise.resolve(false),
    onProgress: () => () => undefined,
    onEvent: () => () => undefined,
  };
  (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL] = bridge;
  return bridge;
}

export function removeFakeBridge(): void {
  delete (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL];
}
