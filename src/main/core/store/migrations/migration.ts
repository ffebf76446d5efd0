// Owns the shape of one forward-only migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
