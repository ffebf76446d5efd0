// Owns the answers of the keys.* channels. Every change to a key, and every export, is audited with
// its outcome (a refused or failed attempt too); the signed-in user is the key caller whose access
// the key's policy checks. Deletion due by time and expiry are swept before listing (and hourly by
// the core: managed-key-sweep.ts).
import type { AppContract } from '../../../shared/contract';
import type { AuditAction, AuditDetails } from '../../../shared/domain';
import { isCodedError } from '../errors';
import type { Caller, Handlers } from '../ipc';
import type { KeyCaller } from '../keys';
import { managedKeySweep } from './managed-key-sweep';
import type { CoreServices } from './services';

type Channels =
  | 'keys.list'
  | 'keys.get'
  | 'keys.generate'
  | 'keys.rotate'
  | 'keys.revoke'
  | 'keys.setStatus'
  | 'keys.delete'
  | 'keys.cancelDeletion'
  | 'keys.exportPublic'
  | 'keys.setPolicy';

const statusAction = { active: 'key.activate', inactive: 'key.deactivate', expired: 'key.expire' } as const;

export function keysHandlers({ keys, auth, record }: CoreServices): Pick<Handlers<AppContract>, Channels> {
  const keyCaller = (caller: Caller): KeyCaller => {
    const { userId, role } = auth.actor(caller);
    return { kind: 'user', userId, role };
  };
  const actorId = (caller: Caller) => auth.actor(caller).userId;

  /** Runs one key operation and records it, whatever its outcome; the error still reaches the caller. */
  async function audited<T>(caller: Caller, action: AuditAction, target: string | null, run: () => Promise<T> | T, details?: (t: T) => AuditDetails): Promise<T> {
    try {
      const result = await run();
      record(caller, { action, target, outcome: 'success', details: details?.(result) ?? null });
      return result;
    } catch (e) {
      const code = isCodedError(e) ? e.code : 'ERR_INTERNAL';
      record(caller, { action, target, outcome: code === 'ERR_KEYS_ACCESS_DENIED' ? 'denied' : 'failure', details: { code } });
      throw e;
    }
  }

  const sweep = managedKeySweep(keys, record);

  return {
    'keys.list': async (filter) => {
      await sweep();
      return keys.list(filter);
    },
    'keys.get': async ({ id, usageLimit }) => {
      await sweep();
      return { key: keys.get(id), versions: keys.versions(id), usage: keys.usage(id, usageLimit) };
    },
    'keys.generate': (input, { caller }) =>
      audited(
        caller,
        'key.create',
        null,
        () => keys.generate(input, actorId(caller)),
        (k) => ({ keyId: k.id, keyType: k.type, purpose: k.purpose }),
      ),
    'keys.rotate': ({ id, retire }, { caller }) =>
      audited(
        caller,
        'key.rotate',
        id,
        () => keys.rotateKey(id, { actor: actorId(caller), retire }),
        (r) => ({ newKeyId: r.current.id, version: r.current.version }),
      ),
    'keys.revoke': ({ id, reason, comment }, { caller }) =>
      // The free-text comment may name people: it stays with the key, never in the trail.
      audited(caller, 'key.revoke', id, () => keys.revoke(id, reason, comment), () => ({ cause: reason })),
    'keys.setStatus': ({ id, status }, { caller }) => audited(caller, statusAction[status], id, () => keys.setStatus(id, status)),
    'keys.delete': ({ id, confirmName, force }, { caller }) =>
      audited(
        caller,
        'key.deletion.schedule',
        id,
        () => keys.deleteKey(id, { confirmName, force }),
        (k) => ({ force, status: k.status }),
      ),
    'keys.cancelDeletion': ({ id }, { caller }) => audited(caller, 'key.deletion.cancel', id, () => keys.cancelDeletion(id)),
    'keys.exportPublic': ({ id, format }, { caller }) => audited(caller, 'key.export', id, () => keys.exportPublic(id, keyCaller(caller), format), () => ({ format })),
    'keys.setPolicy': ({ id, policy }, { caller }) => audited(caller, 'key.policy.change', id, () => keys.setPolicy(id, policy), () => ({ policy: policy.kind })),
  };
}
