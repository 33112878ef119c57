// The raw-SQLite side of the store pairs: what one app call asked of SQLite, replayed as bare prepared
// statements. Recording patches better-sqlite3's Statement methods for the length of one call, so it sees
// every statement the handler ran, the ones db.transaction() runs (BEGIN, COMMIT: they are prepared
// statements too) and the PRAGMAs, in order, with their bound values. Replaying calls the very same
// statement objects (same SQL, same connection, same pluck/raw mode, already compiled) with the same
// values and drains their rows: no validation, no dispatch, no row shaping. What is left between the two
// is what Rebound's layer costs above SQLite's own work.
import type Database from 'better-sqlite3';

type Method = 'run' | 'get' | 'all' | 'iterate';
const methods: Method[] = ['run', 'get', 'all', 'iterate'];

export interface Step {
  statement: Database.Statement;
  method: Method;
  args: unknown[];
}

export interface Recording {
  steps: Step[];
  /** db.exec calls, which bypass statements; a replay cannot stand in for them, so the pair says so. */
  execs: string[];
}

/** Runs `call` once and returns what it asked of SQLite, in order. */
export async function record(db: Database.Database, call: () => Promise<unknown>): Promise<Recording> {
  const probe = db.prepare('SELECT 1');
  const proto = Object.getPrototypeOf(probe) as Record<Method, (...args: unknown[]) => unknown>;
  const originals = Object.fromEntries(methods.map((method) => [method, proto[method]])) as Record<Method, (...args: unknown[]) => unknown>;
  const steps: Step[] = [];
  const execs: string[] = [];
  const exec = db.exec;
  for (const method of methods) {
    const original = originals[method];
    proto[method] = function (this: Database.Statement, ...args: unknown[]) {
      steps.push({ statement: this, method, args });
      return original.apply(this, args);
    };
  }
  db.exec = ((source: string) => {
    execs.push(source);
    return exec.call(db, source);
  }) as Database.Database['exec'];
  try {
    await call();
  } finally {
    for (const method of methods) proto[method] = originals[method];
    db.exec = exec;
  }
  return { steps, execs };
}

export type Swap = (value: unknown) => unknown;

/** A bound value passed through `swap`, inside arrays and named-parameter objects too. */
export function substitute(value: unknown, swap: Swap): unknown {
  if (Array.isArray(value)) return value.map((item) => substitute(item, swap));
  if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, swap)]));
  }
  return swap(value);
}

/** Replays a recording: the same statements with the same values (or `swap`ped ones), rows drained. */
export function replay(recording: Recording, swap?: Swap): number {
  let rows = 0;
  for (const { statement, method, args } of recording.steps) {
    const bound = swap ? args.map((arg) => substitute(arg, swap)) : args;
    if (method === 'iterate') {
      for (const _row of statement.iterate(...bound)) rows += 1;
    } else if (method === 'all') {
      rows += statement.all(...bound).length;
    } else if (method === 'get') {
      rows += statement.get(...bound) === undefined ? 0 : 1;
    } else {
      statement.run(...bound);
    }
  }
  return rows;
}

/** One line per step, for `--show-sql`: what a pair's raw side runs. */
export function describe(recording: Recording): string[] {
  return [
    ...recording.steps.map(
      ({ statement, method, args }) =>
        `${method} ${statement.source.replace(/\s+/g, ' ').trim().slice(0, 140)} ${JSON.stringify(args).slice(0, 80)}`,
    ),
    ...recording.execs.map((source) => `exec ${source.replace(/\s+/g, ' ').slice(0, 140)}`),
  ];
}
