import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSession } from './support/session';

// One unbroken "word" as long as each field allows: pasted links, hashes, a name with no spaces.
const word = (length: number) => 'x'.repeat(length);

async function widthOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const viewport of [
  { width: 1040, height: 720 },
  { width: 720, height: 520 },
]) {
  describe(`long unbroken text wraps where it is shown (${viewport.width}×${viewport.height})`, () => {
    const s = e2eSession(`long-text-${viewport.width}`, viewport);

    it('never makes a view wider than the window', async () => {
      const call = async (channel: string, input: unknown) => {
        const result = await s.harness.core.dispatch(channel, input, { url: `${s.harness.url}/`, isMainFrame: true });
        if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
        return result.data as { id: number; weekStart?: string };
      };
      const week = (await call('planner:week', undefined)) as unknown as { weekStart: string };
      await call('planner:setTargets', { weekStart: week.weekStart, targets: { apply: 3 } });
      await call('planner:addTask', { weekStart: week.weekStart, title: word(300) });
      const application = await call('applications:create', {
        company: word(200),
        role: word(200),
        status: 'applied',
        notes: word(2000),
      });
      const today = new Date().toISOString().slice(0, 10);
      await call('wins:log', { kind: 'custom', title: word(200), note: word(2000), day: today });
      const rejection = await call('rejections:create', { company: word(200), role: word(200), receivedOn: today });
      for (const hash of [
        '#/today',
        '#/plan',
        '#/plan?applications',
        '#/plan?applications-board',
        `#/plan?application-${application.id}`,
        '#/plan?review',
        '#/wins',
        '#/reflect',
        `#/reflect?rejection-${rejection.id}`,
      ]) {
        await s.page.goto(`${s.harness.url}/${hash}`);
        await s.page.locator('h1').first().waitFor();
        await s.page.waitForLoadState('networkidle');
        expect({ hash, overflow: await widthOverflow(s.page) }).toEqual({ hash, overflow: 0 });
      }
    });
  });
}
