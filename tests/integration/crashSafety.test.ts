import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { seeded } from '../support/hostile';
import { tempDir } from '../support/tempDir';

const projectDir = path.resolve(import.meta.dirname, '../..');
const childDir = path.join(projectDir, '.cache', 'crash-child');
const childScript = path.join(childDir, 'child.mjs');
const kills = 200;
const killsPerMigration = 15;

beforeAll(async () => {
  // The child runs the real store code, bundled once so 200 starts cost only Node's start-up.
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: path.join(projectDir, 'tests/integration/crash/child.ts'),
      outDir: childDir,
      emptyOutDir: true,
      rollupOptions: { output: { format: 'esm', entryFileNames: 'child.mjs' } },
    },
  });
}, 60_000);

afterAll(() => fs.rmSync(childDir, { recursive: true, force: true }));

/** Runs the child until it prints "ready", waits `delayMs`, kills it with SIGKILL, returns what it printed. */
function runAndKill(args: string[], delayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`child failed (${code}): ${err}`));
      else resolve(out.split('\n').filter(Boolean));
    });
  });
}

describe('crash safety', () => {
  it(`loses no acknowledged write and half-applies nothing across ${kills} SIGKILLs`, async () => {
    const file = path.join(tempDir('rebound-crash-'), 'rebound.sqlite3');
    const random = seeded(20261126);
    const acknowledged = new Set<number>();
    for (let round = 0; round < kills; round += 1) {
      const lines = await runAndKill(['write', file], Math.floor(random() * 60));
      for (const line of lines) if (/^\d+$/.test(line)) acknowledged.add(Number(line));

      const db = new Database(file);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const ids = new Set(db.prepare('SELECT id FROM applications').pluck().all() as number[]);
        for (const id of acknowledged) expect(ids.has(id), `acknowledged application ${id} is missing`).toBe(true);
        // All four rows of each transaction, or none.
        const counts = db
          .prepare(
            `SELECT (SELECT count(*) FROM applications) AS apps,
                    (SELECT count(*) FROM application_status_history) AS history,
                    (SELECT count(*) FROM activities) AS activities,
                    (SELECT count(*) FROM wins) AS wins`,
          )
          .get() as { apps: number; history: number; activities: number; wins: number };
        expect(counts.history).toBe(counts.apps);
        expect(counts.activities).toBe(counts.apps);
        expect(counts.wins).toBe(counts.apps);
      } finally {
        db.close();
      }
    }
    console.log(
      `crash safety: ${kills} SIGKILLs during writes, ${acknowledged.size} acknowledged transactions, none lost, none half-applied, integrity_check ok after each`,
    );
    expect(acknowledged.size).toBeGreaterThan(0);
  }, 300_000);

  it.each(migrations.map((m) => m.version))(
    'keeps user_version and schema in step when killed inside migration %i',
    async (version) => {
      const random = seeded(version * 104729);
      const expectedTables = (at: number) => {
        const probe = new Database(':memory:');
        migrate(probe, migrations.slice(0, at));
        const names = probe.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') ORDER BY name").pluck().all();
        probe.close();
        return names;
      };
      const outcomes = { before: 0, after: 0 };
      for (let round = 0; round < killsPerMigration; round += 1) {
        const file = path.join(tempDir('rebound-migrate-crash-'), 'rebound.sqlite3');
        const db = new Database(file);
        migrate(db, migrations.slice(0, version - 1));
        db.close();
        await runAndKill(['migrate', file, String(version)], Math.floor(random() * 400));
        const after = new Database(file);
        const found = userVersion(after);
        const tables = after.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') ORDER BY name").pluck().all();
        expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
        after.close();
        expect([version - 1, version]).toContain(found);
        expect(tables).toEqual(expectedTables(found));
        outcomes[found === version ? 'after' : 'before'] += 1;
      }
      console.log(
        `crash safety: migration ${version} killed ${killsPerMigration} times: ${outcomes.before} left at version ${version - 1}, ${outcomes.after} at ${version}, schema matched the version every time`,
      );
    },
    120_000,
  );
});
