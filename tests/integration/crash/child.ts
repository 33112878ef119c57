/**
 * A child process for the crash-safety test: it writes through the real
 * store and prints each id only after its transaction committed. The test
 * kills it with SIGKILL at random moments.
 */
import Database from 'better-sqlite3';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/openDatabase';
import { recordAutoWin } from '../../../electron/core/wins/recordAutoWin';

const [mode, file, arg] = process.argv.slice(2);

async function writeForever(): Promise<void> {
  const { db } = await openDatabase({ file: file as string, check: false });
  const insertApplication = db.prepare(
    `INSERT INTO applications (company, role, status, applied_on, status_changed_at, created_at, updated_at)
     VALUES (?, 'Engineer', 'applied', '2026-03-02', ?, ?, ?) RETURNING id`,
  );
  const insertHistory = db.prepare(
    "INSERT INTO application_status_history (application_id, status, day, changed_at) VALUES (?, 'applied', '2026-03-02', ?)",
  );
  const insertActivity = db.prepare("INSERT INTO activities (kind, day, application_id, created_at) VALUES ('apply', '2026-03-02', ?, ?)");
  // One application with its history, its activity and its win: all four rows or none.
  const applyOnce = db.transaction((n: number) => {
    const at = new Date().toISOString();
    const { id } = insertApplication.get(`Company ${n}`, at, at, at) as { id: number };
    insertHistory.run(id, at);
    insertActivity.run(id, at);
    recordAutoWin(db, {
      kind: 'applied',
      title: `Applied to Company ${n}`,
      day: '2026-03-02',
      sourceKey: `application:${id}:applied`,
      applicationId: id,
    });
    return id;
  });
  process.stdout.write('ready\n');
  for (let n = 0; ; n += 1) {
    const id = applyOnce(n);
    process.stdout.write(`${id}\n`);
  }
}

function migrateSlowly(): void {
  // The real migration SQL in the real transaction wrapper; a long count at the end of each step
  // holds the transaction open so the kill lands inside it, not only between steps.
  const target = Number(arg);
  const hold = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 1000000) SELECT count(*) FROM c;';
  const db = new Database(file as string);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  process.stdout.write('ready\n');
  migrate(
    db,
    migrations.slice(0, target).map((m) => ({ ...m, sql: `${m.sql}\n${hold}` })),
  );
  process.stdout.write('done\n');
}

if (mode === 'write') void writeForever();
else migrateSlowly();
