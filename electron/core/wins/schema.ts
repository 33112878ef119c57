import { z } from 'zod';

export const winKinds = [
  'applied',
  'interview',
  'followup',
  'feedback_asked',
  'feedback_received',
  'networking',
  'learning',
  'offer',
  'personal',
  'custom',
  'reflection_done',
  'task_done',
  'week_met',
] as const;

export const winKindSchema = z.enum(winKinds);
export type WinKind = z.infer<typeof winKindSchema>;
