// Owns the crypto capability's errors. Every failed decrypt or unwrap is one code and one message:
// the caller learns nothing about which check failed (jose's habit).
import { CodedError } from '../errors';

export class CryptoInputError extends CodedError {
  constructor(detail: string) {
    super('ERR_CRYPTO_BAD_INPUT', detail);
  }
}

export class DecryptionFailedError extends CodedError {
  constructor(options?: ErrorOptions) {
    super('ERR_CRYPTO_DECRYPT_FAILED', 'decryption failed', options);
  }
}
