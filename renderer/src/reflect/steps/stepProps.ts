import type { AnswersOf, RejectionDetail, StepNumber } from '../../../../electron/core/reflection/schema';
import type { FieldErrors } from '../useStepAutosave';

export interface StepProps<S extends StepNumber> {
  answers: AnswersOf<S>;
  onChange: (answers: AnswersOf<S>) => void;
  errors: FieldErrors;
  /** Prefix for element ids on this screen. */
  baseId: string;
  detail: RejectionDetail;
}
