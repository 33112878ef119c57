/**
 * Checks a global-shortcut accelerator in Electron's format
 * (`CommandOrControl+Shift+W`) before the system is asked for it. A global
 * shortcut needs a modifier besides Shift, or it would swallow ordinary typing.
 */

const modifiers = new Map(
  ['Command', 'Cmd', 'Control', 'Ctrl', 'CommandOrControl', 'CmdOrCtrl', 'Alt', 'Option', 'AltGr', 'Shift', 'Super', 'Meta'].map((name) => [
    name.toLowerCase(),
    name,
  ]),
);
import { content, fillMessage } from '../../../content';

const namedKeys = [
  'Plus',
  'Space',
  'Tab',
  'Capslock',
  'Numlock',
  'Scrolllock',
  'Backspace',
  'Delete',
  'Insert',
  'Return',
  'Enter',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'Esc',
  'PrintScreen',
  'num0',
  'num1',
  'num2',
  'num3',
  'num4',
  'num5',
  'num6',
  'num7',
  'num8',
  'num9',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
];
const keys = new Map<string, string>(namedKeys.map((name) => [name.toLowerCase(), name]));
for (let n = 1; n <= 24; n += 1) keys.set(`f${n}`, `F${n}`);
for (const char of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') keys.set(char.toLowerCase(), char);
for (const char of ')!@#$%^&*(:;<=>,_-.?/~`[{]}\\|\'"') keys.set(char, char);

export type AcceleratorCheck = { ok: true; accelerator: string } | { ok: false; message: string };

export function checkAccelerator(raw: string): AcceleratorCheck {
  const words = content.reminders.errors;
  const text = raw.trim();
  if (!text) return { ok: false, message: words.shortcutEmpty };
  // "+" as a key is written "Plus"; a trailing "+" would be ambiguous.
  const parts = text.split('+').map((part) => part.trim());
  if (parts.some((part) => part === '')) return { ok: false, message: words.shortcutJoin };
  const key = parts.at(-1) as string;
  const mods = parts.slice(0, -1);
  const normalizedKey = keys.get(key.toLowerCase());
  if (!normalizedKey || modifiers.has(key.toLowerCase())) {
    return { ok: false, message: words.shortcutKey };
  }
  const normalizedMods: string[] = [];
  for (const mod of mods) {
    const name = modifiers.get(mod.toLowerCase());
    if (!name) return { ok: false, message: fillMessage(words.shortcutModifier, { key: mod.slice(0, 30) }) };
    if (normalizedMods.includes(name)) return { ok: false, message: fillMessage(words.shortcutTwice, { key: name }) };
    normalizedMods.push(name);
  }
  if (!normalizedMods.some((mod) => mod !== 'Shift')) {
    return { ok: false, message: words.shortcutNoModifier };
  }
  return { ok: true, accelerator: [...normalizedMods, normalizedKey].join('+') };
}
