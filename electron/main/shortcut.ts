import type { GlobalShortcut } from 'electron';

/**
 * Holds at most one global shortcut. Asking for a new one releases the old
 * first; if the system refuses the new one (register returns false, or
 * throws on a malformed accelerator), the old one is taken back so a failed
 * change leaves things as they were.
 */
export function createShortcutHolder(shortcuts: Pick<GlobalShortcut, 'register' | 'unregister'>, onPress: () => void) {
  let held: string | null = null;
  const tryRegister = (accelerator: string): boolean => {
    try {
      return shortcuts.register(accelerator, onPress);
    } catch {
      return false;
    }
  };
  const release = () => {
    if (held) shortcuts.unregister(held);
    held = null;
  };
  return {
    apply({ enabled, accelerator }: { enabled: boolean; accelerator: string }): boolean {
      if (enabled && held === accelerator) return true;
      const previous = held;
      release();
      if (!enabled) return true;
      if (tryRegister(accelerator)) {
        held = accelerator;
        return true;
      }
      if (previous && tryRegister(previous)) held = previous;
      return false;
    },
    held: () => held,
    release,
  };
}

export type ShortcutHolder = ReturnType<typeof createShortcutHolder>;
