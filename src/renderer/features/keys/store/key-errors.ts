// Owns what a refused key action says. main's message for a code is generic across callers; here
// the code is read for the action the person just tried, so the words say what to do next.
import type { IpcError } from '../../../../shared/contract';

export type KeyActionName = 'generate' | 'rotate' | 'revoke' | 'activate' | 'retire' | 'delete' | 'cancel-deletion' | 'export' | 'policy' | 'load';

const INVALID_TRANSITION: Partial<Record<KeyActionName, string>> = {
  rotate: 'Only the newest active version of a key can be rotated. The key has changed since the list was read; it was refreshed.',
  activate: 'Only the newest version of a key can be made active again, and never once it is revoked or expired.',
  retire: 'A key in this state cannot be retired.',
  revoke: 'This key is already revoked or deleted.',
  delete: 'Only an inactive key, or a revoked one, can be deleted. Retire the key first.',
  'cancel-deletion': 'This key is no longer waiting to be deleted.',
  policy: 'A deleted key’s policy can no longer be changed.',
};

export function keyErrorText(action: KeyActionName, error: IpcError): string {
  switch (error.code) {
    case 'ERR_KEYS_INVALID_TRANSITION':
      return INVALID_TRANSITION[action] ?? error.message;
    case 'ERR_KEYS_NOT_FOUND':
      return 'That key no longer exists (another administrator may have deleted it). The list was refreshed.';
    case 'ERR_KEYS_CONFIRMATION_REQUIRED':
      return 'The name typed does not match the key’s name exactly; nothing was deleted.';
    case 'ERR_KEYS_UNSUPPORTED_OPERATION':
      return action === 'export'
        ? 'An AES key is a secret key: it has no public half to export.'
        : 'That key type cannot serve that purpose (EC keys only sign; an AES key signs only as a session-token key). Choose another type or purpose.';
    case 'ERR_KEYS_ACCESS_DENIED':
      return action === 'export' ? 'The key’s access policy does not allow you to export its public half.' : error.message;
    default:
      return error.message;
  }
}
