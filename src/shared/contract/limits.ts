// Owns the size bounds every IPC input obeys, so no channel can be used to exhaust main's memory.
import { z } from 'zod';

/** Upper bound of any serialized request, unless a channel asks for less. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;
/** Default bound for a free-text field. */
export const MAX_TEXT = 1_000;
/** Secrets typed by people: long enough for any passphrase, short enough to bound PBKDF2 input. */
export const MAX_SECRET = 1_024;

export const text = (max = MAX_TEXT) => z.string().max(max);
export const secret = () => z.string().min(1).max(MAX_SECRET);
