import { useId, useState, type FormEvent } from 'react';
import { content } from '../../../content';
import { formatWeekday } from '../../../content/format';
import { settingsPatchSchema, type Settings } from '../../../electron/core/settings/schema';
import { useApiMutation } from '../ipc/queries';
import { fieldsOf } from '../../../electron/core/ipc/fieldErrors';
import { useFieldErrors } from '../components/useFieldErrors';
import { SaveRow } from '../components/SaveRow';

type Reminders = Settings['reminders'];
type Draft = Omit<Reminders, 'pausedUntil' | 'idleNudge'> & { idleNudge: { enabled: boolean; days: string } };

/** The weekdays in the locale's own names (the one formatting module), Monday first as the form always listed them. */
const weekdays = () => [1, 2, 3, 4, 5, 6, 0].map((value) => ({ value, label: formatWeekday(value) }));

function toDraft(reminders: Reminders): Draft {
  const { pausedUntil: _paused, ...rest } = structuredClone(reminders);
  return { ...rest, idleNudge: { enabled: reminders.idleNudge.enabled, days: String(reminders.idleNudge.days) } };
}

function toPatch(draft: Draft) {
  const days = draft.idleNudge.days.trim();
  return { reminders: { ...draft, idleNudge: { enabled: draft.idleNudge.enabled, days: days === '' ? Number.NaN : Number(days) } } };
}

/** The reminder kinds, each on its own switch, their times, and quiet hours. Saves through settings:update. */
/** The one number field here; its message names the range in words rather than the schema's terms. */
const idleDaysKey = 'reminders.idleNudge.days';

export function RemindersForm({ reminders }: { reminders: Reminders }) {
  const copy = content.reminders.settings;
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(reminders));
  const [saved, setSaved] = useState(false);
  const update = useApiMutation('settings:update');
  const { errors, setErrors, clear, fromError, field, message: errorFor } = useFieldErrors();

  const set = <K extends keyof Draft>(key: K, value: Partial<Draft[K]>) => {
    setSaved(false);
    setDraft((current) => ({ ...current, [key]: { ...current[key], ...value } }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const candidate = toPatch(draft);
    const parsed = settingsPatchSchema.safeParse(candidate);
    if (!parsed.success) {
      const next = fieldsOf(parsed.error);
      if (next[idleDaysKey]) next[idleDaysKey] = content.reminders.settings.idleDaysRange;
      setErrors(next);
      return;
    }
    update.mutate(parsed.data, {
      onSuccess: (settings) => {
        clear();
        setDraft(toDraft(settings.reminders));
        setSaved(true);
      },
      onError: fromError,
    });
  };

  const toggle = (key: keyof Draft, label: string, hint?: string) => (
    <label className="switch">
      <input type="checkbox" checked={draft[key].enabled} onChange={(event) => set(key, { enabled: event.target.checked })} />
      <span>
        {label}
        {hint ? <span className="hint block">{hint}</span> : null}
      </span>
    </label>
  );

  const timeInput = (name: string, label: string, value: string, onChange: (value: string) => void, disabled: boolean) => (
    <div className="field compact">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type="text"
        inputMode="numeric"
        placeholder="09:00"
        maxLength={5}
        size={6}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        {...field(`reminders.${name}`)}
      />
      {errorFor(`reminders.${name}`)}
    </div>
  );

  const weekly = (key: 'weeklyPlanning' | 'weeklyReview', label: string) => (
    <fieldset className="reminder-row">
      <legend className="visually-hidden">{label}</legend>
      {toggle(key, label)}
      <div className="reminder-when">
        <div className="field compact">
          <label htmlFor={`${id}-${key}-day`}>{copy.day}</label>
          <select
            id={`${id}-${key}-day`}
            value={draft[key].day}
            disabled={!draft[key].enabled}
            onChange={(event) => set(key, { day: Number(event.target.value) })}
          >
            {weekdays().map((day) => (
              <option key={day.value} value={day.value}>
                {day.label}
              </option>
            ))}
          </select>
        </div>
        {timeInput(`${key}.time`, copy.time, draft[key].time, (time) => set(key, { time }), !draft[key].enabled)}
      </div>
    </fieldset>
  );

  return (
    <form className="card reminders-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{copy.heading}</h2>
      <p className="hint">{copy.intro}</p>
      {weekly('weeklyPlanning', copy.weeklyPlanning)}
      {weekly('weeklyReview', copy.weeklyReview)}
      <fieldset className="reminder-row">
        <legend className="visually-hidden">{copy.followUpsDue}</legend>
        {toggle('followUpsDue', copy.followUpsDue)}
        <div className="reminder-when">
          {timeInput(
            'followUpsDue.time',
            copy.time,
            draft.followUpsDue.time,
            (time) => set('followUpsDue', { time }),
            !draft.followUpsDue.enabled,
          )}
        </div>
      </fieldset>
      <fieldset className="reminder-row">
        <legend className="visually-hidden">{copy.interviewDayBefore}</legend>
        {toggle('interviewDayBefore', copy.interviewDayBefore)}
        <div className="reminder-when">
          {timeInput(
            'interviewDayBefore.time',
            copy.time,
            draft.interviewDayBefore.time,
            (time) => set('interviewDayBefore', { time }),
            !draft.interviewDayBefore.enabled,
          )}
        </div>
      </fieldset>
      <div className="reminder-row">{toggle('recoveryCheckIn', copy.recoveryCheckIn, copy.recoveryCheckInHint)}</div>
      <fieldset className="reminder-row">
        <legend className="visually-hidden">{copy.idleNudge}</legend>
        {toggle('idleNudge', copy.idleNudge)}
        <div className="reminder-when">
          <div className="field compact">
            <label htmlFor={`${id}-idle-days`}>{copy.idleDays}</label>
            <input
              id={`${id}-idle-days`}
              type="number"
              inputMode="numeric"
              min={1}
              max={30}
              value={draft.idleNudge.days}
              disabled={!draft.idleNudge.enabled}
              onChange={(event) => set('idleNudge', { days: event.target.value })}
              {...field(idleDaysKey)}
            />
            {errorFor(idleDaysKey)}
          </div>
        </div>
      </fieldset>
      <fieldset className="reminder-row">
        <legend className="visually-hidden">{copy.quietHours}</legend>
        {toggle('quietHours', copy.quietHours, copy.quietHoursHint)}
        <div className="reminder-when">
          {timeInput(
            'quietHours.start',
            copy.from,
            draft.quietHours.start,
            (start) => set('quietHours', { start }),
            !draft.quietHours.enabled,
          )}
          {timeInput('quietHours.end', copy.until, draft.quietHours.end, (end) => set('quietHours', { end }), !draft.quietHours.enabled)}
        </div>
      </fieldset>
      <SaveRow label={copy.save} pending={update.isPending} savedMessage={saved ? copy.saved : null} error={errors._} />
    </form>
  );
}
