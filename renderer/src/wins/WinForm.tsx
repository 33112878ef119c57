import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { fieldsOf } from '../../../electron/core/ipc/fieldErrors';
import { useFieldErrors } from '../components/useFieldErrors';
import { content } from '../../../content';
import { defaultWinKind, logWinInput, manualWinKinds, updateWinInput, type Win, type WinKind } from '../../../electron/core/wins/schema';
import { useApiMutation, useApiQuery } from '../ipc/queries';
import { kindLabel } from './labels';
import { FormError } from '../components/SaveRow';

export type WinFormMode = 'quick' | 'log' | 'edit';

interface WinFormProps {
  mode: WinFormMode;
  /** The win being edited (edit mode). */
  win?: Win;
  /** Core's today: the default day and the latest day allowed. */
  today: string;
  onSaved: (win: Win, mode: WinFormMode) => void;
  onClose: () => void;
}

interface Draft {
  kind: WinKind;
  title: string;
  note: string;
  day: string;
  /** '' for no link, `a:<id>` for an application, `r:<id>` for a rejection. */
  link: string;
}

const copy = content.wins.view;

function draftFor(win: Win | undefined, today: string): Draft {
  if (!win) return { kind: defaultWinKind, title: '', note: '', day: today, link: '' };
  const link = win.applicationId ? `a:${win.applicationId}` : win.rejectionId ? `r:${win.rejectionId}` : '';
  return { kind: win.kind, title: win.title, note: win.note, day: win.day, link };
}

function toInput(draft: Draft, win: Win | undefined) {
  const [type, id] = draft.link.split(':');
  return {
    ...(win ? { id: win.id } : {}),
    kind: draft.kind,
    title: draft.title,
    note: draft.note,
    day: draft.day,
    applicationId: type === 'a' ? Number(id) : null,
    rejectionId: type === 'r' ? Number(id) : null,
  };
}

/** Logging a win (quick or with details) and editing one: one form, the same checks main makes. */
export function WinForm({ mode: initialMode, win, today, onSaved, onClose }: WinFormProps) {
  const [mode, setMode] = useState(initialMode);
  const [draft, setDraft] = useState<Draft>(() => draftFor(win, today));
  const { errors, setErrors, clear, fromError, field: fieldProps, message: errorFor } = useFieldErrors();
  const log = useApiMutation('wins:log');
  const update = useApiMutation('wins:update');
  const titleRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const detailed = mode !== 'quick';
  const links = useApiQuery('wins:linkOptions');
  // An automatic win keeps its own kind in the list while it is edited.
  const kinds: readonly WinKind[] =
    win && !(manualWinKinds as readonly WinKind[]).includes(win.kind) ? [...manualWinKinds, win.kind] : manualWinKinds;

  useEffect(() => {
    titleRef.current?.focus();
  }, [initialMode, win?.id]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = toInput(draft, win);
    const parsed = (win ? updateWinInput : logWinInput).safeParse(input);
    const fieldErrors = parsed.success ? {} : fieldsOf(parsed.error);
    if (!fieldErrors.day && draft.day > today) fieldErrors.day = content.wins.errors.futureDay;
    if (Object.keys(fieldErrors).length) {
      setErrors(fieldErrors);
      return;
    }
    const done = {
      onSuccess: (saved: Win) => {
        clear();
        onSaved(saved, initialMode);
      },
      onError: fromError,
    };
    if (win) update.mutate(input as Parameters<typeof update.mutate>[0], done);
    else log.mutate(input as Parameters<typeof log.mutate>[0], done);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  const field = (name: string) => fieldProps(name, name === 'title' && mode === 'quick' ? `${id}-hint` : undefined);
  const heading = mode === 'edit' ? copy.editTitle : mode === 'quick' ? copy.quickLogTitle : copy.formTitle;
  const linkError = errors.applicationId ? 'applicationId' : 'rejectionId';

  return (
    <form className={`card win-form ${mode}`} onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {mode === 'quick' ? (
        <p className="hint" id={`${id}-hint`}>
          {copy.quickLogHint}
        </p>
      ) : null}
      <div className="win-form-row">
        <div className="field kind-field">
          <label htmlFor={`${id}-kind`}>{copy.kind}</label>
          <select
            id={`${id}-kind`}
            value={draft.kind}
            onChange={(event) => setDraft({ ...draft, kind: event.target.value as WinKind })}
            {...field('kind')}
          >
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </select>
          {errorFor('kind')}
        </div>
        <div className="field title-field">
          <label htmlFor={`${id}-title`}>{copy.title}</label>
          <input
            id={`${id}-title`}
            ref={titleRef}
            type="text"
            autoComplete="off"
            placeholder={copy.titlePlaceholder}
            value={draft.title}
            onChange={(event) => setDraft({ ...draft, title: event.target.value })}
            {...field('title')}
          />
          {errorFor('title')}
        </div>
      </div>
      {detailed ? (
        <>
          <div className="win-form-row">
            <div className="field">
              <label htmlFor={`${id}-day`}>{copy.day}</label>
              <input
                id={`${id}-day`}
                type="date"
                max={today}
                value={draft.day}
                onChange={(event) => setDraft({ ...draft, day: event.target.value })}
                {...field('day')}
              />
              {errorFor('day')}
            </div>
            <div className="field link-field">
              <label htmlFor={`${id}-link`}>{copy.link}</label>
              <select
                id={`${id}-link`}
                value={draft.link}
                onChange={(event) => setDraft({ ...draft, link: event.target.value })}
                {...field(linkError)}
              >
                <option value="">{copy.linkNone}</option>
                {links.data?.applications.length ? (
                  <optgroup label={copy.linkApplications}>
                    {links.data.applications.map((option) => (
                      <option key={option.id} value={`a:${option.id}`}>
                        {option.label}
                      </option>
                    ))}
                  </optgroup>
                ) : null}
                {links.data?.rejections.length ? (
                  <optgroup label={copy.linkRejections}>
                    {links.data.rejections.map((option) => (
                      <option key={option.id} value={`r:${option.id}`}>
                        {option.label}
                      </option>
                    ))}
                  </optgroup>
                ) : null}
              </select>
              {errorFor(linkError)}
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>{copy.note}</label>
            <textarea
              id={`${id}-note`}
              rows={2}
              value={draft.note}
              onChange={(event) => setDraft({ ...draft, note: event.target.value })}
              {...field('note')}
            />
            {errorFor('note')}
          </div>
        </>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={log.isPending || update.isPending}>
          {mode === 'edit' ? copy.saveChanges : copy.save}
        </button>
        {mode === 'quick' ? (
          <button type="button" className="button" onClick={() => setMode('log')}>
            {copy.moreDetails}
          </button>
        ) : null}
        <button type="button" className="button subtle" onClick={onClose}>
          {mode === 'edit' ? copy.cancel : copy.close}
        </button>
        <FormError message={errors._} />
      </div>
    </form>
  );
}
