// Owns user accounts: creation (the first admin from the setup wizard, the rest by admins), roles,
// program memberships, status, and passwords (hashed off the main thread). Display names are
// personal data and are stored field-encrypted under the system scope.
import { randomUUID } from 'node:crypto';
import type { Role, User, UserStatus } from '../../../shared/domain';
import type { FieldCipher } from '../field-crypto';
import {
  countActiveAdmins,
  countUsers,
  insertUser,
  listUserRows,
  programIdsOfUser,
  type ReadableDb,
  readSystemKeyVersion,
  revokeFamiliesOfUser,
  setUserPrograms,
  transaction,
  updateUserRow,
  userById,
  userByUsername,
  type UserRow,
  type WritableDb,
} from '../store';
import { LastAdminError, UserNotFoundError, UsernameTakenError, UsersAlreadyExistError, WeakPasswordError } from './errors';
import type { PasswordHashing, PasswordPolicy } from './ports';

/**
 * Users belong to no program: their fields are sealed under this scope's keys, at the version
 * store_meta records (readSystemKeyVersion), read inside each write's transaction so a rotation
 * (core/reencrypt) moving it on is followed by the very next write.
 */
export const SYSTEM_SCOPE = 'system';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  programIds: string[];
  password: string;
}

export interface UserChanges {
  displayName?: string | undefined;
  role?: Role | undefined;
  programIds?: string[] | undefined;
  status?: UserStatus | undefined;
}

export interface UsersService {
  count(): number;
  createFirstAdmin(input: Omit<NewUser, 'role' | 'programIds'>): Promise<User>;
  create(input: NewUser): Promise<User>;
  list(): User[];
  get(id: string): User;
  update(id: string, changes: UserChanges): User;
  /** Admin reset: a temporary password the user must change at next sign-in; ends their sessions. */
  resetPassword(id: string, temporaryPassword: string): Promise<User>;
  setPassword(id: string, password: string): Promise<void>;
  /** For sign-in only: the row with its hash. */
  credentialsOf(username: string): UserRow | undefined;
  rehash(id: string, password: string): Promise<void>;
  touchLogin(id: string): void;
}

export function createUsersService(deps: {
  reader: () => ReadableDb;
  writer: () => WritableDb;
  cipher: FieldCipher;
  hashing: PasswordHashing;
  policy: PasswordPolicy;
  now?: () => Date;
}): UsersService {
  const now = () => (deps.now ?? (() => new Date()))().toISOString();
  const ref = (id: string) => ({ table: 'users', column: 'display_name', rowId: id, programId: SYSTEM_SCOPE });
  const toUser = (db: ReadableDb, r: UserRow): User => ({
    id: r.id,
    username: r.username,
    displayName: deps.cipher.open(ref(r.id), r.display_name_enc),
    role: r.role,
    programIds: programIdsOfUser(db, r.id),
    status: r.status,
    mustChangePassword: r.must_change_password === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    lastLoginAt: r.last_login_at,
  });
  const requireRow = (db: ReadableDb, id: string) => {
    const row = userById(db, id);
    if (!row) throw new UserNotFoundError();
    return row;
  };
  const checkPolicy = (password: string, username: string) => {
    const problem = deps.policy(password, { username });
    if (problem) throw new WeakPasswordError(problem.code, problem.message);
  };

  async function insert(input: NewUser, mustChange: boolean, onlyIfEmpty: boolean): Promise<User> {
    if (onlyIfEmpty && countUsers(deps.reader()) > 0) throw new UsersAlreadyExistError();
    checkPolicy(input.password, input.username);
    const hash = await deps.hashing.hash(input.password);
    const db = deps.writer();
    const id = randomUUID();
    const t = now();
    return transaction(db, () => {
      if (onlyIfEmpty && countUsers(db) > 0) throw new UsersAlreadyExistError();
      if (userByUsername(db, input.username)) throw new UsernameTakenError();
      const keyVersion = readSystemKeyVersion(db);
      insertUser(db, {
        id,
        username: input.username,
        display_name_enc: deps.cipher.seal(ref(id), keyVersion, input.displayName),
        role: input.role,
        status: 'active',
        password_hash: hash,
        must_change_password: mustChange ? 1 : 0,
        key_version: keyVersion,
        created_at: t,
        updated_at: t,
        last_login_at: null,
      });
      setUserPrograms(db, id, input.role === 'admin' || input.role === 'auditor' ? [] : input.programIds);
      return toUser(db, userById(db, id)!);
    });
  }

  return {
    count: () => countUsers(deps.reader()),
    createFirstAdmin: (input) => insert({ ...input, role: 'admin', programIds: [] }, false, true),
    create: (input) => insert(input, true, false),
    list() {
      const db = deps.reader();
      return listUserRows(db).map((r) => toUser(db, r));
    },
    get(id) {
      const db = deps.reader();
      return toUser(db, requireRow(db, id));
    },
    update(id, changes) {
      const db = deps.writer();
      return transaction(db, () => {
        const row = requireRow(db, id);
        const role = changes.role ?? row.role;
        const status = changes.status ?? row.status;
        const losesAdmin = row.role === 'admin' && row.status === 'active' && (role !== 'admin' || status !== 'active');
        if (losesAdmin && countActiveAdmins(db) <= 1) throw new LastAdminError();
        const keyVersion = changes.displayName !== undefined ? readSystemKeyVersion(db) : row.key_version;
        const next: UserRow = {
          ...row,
          role,
          status,
          display_name_enc: changes.displayName !== undefined ? deps.cipher.seal(ref(id), keyVersion, changes.displayName) : row.display_name_enc,
          key_version: keyVersion,
          updated_at: now(),
        };
        updateUserRow(db, next);
        if (changes.programIds !== undefined || changes.role !== undefined) {
          setUserPrograms(db, id, role === 'admin' || role === 'auditor' ? [] : (changes.programIds ?? programIdsOfUser(db, id)));
        }
        if (status !== 'active') revokeFamiliesOfUser(db, id);
        return toUser(db, userById(db, id)!);
      });
    },
    async resetPassword(id, temporaryPassword) {
      const row = requireRow(deps.reader(), id);
      checkPolicy(temporaryPassword, row.username);
      const hash = await deps.hashing.hash(temporaryPassword);
      const db = deps.writer();
      return transaction(db, () => {
        updateUserRow(db, { ...requireRow(db, id), password_hash: hash, must_change_password: 1, updated_at: now() });
        revokeFamiliesOfUser(db, id);
        return toUser(db, userById(db, id)!);
      });
    },
    async setPassword(id, password) {
      const row = requireRow(deps.reader(), id);
      checkPolicy(password, row.username);
      const hash = await deps.hashing.hash(password);
      const db = deps.writer();
      updateUserRow(db, { ...requireRow(db, id), password_hash: hash, must_change_password: 0, updated_at: now() });
    },
    credentialsOf: (username) => userByUsername(deps.reader(), username.trim().toLowerCase()),
    async rehash(id, password) {
      const hash = await deps.hashing.hash(password);
      const db = deps.writer();
      updateUserRow(db, { ...requireRow(db, id), password_hash: hash });
    },
    touchLogin(id) {
      const db = deps.writer();
      const t = now();
      updateUserRow(db, { ...requireRow(db, id), last_login_at: t });
    },
  };
}
