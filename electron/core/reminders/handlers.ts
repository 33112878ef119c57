import type { HandlersFor } from '../ipc/channel';
import { DomainError } from '../ipc/result';
import type { CoreContext } from '../context';
import type { companionChannels } from './channels';
import { checkAccelerator } from './accelerator';
import type { CompanionDeps } from './companionDeps';
import { markLaunchOffered } from './ledger';
import { pauseEnd } from './pause';
import { companionStatus } from './status';
import { content, fillMessage } from '../../../content';

/**
 * Saves what the system was just told; when the save fails (a full disk, a folder gone read-only), `undo` puts
 * the system back as the settings still say, so the two never disagree, and the failure is reported.
 */
function saveOrUndo(save: () => void, undo: () => void): void {
  try {
    save();
  } catch (error) {
    try {
      undo();
    } catch {
      // The system would not go back either: the save's failure is still what the person is told.
    }
    throw error;
  }
}

export function companionHandlers(ctx: CoreContext, deps: CompanionDeps): HandlersFor<typeof companionChannels> {
  const status = () => companionStatus(ctx, deps);
  return {
    'reminders:status': status,
    'reminders:pause': (input) => {
      const until = pauseEnd(ctx.now(), input, ctx.settings.get());
      ctx.settings.update({ reminders: { pausedUntil: until.toISOString() } });
      return status();
    },
    'reminders:resume': () => {
      ctx.settings.update({ reminders: { pausedUntil: null } });
      return status();
    },
    'companion:setShortcut': ({ enabled, accelerator }) => {
      const checked = checkAccelerator(accelerator);
      if (!checked.ok) throw new DomainError('invalid_input', checked.message, { accelerator: checked.message });
      const next = { enabled, accelerator: checked.accelerator };
      const before = ctx.settings.get().globalShortcut;
      // Ask the system first: a shortcut it refuses is reported and nothing is saved.
      if (!deps.applyShortcut(next)) {
        const message = fillMessage(content.reminders.errors.shortcutTaken, { shortcut: checked.accelerator });
        throw new DomainError('conflict', message, { accelerator: message });
      }
      saveOrUndo(
        () => ctx.settings.update({ globalShortcut: next }),
        () => deps.applyShortcut(before),
      );
      return status();
    },
    'companion:setLaunchAtLogin': ({ enabled }) => {
      const before = ctx.settings.get().launchAtLogin;
      try {
        deps.applyLaunchAtLogin(enabled);
      } catch {
        throw new DomainError('conflict', content.reminders.errors.loginItem);
      }
      saveOrUndo(
        () => ctx.settings.update({ launchAtLogin: enabled }),
        () => deps.applyLaunchAtLogin(before),
      );
      markLaunchOffered(ctx.db, ctx.now());
      return status();
    },
    'companion:dismissLaunchOffer': () => {
      markLaunchOffered(ctx.db, ctx.now());
      return status();
    },
  };
}
