import type { z } from 'zod';

/**
 * Payloads that no schema in the contract may accept, generated from the
 * schemas themselves: a valid example is built (or taken from a table of
 * samples), then broken in ways that are invalid by construction: the wrong
 * type at the root, unknown and prototype keys, a required field removed, or
 * a field replaced by a value of a kind it cannot take (10 MB strings, NaN,
 * Infinity, deep nesting, objects where text belongs...).
 */

type Schema = z.ZodType;
type Def = { type: string; [key: string]: unknown };
const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

export const tenMegabytes = 'x'.repeat(10 * 1024 * 1024);
/** 100,000 items, built once: rebuilding it per payload made generation the slow part of the test. */
const hugeList = Array.from({ length: 100_000 }, () => tenMegabytes.slice(0, 100));

/** A random number generator with a seed, so a failure can be replayed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const stringCandidates = [
  'Acme',
  '2026-03-02',
  '09:00',
  'https://example.com/job',
  'someone@example.com',
  'rebound-daily-2026-03-01T10-00-00-000Z.sqlite3',
  'a',
];

/** A value the schema accepts, or undefined when this simple walker cannot find one. */
export function exampleFor(schema: Schema): unknown {
  const def = defOf(schema);
  const accept = (value: unknown) => (schema.safeParse(value).success ? value : undefined);
  switch (def.type) {
    case 'string':
      return stringCandidates.find((candidate) => schema.safeParse(candidate).success);
    case 'number':
      return [1, 0, 5, 10].find((candidate) => schema.safeParse(candidate).success);
    case 'boolean':
      return true;
    case 'literal':
      return (def.values as unknown[])[0];
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'optional':
    case 'nullable':
    case 'default':
      return exampleFor(def.innerType as Schema);
    case 'pipe':
      return exampleFor(def.in as Schema);
    case 'union':
      for (const option of def.options as Schema[]) {
        const value = exampleFor(option);
        if (value !== undefined && schema.safeParse(value).success) return value;
      }
      return undefined;
    case 'array': {
      const item = exampleFor(def.element as Schema);
      return accept([]) ?? (item === undefined ? undefined : accept([item]));
    }
    case 'record':
      return accept({});
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape as Record<string, Schema>)) {
        const example = exampleFor(field);
        if (example !== undefined) value[key] = example;
      }
      return accept(value);
    }
    default:
      return undefined;
  }
}

function deepNesting(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = level % 2 ? [value] : { nested: value };
  return value;
}

/** Values of kinds a field of this schema type can never take. */
function poisonsFor(schema: Schema, random: () => number): unknown[] {
  let def = defOf(schema);
  let nullable = false;
  while (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'pipe') {
    if (def.type === 'nullable') nullable = true;
    def = defOf((def.innerType ?? def.in) as Schema);
  }
  const object = { toString: 'x' };
  const deep = deepNesting(200 + Math.floor(random() * 5000));
  const common = [deep, Symbol.for('hostile'), () => 1, new Date(Number.NaN)];
  const notNull = nullable ? [] : [null];
  switch (def.type) {
    case 'string': {
      // A field that takes a link but not plain words is a link field: it must refuse other schemes.
      const linkField = !schema.safeParse('Acme').success && schema.safeParse('https://example.com/job').success;
      // A field that takes a calendar day but not plain words is a day field: it must refuse days that do not exist.
      const dayField = !schema.safeParse('Acme').success && schema.safeParse('2026-03-02').success;
      const links = linkField
        ? ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>alert(1)</script>', 'JAVASCRIPT:alert(1)']
        : [];
      const days = dayField ? ['2026-02-30', '2026-13-01', '2025-02-29', '0000-00-00', '2026-04-31'] : [];
      return [tenMegabytes, 42, NaN, Infinity, true, object, ['a'], ...links, ...days, ...notNull, ...common];
    }
    case 'number':
      return [
        NaN,
        Infinity,
        -Infinity,
        '1',
        Number.POSITIVE_INFINITY * -1,
        Number.MAX_VALUE,
        -Number.MAX_VALUE,
        0.5 + Math.floor(random() * 100),
        true,
        object,
        ...notNull,
        ...common,
      ].filter((value) => !schema.safeParse(value).success);
    case 'boolean':
      return ['true', 1, 0, object, ...notNull, ...common];
    case 'enum':
    case 'literal':
      return ['__proto__', 'constructor', `unknown-${Math.floor(random() * 1e6)}`, tenMegabytes, 7, object, ...notNull, ...common].filter(
        (value) => !schema.safeParse(value).success,
      );
    case 'array':
      return ['not a list', 3, object, hugeList, ...notNull, ...common].filter((value) => !schema.safeParse(value).success);
    default:
      return [...notNull, ...common].filter((value) => !schema.safeParse(value).success);
  }
}

interface FieldPath {
  path: string[];
  schema: Schema;
  required: boolean;
}

/** Every field of an object schema (recursing into nested objects), with whether it is required. */
function fieldsOf(schema: Schema, prefix: string[] = []): FieldPath[] {
  const def = defOf(schema);
  if (def.type !== 'object') return [];
  return Object.entries(def.shape as Record<string, Schema>).flatMap(([key, field]) => {
    const type = defOf(field).type;
    const here = { path: [...prefix, key], schema: field, required: type !== 'optional' && type !== 'default' };
    return [here, ...fieldsOf(field, here.path)];
  });
}

const isStrictObject = (schema: Schema) => {
  const def = defOf(schema);
  return def.type === 'object' && (def.catchall as Schema | undefined) !== undefined && defOf(def.catchall as Schema).type === 'never';
};

/** Sets (or removes) a nested field; false when the path is not there in this payload. */
function setPath(target: Record<string, unknown>, path: string[], value: unknown, remove = false): boolean {
  let node: Record<string, unknown> = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) return false;
    node = next as Record<string, unknown>;
  }
  const last = path[path.length - 1] as string;
  if (remove) {
    if (!(last in node)) return false;
    delete node[last];
  } else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return true;
}

export interface HostilePayload {
  description: string;
  payload: unknown;
}

/** At least `count` payloads, all invalid by construction, for one channel's input schema. */
export function hostilePayloads(schema: Schema, sample: unknown, count: number, seed: number): HostilePayload[] {
  const random = seeded(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const out: HostilePayload[] = [];
  const rootType = defOf(schema).type;
  const roots: unknown[] = [null, 0, -1, NaN, Infinity, '', 'hello', tenMegabytes, true, [], [sample], deepNesting(10_000), new Date(0)];
  if (rootType !== 'object') roots.push({}, { __proto__: null }, JSON.parse('{"__proto__": {"polluted": true}}'));
  for (const payload of roots) {
    if (!schema.safeParse(payload).success) out.push({ description: 'wrong type at the root', payload });
  }
  if (rootType !== 'object' || sample === undefined) {
    while (out.length < count) {
      const payload = pick([
        { key: pick(['__proto__', 'constructor', 'prototype', `k${Math.floor(random() * 1e9)}`]) },
        Array.from({ length: 1 + Math.floor(random() * 50) }, () => random()),
        `${Math.floor(random() * 1e12)}`,
        random() * 1e9,
        deepNesting(1 + Math.floor(random() * 3000)),
      ]);
      out.push({ description: 'something where nothing is expected', payload });
    }
    return out;
  }
  const fields = fieldsOf(schema);
  const strict = isStrictObject(schema);
  const mutations: (() => HostilePayload | null)[] = [
    () => {
      if (!strict) return null;
      const key = pick(['__proto__', 'constructor', 'prototype', 'toString', `extra${Math.floor(random() * 1e6)}`, '']);
      const payload = structuredClone(sample) as Record<string, unknown>;
      setPath(payload, [key], pick([1, 'x', { polluted: true }, tenMegabytes]));
      return { description: `unknown key "${key}"`, payload };
    },
    () => {
      const required = fields.filter((field) => field.required);
      if (!required.length) return null;
      const field = pick(required);
      const payload = structuredClone(sample) as Record<string, unknown>;
      return setPath(payload, field.path, undefined, true) ? { description: `missing ${field.path.join('.')}`, payload } : null;
    },
    () => {
      if (!fields.length) return null;
      const field = pick(fields);
      const poisons = poisonsFor(field.schema, random);
      if (!poisons.length) return null;
      const payload = structuredClone(sample) as Record<string, unknown>;
      return setPath(payload, field.path, pick(poisons)) ? { description: `${field.path.join('.')} poisoned`, payload } : null;
    },
  ];
  let attempts = 0;
  while (out.length < count && attempts < count * 20) {
    attempts += 1;
    const made = pick(mutations)();
    if (made) out.push(made);
  }
  return out;
}
