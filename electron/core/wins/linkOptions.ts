import type Database from 'better-sqlite3';
import type { LinkOptions } from './schema';

const recent = 200;

/** What a win can be linked to: the most recent applications and rejections, in words. */
export function linkOptions(db: Database.Database): LinkOptions {
  const label = `company || CASE WHEN role <> '' THEN ', ' || role ELSE '' END AS label`;
  return {
    applications: db
      .prepare(`SELECT id, ${label} FROM applications ORDER BY updated_at DESC, id DESC LIMIT ${recent}`)
      .all() as LinkOptions['applications'],
    rejections: db
      .prepare(`SELECT id, ${label} FROM rejections ORDER BY received_on DESC, id DESC LIMIT ${recent}`)
      .all() as LinkOptions['rejections'],
  };
}
