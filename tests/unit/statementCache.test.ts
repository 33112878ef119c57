import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheStatements } from '../../electron/core/db/statementCache';

function db() {
  const connection = new Database(':memory:');
  connection.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('a'), ('b'), ('c');");
  cacheStatements(connection);
  return connection;
}

describe('the statement cache', () => {
  it('compiles a SQL text once and hands back the same statement', () => {
    const connection = db();
    const sql = 'SELECT id, name FROM t WHERE id = ?';
    expect(connection.prepare(sql)).toBe(connection.prepare(sql));
    expect(connection.prepare(sql).get(2)).toEqual({ id: 2, name: 'b' });
    const insert = 'INSERT INTO t (name) VALUES (?)';
    expect(connection.prepare(insert)).toBe(connection.prepare(insert));
    connection.prepare(insert).run('d');
    expect(connection.prepare('SELECT count(*) FROM t').pluck().get()).toBe(4);
  });

  it('never lets one caller switch the mode of a statement another holds', () => {
    const connection = db();
    const sql = 'SELECT name FROM t ORDER BY id';
    const plucked = connection.prepare(sql).pluck();
    const raw = connection.prepare(sql).raw();
    const rows = connection.prepare(sql);
    expect(plucked).not.toBe(rows);
    expect(plucked.all()).toEqual(['a', 'b', 'c']);
    expect(raw.all()).toEqual([['a'], ['b'], ['c']]);
    expect(rows.all()).toEqual([{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
    // Asking again, in any order, changes nothing for the holders.
    expect(connection.prepare(sql).pluck()).toBe(plucked);
    expect(plucked.pluck(false)).toBe(rows);
    expect(plucked.all()).toEqual(['a', 'b', 'c']);
    expect(rows.get()).toEqual({ name: 'a' });
  });

  it('gives a fresh statement while the cached one is still iterating', () => {
    const connection = db();
    const sql = 'SELECT id FROM t ORDER BY id';
    const seen: number[][] = [];
    for (const outer of connection.prepare(sql).pluck().iterate() as Iterable<number>) {
      seen.push([outer, ...(connection.prepare(sql).pluck().all() as number[])]);
    }
    expect(seen).toEqual([
      [1, 1, 2, 3],
      [2, 1, 2, 3],
      [3, 1, 2, 3],
    ]);
  });

  it('keeps up to 2,000 distinct SQL texts, then starts afresh', () => {
    const connection = db();
    const first = connection.prepare('SELECT 0');
    for (let i = 1; i < 2000; i += 1) connection.prepare(`SELECT ${i}`);
    expect(connection.prepare('SELECT 0')).toBe(first);
    connection.prepare('SELECT 2000');
    const again = connection.prepare('SELECT 0');
    expect(again).not.toBe(first);
    expect(again.pluck().get()).toBe(0);
  });
});
