import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../electron/core/settings/schema';
import { createSettingsService, type SettingsBackend } from '../../electron/core/settings/settingsService';
import { DomainError } from '../../electron/core/ipc/result';
import { confSettingsBackend } from '../harness/server';
import { tempDir } from '../support/tempDir';

// Behaviour of the settings service that the mutation run (README, "How strong the tests are") found
// unguarded: the week's first day following the locale until the person picks one, the kept copy
// being read once and frozen, and a store holding something that is not settings at all.

/** A backend in memory that counts its reads and keeps what was written. */
function memoryBackend(initial: unknown): SettingsBackend & { reads: number; written: Settings[] } {
  let value = initial;
  const backend = {
    reads: 0,
    written: [] as Settings[],
    read() {
      backend.reads += 1;
      return value;
    },
    write(settings: Settings) {
      backend.written.push(settings);
      value = settings;
    },
  };
  return backend;
}

describe('the first day of the week before the person picks one', () => {
  it("is the locale's, while the stored settings keep their own day and say nothing was chosen", () => {
    const dir = tempDir();
    const service = createSettingsService(confSettingsBackend(dir), undefined, () => 0);
    expect(service.get().weekStartsOn).toBe(0);
    expect(service.get().weekStartChosen).toBe(false);
    service.update({ theme: 'dark' });
    expect(service.get()).toMatchObject({ weekStartsOn: 0, theme: 'dark', weekStartChosen: false });
    const saved = JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')) as Settings;
    expect(saved.weekStartsOn).toBe(defaultSettings.weekStartsOn);
    expect(saved.weekStartChosen).toBe(false);
  });

  it('follows the locale when it changes, and gives the same object while nothing changed', () => {
    let localeDay: Settings['weekStartsOn'] = 0;
    const service = createSettingsService(confSettingsBackend(tempDir()), undefined, () => localeDay);
    const first = service.get();
    expect(first.weekStartsOn).toBe(0);
    expect(service.get()).toBe(first);
    localeDay = 6;
    expect(service.get().weekStartsOn).toBe(6);
    localeDay = 1;
    expect(service.get().weekStartsOn).toBe(1);
  });

  it('sending back the day the form was shown leaves the choice open', () => {
    let localeDay: Settings['weekStartsOn'] = 0;
    const service = createSettingsService(confSettingsBackend(tempDir()), undefined, () => localeDay);
    const saved = service.update({ weekStartsOn: 0, theme: 'light' });
    expect(saved).toMatchObject({ weekStartsOn: 0, weekStartChosen: false, theme: 'light' });
    localeDay = 6;
    expect(service.get().weekStartsOn).toBe(6);
  });

  it('naming another day is choosing it: it is kept through a restart and the locale no longer decides', () => {
    const dir = tempDir();
    let localeDay: Settings['weekStartsOn'] = 0;
    const service = createSettingsService(confSettingsBackend(dir), undefined, () => localeDay);
    expect(service.update({ weekStartsOn: 6 })).toMatchObject({ weekStartsOn: 6, weekStartChosen: true });
    localeDay = 1;
    expect(service.get().weekStartsOn).toBe(6);
    const reopened = createSettingsService(confSettingsBackend(dir), undefined, () => 0).get();
    expect(reopened).toMatchObject({ weekStartsOn: 6, weekStartChosen: true });
  });

  it('choosing the day the locale would not give (the stored default) is a choice too', () => {
    const service = createSettingsService(confSettingsBackend(tempDir()), undefined, () => 0);
    expect(service.update({ weekStartsOn: 1 })).toMatchObject({ weekStartsOn: 1, weekStartChosen: true });
  });

  it('the listener hears the settings as every reader sees them, with the locale day', () => {
    const seen: Settings[] = [];
    const service = createSettingsService(
      confSettingsBackend(tempDir()),
      (settings) => seen.push(settings),
      () => 6,
    );
    service.update({ theme: 'dark' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ theme: 'dark', weekStartsOn: 6 });
    expect(seen[0]).toBe(service.get());
  });
});

describe('the kept copy of the settings', () => {
  it('is read from the store once, not on every call', () => {
    const backend = memoryBackend({ ...defaultSettings, theme: 'dark' });
    const service = createSettingsService(backend);
    expect(service.get().theme).toBe('dark');
    service.get();
    service.update({ yourName: 'Sam' });
    expect(service.get().yourName).toBe('Sam');
    expect(backend.reads).toBe(1);
    expect(backend.written).toHaveLength(1);
  });

  it('is frozen all the way down, so no caller can change it by accident', () => {
    for (const localeDay of [1, 0] as const) {
      const service = createSettingsService(memoryBackend({ ...defaultSettings }), undefined, () => localeDay);
      for (const settings of [service.get(), service.update({ theme: 'light' })]) {
        expect(() => {
          (settings as { theme: string }).theme = 'dark';
        }).toThrow(TypeError);
        expect(() => {
          (settings.targets as { apply: number }).apply = 99;
        }).toThrow(TypeError);
        expect(() => {
          (settings.reminders.quietHours as { start: string }).start = '00:00';
        }).toThrow(TypeError);
      }
      expect(service.get()).toMatchObject({ theme: 'light', targets: { apply: defaultSettings.targets.apply } });
    }
  });

  it('fills what an older store lacks, nested parts too, from the defaults', () => {
    const service = createSettingsService(memoryBackend({ theme: 'dark', reminders: { idleNudge: { days: 9 } } }));
    const settings = service.get();
    expect(settings.theme).toBe('dark');
    expect(settings.reminders.idleNudge).toEqual({ enabled: defaultSettings.reminders.idleNudge.enabled, days: 9 });
    expect(settings.reminders.quietHours).toEqual(defaultSettings.reminders.quietHours);
    expect(settings.targets).toEqual(defaultSettings.targets);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a list', [{ theme: 'dark' }]],
    ['a number', 7],
  ])('falls back to the defaults when the store holds %s', (_name, raw) => {
    expect(createSettingsService(memoryBackend(raw)).get()).toEqual(defaultSettings);
  });

  it('refuses a change that does not fit as invalid input, naming the field, and keeps what it had', () => {
    const backend = memoryBackend({ ...defaultSettings });
    const service = createSettingsService(backend);
    let refused: unknown;
    try {
      service.update({ followUpAfterDays: 0 });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'invalid_input' });
    expect(Object.keys((refused as DomainError).fields ?? {})).toEqual(['followUpAfterDays']);
    expect(backend.written).toEqual([]);
    expect(service.get().followUpAfterDays).toBe(defaultSettings.followUpAfterDays);
  });

  it('a change saved over a store that held nothing usable starts from the defaults', () => {
    const backend = memoryBackend([]);
    const saved = createSettingsService(backend).update({ theme: 'dark' });
    expect(saved).toEqual({ ...defaultSettings, theme: 'dark' });
    expect(backend.written).toEqual([{ ...defaultSettings, theme: 'dark' }]);
  });
});
