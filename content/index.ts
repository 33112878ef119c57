import dataJson from './data.json';
import desktopJson from './desktop.json';
import encouragementJson from './encouragement.json';
import faqJson from './faq.json';
import feedbackTemplatesJson from './feedback-templates.json';
import reflectUiJson from './reflect-ui.json';
import reflectionJson from './reflection.json';
import remindersJson from './reminders.json';
import importsJson from './imports.json';
import plannerJson from './planner.json';
import viewsJson from './views.json';
import winsJson from './wins.json';
import type { z } from 'zod';
import type {
  dataContentSchema,
  desktopContentSchema,
  encouragementSchema,
  faqSchema,
  feedbackTemplatesSchema,
  importsContentSchema,
  reflectionContentSchema,
  reflectUiSchema,
  remindersContentSchema,
  viewsSchema,
  winsContentSchema,
} from './schema';

/**
 * A content file, typed as its schema's output. The schemas run in tests/unit/content.test.ts, which
 * fails on a file that breaks its schema or that parsing would change (a stray space, an unknown key):
 * so the files are used as they are, and zod is not loaded and run before the app's first paint.
 */
const typed = <S extends z.ZodType>(json: unknown) => json as z.output<S>;

/** Every word the app shows. */
export const content = {
  views: typed<typeof viewsSchema>(viewsJson),
  reflection: typed<typeof reflectionContentSchema>(reflectionJson),
  reflectUi: typed<typeof reflectUiSchema>(reflectUiJson),
  feedbackTemplates: typed<typeof feedbackTemplatesSchema>(feedbackTemplatesJson),
  faq: typed<typeof faqSchema>(faqJson),
  encouragement: typed<typeof encouragementSchema>(encouragementJson),
  data: typed<typeof dataContentSchema>(dataJson),
  wins: typed<typeof winsContentSchema>(winsJson),
  reminders: typed<typeof remindersContentSchema>(remindersJson),
  desktop: typed<typeof desktopContentSchema>(desktopJson),
  imports: typed<typeof importsContentSchema>(importsJson),
  // Typed from the file itself so every key the code uses is checked by tsc (its schema checks it in the test).
  planner: plannerJson,
};

export type Content = typeof content;

/** This tree is English. The page's build gets content/page.ts instead, the same tree with no words (hasWords false). */
export const hasWords: boolean = true;
export { fillMessage, fillTemplate } from './fillTemplate';
