// Owns bringing a store to the latest schema: each migration in its own transaction, recorded in
// schema_migrations and PRAGMA user_version; a failure rolls back that step and leaves the
// previous schema intact; a store from a newer build is refused, never "downgraded".
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { NewerSchemaError } from './errors';
import { type Migration, migrations as all } from './migrations';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Database, appVersion: string, list: readonly Migration[] = all): { from: number; to: number } {
  // Versions are 1..n without gaps: a migration slotted in late would otherwise be skipped forever.
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration list out of order at ${m.name}: version ${m.version}, expected ${i + 1}`);
  });
  const latest = list.at(-1)?.version ?? 0;
  const from = schemaVersion(db);
  if (from > latest) throw new NewerSchemaError(from, latest);
  for (const m of list) {
    if (m.version <= from) continue;
    db.transaction(() => {
      m.up(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at, app_version) VALUES (?, ?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
        appVersion,
      );
      // user_version is transactional in SQLite: it rolls back with the migration.
      db.pragma(`user_version = ${Number(m.version)}`);
    })();
  }
  return { from, to: schemaVersion(db) };
}
