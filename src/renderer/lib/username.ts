// Owns the words for the user-name rule (the contract's Username schema decides).
export const USERNAME_HINT = 'Used to sign in: 2 to 64 lowercase letters, digits, dots, dashes or underscores.';
export const USERNAME_RULE =
  'Use 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit (no spaces).';
