// Owns the translation of raw keytar/libsecret/D-Bus failures into errors a user can act on.
// The messages seen on Linux are listed in TOOLCHAIN.md; unknown ones still mean "unavailable".
import { KeychainError } from '../errors';

const NO_SERVICE = [
  /cannot autolaunch d-bus/i,
  /was not provided by any \.service files/i,
  /dbus_session_bus_address/i,
  /failed to execute child process "?dbus-launch/i,
  /no such interface/i,
  /connection refused/i,
  /timed out/i,
];
const LOCKED = [/locked collection/i, /collection is locked/i, /prompt/i, /user canceled|cancelled/i];

export function classifyKeychainFailure(e: unknown, operation: string): KeychainError {
  const message = e instanceof Error ? e.message : String(e);
  if (LOCKED.some((r) => r.test(message))) return new KeychainError('ERR_KEYCHAIN_LOCKED', `${operation}: ${message}`, { cause: e });
  if (NO_SERVICE.some((r) => r.test(message))) {
    return new KeychainError('ERR_KEYCHAIN_UNAVAILABLE', `${operation}: no secret service: ${message}`, { cause: e });
  }
  return new KeychainError('ERR_KEYCHAIN_UNAVAILABLE', `${operation}: ${message}`, { cause: e });
}
