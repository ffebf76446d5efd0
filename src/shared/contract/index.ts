// The IPC contract: every channel's input, output, permission and progress. The preload API, the
// renderer client and main's handlers are all typed from this object and nothing else.
import { z } from 'zod';
import { defineChannel } from './channel';
import { MAX_SECRET, secret } from './limits';
import {
  AuditExportFilter,
  AuditFilter,
  AuditVerifyResult,
  Person,
  PersonId,
  PersonInput,
  Program,
  ProgramId,
  ProgramInput,
  Role,
  SessionInfo,
  StoredAuditEntry,
  User,
  UserId,
  Username,
  UserStatus,
} from '../domain';
import { VaultState, VaultStatus } from './vault.schemas';
import { schedulingChannels } from './scheduling.channels';
import { keysChannels } from './keys.channels';
import { rotationChannels } from './rotation.channels';
import { backupChannels } from './backup.channels';

const none = z.strictObject({});

export const contract = {
  'app.info': defineChannel({
    permission: 'public',
    input: none,
    output: z.strictObject({
      name: z.string(),
      version: z.string(),
      schemaVersion: z.number().int().nonnegative(),
      platform: z.string(),
      host: z.enum(['electron', 'browser-host']),
    }),
  }),
  'app.health': defineChannel({
    permission: 'public',
    input: none,
    output: z.strictObject({
      status: z.enum(['ok', 'degraded']),
      uptimeSeconds: z.number().nonnegative(),
      vault: VaultState,
    }),
  }),
  'vault.status': defineChannel({ permission: 'public', input: none, output: VaultStatus }),
  'vault.setup': defineChannel({
    permission: 'public',
    input: z.strictObject({
      useKeychain: z.boolean(),
      passphrase: secret().optional(),
    }),
    // The recovery code crosses once, to be shown and printed; main keeps no copy.
    output: z.strictObject({ recoveryCode: z.string(), status: VaultStatus }),
    maxPayloadBytes: 4 * MAX_SECRET,
  }),
  'vault.confirmRecovery': defineChannel({
    permission: 'public',
    input: z.strictObject({ recoveryCode: secret() }),
    output: VaultStatus,
    maxPayloadBytes: 4 * MAX_SECRET,
  }),
  'vault.unlock': defineChannel({
    permission: 'public',
    input: z.discriminatedUnion('method', [
      z.strictObject({ method: z.literal('keychain') }),
      z.strictObject({ method: z.literal('passphrase'), passphrase: secret() }),
      z.strictObject({ method: z.literal('recovery'), recoveryCode: secret() }),
    ]),
    output: VaultStatus,
    maxPayloadBytes: 4 * MAX_SECRET,
  }),
  'vault.lock': defineChannel({ permission: 'public', input: none, output: VaultStatus }),
  'vault.changePassphrase': defineChannel({
    permission: 'vault.manage',
    input: z.strictObject({ newPassphrase: secret() }),
    output: VaultStatus,
    maxPayloadBytes: 4 * MAX_SECRET,
  }),
  'vault.addKeychainSlot': defineChannel({ permission: 'vault.manage', input: none, output: VaultStatus }),
  'vault.removeSlot': defineChannel({
    permission: 'vault.manage',
    input: z.strictObject({ slotId: z.string().max(64) }),
    output: VaultStatus,
  }),
  'auth.status': defineChannel({
    permission: 'public',
    input: none,
    // usersExist is null while the vault is locked (the store, and so the answer, is closed).
    output: z.strictObject({ session: SessionInfo.nullable(), usersExist: z.boolean().nullable() }),
  }),
  'auth.createFirstAdmin': defineChannel({
    permission: 'public',
    input: z.strictObject({ username: Username, displayName: z.string().trim().min(1).max(200), password: secret() }),
    output: SessionInfo,
    maxPayloadBytes: 4 * MAX_SECRET,
  }),
  'auth.login': defineChannel({
    permission: 'public',
    input: z.strictObject({ username: z.string().max(64), password: secret() }),
    output: SessionInfo,
    maxPayloadBytes: 4 * MAX_SECRET,
  }),
  // Sign-out and unlocking act only on the caller's own session, so they need none to be live.
  'auth.logout': defineChannel({ permission: 'public', input: none, output: z.strictObject({ signedOut: z.literal(true) }) }),
  'auth.unlock': defineChannel({
    permission: 'public',
    input: z.strictObject({ password: secret() }),
    output: SessionInfo,
    maxPayloadBytes: 4 * MAX_SECRET,
  }),
  'auth.lock': defineChannel({ permission: 'session', input: none, output: SessionInfo }),
  'account.changePassword': defineChannel({
    permission: 'session',
    input: z.strictObject({ currentPassword: secret(), newPassword: secret() }),
    output: SessionInfo,
    maxPayloadBytes: 4 * MAX_SECRET,
  }),
  'users.list': defineChannel({ permission: 'users.manage', input: none, output: z.array(User).max(10_000) }),
  'users.create': defineChannel({
    permission: 'users.manage',
    input: z.strictObject({
      username: Username,
      displayName: z.string().trim().min(1).max(200),
      role: Role,
      programIds: z.array(ProgramId).max(100),
      temporaryPassword: secret(),
    }),
    output: User,
    maxPayloadBytes: 4 * MAX_SECRET + 8192,
  }),
  'users.update': defineChannel({
    permission: 'users.manage',
    input: z.strictObject({
      userId: UserId,
      displayName: z.string().trim().min(1).max(200).optional(),
      role: Role.optional(),
      programIds: z.array(ProgramId).max(100).optional(),
      status: UserStatus.optional(),
    }),
    output: User,
  }),
  'users.resetPassword': defineChannel({
    permission: 'users.manage',
    input: z.strictObject({ userId: UserId, temporaryPassword: secret() }),
    output: User,
    maxPayloadBytes: 4 * MAX_SECRET,
  }),
  'audit.list': defineChannel({
    permission: 'audit.read',
    input: AuditFilter,
    output: z.strictObject({ entries: z.array(StoredAuditEntry).max(1000), total: z.number().int().nonnegative() }),
  }),
  'audit.verify': defineChannel({ permission: 'audit.read', input: none, output: AuditVerifyResult }),
  'audit.exportCsv': defineChannel({
    permission: 'audit.read',
    input: AuditExportFilter,
    // Bounded: an export larger than this is refused with ERR_IPC_BAD_OUTPUT; narrow the filter.
    output: z.strictObject({ csv: z.string().max(32 * 1024 * 1024), rows: z.number().int().nonnegative() }),
  }),
  'programs.list': defineChannel({ permission: 'program.read', input: none, output: z.array(Program).max(1000) }),
  'programs.create': defineChannel({ permission: 'programs.manage', input: ProgramInput, output: Program }),
  'people.list': defineChannel({ permission: 'program.read', input: z.strictObject({ programId: ProgramId }), output: z.array(Person).max(100_000) }),
  'people.get': defineChannel({ permission: 'program.read', input: z.strictObject({ programId: ProgramId, personId: PersonId }), output: Person }),
  'people.create': defineChannel({ permission: 'program.write', input: z.strictObject({ programId: ProgramId, person: PersonInput }), output: Person }),
  'people.update': defineChannel({
    permission: 'program.write',
    input: z.strictObject({ programId: ProgramId, personId: PersonId, person: PersonInput }),
    output: Person,
  }),
  'people.remove': defineChannel({
    permission: 'program.write',
    input: z.strictObject({ programId: ProgramId, personId: PersonId }),
    output: z.strictObject({ removed: z.literal(true) }),
  }),
  'people.findByEmail': defineChannel({
    permission: 'program.read',
    input: z.strictObject({ programId: ProgramId, email: z.string().max(254) }),
    output: z.strictObject({ person: Person.nullable() }),
  }),
  ...schedulingChannels,
  ...keysChannels,
  ...rotationChannels,
  ...backupChannels,
};

export type AppContract = typeof contract;


export type ChannelName = keyof AppContract;
export const channelNames = Object.keys(contract) as ChannelName[];

export { defineChannel, envelopeSchema, RequestFrame, ProgressFrame } from './channel';
export type { ChannelDef, Contract, Envelope, InputOf, OutputOf, ParsedInputOf, ProgressOf } from './channel';
export { ErrorCode, errorCodes, errorMessages, IpcError } from './errors';
export { MAX_PAYLOAD_BYTES, MAX_SECRET, MAX_TEXT } from './limits';
export { ALL_PROGRAMS_ROLES, Permission, roleAllows, rolePermissions } from './permissions';
export { KeychainStatus, SlotKind, SlotSummary, VaultState, VaultStatus } from './vault.schemas';
export { BRIDGE_GLOBAL, IPC_CANCEL, IPC_EVENT, IPC_INVOKE, IPC_PROGRESS } from './bridge';
export { AppEvent } from './events';
export { RotationTemplateInput } from './scheduling.channels';
export type { BridgeProgress, BridgeRequest, RendererBridge } from './bridge';
