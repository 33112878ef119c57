import { useState } from 'react';
import { stepAnswersSchema, type Reflection, type StepAnswers } from '../../../electron/core/reflection/schema';
import { fieldsOf, type FieldMessages } from '../../../electron/core/ipc/fieldErrors';
import { call, ClientError } from '../ipc/client';
import { useAutosave, type Checked } from '../components/useAutosave';

export type { SaveState } from '../components/useAutosave';

/** Field messages keyed by the answer's path, e.g. `freeWriting` or `targets.apply`. */
export type FieldErrors = FieldMessages;

function check(answers: StepAnswers): Checked<StepAnswers> {
  const parsed = stepAnswersSchema.safeParse(answers);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, errors: fieldsOf(parsed.error) };
}

/**
 * A reflection step's answers, saved as they are typed by the one save rule
 * (components/useAutosave.ts): checked against the same schema main uses,
 * written ~400 ms after the last change, flushed on blur, on leaving the step,
 * on unmount and when the page is hidden. An answer that fails its schema is
 * not sent: its message shows beside the field.
 */
export function useStepAutosave(rejectionId: number) {
  const [errors, setErrors] = useState<FieldErrors>({});
  /** The reflection as the last save left it (its recovery window's end, for one). */
  const [reflection, setReflection] = useState<Reflection | null>(null);
  const { state, change, flush, saveNow } = useAutosave({
    check,
    save: (answers: StepAnswers) => call('reflection:saveStep', { rejectionId, answers }),
    onChecked: setErrors,
    onSaved: setReflection,
    onRefused: (error) => {
      if (error instanceof ClientError) setErrors(stripAnswersPrefix(error.fields));
    },
  });
  return { state, errors, reflection, change, flush, saveNow };
}

function stripAnswersPrefix(fields: Record<string, string>): FieldErrors {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key.replace(/^answers\./, ''), value]));
}
