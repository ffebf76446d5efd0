// Owns reading a stored bcrypt hash: "$2b$" + two-digit cost + "$" + 22 salt + 31 hash characters.
const BCRYPT_HASH = /^\$2[aby]\$(\d{2})\$[./A-Za-z0-9]{53}$/;

/** The cost (log2 rounds) of a stored bcrypt hash; throws a TypeError for anything else. */
export function bcryptCost(hash: string): number {
  const m = typeof hash === 'string' ? BCRYPT_HASH.exec(hash) : null;
  // Never echo the value: a corrupt column might hold something sensitive.
  if (!m) throw new TypeError('stored password hash is not a bcrypt hash ($2a$/$2b$/$2y$, 60 characters)');
  return Number(m[1]);
}
