import type Database from 'better-sqlite3';
import type { Migration } from './migrations';

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This data was saved by a newer version of Rebound (data version ${found}; this app reads up to ${supported}). ` +
        'Nothing was changed. Please update Rebound to open it.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function userVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws DatabaseTooNewError, touching nothing, when the file is from a newer app. */
export function assertNotNewer(db: Database.Database, migrationList: readonly Migration[]): number {
  const current = userVersion(db);
  const latest = migrationList.length;
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  return current;
}

/**
 * Applies every pending migration, each in its own transaction together with
 * its user_version bump, so a crash leaves the database at a version whose
 * schema it really has.
 */
export function migrate(db: Database.Database, migrationList: readonly Migration[]): number[] {
  const current = assertNotNewer(db, migrationList);
  const applied: number[] = [];
  for (const migration of migrationList) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      // PRAGMA cannot take a bound parameter; the version is our own integer.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    }).immediate();
    applied.push(migration.version);
  }
  return applied;
}
