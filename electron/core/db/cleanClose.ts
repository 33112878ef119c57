import fs from 'node:fs';
import type Database from 'better-sqlite3';

/**
 * Whether the database file is exactly as Rebound left it at its last clean
 * close. A full quick_check of ten years of data takes about half a second,
 * too long for every start; it is needed only when something may have gone
 * wrong since: a crash or power cut (no marker), or the file changed while
 * Rebound was not running (its size or time differs from the marker).
 */
const markerOf = (file: string) => `${file}.closed-cleanly`;

interface Marker {
  size: number;
  mtimeMs: number;
}

export function closedCleanly(file: string): boolean {
  try {
    const marker = JSON.parse(fs.readFileSync(markerOf(file), 'utf8')) as Marker;
    const stat = fs.statSync(file);
    const walLeft = fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0;
    return !walLeft && stat.size === marker.size && stat.mtimeMs === marker.mtimeMs;
  } catch {
    return false;
  }
}

/** Called once the database is open: from now on, only a clean close vouches for the file again. */
export function markOpen(file: string): void {
  fs.rmSync(markerOf(file), { force: true });
}

/**
 * Checkpoints the WAL into the file, closes it, and records how the file
 * looked. Quitting never fails: when the checkpoint or the marker cannot be
 * written (a full disk, a folder gone), the database is closed all the same.
 * SQLite then keeps the WAL, so nothing acknowledged is lost, and without a
 * marker the next start checks the file.
 */
export function closeCleanly(db: Database.Database, file: string): void {
  if (!db.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    db.close();
    return;
  }
  db.close();
  // A folder removed while the app ran (a test's temp folder, a deleted portable dir) has nothing to vouch for.
  if (!fs.existsSync(file)) return;
  const stat = fs.statSync(file);
  try {
    fs.writeFileSync(markerOf(file), JSON.stringify({ size: stat.size, mtimeMs: stat.mtimeMs } satisfies Marker));
  } catch {
    fs.rmSync(markerOf(file), { force: true });
  }
}
