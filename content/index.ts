import dataJson from './data.json';
import encouragementJson from './encouragement.json';
import faqJson from './faq.json';
import feedbackTemplatesJson from './feedback-templates.json';
import reflectUiJson from './reflect-ui.json';
import reflectionJson from './reflection.json';
import remindersJson from './reminders.json';
import plannerJson from './planner.json';
import viewsJson from './views.json';
import winsJson from './wins.json';
import {
  dataContentSchema,
  encouragementSchema,
  faqSchema,
  feedbackTemplatesSchema,
  plannerContentSchema,
  reflectionContentSchema,
  reflectUiSchema,
  remindersContentSchema,
  viewsSchema,
  winsContentSchema,
} from './schema';

/**
 * Every word the app shows, validated when first loaded: a content file that
 * breaks its schema throws here, which the content test turns into a failure.
 */
export const content = {
  views: viewsSchema.parse(viewsJson),
  reflection: reflectionContentSchema.parse(reflectionJson),
  reflectUi: reflectUiSchema.parse(reflectUiJson),
  feedbackTemplates: feedbackTemplatesSchema.parse(feedbackTemplatesJson),
  faq: faqSchema.parse(faqJson),
  encouragement: encouragementSchema.parse(encouragementJson),
  data: dataContentSchema.parse(dataJson),
  wins: winsContentSchema.parse(winsJson),
  reminders: remindersContentSchema.parse(remindersJson),
  // Validated by its schema; typed from the file itself so every key the code uses is checked by tsc.
  planner: plannerContentSchema.parse(plannerJson) as typeof plannerJson,
};

export type Content = typeof content;
export { fillTemplate } from './schema';
