import { describe, expect, it } from 'vitest';
import { createNavQueue } from '../../electron/main/navQueue';

function queue() {
  const delivered: unknown[] = [];
  return { delivered, nav: createNavQueue((nav) => delivered.push(nav)) };
}

describe('navigation main sends before the page listens', () => {
  it('holds a click made while the page loads and delivers it when the page is ready', () => {
    const { delivered, nav } = queue();
    nav.open({ view: 'wins', action: 'quick-log' });
    expect(delivered).toEqual([]);
    nav.pageReady();
    expect(delivered).toEqual([{ view: 'wins', action: 'quick-log' }]);
  });

  it('keeps only the last request: the person asked to go to one place', () => {
    const { delivered, nav } = queue();
    nav.open({ view: 'plan' });
    nav.open({ view: 'settings' });
    nav.pageReady();
    expect(delivered).toEqual([{ view: 'settings' }]);
  });

  it('delivers at once once ready, and never twice', () => {
    const { delivered, nav } = queue();
    nav.pageReady();
    nav.open({ view: 'today' });
    nav.pageReady();
    expect(delivered).toEqual([{ view: 'today' }]);
  });

  it('waits again after the page went away (a crash and reload)', () => {
    const { delivered, nav } = queue();
    nav.pageReady();
    nav.pageGone();
    nav.open({ view: 'reflect', action: 'new-rejection' });
    expect(delivered).toEqual([]);
    nav.pageReady();
    expect(delivered).toEqual([{ view: 'reflect', action: 'new-rejection' }]);
  });

  it('a ready page with nothing waiting gets nothing', () => {
    const { delivered, nav } = queue();
    nav.pageReady();
    expect(delivered).toEqual([]);
  });
});
