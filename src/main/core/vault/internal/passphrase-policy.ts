// Owns the vault passphrase policy (NIST SP 800-63B rev. 4, single-factor): 15 to 1024 code points
// after NFKC, no composition rules, not a common password, not built from the username or app name.
import { MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH } from '../../../../shared/domain';
import list from './common-passwords.json';

export { MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH };

export type PassphraseRejection = 'too-short' | 'too-long' | 'common' | 'contains-context';
export type PassphraseVerdict = { ok: true } | { ok: false; reason: PassphraseRejection; message: string };

export interface PassphraseContext {
  username?: string;
}

const APP_NAME = 'Residency Scheduler';
/** A username shorter than this (after compaction) is only refused as the whole passphrase, not as a part of it. */
const MIN_CONTAINED_USERNAME_LENGTH = 4;
/** Separators ignored when comparing: white space, punctuation and symbols. */
const SEPARATORS = /[\p{White_Space}\p{P}\p{S}]/gu;

let commonSet: ReadonlySet<string> | undefined;
function commonPasswords(): ReadonlySet<string> {
  commonSet ??= new Set(list.passwords);
  return commonSet;
}

function normalize(s: string): string {
  return s.normalize('NFKC');
}
function fold(s: string): string {
  return normalize(s).toLowerCase();
}
function compact(folded: string): string {
  return folded.replace(SEPARATORS, '');
}

/** True when `s` is one list entry written two or more times in a row. */
function isRepeatedEntry(s: string, common: ReadonlySet<string>): boolean {
  const units = [...s];
  const n = units.length;
  for (let size = 1; size <= n / 2; size++) {
    if (n % size !== 0) continue;
    const unit = units.slice(0, size).join('');
    if (unit.repeat(n / size) === s && common.has(unit)) return true;
  }
  return false;
}

function isOneRepeatedCharacter(s: string): boolean {
  return s.length > 0 && new Set(s).size === 1;
}

function commonMessage(folded: string, stripped: string): string | null {
  const common = commonPasswords();
  if (common.has(folded) || (stripped.length > 0 && common.has(stripped))) {
    return 'This passphrase is on a list of commonly used passwords. Try a few unrelated words instead.';
  }
  if (isOneRepeatedCharacter(folded) || isOneRepeatedCharacter(stripped)) {
    return 'This passphrase is one character repeated, which is easy to guess. Try a few unrelated words instead.';
  }
  if (isRepeatedEntry(folded, common) || isRepeatedEntry(stripped, common)) {
    return 'This passphrase repeats a commonly used password, which is easy to guess. Try a few unrelated words instead.';
  }
  return null;
}

function contextMessage(stripped: string, context: PassphraseContext | undefined): string | null {
  const username = compact(fold(context?.username ?? ''));
  if (username.length > 0) {
    const whole = stripped === username;
    const part = [...username].length >= MIN_CONTAINED_USERNAME_LENGTH && stripped.includes(username);
    if (whole || part) return 'Leave your username out of the passphrase — it is the first thing an attacker tries.';
  }
  if (stripped.includes(compact(fold(APP_NAME)))) {
    return `Leave the app's name (${APP_NAME}) out of the passphrase — it is the first thing an attacker tries.`;
  }
  return null;
}

/** Whether `passphrase` may protect the vault; when not, a reason and a sentence to show the user. */
export function checkPassphrase(passphrase: string, context?: PassphraseContext): PassphraseVerdict {
  const length = [...normalize(passphrase)].length;
  if (length < MIN_PASSPHRASE_LENGTH) {
    return {
      ok: false,
      reason: 'too-short',
      message: `Use at least ${MIN_PASSPHRASE_LENGTH} characters — this one has ${length}.`,
    };
  }
  if (length > MAX_PASSPHRASE_LENGTH) {
    return {
      ok: false,
      reason: 'too-long',
      message: `Use at most ${MAX_PASSPHRASE_LENGTH} characters — this one has ${length}.`,
    };
  }
  const folded = fold(passphrase);
  const stripped = compact(folded);
  const common = commonMessage(folded, stripped);
  if (common !== null) return { ok: false, reason: 'common', message: common };
  const contextual = contextMessage(stripped, context);
  if (contextual !== null) return { ok: false, reason: 'contains-context', message: contextual };
  return { ok: true };
}
