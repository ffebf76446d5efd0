// A scripted stand-in for main, installed where the preload puts the real bridge
// (globalThis.resched). It speaks the contract: every call passes the channel's permission as
// main's authorize does (vault open → session → not locked → no pending password change → role
// allows it), inputs are parsed with the channel's input schema (bad input → ERR_IPC_BAD_INPUT, as
// main does), answers are checked against the output schema, and errors carry errorMessages[code]
// exactly as main's dispatcher sends them. This window holds at most one session, as in main.
// The audit trail is scripted as entries (each parsed with the contract's AuditEntryInput, as
// main's trail does) and grows as main's does for what the fake models: sign-ins and unlocks
// (success, failure, lockout), accounts created, and every verify and export. Entries carry a
// stand-in MAC.
import { configure } from '@testing-library/react';
import {
  type AppContract,
  type AppEvent,
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
  roleAllows,
  type SlotKind,
  type SlotSummary,
  type VaultStatus,
} from '../../../src/shared/contract';
import {
  type AuditEntry,
  AuditEntryInput,
  type AuditExportFilter,
  type AuditProblem,
  type AuditVerifyResult,
  type Program,
  type Role,
  type SessionInfo,
  type User,
  type UserStatus,
} from '../../../src/shared/domain';

// Every renderer test reaches this module. On a loaded 2-core CI host a screen can take longer than
// testing-library's 1 s default to settle; waiting longer changes no outcome, only flakiness.
configure({ asyncUtilTimeout: 4000 });

export const RECOVERY_CODE = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789';
export const APP_VERSION = '0.1.0-test';

export interface FakeUserSeed {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  status?: UserStatus;
  mustChangePassword?: boolean;
  /** Program codes (see PROGRAMS). */
  programs?: string[];
  lastLoginAt?: string | null;
}

/** The administrator every unlocked fake vault has unless told otherwise. */
export const ADMIN: FakeUserSeed = { username: 'avery', displayName: 'Avery Admin', role: 'admin', password: 'amber quartz violin seventy' };
export const COORDINATOR: FakeUserSeed = {
  username: 'casey',
  displayName: 'Casey Coordinator',
  role: 'coordinator',
  password: 'silver kettle morning drizzle',
  programs: ['IM'],
};

export const PROGRAMS: Program[] = [
  { id: '6f1c2a0e-4b7d-4c1e-9a55-0d3f8b2e7c11', code: 'IM', name: 'Internal Medicine', dataKeyVersion: 1, createdAt: '2025-06-01T09:00:00.000Z' },
  { id: '9a7e5d3c-1b2f-4e6a-8c0d-2f4b6a8c0e22', code: 'PEDS', name: 'Pediatrics', dataKeyVersion: 1, createdAt: '2025-06-02T09:00:00.000Z' },
];

/** An audit entry to script; seq, MAC and (unless given) time are the fake trail's. */
export interface FakeAuditSeed {
  /** A user name (→ that account's id), or 'system' / 'cli' / a user id as stored. */
  actor: string;
  action: AuditEntry['action'];
  /** A user name (→ that account's id) or any id as stored. */
  target?: string | null;
  outcome?: AuditEntry['outcome'];
  details?: AuditEntry['details'];
  /** ISO time; default: one minute apart from 2025-07-01T08:00Z. */
  at?: string;
}

export interface FakeAuditState {
  /** Oldest first, seq 1, 2, 3, … */
  entries: AuditEntry[];
  /** When set, audit.verify reports this break (and, for a cut-off tail, appends are refused as in main). */
  tamper: { problem: AuditProblem; firstBadSeq?: number } | null;
}

export interface FakeAuthScript {
  /** Accounts (default: none before setup, else ADMIN). */
  users: FakeUserSeed[];
  /** Who is signed in on this window (default: the first user, when the vault starts unlocked). */
  signedIn: string | null;
  /** The session starts locked (as after main's idle timer). */
  sessionLocked: boolean;
  programs: Program[];
  /** The audit trail before the window opens (default: empty). */
  audit: FakeAuditSeed[];
  auditTamper: FakeAuditState['tamper'];
}

export interface FakeUser extends User {
  password: string;
}

export interface FakeAuthState {
  users: FakeUser[];
  /** This window's session, as main keeps it. */
  session: { userId: string; locked: boolean } | null;
  programs: Program[];
  /** Failed sign-ins per user name (five lock the name out). */
  failures: Map<string, number>;
}

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
  readonly auth: FakeAuthState;
  readonly audit: FakeAuditState;
  /** The account with this user name (throws when there is none). */
  user(username: string): FakeUser;
  /** Push an app event to the page, as main's broadcast does. */
  emit(event: AppEvent): void;
  /** Calls on `channel` so far. */
  callsTo(channel: ChannelName): BridgeRequest[];
  /** Replace one channel's behaviour. */
  on<K extends ChannelName>(channel: K, handler: Handler<K>): void;
  /** Hold answers on `channel` until the returned function is called (to see busy states). */
  hold(channel: ChannelName): () => void;
  /** The next call on `channel` (once it passes authorization) is refused with `code`, as main would word it. */
  failNext(channel: ChannelName, code: ErrorCode): void;
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

const MAX_FAILURES = 5;
const now = () => new Date().toISOString();

export function installFakeBridge(script: Partial<FakeVaultScript & FakeAuthScript> = {}): FakeBridge {
  const { users: userSeeds, signedIn, sessionLocked, programs, audit: auditSeeds, auditTamper, ...vaultScript } = script;
  const vault: FakeVaultScript = {
    state: 'uninitialized',
    slots: [],
    keychainAvailable: true,
    recoveryConfirmed: false,
    passphrase: null,
    ...vaultScript,
  };
  const programList = programs ?? PROGRAMS;
  const seeds = userSeeds ?? (vault.state === 'uninitialized' ? [] : [ADMIN]);
  const auth: FakeAuthState = {
    programs: programList,
    failures: new Map(),
    session: null,
    users: seeds.map((seed, i): FakeUser => ({
      id: crypto.randomUUID(),
      username: seed.username,
      displayName: seed.displayName,
      role: seed.role,
      programIds: (seed.programs ?? []).map((code) => {
        const program = programList.find((p) => p.code === code);
        if (!program) throw new Error(`fake bridge: no program ${code}`);
        return program.id;
      }),
      status: seed.status ?? 'active',
      mustChangePassword: seed.mustChangePassword ?? false,
      createdAt: `2025-07-0${(i % 9) + 1}T08:00:00.000Z`,
      updatedAt: `2025-07-0${(i % 9) + 1}T08:00:00.000Z`,
      lastLoginAt: seed.lastLoginAt ?? null,
      password: seed.password,
    })),
  };
  const userNamed = (username: string) => auth.users.find((u) => u.username === username);
  const signInName = signedIn === undefined ? (vault.state === 'unlocked' ? (auth.users[0]?.username ?? null) : null) : signedIn;
  if (signInName !== null) {
    const u = userNamed(signInName);
    if (!u) throw new Error(`fake bridge: no user ${signInName}`);
    auth.session = { userId: u.id, locked: sessionLocked ?? false };
  }
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
  /** The account password policy, as main words its refusals (codes only cross). */
  const passwordProblem = (p: string, username: string): ErrorCode | null => {
    if ([...p.normalize('NFKC')].length < 15) return 'ERR_PASSWORD_TOO_SHORT';
    if (p.toLowerCase().startsWith('password')) return 'ERR_PASSWORD_COMMON';
    if (username.length >= 4 && p.toLowerCase().includes(username)) return 'ERR_PASSWORD_CONTAINS_NAME';
    return null;
  };
  const publicUser = ({ password: _password, ...u }: FakeUser): User => ({ ...u, programIds: [...u.programIds] });
  const sessionUser = () => auth.users.find((u) => u.id === auth.session?.userId);
  const sessionInfo = (): SessionInfo => {
    const u = sessionUser()!;
    return {
      userId: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      programIds: [...u.programIds],
      locked: auth.session!.locked,
      mustChangePassword: u.mustChangePassword,
      expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
    };
  };
  const touch = (u: FakeUser) => {
    u.updatedAt = now();
  };
  const activeAdmins = () => auth.users.filter((u) => u.role === 'admin' && u.status === 'active').length;
  const unknownProgram = (ids: readonly string[]) => ids.some((id) => !auth.programs.some((p) => p.id === id));

  // ── the audit trail ──
  const audit: FakeAuditState = { entries: [], tamper: auditTamper ?? null };
  const fakeMac = (seq: number) => seq.toString(16).padStart(64, '0');
  const canonicalDetails = (d: NonNullable<AuditEntry['details']>): AuditEntry['details'] =>
    Object.fromEntries(Object.entries(d).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  /** main's trail.record: the input parsed as the contract says, then appended with the next seq. */
  const appendAudit = (input: AuditEntryInput, at: string) => {
    const e = AuditEntryInput.parse(input);
    const seq = audit.entries.length + 1;
    audit.entries.push({
      seq,
      at,
      actor: e.actor,
      action: e.action,
      target: e.target ?? null,
      outcome: e.outcome,
      details: e.details ? canonicalDetails(e.details) : null,
      mac: fakeMac(seq),
    });
  };
  /** main's audit recorder: a log that does not end at its head refuses appends, and the action still happens. */
  const record = (input: AuditEntryInput) => {
    if (audit.tamper?.problem === 'truncated' || audit.tamper?.problem === 'head-mismatch') return;
    appendAudit(input, now());
  };
  const idOf = (nameOrId: string) => userNamed(nameOrId)?.id ?? nameOrId;
  (auditSeeds ?? []).forEach((seed, i) =>
    appendAudit(
      {
        actor: idOf(seed.actor),
        action: seed.action,
        target: seed.target === undefined || seed.target === null ? seed.target : idOf(seed.target),
        outcome: seed.outcome ?? 'success',
        details: seed.details,
      },
      seed.at ?? new Date(Date.UTC(2025, 6, 1, 8) + i * 60_000).toISOString(),
    ),
  );
  /** main's filter: every field narrows; from inclusive, to exclusive, compared as normalised ISO text. */
  const auditMatching = (f: AuditExportFilter) => {
    const from = f.from === undefined ? undefined : new Date(f.from).toISOString();
    const to = f.to === undefined ? undefined : new Date(f.to).toISOString();
    return audit.entries.filter(
      (e) =>
        (f.actor === undefined || e.actor === f.actor) &&
        (f.action === undefined || e.action === f.action) &&
        (f.target === undefined || e.target === f.target) &&
        (f.outcome === undefined || e.outcome === f.outcome) &&
        (from === undefined || e.at >= from) &&
        (to === undefined || e.at < to),
    );
  };
  /** main's CSV: RFC 4180 with the formula-injection guard, oldest first. */
  const csvCell = (value: string | number | null) => {
    let s = value === null ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const csvLine = (cells: (string | number | null)[]) => `${cells.map(csvCell).join(',')}\r\n`;

  /** Main's authorize, in its order. */
  const authorize = (channel: ChannelName): ErrorCode | null => {
    const permission = contract[channel].permission;
    if (permission === 'public') return null;
    if (!unlocked()) return 'ERR_VAULT_LOCKED';
    if (!auth.session) return 'ERR_AUTH_REQUIRED';
    if (auth.session.locked) return 'ERR_AUTH_SESSION_LOCKED';
    const u = sessionUser();
    if (!u || u.status !== 'active') {
      auth.session = null;
      return 'ERR_AUTH_SESSION_EXPIRED';
    }
    if (u.mustChangePassword && permission !== 'session') return 'ERR_AUTH_PASSWORD_CHANGE_REQUIRED';
    if (!roleAllows(u.role, permission)) return 'ERR_PERMISSION_DENIED';
    return null;
  };

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
      auth.session = null; // main ends every session with the vault
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
    'auth.status': () =>
      ok(unlocked() ? { session: auth.session ? sessionInfo() : null, usersExist: auth.users.length > 0 } : { session: null, usersExist: null }),
    'auth.createFirstAdmin': ({ username, displayName, password }) => {
      if (!unlocked()) return fail('ERR_VAULT_LOCKED');
      if (auth.users.length > 0) return fail('ERR_USERS_ALREADY_EXIST');
      const problem = passwordProblem(password, username);
      if (problem) return fail(problem);
      const t = now();
      const admin: FakeUser = {
        id: crypto.randomUUID(),
        username,
        displayName,
        role: 'admin',
        programIds: [],
        status: 'active',
        mustChangePassword: false,
        createdAt: t,
        updatedAt: t,
        lastLoginAt: t,
        password,
      };
      auth.users.push(admin);
      auth.session = { userId: admin.id, locked: false };
      record({ actor: admin.id, action: 'user.create', target: admin.id, outcome: 'success', details: { role: 'admin', first: true } });
      record({ actor: admin.id, action: 'auth.login', target: admin.id, outcome: 'success' }); // main signs them in with auth.login
      return ok(sessionInfo());
    },
    'auth.login': ({ username: raw, password }) => {
      if (!unlocked()) return fail('ERR_VAULT_LOCKED');
      const username = raw.trim().toLowerCase();
      const u = userNamed(username);
      const who = { actor: u?.id ?? 'system', target: u?.id ?? null };
      if ((auth.failures.get(username) ?? 0) >= MAX_FAILURES) {
        record({ ...who, action: 'auth.lockout', outcome: 'denied' });
        return fail('ERR_AUTH_LOCKED_OUT');
      }
      if (!u || u.password !== password || u.status !== 'active') {
        auth.failures.set(username, (auth.failures.get(username) ?? 0) + 1);
        const cause = !u ? 'unknown-user' : u.password !== password ? 'wrong-password' : u.status;
        record({ ...who, action: 'auth.login.failure', outcome: 'failure', details: { cause } });
        return fail('ERR_AUTH_INVALID_CREDENTIALS');
      }
      auth.failures.delete(username);
      u.lastLoginAt = now();
      auth.session = { userId: u.id, locked: false };
      record({ ...who, action: 'auth.login', outcome: 'success' });
      return ok(sessionInfo());
    },
    'auth.logout': () => {
      auth.session = null;
      return ok({ signedOut: true as const });
    },
    'auth.lock': () => {
      auth.session!.locked = true;
      return ok(sessionInfo());
    },
    'auth.unlock': ({ password }) => {
      if (!auth.session) return fail('ERR_AUTH_SESSION_EXPIRED');
      const u = sessionUser();
      if (!u || u.status !== 'active') {
        auth.session = null;
        return fail('ERR_AUTH_SESSION_EXPIRED');
      }
      if (u.password !== password) {
        record({ actor: u.id, action: 'auth.login.failure', target: u.id, outcome: 'failure', details: { step: 'unlock' } });
        return fail('ERR_AUTH_INVALID_CREDENTIALS');
      }
      auth.session.locked = false;
      record({ actor: u.id, action: 'auth.login', target: u.id, outcome: 'success', details: { step: 'unlock' } });
      return ok(sessionInfo());
    },
    'account.changePassword': ({ currentPassword, newPassword }) => {
      const u = sessionUser()!;
      if (u.password !== currentPassword) return fail('ERR_AUTH_INVALID_CREDENTIALS');
      const problem = passwordProblem(newPassword, u.username);
      if (problem) return fail(problem);
      u.password = newPassword;
      u.mustChangePassword = false;
      touch(u);
      return ok(sessionInfo());
    },
    'users.list': () => ok(auth.users.map(publicUser)),
    'users.create': ({ username, displayName, role, programIds, temporaryPassword }) => {
      if (userNamed(username)) return fail('ERR_USERNAME_TAKEN');
      const problem = passwordProblem(temporaryPassword, username);
      if (problem) return fail(problem);
      if (unknownProgram(programIds)) return fail('ERR_PROGRAM_NOT_FOUND');
      const t = now();
      const u: FakeUser = {
        id: crypto.randomUUID(),
        username,
        displayName,
        role,
        programIds: role === 'admin' || role === 'auditor' ? [] : [...programIds],
        status: 'active',
        mustChangePassword: true,
        createdAt: t,
        updatedAt: t,
        lastLoginAt: null,
        password: temporaryPassword,
      };
      auth.users.push(u);
      record({ actor: auth.session!.userId, action: 'user.create', target: u.id, outcome: 'success', details: { role } });
      return ok(publicUser(u));
    },
    'users.update': ({ userId, displayName, role, programIds, status: nextStatus }) => {
      const u = auth.users.find((x) => x.id === userId);
      if (!u) return fail('ERR_USER_NOT_FOUND');
      const nextRole = role ?? u.role;
      const statusAfter = nextStatus ?? u.status;
      const losesAdmin = u.role === 'admin' && u.status === 'active' && (nextRole !== 'admin' || statusAfter !== 'active');
      if (losesAdmin && activeAdmins() <= 1) return fail('ERR_USER_LAST_ADMIN');
      if (programIds && unknownProgram(programIds)) return fail('ERR_PROGRAM_NOT_FOUND');
      if (displayName !== undefined) u.displayName = displayName;
      if (programIds !== undefined || role !== undefined) {
        u.programIds = nextRole === 'admin' || nextRole === 'auditor' ? [] : [...(programIds ?? u.programIds)];
      }
      u.role = nextRole;
      u.status = statusAfter;
      touch(u);
      return ok(publicUser(u));
    },
    'users.resetPassword': ({ userId, temporaryPassword }) => {
      const u = auth.users.find((x) => x.id === userId);
      if (!u) return fail('ERR_USER_NOT_FOUND');
      const problem = passwordProblem(temporaryPassword, u.username);
      if (problem) return fail(problem);
      u.password = temporaryPassword;
      u.mustChangePassword = true;
      touch(u);
      if (auth.session?.userId === u.id) auth.session = null; // main revokes their tokens
      return ok(publicUser(u));
    },
    'programs.list': () => ok(auth.programs),
    'audit.list': ({ limit, offset, ...filter }) => {
      const matching = auditMatching(filter);
      const start = offset ?? 0;
      const entries = [...matching].reverse().slice(start, start + (limit ?? 100));
      return ok({ entries: structuredClone(entries), total: matching.length });
    },
    'audit.verify': () => {
      const entries = audit.entries.length;
      const result: AuditVerifyResult = audit.tamper ? { valid: false, entries, ...audit.tamper } : { valid: true, entries };
      record({ actor: auth.session!.userId, action: 'audit.verify', outcome: result.valid ? 'success' : 'failure', details: { entries } });
      return ok(result);
    },
    'audit.exportCsv': (filter) => {
      const rows = auditMatching(filter);
      let csv = csvLine(['seq', 'at', 'actor', 'action', 'target', 'outcome', 'details', 'prev_mac', 'mac']);
      for (const e of rows) {
        const details = e.details ? JSON.stringify(e.details) : null;
        csv += csvLine([e.seq, e.at, e.actor, e.action, e.target, e.outcome, details, e.seq === 1 ? '0'.repeat(64) : fakeMac(e.seq - 1), e.mac]);
      }
      record({ actor: auth.session!.userId, action: 'audit.export', outcome: 'success', details: { rows: rows.length } });
      return ok({ csv, rows: rows.length });
    },
  };

  const calls: BridgeRequest[] = [];
  const held = new Map<ChannelName, Promise<void>>();
  const failing = new Map<ChannelName, ErrorCode>();
  const eventListeners = new Set<(event: AppEvent) => void>();

  const bridge: FakeBridge = {
    calls,
    vault,
    auth,
    audit,
    user(username) {
      const u = userNamed(username);
      if (!u) throw new Error(`fake bridge: no user ${username}`);
      return u;
    },
    emit(event) {
      eventListeners.forEach((listener) => listener(event));
    },
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
    failNext(channel, code) {
      failing.set(channel, code);
    },
    async invoke(req) {
      calls.push(req);
      await new Promise((r) => setTimeout(r, 0));
      if (!(req.channel in contract)) return fail('ERR_IPC_UNKNOWN_CHANNEL');
      const channel = req.channel as ChannelName;
      await held.get(channel);
      const def = contract[channel];
      const denied = authorize(channel);
      if (denied) return fail(denied);
      const parsed = def.input.safeParse(req.input);
      if (!parsed.success) return fail('ERR_IPC_BAD_INPUT');
      const scripted = failing.get(channel);
      if (scripted) {
        failing.delete(channel);
        return fail(scripted);
      }
      const handler = handlers[channel] as ((i: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>) | undefined;
      if (!handler) return fail('ERR_IPC_UNKNOWN_CHANNEL');
      const answer = await handler(parsed.data);
      // Keep the fake honest: whatever it answers must be a valid envelope for this channel.
      return envelopeSchema(def.output).parse(answer);
    },
    cancel: () => Promise.resolve(false),
    onProgress: () => () => undefined,
    onEvent(listener) {
      eventListeners.add(listener);
      return () => {
        eventListeners.delete(listener);
      };
    },
  };
  (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL] = bridge;
  return bridge;
}

export function removeFakeBridge(): void {
  delete (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL];
}
