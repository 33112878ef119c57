import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { content } from '../../content';
import type { RejectionDetail } from '../../electron/core/reflection/schema';
import type { TestCore } from '../support/core';
import { App } from '../../renderer/src/app/App';
import { parseHash } from '../../renderer/src/app/route';
import { draftFor, mailtoUrl } from '../../renderer/src/reflect/feedbackDraft';
import { initialAnswers } from '../../renderer/src/reflect/initialAnswers';
import { reflectRoute } from '../../renderer/src/reflect/ReflectView';
import { defaultSettings } from '../../electron/core/settings/schema';
import { appCaller } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

let core: TestCore | null = null;
afterEach(() => core?.close());

const ui = content.reflectUi;
const steps = content.reflection.steps;

async function dispatch<T>(channel: string, input?: unknown): Promise<T> {
  const result = await (core as TestCore).dispatch(channel, input, appCaller);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as T;
}

async function open(hash: string) {
  ({ core } = await connectRealCore());
  window.location.hash = hash;
  renderWithQuery(<App />);
  return userEvent.setup();
}

async function openFlow(overrides: Record<string, unknown> = {}) {
  ({ core } = await connectRealCore());
  const { id } = await dispatch<{ id: number }>('rejections:create', {
    company: 'Acme',
    role: 'Designer',
    stage: 'interview',
    receivedOn: '2026-01-05',
    recruiterName: 'Sam',
    recruiterEmail: 'sam@acme.test',
    ...overrides,
  });
  window.location.hash = `#/reflect?reflect-${id}`;
  renderWithQuery(<App />);
  await screen.findByRole('heading', { level: 2, name: steps[0]?.title });
  return { user: userEvent.setup(), id };
}

const next = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: ui.flow.next }));
const stored = (id: number, step: number) =>
  JSON.parse(
    ((core as TestCore).db
      .prepare('SELECT answers FROM reflection_answers WHERE rejection_id = ? AND step = ?')
      .pluck()
      .get(id, step) as string) ?? 'null',
  );

describe('routes and drafts', () => {
  it('accepts actions of letters, digits and dashes, and nothing else', () => {
    expect(parseHash('#/reflect?new-rejection-12')).toEqual({ view: 'reflect', action: 'new-rejection-12' });
    expect(parseHash('#/reflect?new-rejection')).toEqual({ view: 'reflect', action: 'new-rejection' });
    expect(parseHash('#/reflect?x/../y')).toEqual({ view: 'today', action: null });
    expect(parseHash('#/reflect?<script>')).toEqual({ view: 'today', action: null });
    expect(reflectRoute('new-rejection-12')).toEqual({ screen: 'new', applicationId: 12 });
    expect(reflectRoute('new-rejection')).toEqual({ screen: 'new', applicationId: null });
    expect(reflectRoute('reflect-3')).toEqual({ screen: 'flow', rejectionId: 3 });
    expect(reflectRoute('rejection-3')).toEqual({ screen: 'page', rejectionId: 3 });
    expect(reflectRoute('reflect-')).toEqual({ screen: 'home' });
    expect(reflectRoute('quick-log')).toEqual({ screen: 'home' });
  });

  it('drafts the note from company, role and recruiter, with friendly fallbacks', () => {
    const full = draftFor('warm', { company: 'Acme', role: 'Designer', recruiterName: 'Sam' });
    expect(full.message).toMatch(/^Hi Sam,/);
    expect(full.message).toContain('Designer at Acme');
    const bare = draftFor('brief', { company: 'Acme', role: '', recruiterName: '' });
    expect(bare.message).toMatch(/^Hi there,/);
    expect(bare.message).toContain('the role at Acme');
    expect(content.feedbackTemplates.tones.length).toBeGreaterThanOrEqual(2);
  });

  it('signs every drafted note with the name from Settings, and leaves the signature empty without one', () => {
    for (const tone of content.feedbackTemplates.tones) {
      const signed = draftFor(tone.id, { company: 'Acme', role: 'Designer', recruiterName: 'Sam' }, 'Alex Kim');
      expect(signed.message.endsWith('\nAlex Kim')).toBe(true);
      const unsigned = draftFor(tone.id, { company: 'Acme', role: 'Designer', recruiterName: 'Sam' });
      expect(unsigned.message).not.toContain('Alex Kim');
      expect(unsigned.message).not.toMatch(/\{\w+\}/);
    }
  });

  it('starts step 3 with the note signed by the name from Settings', () => {
    const detail = {
      rejection: { company: 'Acme', role: 'Designer', recruiterName: 'Sam', recruiterEmail: '' },
      people: [],
      answers: {},
    } as unknown as RejectionDetail;
    const three = initialAnswers(3, detail, { ...defaultSettings, yourName: 'Alex Kim' });
    expect(three).toMatchObject({ step: 3 });
    expect((three as { message: string }).message.endsWith('\nAlex Kim')).toBe(true);
  });

  it('builds a mailto link that the external-link check accepts and nothing can escape', async () => {
    const url = mailtoUrl('sam@acme.test', 'Thanks & more', 'Line one\nLine two?&cc=evil@x.test');
    expect(url).toBe('mailto:sam@acme.test?subject=Thanks%20%26%20more&body=Line%20one%0D%0ALine%20two%3F%26cc%3Devil%40x.test');
    const { isSafeExternalUrl } = await import('../../electron/core/app/externalUrl');
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it('starts step 6 from the usual targets and next week', () => {
    const detail = { rejection: { stage: 'applied' }, feedback: { state: 'not_asked' }, answers: {} } as unknown as RejectionDetail;
    expect(initialAnswers(6, { ...detail, nextWeekStart: '2026-01-12' } as RejectionDetail, defaultSettings)).toMatchObject({
      targets: { search: 3, apply: 5, followUp: 3 },
      weekStart: '2026-01-12',
    });
  });
});

describe('logging a rejection', () => {
  it('says beside each field what is wrong and saves nothing', async () => {
    const user = await open('#/reflect?new-rejection');
    const company = await screen.findByLabelText(ui.form.company);
    fireEvent.change(screen.getByLabelText(ui.form.receivedOn), { target: { value: '2999-01-01' } });
    await user.type(screen.getByLabelText(ui.form.recruiterEmail), 'not an email');
    await user.click(screen.getByRole('button', { name: ui.form.reflectNow }));
    expect(await screen.findByText('Add the company name, so you can find this later.')).toBeInTheDocument();
    expect(company).toHaveAttribute('aria-invalid', 'true');
    expect(company).toHaveAccessibleDescription('Add the company name, so you can find this later.');
    expect(screen.getByLabelText(ui.form.receivedOn)).toHaveAccessibleDescription(ui.errors.futureDate);
    expect(screen.getByLabelText(ui.form.recruiterEmail)).toHaveAttribute('aria-invalid', 'true');
    expect((core as TestCore).db.prepare('SELECT count(*) FROM rejections').pluck().get()).toBe(0);
  });

  it('fills the form from a tracked application and links the two', async () => {
    ({ core } = await connectRealCore());
    const at = new Date().toISOString();
    const appId = Number(
      core.db
        .prepare(
          `INSERT INTO applications (company, role, recruiter_name, status, status_changed_at, created_at, updated_at)
           VALUES ('Globex', 'Engineer', 'Ana', 'rejected', ?, ?, ?)`,
        )
        .run(at, at, at).lastInsertRowid,
    );
    window.location.hash = `#/reflect?new-rejection-${appId}`;
    renderWithQuery(<App />);
    const user = userEvent.setup();
    expect(await screen.findByDisplayValue('Globex')).toBeInTheDocument();
    expect(screen.getByLabelText(ui.form.recruiterName)).toHaveValue('Ana');
    await user.click(screen.getByRole('button', { name: ui.form.saveLater }));
    await screen.findByRole('heading', { level: 2, name: ui.page.reflection });
    expect(core.db.prepare('SELECT application_id FROM rejections').pluck().get()).toBe(appId);
    expect(screen.getByText(ui.page.notStarted)).toBeInTheDocument();
  });
});

describe('Reflect at scale', () => {
  it('puts what you are learning first and lists the rejections twenty at a time', async () => {
    ({ core } = await connectRealCore());
    for (let n = 1; n <= 25; n += 1) {
      await dispatch('rejections:create', { company: `Company ${n}`, receivedOn: `2026-01-${String(n).padStart(2, '0')}` });
    }
    window.location.hash = '#/reflect';
    renderWithQuery(<App />);
    const user = userEvent.setup();
    const list = await screen.findByRole('region', { name: ui.list.heading });
    const insights = await screen.findByRole('heading', { level: 2, name: ui.insights.heading });
    expect(insights.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    expect(within(list).getByText('Company 25')).toBeInTheDocument();
    expect(within(list).queryByText('Company 5')).toBeNull();
    expect(screen.getByText('Showing 20 of 25.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 5 more' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(25));
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
  });
});

describe('what you are learning', () => {
  it('says a bounce-back of no days in words: the same day, not "0 days"', async () => {
    ({ core } = await connectRealCore());
    await dispatch('rejections:create', { company: 'Acme', receivedOn: '2026-01-05' });
    await dispatch('applications:create', { company: 'Globex', status: 'applied', day: '2026-01-05' });
    window.location.hash = '#/reflect';
    renderWithQuery(<App />);
    expect(await screen.findByText('Quickest bounce-back so far: the same day.')).toBeInTheDocument();
    expect(screen.queryByText(/\b0 days\b/)).toBeNull();
  });
});

describe("a rejection's page", () => {
  it('reads back every answer, the note from step 6 included', async () => {
    ({ core } = await connectRealCore());
    const { id } = await dispatch<{ id: number }>('rejections:create', { company: 'Acme', role: 'Designer', receivedOn: '2026-01-05' });
    await dispatch('reflection:start', { rejectionId: id });
    await dispatch('reflection:saveStep', {
      rejectionId: id,
      answers: { step: 6, targets: { search: 2, apply: 3, followUp: 1 }, note: 'Coffee with Ana on Thursday', weekStart: '2026-01-12' },
    });
    window.location.hash = `#/reflect?rejection-${id}`;
    renderWithQuery(<App />);
    const label = await screen.findByText(ui.page.onTheGo);
    expect(label.closest('div')).toHaveTextContent('Coffee with Ana on Thursday');
  });
});

describe('the seven steps', () => {
  it('holds each step to its rules, then finishes with wins, tasks and targets', async () => {
    const { user, id } = await openFlow();

    // 1: how heavy and a recovery window are needed.
    await next(user);
    expect(await screen.findByText(ui.errors.intensityMissing)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '8' }));
    await user.click(screen.getByRole('radio', { name: content.reflection.recoveryWindows[0]?.label }));
    expect(await screen.findByText(/^Recovering until \w+day \d{1,2}:\d\d(\s[AP]M)?$/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: ui.accept.custom }));
    const hours = screen.getByLabelText(ui.accept.customHours);
    await user.clear(hours);
    await user.type(hours, '200');
    expect(await screen.findByText(/a week at most/)).toBeInTheDocument();
    await user.clear(hours);
    await user.type(hours, '36');
    await waitFor(() => expect(stored(id, 1)).toMatchObject({ intensity: 8, recoveryHours: 36 }));
    await next(user);

    // 2: at least one reason.
    await screen.findByRole('heading', { level: 2, name: steps[1]?.title });
    await next(user);
    expect(await screen.findByText(ui.errors.reasonsMissing)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: content.reflection.reasons[4]?.label }));
    await next(user);

    // 3: optional; copying without a clipboard says so; the mail app gets a checked link.
    await screen.findByRole('heading', { level: 2, name: steps[2]?.title });
    expect((screen.getByLabelText(ui.feedback.message) as HTMLTextAreaElement).value).toMatch(/^Hi Sam,/);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('Permission denied'));
    await user.click(screen.getByRole('button', { name: steps[2]?.prompts.copy }));
    expect(await screen.findByText(ui.feedback.copyFailed)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: steps[2]?.prompts.copy }));
    expect(await screen.findByText(ui.feedback.copied)).toBeInTheDocument();
    expect(writeText).toHaveBeenLastCalledWith(expect.stringMatching(/^Hi Sam,/));
    await user.click(screen.getByRole('button', { name: steps[2]?.prompts.openMail }));
    expect(await screen.findByText(ui.feedback.mailOpened)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: ui.flow.skip }));

    // 4: at least one strength.
    await screen.findByRole('heading', { level: 2, name: steps[3]?.title });
    await next(user);
    expect(await screen.findByText(ui.errors.strengthsMissing)).toBeInTheDocument();
    await user.type(screen.getByLabelText(ui.personal.addStrength), 'Patient teacher{Enter}');
    await next(user);

    // 5: each ticked item becomes a task, in the week picked. The clock is Wednesday 11 March
    // 2026 (setup.ts), so the weeks offered start 9, 16 (the default: next week) and 23 March.
    await screen.findByRole('heading', { level: 2, name: steps[4]?.title });
    await user.click(screen.getByRole('checkbox', { name: new RegExp(content.reflection.upgradeChecklist[1]?.label ?? '') }));
    const week = screen.getByLabelText(steps[4]?.prompts.targetWeek ?? '');
    expect([...(week as HTMLSelectElement).options].map((option) => option.value)).toEqual(['2026-03-09', '2026-03-16', '2026-03-23']);
    expect(week).toHaveValue('2026-03-16');
    await user.selectOptions(week, '2026-03-23');
    await next(user);
    await screen.findByRole('heading', { level: 2, name: steps[5]?.title });
    expect(core?.db.prepare("SELECT title, week_start AS weekStart FROM tasks WHERE source = 'upgrade'").all()).toEqual([
      { title: content.reflection.upgradeChecklist[1]?.task, weekStart: '2026-03-23' },
    ]);

    // 6: the routine targets are needed; extras are not.
    await user.clear(screen.getByLabelText(ui.forward.search));
    await next(user);
    const search = screen.getByLabelText(ui.forward.search);
    await waitFor(() => expect(search).toHaveAccessibleDescription(ui.errors.targetMissing));
    await user.type(search, '2');
    await next(user);

    // 7: wins pre-ticked; the weight of it again is needed to finish.
    await screen.findByRole('heading', { level: 2, name: steps[6]?.title });
    expect(screen.getByRole('checkbox', { name: ui.celebrate.winLabels.interview })).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: ui.celebrate.winLabels.feedbackAsked })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: ui.celebrate.winLabels.applied }));
    await user.click(screen.getByRole('button', { name: ui.flow.finish }));
    expect(await screen.findByText(ui.errors.moodMissing)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '3' }));
    await user.click(screen.getByRole('button', { name: ui.flow.finish }));
    await screen.findByRole('heading', { level: 2, name: ui.celebrate.doneHeading });
    const pair = within(screen.getByRole('region', { name: steps[6]?.prompts.beforeAfter }));
    expect(pair.getByText('8')).toBeInTheDocument();
    expect(pair.getByText('3')).toBeInTheDocument();
    expect(core?.db.prepare('SELECT source_key FROM wins ORDER BY source_key').pluck().all()).toEqual([
      `rejection:${id}:interview-effort`,
      `rejection:${id}:reflection_done`,
    ]);
    expect(core?.db.prepare('SELECT target_search FROM weeks').pluck().all()).toEqual([2]);
    // "You set your next move": the done screen offers to plan the week.
    await user.click(screen.getByRole('button', { name: ui.celebrate.planWeek }));
    expect(window.location.hash).toBe('#/plan');
  }, 30_000);

  it('keeps a 1 MB paste out with a clear message beside the field', { timeout: 15_000 }, async () => {
    const { id } = await openFlow();
    const writing = screen.getByLabelText(steps[0]?.prompts.freeWriting ?? '');
    fireEvent.change(writing, { target: { value: 'words worth keeping' } });
    await waitFor(() => expect(stored(id, 1)).toMatchObject({ freeWriting: 'words worth keeping' }));
    const calls = vi.spyOn(core as TestCore, 'dispatch');
    // Fake timers, not a real wait: well past the autosave's pause, nothing may have been sent.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.now() });
    fireEvent.change(writing, { target: { value: 'x'.repeat(1024 * 1024) } });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(screen.getByText(/up to 20,000 characters/)).toBeInTheDocument();
    expect(writing).toHaveAttribute('aria-invalid', 'true');
    expect(calls.mock.calls.filter(([channel]) => channel === 'reflection:saveStep')).toEqual([]);
    vi.useRealTimers();
    expect(stored(id, 1).freeWriting).toBe('words worth keeping');
  });

  it('shows the FAQ from a step and the strengths named before', async () => {
    ({ core } = await connectRealCore());
    const first = await dispatch<{ id: number }>('rejections:create', { company: 'Old Co', receivedOn: '2026-01-01' });
    await dispatch('reflection:saveStep', { rejectionId: first.id, answers: { step: 4, strengths: ['Steady under deadlines'] } });
    await dispatch('reflection:move', { rejectionId: first.id, from: 4, to: 5 });
    const second = await dispatch<{ id: number }>('rejections:create', { company: 'New Co', receivedOn: '2026-01-02' });
    await dispatch('reflection:start', { rejectionId: second.id });
    (core as TestCore).db.prepare('UPDATE reflections SET current_step = 4 WHERE rejection_id = ?').run(second.id);
    window.location.hash = `#/reflect?reflect-${second.id}`;
    renderWithQuery(<App />);
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 2, name: steps[3]?.title });
    await user.click(screen.getByRole('button', { name: 'Add Steady under deadlines' }));
    expect(screen.getByRole('button', { name: 'Remove Steady under deadlines' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: ui.flow.faqOpen }));
    for (const item of content.faq.items) expect(screen.getByText(item.question)).toBeInTheDocument();
  });

  it('puts the recovery window and a strength on Today', async () => {
    ({ core } = await connectRealCore());
    const { id } = await dispatch<{ id: number }>('rejections:create', { company: 'Acme', receivedOn: '2026-01-01' });
    await dispatch('reflection:saveStep', { rejectionId: id, answers: { step: 1, intensity: 6, recoveryHours: 48 } });
    await dispatch('reflection:saveStep', { rejectionId: id, answers: { step: 4, strengths: ['Curious'] } });
    await dispatch('reflection:move', { rejectionId: id, from: 4, to: 5 });
    window.location.hash = '#/today';
    renderWithQuery(<App />);
    expect(await screen.findByText(/^Recovering until \w+day \d{1,2}:\d\d(\s[AP]M)?$/)).toBeInTheDocument();
    expect(screen.getByText('“Curious”')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: ui.today.continue })).toBeInTheDocument();
  });
});
