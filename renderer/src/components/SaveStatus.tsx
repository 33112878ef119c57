import { content, fillTemplate } from '../../../content';
import type { SaveState } from './useAutosave';

/**
 * The quiet line beside a form that saves itself. Only "Saved" and a failure are announced;
 * "Saving…" on every pause in typing would be noise to a screen reader.
 */
export function SaveStatus({ state, className }: { state: SaveState; className?: string }) {
  const copy = content.views.autosave;
  return (
    <p className={['save-state', state.kind, className].filter(Boolean).join(' ')}>
      <span aria-hidden="true">{state.kind === 'saving' ? copy.saving : ''}</span>
      <span role="status" aria-live="polite">
        {state.kind === 'saved' ? copy.saved : state.kind === 'failed' ? fillTemplate(copy.saveFailed, { message: state.message }) : ''}
      </span>
    </p>
  );
}
