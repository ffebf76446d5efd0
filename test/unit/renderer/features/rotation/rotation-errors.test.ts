// What the rotation screen says when a rotation is refused: a missing vault secret is told apart
// from a wrong one, so the admin knows whether to add a field or correct one.
import { describe, expect, it } from 'vitest';
import { errorMessages } from '../../../../../src/shared/contract';
import { rotationErrorText } from '../../../../../src/renderer/features/rotation/store/rotation-errors';

const refusal = (code: 'ERR_ROTATION_SECRET_REQUIRED' | 'ERR_VAULT_UNLOCK_FAILED') => ({ code, message: errorMessages[code] });

describe('rotation error wording', () => {
  it('asks for the missing passphrase or recovery code when a master-key rotation lacks one', () => {
    const text = rotationErrorText('master-key', refusal('ERR_ROTATION_SECRET_REQUIRED'));
    expect(text).toMatch(/^Enter the current passphrase and the recovery code/);
    expect(text).toMatch(/Nothing was changed\.$/);
  });

  it('says the secret given does not open the slots when it is wrong, not that it is missing', () => {
    const text = rotationErrorText('master-key', refusal('ERR_VAULT_UNLOCK_FAILED'));
    expect(text).toMatch(/given does not open/);
    expect(text).not.toMatch(/missing/);
  });
});
