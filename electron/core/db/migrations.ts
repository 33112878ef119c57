import foundation from './migrations/0001_foundation.sql?raw';
import domain from './migrations/0002_domain.sql?raw';
import fastReads from './migrations/0003_fast_reads.sql?raw';
import tracker from './migrations/0004_tracker.sql?raw';
import tableSorts from './migrations/0005_table_sorts.sql?raw';
import activityPeople from './migrations/0006_activity_people.sql?raw';
import historyByApplication from './migrations/0007_history_by_application.sql?raw';
import searchPeople from './migrations/0008_search_people.sql?raw';
import searchPrefixes from './migrations/0009_search_prefixes.sql?raw';

export interface Migration {
  /** The user_version the database has after this migration. */
  version: number;
  name: string;
  sql: string;
}

/** In order; version n takes a database from n - 1 to n. Append, never edit a shipped one. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'foundation', sql: foundation },
  { version: 2, name: 'domain', sql: domain },
  { version: 3, name: 'fast reads', sql: fastReads },
  { version: 4, name: 'tracker', sql: tracker },
  { version: 5, name: 'table sorts', sql: tableSorts },
  { version: 6, name: 'activity people', sql: activityPeople },
  { version: 7, name: 'history by application', sql: historyByApplication },
  { version: 8, name: 'search people', sql: searchPeople },
  { version: 9, name: 'search prefixes', sql: searchPrefixes },
];

export const latestVersion = migrations.length;
