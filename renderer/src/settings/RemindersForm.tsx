import { useId } from 'react';
import { content } from '../../../content';
import { formatWeekday } from '../../../content/format';
import { settingsPatchSchema, type Settings, type SettingsPatch } from '../../../electron/core/settings/schema';
import { useApiSave } from '../ipc/queries';
import { fieldsOf } from '../../../electron/core/ipc/fieldErrors';
import { useAutosavedForm } from '../components/useAutosavedForm';
import { SaveStatus } from '../components/SaveStatus';

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

/** The one number field here; its message names the range in words rather than the schema's terms. */
const idleDaysKey = 'reminders.idleNudge.days';

function checkDraft(draft: Draft) {
  const parsed = settingsPatchSchema.safeParse(toPatch(draft));
  if (parsed.success) return { ok: true as const, data: parsed.data };
  const errors = fieldsOf(parsed.error);
  if (errors[idleDaysKey]) errors[idleDaysKey] = content.reminders.settings.idleDaysRange;
  return { ok: false as const, errors };
}

/** The reminder kinds, each on its own switch, their times, and quiet hours, saved as they change through settings:update. */
export function RemindersForm({ reminders }: { reminders: Reminders }) {
  const copy = content.reminders.settings;
  const id = useId();
  const save = useApiSave('settings:update');
  const { draft, update, fields, state, formProps } = useAutosavedForm({
    initial: toDraft(reminders),
    check: checkDraft,
    save: (patch: SettingsPatch) => save(patch),
  });
  const { field, message: errorFor } = fields;

  const set = <K extends keyof Draft>(key: K, value: Partial<Draft[K]>) =>
    update((current) => ({ ...current, [key]: { ...current[key], ...value } }));

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
      {/* A time picker: Chromium shows it in the locale's 12- or 24-hour form; its value is always "HH:MM". */}
      <input
        id={`${id}-${name}`}
        type="time"
        step={60}
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
    <form className="card reminders-form" {...formProps} aria-labelledby={`${id}-heading`}>
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
      <div className="form-actions">
        <SaveStatus state={state} />
        {fields.formMessage()}
      </div>
    </form>
  );
}
