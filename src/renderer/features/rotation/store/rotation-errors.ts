// Owns what a refused or failed rotation says, read for the secret that was being rotated: main's
// message for a code is generic; here it says what state things were left in and what to do next.
import type { IpcError } from '../../../../shared/contract';
import type { SecretType } from '../../../../shared/domain';

export function rotationErrorText(type: SecretType, error: IpcError): string {
  switch (error.code) {
    case 'ERR_CANCELLED':
      return type === 'program-data-key'
        ? 'The rotation was cancelled. The new key version is in use; fields not yet re-encrypted still open with the old one. Run it again to finish.'
        : 'The rotation was cancelled; the previous key is still in use.';
    case 'ERR_ROTATION_SECRET_REQUIRED':
      return 'Enter the current passphrase and the recovery code: rotating the master key rewraps every way to unlock this workstation. Every passphrase and recovery slot needs its current secret. Nothing was changed.';
    case 'ERR_VAULT_UNLOCK_FAILED':
      return type === 'master-key'
        ? 'The passphrase or recovery code given does not open this workstation’s slots. Every passphrase and recovery slot needs its current secret. Nothing was changed.'
        : error.message;
    case 'ERR_ROTATION_IN_PROGRESS':
      return 'Another rotation is running on this workstation. Wait for it to finish, then try again.';
    case 'ERR_IPC_BAD_INPUT':
      return type === 'program-data-key' ? 'Choose the program whose data key to rotate.' : error.message;
    default:
      return error.message;
  }
}
