import fs from 'node:fs';
import path from 'node:path';
import { fileStamp } from '../dataDir';
import { defaultSettings, settingsSchema, type Settings } from './schema';

/** A settings file larger than this is not settings; it is kept aside unread. */
export const maxSettingsBytes = 256 * 1024;

export type SettingsFileCheck = { status: 'missing' } | { status: 'ok'; settings: Settings } | { status: 'invalid'; reason: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fills what an older file lacks from the defaults, without hiding what it has wrong. */
export function withDefaults(value: Record<string, unknown>, defaults: Record<string, unknown> = defaultSettings): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, item] of Object.entries(value)) {
    const base = defaults[key];
    merged[key] = isPlainObject(base) && isPlainObject(item) ? withDefaults(item, base) : item;
  }
  return merged;
}

/** Reads raw settings JSON into valid settings, or says why it cannot. */
export function parseSettings(text: string): SettingsFileCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { status: 'invalid', reason: 'the file is not valid JSON' };
  }
  if (!isPlainObject(value)) return { status: 'invalid', reason: 'the file does not hold a settings object' };
  const parsed = settingsSchema.safeParse(withDefaults(value));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the file';
    return { status: 'invalid', reason: `${where}: ${issue?.message ?? 'not valid'}` };
  }
  return { status: 'ok', settings: parsed.data };
}

export function checkSettingsFile(file: string): SettingsFileCheck {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { status: 'missing' };
  }
  if (stat.size > maxSettingsBytes) return { status: 'invalid', reason: 'the file is far too large to be settings' };
  return parseSettings(fs.readFileSync(file, 'utf8'));
}

/** Moves a bad file aside (never deletes it) and returns where it went. */
export function keepAside(file: string, now: Date): string {
  const { dir, name, ext } = path.parse(file);
  const aside = path.join(dir, `${name}.unreadable-${fileStamp(now)}${ext}`);
  fs.renameSync(file, aside);
  return aside;
}

/**
 * Run before the settings store opens: a file that is unreadable, too big or
 * invalid is kept aside so defaults can be used; the caller tells the person.
 */
export function prepareSettingsFile(file: string, now: Date): { keptAside: string | null; reason?: string } {
  const check = checkSettingsFile(file);
  if (check.status !== 'invalid') return { keptAside: null };
  return { keptAside: keepAside(file, now), reason: check.reason };
}
