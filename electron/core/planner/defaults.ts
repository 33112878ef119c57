import type { DayPlan } from './schema';

/** A first plan for the days, before the person makes their own: search early, apply, follow up late in the week. */
export const defaultDayPlan: DayPlan = {
  '0': ['search'],
  '1': ['apply'],
  '2': ['learn'],
  '3': ['follow_up'],
  '4': ['apply', 'network'],
};
