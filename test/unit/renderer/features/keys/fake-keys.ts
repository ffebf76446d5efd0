// A scripted stand-in for main's managed keys, installed on a fake bridge with `bridge.on`: the
// keys.* channels keep state as main's keys service does — the contract's transition table,
// rotation making a new active version, deletion only of inactive keys (or revoked ones with
// force) with the name typed, a grace period before destruction, policies across the chain, and a
// usage log that grows with every export. Refusals carry main's codes.
import { errorMessages, type ErrorCode, type Envelope } from '../../../../../src/shared/contract';
import {
  canTransition,
  KeyGenerateInput,
  keyOperations,
  type KeyUsageEntry,
  type ManagedKey,
} from '../../../../../src/shared/domain';
import type { FakeBridge } from '../../fake-bridge';

const fail = (code: ErrorCode): Envelope<never> => ({ ok: false, error: { code, message: errorMessages[code] } });
const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
const GRACE_DAYS = 7;

export interface FakeKeySeed {
  name: string;
  type?: ManagedKey['type'];
  purpose?: ManagedKey['purpose'];
  status?: ManagedKey['status'];
  policy?: ManagedKey['policy'];
  rotationDays?: number | null;
}

export interface FakeKeys {
  keys: ManagedKey[];
  usage: KeyUsageEntry[];
  named(name: string, version?: number): ManagedKey;
}

export function keyView(seed: FakeKeySeed, i = 0): ManagedKey {
  const at = new Date(Date.UTC(2025, 6, 1 + i, 9)).toISOString();
  return {
    id: crypto.randomUUID(),
    name: seed.name,
    description: '',
    type: seed.type ?? 'aes-256',
    purpose: seed.purpose ?? 'encryption',
    status: seed.status ?? 'active',
    version: 1,
    previousId: null,
    nextId: null,
    provider: 'software',
    kekVersion: 1,
    createdAt: at,
    updatedAt: at,
    expiresAt: null,
    rotationDays: seed.rotationDays ?? null,
    nextRotationAt: null,
    revokedAt: seed.status === 'revoked' ? at : null,
    revocationReason: seed.status === 'revoked' ? 'superseded' : null,
    deletionDueAt: null,
    deletedAt: null,
    lastBackupAt: null,
    lastBackupId: null,
    policy: seed.policy ?? { kind: 'admin-only' },
  };
}

export function installKeys(bridge: FakeBridge, seeds: FakeKeySeed[] = []): FakeKeys {
  const state: FakeKeys = {
    keys: seeds.map(keyView),
    usage: [],
    named(name, version) {
      const k = state.keys.filter((x) => x.name === name && (version === undefined || x.version === version)).sort((a, b) => b.version - a.version)[0];
      if (!k) throw new Error(`fake keys: no key ${name}`);
      return k;
    },
  };
  const find = (id: string) => state.keys.find((k) => k.id === id);
  const stamp = () => new Date().toISOString();
  const chain = (k: ManagedKey) => {
    let first = k;
    while (first.previousId) first = find(first.previousId)!;
    const out = [first];
    while (out.at(-1)!.nextId) out.push(find(out.at(-1)!.nextId!)!);
    return out;
  };
  /** Applies a change to a key if it exists, as main's `change` does. */
  const change = (id: string, fn: (k: ManagedKey) => ErrorCode | Partial<ManagedKey>): Envelope<ManagedKey> => {
    const k = find(id);
    if (!k) return fail('ERR_KEYS_NOT_FOUND');
    const next = fn(k);
    if (typeof next === 'string') return fail(next);
    Object.assign(k, next, { updatedAt: stamp() });
    return ok(structuredClone(k));
  };

  bridge.on('keys.list', (f) =>
    ok(
      state.keys
        .filter((k) => (f.status ? k.status === f.status : k.status !== 'deleted' || f.includeDeleted))
        .filter((k) => (!f.type || k.type === f.type) && (!f.purpose || k.purpose === f.purpose))
        .map((k) => structuredClone(k)),
    ),
  );
  bridge.on('keys.get', ({ id, usageLimit }) => {
    const k = find(id);
    if (!k) return fail('ERR_KEYS_NOT_FOUND');
    const usage = state.usage.filter((u) => u.keyId === id).reverse().slice(0, usageLimit);
    return ok({ key: structuredClone(k), versions: structuredClone(chain(k)), usage: structuredClone(usage) });
  });
  bridge.on('keys.generate', (raw) => {
    const input = KeyGenerateInput.parse(raw);
    if (keyOperations(input.type, input.purpose).every((op) => op === 'export')) return fail('ERR_KEYS_UNSUPPORTED_OPERATION');
    if (state.keys.some((k) => k.name === input.name && k.status !== 'deleted')) return fail('ERR_KEYS_NAME_TAKEN');
    const k = { ...keyView({ name: input.name, type: input.type, purpose: input.purpose, policy: input.policy, rotationDays: input.rotationDays }), description: input.description, expiresAt: input.expiresAt, createdAt: stamp() };
    state.keys.push(k);
    return ok(structuredClone(k));
  });
  bridge.on('keys.rotate', ({ id, retire }) => {
    const old = find(id);
    if (!old) return fail('ERR_KEYS_NOT_FOUND');
    if (old.status !== 'active' || old.nextId) return fail('ERR_KEYS_INVALID_TRANSITION');
    const next: ManagedKey = { ...structuredClone(old), id: crypto.randomUUID(), version: old.version + 1, previousId: old.id, nextId: null, createdAt: stamp(), updatedAt: stamp() };
    Object.assign(old, { status: retire ? 'inactive' : 'rotating', nextId: next.id, updatedAt: stamp() });
    state.keys.push(next);
    return ok({ previous: structuredClone(old), current: structuredClone(next) });
  });
  bridge.on('keys.revoke', ({ id, reason }) =>
    change(id, (k) => (canTransition(k.status, 'revoked') ? { status: 'revoked', revokedAt: stamp(), revocationReason: reason } : 'ERR_KEYS_INVALID_TRANSITION')),
  );
  bridge.on('keys.setStatus', ({ id, status }) =>
    change(id, (k) => (canTransition(k.status, status) && !(status === 'active' && k.nextId) ? { status } : 'ERR_KEYS_INVALID_TRANSITION')),
  );
  bridge.on('keys.delete', ({ id, confirmName, force }) =>
    change(id, (k) => {
      if (confirmName !== k.name) return 'ERR_KEYS_CONFIRMATION_REQUIRED';
      if (k.status === 'revoked' && !force) return 'ERR_KEYS_CONFIRMATION_REQUIRED';
      if (k.status !== 'inactive' && k.status !== 'revoked') return 'ERR_KEYS_INVALID_TRANSITION';
      return { status: 'pending-deletion', deletionDueAt: new Date(Date.now() + GRACE_DAYS * 86_400_000).toISOString() };
    }),
  );
  bridge.on('keys.cancelDeletion', ({ id }) =>
    change(id, (k) => (k.status === 'pending-deletion' ? { status: k.revokedAt ? 'revoked' : 'inactive', deletionDueAt: null } : 'ERR_KEYS_INVALID_TRANSITION')),
  );
  bridge.on('keys.setPolicy', ({ id, policy }) => {
    const k = find(id);
    if (!k) return fail('ERR_KEYS_NOT_FOUND');
    for (const v of chain(k)) if (v.status !== 'deleted') v.policy = structuredClone(policy);
    return ok(structuredClone(k));
  });
  bridge.on('keys.exportPublic', ({ id, format }) => {
    const k = find(id);
    if (!k) return fail('ERR_KEYS_NOT_FOUND');
    const entry = { keyId: id, at: stamp(), operation: 'export' as const, caller: bridge.auth.session!.userId };
    if (k.type === 'aes-256') {
      state.usage.push({ ...entry, outcome: 'failure', errorCode: 'ERR_KEYS_UNSUPPORTED_OPERATION' });
      return fail('ERR_KEYS_UNSUPPORTED_OPERATION');
    }
    state.usage.push({ ...entry, outcome: 'success', errorCode: null });
    return ok(
      format === 'pem'
        ? { format: 'pem' as const, pem: '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n' }
        : { format: 'jwk' as const, jwk: { kty: 'EC' as const, kid: id, alg: 'ES256', crv: 'P-256', x: 'x', y: 'y' } },
    );
  });
  return state;
}
