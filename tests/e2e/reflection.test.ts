import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { screenshot } from './support/browser';
import { e2eSession } from './support/session';

const s = e2eSession('reflect', { width: 1040, height: 720 });

const steps = content.reflection.steps;
const ui = content.reflectUi;

const stepHeading = (number: number) => s.page.getByRole('heading', { level: 2, name: steps[number - 1]?.title });
const next = () => s.page.getByRole('button', { name: ui.flow.next, exact: true }).click();
const saved = () => s.page.locator('.save-state.saved').waitFor();
const db = () => s.harness.core.db;
/** A step's screenshot from the top, as a person first sees it. */
async function shot(name: string) {
  await s.page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(s.page, name);
}

async function logRejection(company: string) {
  await s.page.goto(`${s.harness.url}/#/reflect?new-rejection`);
  await s.page.getByLabel(ui.form.company).fill(company);
  await s.page.getByLabel(ui.form.role, { exact: true }).fill('Product Designer');
  await s.page.getByLabel(ui.form.stage).selectOption('interview');
  await s.page.getByLabel(ui.form.recruiterName).fill('Sam Rivera');
  await s.page.getByLabel(ui.form.recruiterEmail).fill('sam@acme.example');
  await s.page.getByRole('button', { name: ui.form.reflectNow }).click();
  await stepHeading(1).waitFor();
}

async function doStepsOneAndTwo() {
  await s.page.getByRole('checkbox', { name: 'disappointed' }).check();
  await s.page.getByLabel(ui.accept.addFeeling).fill('a bit flat');
  await s.page.getByRole('button', { name: ui.accept.add, exact: true }).click();
  await s.page.getByRole('radio', { name: '8', exact: true }).check();
  await s.page.getByLabel(steps[0]?.prompts.freeWriting ?? '').fill('I really wanted this one. The panel was great.');
  await s.page.getByRole('radio', { name: content.reflection.recoveryWindows[1]?.label }).check();
  await s.page.getByText(/^Recovering until \w+day \d{1,2}:\d\d(\s[AP]M)?$/).waitFor();
  await saved();
  await next();
  await stepHeading(2).waitFor();
  await next();
  await s.page.getByText(ui.errors.reasonsMissing).waitFor();
  await s.page.getByRole('checkbox', { name: content.reflection.reasons[2]?.label }).check();
  await s.page.getByRole('checkbox', { name: content.reflection.reasons[3]?.label }).check();
  await s.page.getByLabel(steps[1]?.prompts.betterFit ?? '').fill('A small product team that ships weekly.');
  await next();
  await stepHeading(3).waitFor();
}

describe('a rejection and its seven-step reflection, in Chromium over the real store', () => {
  it('opens the rejection form from the tray item', async () => {
    await s.page.goto(`${s.harness.url}/#/today`);
    await s.page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    s.harness.emit('nav:open', { view: 'reflect', action: 'new-rejection' });
    await s.page.getByRole('heading', { level: 2, name: ui.form.heading }).waitFor();
    expect(await s.page.getByLabel(ui.form.receivedOn).inputValue()).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it('refuses bad input beside the field and saves nothing', async () => {
    await s.page.goto(`${s.harness.url}/#/reflect?new-rejection`);
    await s.page.getByRole('heading', { level: 2, name: ui.form.heading }).waitFor();
    await s.page.getByLabel(ui.form.receivedOn).fill('2999-01-01');
    await s.page.getByRole('button', { name: ui.form.reflectNow }).click();
    await s.page.getByText('Add the company name, so you can find this later.').waitFor();
    await s.page.getByText(ui.errors.futureDate).waitFor();
    expect(await s.page.getByLabel(ui.form.company).getAttribute('aria-invalid')).toBe('true');
    await screenshot(s.page, 'reflect-new-errors');
    expect(db().prepare('SELECT count(*) FROM rejections').pluck().get()).toBe(0);
  });

  it('logs a rejection, walks all seven steps, and leaves tasks, targets, wins, feedback and insights behind', async () => {
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.harness.url });
    await s.page.goto(`${s.harness.url}/#/reflect`);
    await s.page.getByRole('button', { name: content.views.reflect.action }).click();
    await s.page.getByLabel(ui.form.company).fill('Acme');
    await screenshot(s.page, 'reflect-new');
    await s.page.getByLabel(ui.form.company).fill('');
    await logRejection('Acme');
    const id = db().prepare("SELECT id FROM rejections WHERE company = 'Acme'").pluck().get() as number;

    // 1 and 2
    await s.page.getByRole('checkbox', { name: 'disappointed' }).check();
    await s.page.getByRole('radio', { name: '8', exact: true }).check();
    await shot('reflect-step-1');
    await doStepsOneAndTwo().catch(async (error) => {
      throw error;
    });

    // 3: the drafted note, copied and opened in the mail app, and the request tracked.
    const message = s.page.getByLabel(ui.feedback.message);
    await expect.poll(() => message.inputValue()).toContain('Hi Sam Rivera');
    expect(await message.inputValue()).toContain('Product Designer at Acme');
    await s.page.getByRole('radio', { name: 'Brief' }).check();
    await expect.poll(() => message.inputValue()).toContain('Thanks for the update on Product Designer at Acme');
    await s.page.getByRole('button', { name: steps[2]?.prompts.copy }).click();
    await s.page.getByText(ui.feedback.copied).waitFor();
    expect(await s.page.evaluate(() => navigator.clipboard.readText())).toContain('Thanks for the update');
    await s.page.getByRole('button', { name: steps[2]?.prompts.openMail }).click();
    await s.page.getByText(ui.feedback.mailOpened).waitFor();
    expect(s.harness.openedExternally.at(-1)).toMatch(
      /^mailto:sam@acme\.example\?subject=Thanks%20for%20the%20update&body=Hi%20Sam%20Rivera/,
    );
    await s.page.getByRole('radio', { name: ui.feedback.states.asked }).check();
    await s.page.getByRole('button', { name: ui.feedback.saveTracking }).click();
    await s.page.getByText(ui.feedback.trackingSaved, { exact: true }).waitFor();
    await s.page.getByRole('radio', { name: ui.feedback.states.answered }).check();
    await s.page.getByLabel(ui.feedback.feedbackText).fill('Strong portfolio; show more user research next time.');
    await s.page.getByRole('button', { name: ui.feedback.saveTracking }).click();
    await s.page.getByLabel(ui.feedback.toTask).fill('Write up one research case study');
    await s.page.getByRole('button', { name: ui.feedback.toTaskButton }).click();
    await s.page.getByText(/^Added to the week starting \w+day, \w+ \d+\.$/).waitFor();
    await shot('reflect-step-3');
    await next();

    // 4
    await stepHeading(4).waitFor();
    await s.page.getByRole('checkbox', { name: content.reflection.controlFactors.outside[0] }).check();
    await s.page.getByRole('checkbox', { name: content.reflection.controlFactors.inside[1] }).check();
    await next();
    await s.page.getByText(ui.errors.strengthsMissing).waitFor();
    for (const strength of ['Calm in a crisis', 'Turning messy research into clear stories']) {
      await s.page.getByLabel(ui.personal.addStrength).fill(strength);
      await s.page.getByLabel(ui.personal.addStrength).press('Enter');
    }
    await shot('reflect-step-4');
    await next();

    // 5
    await stepHeading(5).waitFor();
    await s.page.getByRole('checkbox', { name: content.reflection.upgradeChecklist[0]?.label }).check();
    await s.page.getByRole('checkbox', { name: content.reflection.upgradeChecklist[4]?.label }).check();
    await shot('reflect-step-5');
    await next();

    // 6
    await stepHeading(6).waitFor();
    await s.page.getByLabel(ui.forward.search).fill('4');
    await s.page.getByLabel(ui.forward.apply).fill('3');
    await s.page.getByLabel(ui.forward.followUp).fill('2');
    await s.page.getByLabel(ui.forward.learn).fill('1');
    await shot('reflect-step-6');
    await next();

    // 7
    await stepHeading(7).waitFor();
    for (const label of Object.values(ui.celebrate.winLabels))
      expect(await s.page.getByRole('checkbox', { name: label }).isChecked()).toBe(true);
    await s.page.getByRole('radio', { name: '4', exact: true }).check();
    await shot('reflect-step-7');
    await s.page.emulateMedia({ colorScheme: 'dark' });
    await shot('reflect-step-7-dark');
    await s.page.emulateMedia({ colorScheme: 'light' });
    await s.page.getByRole('button', { name: ui.flow.finish }).click();
    await s.page.getByRole('heading', { level: 2, name: ui.celebrate.doneHeading }).waitFor();
    await screenshot(s.page, 'reflect-done');

    // What it left behind, read from the store.
    const weekStart = db().prepare("SELECT week_start FROM tasks WHERE source = 'upgrade' LIMIT 1").pluck().get() as string;
    expect(db().prepare('SELECT title, source FROM tasks WHERE rejection_id = ? ORDER BY id').all(id)).toEqual([
      { title: 'Write up one research case study', source: 'feedback' },
      { title: content.reflection.upgradeChecklist[0]?.task, source: 'upgrade' },
      { title: content.reflection.upgradeChecklist[4]?.task, source: 'upgrade' },
    ]);
    expect(
      db().prepare('SELECT target_search, target_apply, target_follow_up, target_learn FROM weeks WHERE week_start = ?').get(weekStart),
    ).toEqual({
      target_search: 4,
      target_apply: 3,
      target_follow_up: 2,
      target_learn: 1,
    });
    expect(db().prepare('SELECT source_key FROM wins WHERE rejection_id = ? ORDER BY source_key').pluck().all(id)).toEqual([
      `rejection:${id}:applied-effort`,
      `rejection:${id}:feedback_asked`,
      `rejection:${id}:feedback_received`,
      `rejection:${id}:interview-effort`,
      `rejection:${id}:reflection_done`,
    ]);
    expect(db().prepare('SELECT state, feedback FROM feedback_requests WHERE rejection_id = ?').get(id)).toEqual({
      state: 'answered',
      feedback: 'Strong portfolio; show more user research next time.',
    });
    expect(db().prepare('SELECT mood_before, mood_after FROM reflections WHERE rejection_id = ?').get(id)).toEqual({
      mood_before: 8,
      mood_after: 4,
    });

    // The rejection's s.page reads it all back.
    await s.page.getByRole('button', { name: ui.celebrate.openPage }).click();
    await s.page.getByRole('heading', { level: 2, name: ui.page.ledTo }).waitFor();
    await s.page.getByText('A small product team that ships weekly.').waitFor();
    await s.page.getByText(content.reflection.upgradeChecklist[4]?.task ?? '').waitFor();
    await s.page.getByText(`Asked Acme for feedback`).waitFor();
    await shot('reflect-page');

    // The list and insights, worded as learning.
    await s.page.goto(`${s.harness.url}/#/reflect`);
    await s.page.getByRole('heading', { level: 2, name: ui.insights.heading }).waitFor();
    await s.page.getByText(ui.list.done).first().waitFor();
    await s.page.getByText('1 of 1 requests got an answer. Each one is free advice.').waitFor();
    await screenshot(s.page, 'reflect-list');

    // Today shows the recovery window and a strength again.
    await s.page.goto(`${s.harness.url}/#/today`);
    await s.page.getByText(/^Recovering until \w+day \d{1,2}:\d\d(\s[AP]M)?$/).waitFor();
    await s.page.getByText(/“(Calm in a crisis|Turning messy research into clear stories)”/).waitFor();
    await screenshot(s.page, 'today-recovery');
    await s.page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(s.page, 'today-recovery-dark');
  });

  it('resumes half-typed step 3 after the app restarts, with nothing lost', async () => {
    await logRejection('Globex');
    await doStepsOneAndTwo();
    const message = s.page.getByLabel(ui.feedback.message);
    await message.fill('Hi Sam, thanks so much for the call. Could you share');
    await saved();
    const id = db().prepare("SELECT id FROM rejections WHERE company = 'Globex'").pluck().get() as number;
    const storedMessage = () =>
      JSON.parse(
        (db().prepare('SELECT answers FROM reflection_answers WHERE rejection_id = ? AND step = 3').pluck().get(id) as string) ?? '{}',
      ).message;
    expect(storedMessage()).toBe('Hi Sam, thanks so much for the call. Could you share');
    await s.restart();

    await s.page.goto(`${s.harness.url}/#/reflect`);
    const item = s.page.getByRole('listitem').filter({ hasText: 'Globex' });
    await item.getByText('Reflecting: step 3 of 7').waitFor();
    await item.getByRole('button', { name: new RegExp(ui.list.continue) }).click();
    await stepHeading(3).waitFor();
    expect(await s.page.getByLabel(ui.feedback.message).inputValue()).toBe('Hi Sam, thanks so much for the call. Could you share');
    await s.page.getByRole('button', { name: ui.flow.back }).click();
    await stepHeading(2).waitFor();
    expect(await s.page.getByLabel(steps[1]?.prompts.betterFit ?? '').inputValue()).toBe('A small product team that ships weekly.');
    await shot('reflect-step-2');
  });

  it('keeps a 1 MB paste out with a clear message and works from the keyboard', async () => {
    await logRejection('Initech');
    const writing = s.page.getByLabel(steps[0]?.prompts.freeWriting ?? '');
    await writing.fill('kept words');
    await saved();
    await s.page.clock.install();
    await writing.evaluate((element, size) => {
      const area = element as HTMLTextAreaElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      setter?.call(area, 'x'.repeat(size));
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, 1024 * 1024);
    await s.page.getByText(/up to 20,000 characters/).waitFor();
    expect(await writing.getAttribute('aria-invalid')).toBe('true');
    // The page's own clock, not a real wait: run it well past the autosave's 400 ms pause, so a
    // refused answer that was still queued would have been sent by now.
    await s.page.clock.runFor(5_000);
    const id = db().prepare("SELECT id FROM rejections WHERE company = 'Initech'").pluck().get() as number;
    const stored = JSON.parse(
      db().prepare('SELECT answers FROM reflection_answers WHERE rejection_id = ? AND step = 1').pluck().get(id) as string,
    );
    expect(stored.freeWriting).toBe('kept words');

    // The FAQ is one keypress away.
    await s.page.getByRole('button', { name: ui.flow.faqOpen }).focus();
    await s.page.keyboard.press('Enter');
    await s.page.getByRole('heading', { level: 2, name: ui.flow.faqHeading }).waitFor();
    await s.page.getByText(content.faq.items[0]?.question ?? '').click();
    await screenshot(s.page, 'reflect-faq');
  });
});
