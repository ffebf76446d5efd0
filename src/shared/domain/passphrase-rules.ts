// Owns the passphrase length rule (NIST SP 800-63B rev. 4, single-factor secrets), shared so the
// renderer can say "3 more characters" before main spends a PBKDF2 run refusing it.
export const MIN_PASSPHRASE_LENGTH = 15;
export const MAX_PASSPHRASE_LENGTH = 1024;

/** Length as the rule counts it: Unicode code points after NFKC normalisation. */
export const passphraseLength = (s: string): number => [...s.normalize('NFKC')].length;
