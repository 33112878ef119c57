import { useEffect, useId, useRef } from 'react';
import { useApiMutation } from '../ipc/queries';
import type { Day } from '../../../electron/core/time/schema';
import { ApplicationForm } from './ApplicationForm';
import { copy } from './format';

/**
 * The add form opened by a one-off action (`#/plan?add-application`, from the tray or Today), on top of
 * the applications tab. It opens with focus in Company; Close returns to the list.
 */
export function QuickAddApplication({
  today,
  onClose,
  onOpenExisting,
}: {
  today: Day;
  onClose: () => void;
  onOpenExisting: (id: number) => void;
}) {
  const id = useId();
  const create = useApiMutation('applications:create');
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    body.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);
  return (
    <section className="card quick-add" aria-labelledby={`${id}-heading`}>
      <div className="card-head">
        <h2 id={`${id}-heading`}>{copy.applications.addHeading}</h2>
        <button type="button" className="button small" onClick={onClose}>
          {copy.plan.quickAddClose}
        </button>
      </div>
      <p className="hint">{copy.plan.quickAddHint}</p>
      <div ref={body}>
        <ApplicationForm today={today} onSubmit={(input) => create.mutateAsync(input)} onOpenExisting={onOpenExisting} />
      </div>
    </section>
  );
}
