// Owns the renderer's picture of the vault: the last VaultStatus main reported, and the actions
// that change it. Every action answers with the envelope's error (or null) for the screen to show;
// secrets pass straight through to main and are never kept here. The recovery code from setup is
// returned to the caller and not stored.
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { AppContract, Envelope, InputOf, IpcError, OutputOf, VaultStatus } from '../../../../shared/contract';
import { request } from '../../../api/request';
import { devtoolsEnabled } from '../../../lib/devtools';

export interface VaultData {
  /** Null until the first `vault.status` answer. */
  status: VaultStatus | null;
  /** Why the last `vault.status` failed, when it did. */
  statusError: IpcError | null;
}

/** null = done; otherwise the error main answered with, to be shown as it is. */
export type ActionError = IpcError | null;
export type SetupResult = Envelope<Pick<OutputOf<AppContract, 'vault.setup'>, 'recoveryCode'>>;

export interface VaultActions {
  refresh: () => Promise<ActionError>;
  setup: (input: InputOf<AppContract, 'vault.setup'>) => Promise<SetupResult>;
  confirmRecovery: (recoveryCode: string) => Promise<ActionError>;
  unlock: (input: InputOf<AppContract, 'vault.unlock'>) => Promise<ActionError>;
  lock: () => Promise<ActionError>;
  changePassphrase: (newPassphrase: string) => Promise<ActionError>;
  addKeychainSlot: () => Promise<ActionError>;
  removeSlot: (slotId: string) => Promise<ActionError>;
}

export type VaultStore = VaultData & VaultActions;

export const initialVaultData: VaultData = { status: null, statusError: null };

export const useVaultStore = create<VaultStore>()(
  devtools(
    (set, get) => {
      /** Adopts a status answer; when main says the vault is locked, re-reads the status so the app routes to unlock. */
      const adopt = (action: string, envelope: Envelope<VaultStatus>): ActionError => {
        if (envelope.ok) {
          set({ status: envelope.value, statusError: null }, false, `vault/${action}`);
          return null;
        }
        if (envelope.error.code === 'ERR_VAULT_LOCKED') void get().refresh();
        return envelope.error;
      };

      return {
        ...initialVaultData,

        async refresh() {
          const envelope = await request('vault.status', {});
          if (envelope.ok) {
            set({ status: envelope.value, statusError: null }, false, 'vault/refresh');
            return null;
          }
          set({ statusError: envelope.error }, false, 'vault/refresh:failed');
          return envelope.error;
        },

        async setup(input) {
          const envelope = await request('vault.setup', input);
          if (!envelope.ok) return envelope;
          set({ status: envelope.value.status, statusError: null }, false, 'vault/setup');
          return { ok: true, value: { recoveryCode: envelope.value.recoveryCode } };
        },

        confirmRecovery: async (recoveryCode) => adopt('confirmRecovery', await request('vault.confirmRecovery', { recoveryCode })),
        unlock: async (input) => adopt('unlock', await request('vault.unlock', input)),
        lock: async () => adopt('lock', await request('vault.lock', {})),
        changePassphrase: async (newPassphrase) =>
          adopt('changePassphrase', await request('vault.changePassphrase', { newPassphrase })),
        addKeychainSlot: async () => adopt('addKeychainSlot', await request('vault.addKeychainSlot', {})),
        removeSlot: async (slotId) => adopt('removeSlot', await request('vault.removeSlot', { slotId })),
      };
    },
    { name: 'vault', enabled: devtoolsEnabled() },
  ),
);

/** Back to "nothing known yet" (a fresh window; tests). */
export function resetVaultStore(): void {
  useVaultStore.setState(initialVaultData, false);
}
