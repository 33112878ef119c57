import fs from 'node:fs';

/**
 * Notices that the database file is no longer where Rebound opened it (the
 * data folder was on a USB stick that was pulled out, or it was moved or
 * deleted while Rebound ran). SQLite in WAL mode keeps writing to the open
 * file even then, so a change would be "saved" into a file nobody can find
 * again: this check runs before every change, and refuses it instead. It
 * costs one stat of the file.
 */
export function dataFileGuard(file: string): () => void {
  const identity = (stat: fs.Stats) => `${stat.dev}:${stat.ino}`;
  const opened = identity(fs.statSync(file));
  return () => {
    let now: string | null = null;
    try {
      now = identity(fs.statSync(file));
    } catch {
      now = null;
    }
    if (now !== opened) {
      throw Object.assign(new Error(`The database file is no longer at ${file}`), { code: 'ENOENT' });
    }
  };
}
