// Owns building the whole core for one data directory: the composition root shared by the
// Electron shell, the browser host and tests. Transports add only their own sender checks.
import { type AppContract, type AppEvent, contract } from '../../../shared/contract';
import { createDispatcher, type Dispatcher, type Handlers } from '../ipc';
import type { Logger } from '../log';
import { createDecryptedCache, createFieldCipher, createProgramKeyring } from '../field-crypto';
import { createPeopleService } from '../people';
import { createProgramsService } from '../programs';
import type { KeychainBackend } from '../vault';
import { createWorkstation, type Workstation } from '../workstation';
import { appHandlers } from './app.handlers';
import { peopleHandlers } from './people.handlers';
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
}

export interface Core {
  services: CoreServices;
  workstation: Workstation;
  dispatcher: Dispatcher;
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
  const people = createPeopleService({ reader, writer, programs, keys, cipher: createFieldCipher(keys, decrypted) });
  // Decrypted values and derived keys leave memory with the master key.
  workstation.vault.onLockChange((unlocked) => {
    if (!unlocked) decrypted.clear();
  });
  const services: CoreServices = { appInfo: opts.identity, workstation, programs, people };
  // However the vault locks (a channel, the OS lock screen, an idle timer), every window follows.
  workstation.vault.onLockChange((unlocked) => opts.broadcast({ type: 'vault.stateChanged', state: unlocked ? 'unlocked' : 'locked' }));
  const handlers: Handlers<AppContract> = { ...appHandlers(services), ...vaultHandlers(services), ...peopleHandlers(services) };
  const dispatcher = createDispatcher({
    contract,
    handlers,
    authorize: createAuthorize(services),
    log: opts.log.child('ipc'),
    emitProgress: opts.emitProgress,
  });
  return { services, workstation, dispatcher, shutdown: () => workstation.lock() };
}
