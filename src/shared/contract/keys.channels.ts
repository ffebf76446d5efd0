// Owns the keys.* channels: listing and inspecting managed keys, generating, rotating, revoking,
// retiring, deleting (with the key's name typed as confirmation), exporting a public key and
// setting a key's access policy. Key material never crosses; only public keys are exported.
import { z } from 'zod';
import { defineChannel } from './channel';
import { KeyGenerateInput, KeyId, KeyListFilter, KeyPolicy, KeyUsageEntry, ManagedKey, PublicKeyExport, RevocationReason } from '../domain';

const byId = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ id: KeyId, ...shape });

export const keysChannels = {
  'keys.list': defineChannel({ permission: 'keys.manage', input: KeyListFilter, output: z.array(ManagedKey).max(10_000) }),
  'keys.get': defineChannel({
    permission: 'keys.manage',
    input: byId({ usageLimit: z.number().int().min(1).max(1000).default(100) }),
    output: z.strictObject({
      key: ManagedKey,
      /** The whole version chain, oldest first. */
      versions: z.array(ManagedKey).max(1000),
      /** Newest first. */
      usage: z.array(KeyUsageEntry).max(1000),
    }),
  }),
  'keys.generate': defineChannel({ permission: 'keys.manage', input: KeyGenerateInput, output: ManagedKey }),
  /** A new version becomes active; this one moves to rotating (or straight to inactive). */
  'keys.rotate': defineChannel({
    permission: 'keys.manage',
    input: byId({ retire: z.boolean().default(false) }),
    output: z.strictObject({ previous: ManagedKey, current: ManagedKey }),
  }),
  'keys.revoke': defineChannel({
    permission: 'keys.manage',
    input: byId({ reason: RevocationReason, comment: z.string().trim().max(500).optional() }),
    output: ManagedKey,
  }),
  /** Activate, retire or expire; revoking, rotating and deleting have their own channels. */
  'keys.setStatus': defineChannel({
    permission: 'keys.manage',
    input: byId({ status: z.enum(['active', 'inactive', 'expired']) }),
    output: ManagedKey,
  }),
  /** Schedules deletion: only an inactive key, or a revoked one with force; confirmName must be its name. */
  'keys.delete': defineChannel({
    permission: 'keys.manage',
    input: byId({ confirmName: z.string().max(100), force: z.boolean().default(false) }),
    output: ManagedKey,
  }),
  'keys.cancelDeletion': defineChannel({ permission: 'keys.manage', input: byId({}), output: ManagedKey }),
  'keys.exportPublic': defineChannel({ permission: 'keys.manage', input: byId({ format: z.enum(['pem', 'jwk']) }), output: PublicKeyExport }),
  'keys.setPolicy': defineChannel({ permission: 'keys.manage', input: byId({ policy: KeyPolicy }), output: ManagedKey }),
};
