// Owns sessions: sign-in (with lockout and equal answers for unknown users and wrong passwords),
// sign-out, idle and manual session lock, password change, and the permission check every IPC call
// passes. Tokens never leave main: each window or browser-host connection (the caller) holds a
// session here, and every call re-verifies its access token, rotating it when it expires.
import { type ErrorCode, type Permission, roleAllows, ALL_PROGRAMS_ROLES } from '../../../shared/contract';
import type { Role, SessionInfo } from '../../../shared/domain';
import { CodedError } from '../errors';
import type { Caller } from '../ipc';
import type { Logger } from '../log';
import { recentFailures, recordLoginAttempt, type ReadableDb, type WritableDb } from '../store';
import type { PasswordHashing, UsersService } from '../users';
import { InvalidCredentialsError, LockedOutError, SessionExpiredError } from './errors';
import { DEFAULT_LOCKOUT, type LockoutPolicy, lockoutRemaining } from './lockout';
import type { TokenPair, TokenService } from './tokens';

export const DEFAULT_IDLE_MINUTES = 15;

interface Session {
  userId: string;
  tokens: TokenPair;
  lastActivity: number;
  locked: boolean;
}

export interface Actor {
  userId: string;
  role: Role;
  programIds: readonly string[];
}

export type AuthEvent =
  | { action: 'auth.login'; outcome: 'success' | 'failure'; userId: string | null; reason?: string }
  | { action: 'auth.lockout'; outcome: 'denied'; userId: string | null }
  | { action: 'auth.logout' | 'auth.lock' | 'auth.unlock' | 'auth.password.change'; outcome: 'success' | 'failure'; userId: string };

export interface AuthService {
  status(caller: Caller): SessionInfo | null;
  login(caller: Caller, username: string, password: string): Promise<SessionInfo>;
  logout(caller: Caller): Promise<void>;
  lock(caller: Caller): SessionInfo;
  unlock(caller: Caller, password: string): Promise<SessionInfo>;
  changePassword(caller: Caller, current: string, next: string): Promise<SessionInfo>;
  /** null to allow; else the code that refuses. Keeps the session alive (activity, token rotation). */
  authorize(caller: Caller, permission: Permission): Promise<ErrorCode | null>;
  actor(caller: Caller): Actor;
  /** Program-scoped checks: admins and auditors see every program, others their own. */
  canAccessProgram(caller: Caller, programId: string): boolean;
  dropCaller(caller: Caller): void;
  /** Locks every session (OS lock screen); returns how many were newly locked. */
  lockAll(): number;
  /** Locks sessions idle past the limit; returns how many were newly locked. */
  sweepIdle(): number;
  /** Every session ends (vault locked). */
  endAll(): void;
}

export interface AuthDeps {
  users: UsersService;
  hashing: PasswordHashing;
  tokens: TokenService;
  reader: () => ReadableDb;
  writer: () => WritableDb;
  log: Logger;
  onEvent?: (e: AuthEvent) => void;
  now?: () => Date;
  idleMinutes?: number;
  lockout?: LockoutPolicy;
}

export function createAuthService(deps: AuthDeps): AuthService {
  const now = deps.now ?? (() => new Date());
  const idleMs = (deps.idleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000;
  const lockout = deps.lockout ?? DEFAULT_LOCKOUT;
  const sessions = new Map<string, Session>();
  const emit = (e: AuthEvent) => deps.onEvent?.(e);

  function info(s: Session): SessionInfo {
    const u = deps.users.get(s.userId);
    return {
      userId: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      programIds: u.programIds,
      locked: s.locked,
      mustChangePassword: u.mustChangePassword,
      expiresAt: s.tokens.accessExpiresAt.toISOString(),
    };
  }

  function sessionOf(caller: Caller): Session {
    const s = sessions.get(caller.id);
    if (!s) throw new SessionExpiredError('no session for this caller');
    return s;
  }

  /** Verifies the caller's tokens, rotating an expired access token with the refresh token. */
  async function liveSession(caller: Caller): Promise<Session> {
    const s = sessionOf(caller);
    try {
      await deps.tokens.verifyAccess(s.tokens.access, caller.id);
    } catch (e) {
      if (!(e instanceof SessionExpiredError)) throw e;
      try {
        s.tokens = await deps.tokens.rotate(s.tokens.refresh, caller.id);
      } catch (inner) {
        sessions.delete(caller.id);
        throw inner;
      }
    }
    const u = deps.users.get(s.userId);
    if (u.status !== 'active') {
      sessions.delete(caller.id);
      throw new SessionExpiredError('account no longer active');
    }
    return s;
  }

  /** Re-entering the password (lock screen, password change) counts toward the same lockout as sign-in. */
  async function checkPassword(userId: string, password: string): Promise<boolean> {
    const username = deps.users.get(userId).username;
    const since = new Date(now().getTime() - lockout.windowMinutes * 60_000).toISOString();
    const wait = lockoutRemaining(recentFailures(deps.reader(), username, since), now(), lockout);
    if (wait > 0) {
      emit({ action: 'auth.lockout', outcome: 'denied', userId });
      throw new LockedOutError(wait);
    }
    const row = deps.users.credentialsOf(username);
    const ok = row ? await deps.hashing.verify(password, row.password_hash) : false;
    recordLoginAttempt(deps.writer(), username, now().toISOString(), ok);
    return ok;
  }

  return {
    status(caller) {
      const s = sessions.get(caller.id);
      if (!s) return null;
      if (deps.users.get(s.userId).status !== 'active') {
        sessions.delete(caller.id);
        return null;
      }
      if (!s.locked && now().getTime() - s.lastActivity > idleMs) s.locked = true;
      return info(s);
    },

    async login(caller, rawUsername, password) {
      const username = rawUsername.trim().toLowerCase().slice(0, 64);
      const since = new Date(now().getTime() - lockout.windowMinutes * 60_000).toISOString();
      const wait = lockoutRemaining(recentFailures(deps.reader(), username, since), now(), lockout);
      const row = deps.users.credentialsOf(username);
      if (wait > 0) {
        emit({ action: 'auth.lockout', outcome: 'denied', userId: row?.id ?? null });
        throw new LockedOutError(wait);
      }
      // Unknown users cost one bcrypt verify too: the answer and its timing say nothing.
      const ok = row ? await deps.hashing.verify(password, row.password_hash) : await deps.hashing.verifyAgainstDummy(password);
      recordLoginAttempt(deps.writer(), username, now().toISOString(), ok && row?.status === 'active');
      if (!ok || !row) {
        emit({ action: 'auth.login', outcome: 'failure', userId: row?.id ?? null, reason: row ? 'wrong-password' : 'unknown-user' });
        throw new InvalidCredentialsError();
      }
      if (row.status !== 'active') {
        emit({ action: 'auth.login', outcome: 'failure', userId: row.id, reason: row.status });
        throw new InvalidCredentialsError(`account ${row.status}`);
      }
      if (deps.hashing.needsRehash(row.password_hash)) await deps.users.rehash(row.id, password);
      deps.users.touchLogin(row.id);
      const previous = sessions.get(caller.id);
      if (previous) await deps.tokens.revoke(previous.tokens);
      const s: Session = { userId: row.id, tokens: await deps.tokens.issue(row.id, caller.id), lastActivity: now().getTime(), locked: false };
      sessions.set(caller.id, s);
      emit({ action: 'auth.login', outcome: 'success', userId: row.id });
      return info(s);
    },

    async logout(caller) {
      const s = sessions.get(caller.id);
      if (!s) return;
      sessions.delete(caller.id);
      await deps.tokens.revoke(s.tokens);
      emit({ action: 'auth.logout', outcome: 'success', userId: s.userId });
    },

    lock(caller) {
      const s = sessionOf(caller);
      s.locked = true;
      emit({ action: 'auth.lock', outcome: 'success', userId: s.userId });
      return info(s);
    },

    async unlock(caller, password) {
      const s = sessionOf(caller);
      if (!(await checkPassword(s.userId, password))) {
        emit({ action: 'auth.unlock', outcome: 'failure', userId: s.userId });
        throw new InvalidCredentialsError();
      }
      await liveSession(caller);
      s.locked = false;
      s.lastActivity = now().getTime();
      emit({ action: 'auth.unlock', outcome: 'success', userId: s.userId });
      return info(s);
    },

    async changePassword(caller, current, next) {
      const s = await liveSession(caller);
      if (s.locked) throw new CodedError('ERR_AUTH_SESSION_LOCKED', 'session locked');
      if (!(await checkPassword(s.userId, current))) {
        emit({ action: 'auth.password.change', outcome: 'failure', userId: s.userId });
        throw new InvalidCredentialsError();
      }
      await deps.users.setPassword(s.userId, next);
      emit({ action: 'auth.password.change', outcome: 'success', userId: s.userId });
      return info(s);
    },

    async authorize(caller, permission) {
      if (permission === 'public') return null;
      const s = sessions.get(caller.id);
      if (!s) return 'ERR_AUTH_REQUIRED';
      const t = now().getTime();
      if (!s.locked && t - s.lastActivity > idleMs) s.locked = true;
      if (s.locked) return 'ERR_AUTH_SESSION_LOCKED';
      try {
        await liveSession(caller);
      } catch (e) {
        if (e instanceof SessionExpiredError) return 'ERR_AUTH_SESSION_EXPIRED';
        throw e;
      }
      const user = deps.users.get(s.userId);
      if (user.mustChangePassword && permission !== 'session') return 'ERR_AUTH_PASSWORD_CHANGE_REQUIRED';
      if (!roleAllows(user.role, permission)) return 'ERR_PERMISSION_DENIED';
      s.lastActivity = t;
      return null;
    },

    actor(caller) {
      const u = deps.users.get(sessionOf(caller).userId);
      return { userId: u.id, role: u.role, programIds: u.programIds };
    },

    canAccessProgram(caller, programId) {
      const s = sessions.get(caller.id);
      if (!s) return false;
      const u = deps.users.get(s.userId);
      return ALL_PROGRAMS_ROLES.includes(u.role) || u.programIds.includes(programId);
    },

    dropCaller(caller) {
      sessions.delete(caller.id);
    },

    endAll() {
      sessions.clear();
    },

    lockAll() {
      let n = 0;
      for (const s of sessions.values()) {
        if (!s.locked) {
          s.locked = true;
          n++;
        }
      }
      return n;
    },

    sweepIdle() {
      let n = 0;
      const t = now().getTime();
      for (const s of sessions.values()) {
        if (!s.locked && t - s.lastActivity > idleMs) {
          s.locked = true;
          n++;
        }
      }
      return n;
    },
  };
}
