// Owns building the whole core for one data directory: the composition root shared by the
// Electron shell, the browser host and tests. Transports add only their own sender checks.
import { type AppContract, type AppEvent, contract } from '../../../shared/contract';
import { createDispatcher, type Dispatcher, type Handlers } from '../ipc';
import type { Logger } from '../log';
import { createAuditTrail } from '../audit';
import { createBackupService } from '../backup';
import { checkPassword, createAuthService, createPasswordHasher, createSigningKeyStore, createTokenService } from '../auth';
import { createKeysService } from '../keys';
import { createDecryptedCache, createFieldCipher, createProgramKeyring } from '../field-crypto';
import { createPeopleService } from '../people';
import { createProgramsService } from '../programs';
import { backupSigningKeyPort, createKekRing, createRotationService } from '../rotation';
import { createSchedulingService } from '../scheduling';
import { createUsersService } from '../users';
import type { KeychainBackend } from '../vault';
import { createWorkstation, type Workstation } from '../workstation';
import { appHandlers } from './app.handlers';
import { auditHandlers } from './audit.handlers';
import { createAuditRecorder } from './audit-recorder';
import { auditOfAuthEvent } from './auth-audit';
import { authHandlers } from './auth.handlers';
import { backupHandlers } from './backup.handlers';
import { peopleHandlers } from './people.handlers';
import { schedulingHandlers } from './scheduling.handlers';
import { keysHandlers } from './keys.handlers';
import { managedKeySweep } from './managed-key-sweep';
import { startHousekeeping } from './housekeeping';
import { rotationHandlers } from './rotation.handlers';
import { createAuthorize } from './authorize';
import type { AppIdentity, CoreServices } from './services';
import { vaultHandlers } from './vault.handlers';

export interface CoreOptions {
  dataDir: string;
  keychain: KeychainBackend | null;
  log: Logger;
  identity: AppIdentity;
  emitProgress: Parameters<typeof createDispatcher>[0]['emitProgress'];
  /** Delivers an event to every connected renderer. */
  broadcast: (event: AppEvent) => void;
  pbkdf2Iterations?: number;
  /** bcrypt cost for account passwords; never below 12. */
  bcryptCost?: number;
  idleMinutes?: number;
  /** The clock sessions and tokens follow (tests move it). */
  now?: () => Date;
}

export interface Core {
  services: CoreServices;
  workstation: Workstation;
  dispatcher: Dispatcher;
  /** The OS locked the screen: every session locks (work in the windows is kept). */
  lockAllSessions(): void;
  shutdown(): void;
}

export function createCore(opts: CoreOptions): Core {
  const workstation = createWorkstation({
    dataDir: opts.dataDir,
    keychain: opts.keychain,
    log: opts.log,
    appVersion: opts.identity.version,
    pbkdf2Iterations: opts.pbkdf2Iterations,
  });
  const keys = createProgramKeyring(workstation.vault);
  const decrypted = createDecryptedCache();
  const reader = () => workstation.reader();
  const writer = () => workstation.writer();
  const programs = createProgramsService({ reader, writer });
  const cipher = createFieldCipher(keys, decrypted);
  const people = createPeopleService({ reader, writer, programs, keys, cipher });
  const hasher = createPasswordHasher({ cost: opts.bcryptCost });
  const users = createUsersService({
    reader,
    writer,
    cipher,
    hashing: hasher,
    policy: (password, ctx) => {
      const verdict = checkPassword(password, ctx);
      return verdict.ok ? null : { code: verdict.code, message: verdict.message };
    },
  });
  const now = opts.now ?? (() => new Date());
  // The KEK version is a recorded, MACed fact that a KEK rotation moves (core/rotation/kek-ring.ts).
  const kekRing = createKekRing({ vault: workstation.vault, reader });
  const signingKeys = createSigningKeyStore({ reader, writer, kek: () => kekRing.current(), now });
  const managedKeys = createKeysService({ reader, writer, kek: (version) => kekRing.forVersion(version), now });
  const tokens = createTokenService({ keys: signingKeys, reader, writer, now });
  const authLog = opts.log.child('auth');
  const audit = createAuditTrail({ reader, writer, key: () => workstation.vault.derive('auditChainKey'), now });
  // eslint-disable-next-line prefer-const -- the recorder needs auth, auth's events need the recorder
  let auth: ReturnType<typeof createAuthService>;
  const record = createAuditRecorder(audit, () => auth, opts.log.child('audit'));
  const auditAuthEvent = auditOfAuthEvent(record);
  auth = createAuthService({
    users,
    hashing: hasher,
    tokens,
    reader,
    writer,
    log: authLog,
    idleMinutes: opts.idleMinutes,
    now,
    onEvent: (e) => {
      authLog.info(e.action, { outcome: e.outcome, userId: e.userId });
      auditAuthEvent(e);
    },
  });
  // Decrypted values and derived keys leave memory with the master key.
  workstation.vault.onLockChange((unlocked) => {
    if (!unlocked) {
      decrypted.clear();
      signingKeys.clear();
      auth.endAll();
    }
  });
  const scheduling = createSchedulingService({
    reader,
    writer,
    programs,
    people,
    cipher,
    users,
    now,
    onLock: (listener) => workstation.vault.onLockChange((unlocked) => {
      if (!unlocked) listener();
    }),
  });
  const rotation = createRotationService({
    vault: workstation.vault,
    reader,
    writer,
    now,
    signingKeys,
    kekRing,
    programKeys: keys,
    managedKeys,
    backupSigningKey: backupSigningKeyPort(managedKeys),
    // The store closes for the rekey and reopens under the new key (core/rekey, store-key.json).
    rekeyDatabase: (o) => workstation.rekeyDatabase(o),
    audit: (entry) => record(null, entry),
    log: opts.log,
  });
  const backup = createBackupService({
    workstation,
    keys: managedKeys,
    app: { name: opts.identity.productName, version: opts.identity.version },
    audit: (entry) => record(null, entry),
    // The restored store has its own users, sessions and people: nothing cached from the old one stays.
    afterRestore: () => {
      decrypted.clear();
      signingKeys.clear();
      // The restored tables bring back older sessions and revocations: everyone signs in again.
      auth.endAll();
    },
    log: opts.log,
    now,
  });
  const services: CoreServices = { appInfo: opts.identity, workstation, programs, people, users, auth, audit, record, scheduling, keys: managedKeys };
  // However the vault locks (a channel, the OS lock screen, an idle timer), every window follows.
  workstation.vault.onLockChange((unlocked) => opts.broadcast({ type: 'vault.stateChanged', state: unlocked ? 'unlocked' : 'locked' }));
  const handlers: Handlers<AppContract> = { ...appHandlers(services), ...vaultHandlers(services), ...peopleHandlers(services), ...authHandlers(services), ...auditHandlers(services), ...schedulingHandlers(services), ...keysHandlers(services), ...rotationHandlers(services, rotation), ...backupHandlers(services, backup) };
  const dispatcher = createDispatcher({
    contract,
    handlers,
    authorize: createAuthorize(services),
    log: opts.log.child('ipc'),
    emitProgress: opts.emitProgress,
  });
  const stopHousekeeping = startHousekeeping({
    workstation,
    auth,
    rotation,
    sweepKeys: managedKeySweep(managedKeys, record),
    broadcast: opts.broadcast,
    log: opts.log.child('housekeeping'),
  });

  return {
    services,
    workstation,
    lockAllSessions() {
      if (auth.lockAll() > 0) opts.broadcast({ type: 'session.locked' });
    },
    dispatcher: {
      ...dispatcher,
      dropCaller(caller) {
        dispatcher.dropCaller(caller);
        auth.dropCaller(caller);
      },
    },
    shutdown: () => {
      stopHousekeeping();
      backup.close();
      workstation.close();
      void hasher.close();
      void scheduling.close();
    },
  };
}
