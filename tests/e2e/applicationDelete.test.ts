import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { e2eSession } from './support/session';

/**
 * In Chromium over the real core (the harness, not Electron), at the window's minimum size: deleting an
 * application from its side panel leaves the focus on the next row or card, in view, never on the page;
 * and every column of the board can be reached, by scrolling and from the keyboard.
 */

const s = e2eSession('application-delete', { width: 720, height: 520 });
const a = content.planner.applications;

async function call(channel: string, input: unknown): Promise<{ id: number }> {
  const result = await s.harness.core.dispatch(channel, input, { url: `${s.harness.url}/`, isMainFrame: true });
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data as { id: number };
}

/** Applications made oldest first, so the list (last activity first) and each column show them newest first. */
async function make(companies: string[], status = 'applied') {
  const at = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  for (const [index, company] of companies.entries()) {
    await call('applications:create', { company, status });
    s.harness.core.db.prepare('UPDATE applications SET updated_at = ? WHERE company = ?').run(at(60 - index), company);
  }
}

/** What has the focus: its text or label, and whether it lies inside the window. */
const focused = () =>
  s.page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const box = active?.getBoundingClientRect();
    return {
      name: active === document.body ? 'body' : (active?.getAttribute('aria-label') ?? active?.textContent ?? ''),
      inView: !!box && box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth,
    };
  });

describe('deleting an application at 720×520, in Chromium over the real core', () => {
  it('from the table: the panel closes and the next row takes the focus, in view', async () => {
    await make(['Tcobalt', 'Tacme', 'Tbeta']);
    await s.page.goto(`${s.harness.url}/#/plan?applications`);
    const row = (company: string) => s.page.locator('.app-table tbody .row-open', { hasText: company });
    await row('Tacme').click();
    const panel = s.page.getByRole('dialog', { name: 'Tacme' });
    await panel.getByLabel('Company').waitFor();
    s.page.once('dialog', (question) => void question.accept());
    await panel.getByRole('button', { name: a.delete }).click();
    await panel.waitFor({ state: 'detached' });
    await expect
      .poll(() => s.page.locator('.app-table tbody .row-open').allTextContents(), { timeout: 10_000 })
      .toEqual(['Tbeta', 'Tcobalt']);
    expect(await focused()).toEqual({ name: 'Tcobalt', inView: true });
  });

  it('from the board: the card after it in its column takes the focus, in view', async () => {
    await make(['Bcobalt', 'Bacme', 'Bbeta']);
    await s.page.goto(`${s.harness.url}/#/plan?applications-board`);
    const applied = s.page.getByRole('region', { name: /^Applied \d+$/ });
    const details = (company: string) => applied.getByRole('button', { name: `${a.details}: ${company}` });
    await details('Bacme').click();
    const panel = s.page.getByRole('dialog', { name: 'Bacme' });
    await panel.getByLabel('Company').waitFor();
    s.page.once('dialog', (question) => void question.accept());
    await panel.getByRole('button', { name: a.delete }).click();
    await panel.waitFor({ state: 'detached' });
    await details('Bacme').waitFor({ state: 'detached' });
    expect(await focused()).toEqual({ name: `${a.details}: Bcobalt`, inView: true });
  });

  it('the board: all seven columns can be scrolled into the window, and the last column’s card, focused, is brought into view', async () => {
    await make(['Lastly'], 'no_reply');
    await s.page.goto(`${s.harness.url}/#/plan?applications-board`);
    await s.page.locator('.board').waitFor();
    const columns = s.page.locator('.board-column');
    await expect.poll(() => columns.count(), { timeout: 10_000 }).toBe(7);
    const widths = await s.page.evaluate(() => {
      const board = document.querySelector<HTMLElement>('.board')!;
      return { scroll: board.scrollWidth, client: board.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth };
    });
    // The row scrolls sideways inside the page; the page itself is never wider than the window.
    expect(widths.scroll).toBeGreaterThan(widths.client);
    expect(widths.page).toBe(0);
    // By the person's own scrolling (a wheel or touchpad sideways over the board), column after column
    // comes into the window, the last one whole.
    const board = s.page.locator('.board');
    const lastColumn = columns.nth(6);
    await board.hover({ position: { x: 50, y: 50 } });
    for (let turn = 0; turn < 20; turn += 1) {
      const box = (await lastColumn.boundingBox())!;
      if (box.x + box.width <= 720) break;
      await s.page.mouse.wheel(200, 0);
      await expect.poll(async () => (await lastColumn.boundingBox())!.x, { timeout: 5_000 }).toBeLessThan(box.x);
    }
    const last = (await lastColumn.boundingBox())!;
    expect({ left: last.x >= 0, right: last.x + last.width <= 720 }).toEqual({ left: true, right: true });
    // From the board's start, focus on the last column's card (as the keyboard moves it there) brings it into view.
    await s.page.evaluate(() => document.querySelector<HTMLElement>('.board')!.scrollTo({ left: 0 }));
    await s.page.getByRole('button', { name: 'Move Lastly' }).focus();
    expect(await focused()).toEqual({ name: 'Move Lastly', inView: true });
  });
});
