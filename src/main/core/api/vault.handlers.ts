// Owns the answers of the vault.* channels: thin calls into the workstation; errors pass through
// as coded errors and become generic envelopes in the dispatcher.
import type { AppContract } from '../../../shared/contract';
import type { Handlers } from '../ipc';
import type { CoreServices } from './services';

type VaultChannels =
  | 'vault.status'
  | 'vault.setup'
  | 'vault.confirmRecovery'
  | 'vault.unlock'
  | 'vault.lock'
  | 'vault.changePassphrase'
  | 'vault.addKeychainSlot'
  | 'vault.removeSlot';

export function vaultHandlers({ workstation: ws, record }: CoreServices): Pick<Handlers<AppContract>, VaultChannels> {
  const status = () => ws.vault.status();
  return {
    'vault.status': status,
    'vault.setup': async (input) => {
      const { recoveryCode } = await ws.setup({ useKeychain: input.useKeychain, passphrase: input.passphrase });
      return { recoveryCode, status: await status() };
    },
    'vault.confirmRecovery': async ({ recoveryCode }) => {
      await ws.vault.confirmRecovery(recoveryCode);
      return status();
    },
    'vault.unlock': async (input) => {
      await ws.unlock(input);
      return status();
    },
    'vault.lock': () => {
      ws.lock();
      return status();
    },
    'vault.changePassphrase': async ({ newPassphrase }, { caller }) => {
      await ws.vault.changePassphrase(newPassphrase);
      record(caller, { action: 'vault.passphrase.change', outcome: 'success' });
      return status();
    },
    'vault.addKeychainSlot': async (_input, { caller }) => {
      await ws.vault.addKeychainSlot();
      record(caller, { action: 'vault.slot.add', outcome: 'success', details: { kind: 'os-keychain' } });
      return status();
    },
    'vault.removeSlot': async ({ slotId }, { caller }) => {
      await ws.vault.removeSlot(slotId);
      record(caller, { action: 'vault.slot.remove', target: slotId, outcome: 'success' });
      return status();
    },
  };
}
