import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, contract, type Channel } from '../../electron/core/ipc/contract';
import type { TestCore } from '../support/core';
import { appCaller, startTestCore } from '../support/core';
import { contentHash } from '../support/contentHash';
import { exampleFor, hostilePayloads } from '../support/hostile';

/** Marks a channel that takes no input at all: its one valid payload is `undefined`. */
const noInput = undefined;

/**
 * One or more VALID payloads for every channel, written by hand from what
 * each channel means (not generated from its schema), so a schema that is
 * loosened cannot loosen this table with it. Every object in them, at any
 * depth, is a place where an unknown key must be refused. A new channel
 * fails the completeness test below until it has a row here.
 */
const validPayloads: Record<Channel, readonly unknown[]> = {
  'app:info': [noInput],
  'app:dismissNotice': [{ id: 'settings-reset' }],
  'app:openExternal': [{ url: 'https://example.com/job' }],
  'app:ready': [noInput],
  'app:openLogFolder': [noInput],
  'locale:get': [{ languages: ['de-AT', 'en-US'] }, { languages: [] }],
  'imports:preview': [
    { name: 'search.csv', text: 'Company\nAcme\n' },
    { name: 'search.xlsx', base64: 'UEsDBA==', dateFormat: 'dmy' },
  ],
  'imports:apply': [{ name: 'search.csv', text: 'Company\nAcme\n' }],
  'imports:readEmail': [{ text: 'Thank you for applying to Acme.' }],
  'imports:actOnEmail': [
    { text: 'Thank you for applying to Acme.', action: 'track', applicationId: null },
    {
      text: 'We would like to invite you to an interview.',
      action: 'addInterview',
      applicationId: 1,
      interview: { kind: 'screen', date: '2026-05-01', time: '10:00', timeZone: 'UTC' },
      confirmDuplicate: true,
    },
  ],
  'settings:get': [noInput],
  'settings:update': [
    { theme: 'dark', weekStartsOn: 0, targets: { apply: 4 }, streakRule: { minApply: 2 } },
    { language: 'system' },
    {
      reminders: {
        weeklyPlanning: { day: 2 },
        weeklyReview: { time: '17:00' },
        followUpsDue: { enabled: false },
        recoveryCheckIn: { enabled: false },
        idleNudge: { days: 5 },
        quietHours: { enabled: true, start: '22:00', end: '07:00' },
      },
      windowBounds: { x: 10, y: 20, width: 900, height: 700 },
      yourName: 'Alex Kim',
    },
  ],
  'data:listBackups': [noInput],
  'data:backupNow': [noInput],
  'data:restoreBackup': [{ name: 'rebound-daily-2026-03-01T10-00-00-000Z.sqlite3' }],
  'data:exportJson': [noInput],
  'data:exportCsv': [{ table: 'applications' }],
  'data:importJson': [{ content: '{"format":"rebound-export"}', mode: 'merge' }],
  'rejections:create': [
    { company: 'Acme', receivedOn: '2026-03-02' },
    {
      company: 'Acme',
      role: 'Designer',
      stage: 'interview',
      receivedOn: '2026-03-02',
      recruiterName: 'Sam',
      recruiterEmail: 'sam@acme.example',
      channel: 'call',
      note: 'Kind call',
      applicationId: 3,
    },
  ],
  'rejections:list': [noInput],
  'rejections:get': [{ rejectionId: 1 }],
  'rejections:prefill': [{ applicationId: 1 }],
  'rejections:insights': [noInput],
  'reflection:start': [{ rejectionId: 1 }],
  'reflection:saveStep': [
    { rejectionId: 1, answers: { step: 1, feelings: ['tired'], intensity: 6, freeWriting: 'A hard day.', recoveryHours: 24 } },
    { rejectionId: 1, answers: { step: 2, reasons: ['timing'], betterFit: 'A smaller team.' } },
    { rejectionId: 1, answers: { step: 3, tone: 'warm', subject: 'Thank you', message: 'Thank you for your time.' } },
    { rejectionId: 1, answers: { step: 4, outside: ['An internal candidate'], inside: ['Rushed answers'], strengths: ['Calm'] } },
    { rejectionId: 1, answers: { step: 5, checklist: ['resume'], targetWeek: '2026-03-09' } },
    { rejectionId: 1, answers: { step: 6, targets: { apply: 3 }, note: 'Steady.', weekStart: '2026-03-09' } },
    { rejectionId: 1, answers: { step: 7, wins: ['applied'], moodAfter: 4 } },
  ],
  'reflection:move': [{ rejectionId: 1, from: 1, to: 2, skip: true }],
  'reflection:finish': [{ rejectionId: 1 }],
  'reflection:today': [noInput],
  'feedback:update': [
    { rejectionId: 1, state: 'answered', askedOn: '2026-03-03', answeredOn: '2026-03-05', feedback: 'More examples.', tone: 'warm' },
  ],
  'feedback:addTask': [{ rejectionId: 1, title: 'Add two examples to the resume', weekStart: '2026-03-09' }],
  'wins:log': [
    { kind: 'applied', title: 'Sent the Acme application', note: 'Felt good', day: '2026-03-02', applicationId: null, rejectionId: null },
  ],
  'wins:update': [{ id: 1, kind: 'week_met', title: 'Kept the routine', day: '2026-03-02' }],
  'wins:delete': [{ id: 1 }],
  'wins:restore': [{ id: 1 }],
  'wins:list': [{ cursor: { day: '2026-03-02', id: 5 }, kind: 'applied', search: 'Acme' }],
  'wins:summary': [noInput],
  'wins:perWeek': [{ weeks: 12 }],
  'wins:bragSheet': [{ from: '2026-01-01', to: '2026-03-31' }],
  'wins:linkOptions': [noInput],
  'reminders:status': [noInput],
  'reminders:pause': [{ preset: '1h' }, { until: '2026-03-03T09:00:00.000Z' }],
  'reminders:resume': [noInput],
  'companion:setShortcut': [{ enabled: true, accelerator: 'CommandOrControl+Shift+R' }],
  'companion:setLaunchAtLogin': [{ enabled: true }],
  'companion:dismissLaunchOffer': [noInput],
  'planner:today': [{ all: true }],
  'planner:week': [{ weekStart: '2026-03-02' }],
  'planner:setTargets': [{ weekStart: '2026-03-02', targets: { apply: 6, network: 2 } }],
  'planner:setDayPlan': [{ weekStart: '2026-03-02', dayPlan: { '0': ['search', 'apply'], '3': ['network'] } }],
  'planner:setPaused': [{ weekStart: '2026-03-02', paused: true }],
  'planner:logActivity': [{ kind: 'network', day: '2026-03-02', note: 'Coffee with Sam' }],
  'planner:addTask': [{ weekStart: '2026-03-02', title: 'Update the portfolio' }],
  'planner:setTaskDone': [{ id: 1, done: true }],
  'planner:deleteTask': [{ id: 1 }],
  'planner:review': [{ weekStart: '2026-03-02', note: 'A good week', carryTaskIds: [1, 2], nextTargets: { apply: 5 } }],
  'planner:history': [{ weeks: 12 }],
  'planner:summary': [noInput],
  'planner:exportIcs': [{ weekStart: '2026-03-02' }],
  'applications:list': [{ search: 'Acme', sort: 'company', status: 'applied', offset: 0, limit: 20 }],
  'applications:board': [{ search: 'Acme', sort: 'updated', perColumn: 5 }],
  'applications:get': [{ id: 1 }],
  'applications:create': [
    { company: 'Acme', role: 'Designer', link: 'https://example.com/job', remote: true, status: 'applied', day: '2026-03-02' },
  ],
  'applications:update': [{ id: 1, fields: { role: 'Senior designer', notes: 'Second round soon' } }],
  'applications:likelyDuplicate': [{ company: 'Acme' }, { company: 'Acme GmbH', role: 'Designer', link: 'https://acme.example/jobs/7' }],
  'applications:setStatus': [{ id: 1, status: 'interviewing', day: '2026-03-04' }],
  'applications:setAppliedOn': [{ id: 1, day: '2026-03-02' }],
  'contacts:list': [noInput, { applicationId: 1 }, { notLinkedTo: 1, search: 'sam', limit: 21 }],
  'contacts:create': [
    { name: 'Sam Lee' },
    {
      name: 'Sam Lee',
      role: 'Recruiter',
      email: 'sam@acme.example',
      phone: '+49 30 1234',
      profileLink: 'https://example.com/in/sam',
      notes: 'Met at a fair',
      company: 'Acme',
      applicationId: 1,
      relation: 'recruiter',
    },
  ],
  'contacts:get': [{ id: 1 }],
  'contacts:history': [{ id: 1 }, { id: 1, offset: 20, limit: 20 }],
  'contacts:update': [{ id: 1, fields: { role: 'Hiring manager', notes: 'Now leads the team' } }],
  'contacts:delete': [{ id: 1 }],
  'contacts:link': [{ applicationId: 1, contactId: 1, relation: 'interviewer' }],
  'contacts:unlink': [{ applicationId: 1, contactId: 1 }],
  'interviews:list': [{ applicationId: 1 }],
  'interviews:upcoming': [noInput, { limit: 3 }],
  'interviews:create': [{ applicationId: 1, kind: 'screen', date: '2026-03-30', time: '10:00', timeZone: 'Europe/Berlin' }],
  'interviews:update': [{ id: 1, fields: { place: 'https://meet.example.com/abc', prepNotes: 'Two stories ready' } }],
  'interviews:delete': [{ id: 1 }],
  'interviews:noteHowItWent': [{ id: 1, howItWent: 'Went well; they liked the portfolio.' }],
  'applications:delete': [{ id: 1 }],
  'applications:keepWaiting': [{ id: 1 }],
  'applications:scheduleFollowUp': [{ applicationId: 1, dueOn: '2026-03-09' }],
  'applications:moveFollowUp': [{ id: 1, dueOn: '2026-03-10' }],
  'applications:cancelFollowUp': [{ id: 1 }],
  'applications:sendFollowUp': [{ id: 1, day: '2026-03-09', note: 'Short and kind', nextInDays: 7 }],
  'applications:exportCsv': [noInput],
  'applications:importCsv': [{ content: 'company,role\nAcme,Designer\n' }],
  'today:snoozeFollowUps': [{ days: 7 }, { ids: [1], days: 3 }],
  'today:closeQuiet': [noInput],
  'today:undo': [{ token: 1 }],
  'rejections:ofApplication': [{ applicationId: 1 }],
  'rejections:matchingApplications': [{ company: 'Acme GmbH' }],
  'reflection:pending': [noInput],
  'reflection:dismissPending': [noInput],
};

/** The existing generator starts from a hand-written valid payload where there is one. */
const samples: Partial<Record<Channel, unknown>> = Object.fromEntries(
  Object.entries(validPayloads)
    .filter(([, payloads]) => payloads[0] !== noInput)
    .map(([channel, payloads]) => [channel, payloads[0]]),
);

const unknownKey = 'unexpectedKey';

/** The payload with an unknown key added to one of its objects, once per object at any depth (or an object where none belongs). */
function withUnknownKeys(payload: unknown): { where: string; payload: unknown }[] {
  if (payload === undefined) return [{ where: 'an object where no input belongs', payload: { [unknownKey]: true } }];
  const paths: string[][] = [];
  const visit = (node: unknown, at: string[]) => {
    if (Array.isArray(node)) node.forEach((item, index) => visit(item, [...at, String(index)]));
    else if (typeof node === 'object' && node !== null) {
      paths.push(at);
      for (const [key, value] of Object.entries(node)) visit(value, [...at, key]);
    }
  };
  visit(payload, []);
  return paths.map((at) => {
    const copy = structuredClone(payload) as Record<string, unknown>;
    let node = copy;
    for (const key of at) node = node[key] as Record<string, unknown>;
    node[unknownKey] = 1;
    return { where: at.length ? at.join('.') : 'the top level', payload: copy };
  });
}

/** A payload that records every time anything looks at it: property reads, key listing, `in`, its prototype. */
function recordingPayload(reads: string[]): object {
  return new Proxy(
    {},
    {
      get: (_target, key) => (reads.push(`get ${String(key)}`), undefined),
      has: (_target, key) => (reads.push(`has ${String(key)}`), false),
      ownKeys: () => (reads.push('ownKeys'), []),
      getOwnPropertyDescriptor: (_target, key) => (reads.push(`descriptor ${String(key)}`), undefined),
      getPrototypeOf: () => (reads.push('getPrototypeOf'), Object.prototype),
    },
  );
}

/** An invalid payload (wrong types and an unknown key) whose every field is a getter that records its read. */
function recordingGetters(reads: string[]): object {
  const payload = {};
  for (const key of ['id', 'rejectionId', 'weekStart', 'content', unknownKey]) {
    Object.defineProperty(payload, key, { enumerable: true, get: () => (reads.push(key), { not: 'valid' }) });
  }
  return payload;
}

const wrongCallers = [
  { url: 'https://evil.example/', isMainFrame: true },
  { url: 'file:///tmp/index.html', isMainFrame: true },
  { url: 'app://rebound/index.html', isMainFrame: false },
  { url: undefined, isMainFrame: true },
];

const payloadsPerChannel = 1000;

let core: TestCore;
let dataDir: string;
let before: string;
const figures = { channels: 0, payloads: 0, kinds: 0, written: 0, unknownKeys: 0, gateChecks: 0 };

beforeAll(async () => {
  // Its own folder for the whole file: tempDir() folders are removed after each test.
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-hostile-'));
  core = await startTestCore(dataDir);
  before = contentHash(core.db);
});

afterAll(() => {
  console.log(
    `hostile IPC: ${figures.payloads} generated payloads over ${figures.channels} channels, every one refused with a typed error; database content unchanged`,
  );
  console.log(
    `hostile IPC, hand-written: ${figures.written} valid payloads accepted by their schemas, ${figures.unknownKeys} copies with an unknown key refused; ${figures.gateChecks} wrong-sender calls refused without reading the payload`,
  );
  core.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('hostile input on every channel', () => {
  it.each(channels)(
    '%s refuses 1,000+ hostile payloads with a typed error and changes nothing',
    async (channel) => {
      const schema = contract[channel].input;
      const sample = samples[channel] ?? exampleFor(schema);
      if (schema.safeParse(undefined).success === false) {
        expect(sample, `add a valid sample for ${channel} to the samples table`).not.toBeUndefined();
        expect(schema.safeParse(sample).success, `the sample for ${channel} must be valid`).toBe(true);
      }
      const payloads = hostilePayloads(schema, sample, payloadsPerChannel, channel.length * 7919);
      expect(payloads.length).toBeGreaterThanOrEqual(payloadsPerChannel);
      for (const { description, payload } of payloads) {
        const result = await core.dispatch(channel, payload, appCaller);
        if (result.ok) throw new Error(`${channel} accepted a hostile payload (${description})`);
        expect(result.error.code, description).toBe('invalid_input');
        expect(typeof result.error.message).toBe('string');
        expect(result.error.message.length).toBeLessThan(500);
      }
      const kinds = new Set(payloads.map((p) => p.description));
      figures.kinds = Math.max(figures.kinds, kinds.size);
      figures.channels += 1;
      figures.payloads += payloads.length;
      expect(contentHash(core.db)).toBe(before);
      // Generating 1,000 payloads for a schema with many array fields takes seconds on a busy machine.
    },
    60_000,
  );

  it('refuses every channel from a wrong origin, a subframe or a vanished frame, before reading the input', async () => {
    for (const channel of channels) {
      const sample = samples[channel] ?? exampleFor(contract[channel].input);
      for (const caller of wrongCallers) {
        const result = await core.dispatch(channel, sample, caller);
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    expect(contentHash(core.db)).toBe(before);
  });

  it('has a hand-written valid payload for every channel in the contract, and nothing else', () => {
    const missing = channels.filter((channel) => !Object.prototype.hasOwnProperty.call(validPayloads, channel));
    expect(missing, 'add a valid payload for these channels to validPayloads').toEqual([]);
    expect(Object.keys(validPayloads).filter((name) => !(channels as string[]).includes(name))).toEqual([]);
  });

  it.each(channels)(
    '%s accepts its hand-written payloads, and refuses each with an unknown key at any depth, changing nothing',
    async (channel) => {
      const settingsBefore = JSON.stringify(await core.dispatch('settings:get', undefined, appCaller));
      for (const payload of validPayloads[channel]) {
        const parsed = contract[channel].input.safeParse(payload);
        expect(parsed.success, `the hand-written payload for ${channel} must be valid: ${parsed.error?.message}`).toBe(true);
        figures.written += 1;
        for (const variant of withUnknownKeys(payload)) {
          figures.unknownKeys += 1;
          const result = await core.dispatch(channel, variant.payload, appCaller);
          expect(result, `${channel} with an unknown key in ${variant.where}`).toMatchObject({
            ok: false,
            error: { code: 'invalid_input' },
          });
        }
      }
      expect(contentHash(core.db)).toBe(before);
      expect(JSON.stringify(await core.dispatch('settings:get', undefined, appCaller))).toBe(settingsBefore);
    },
  );

  it('checks the sender before it reads the input: a wrong-origin call never touches its payload', async () => {
    for (const channel of channels) {
      for (const caller of wrongCallers) {
        for (const make of [recordingPayload, recordingGetters]) {
          const reads: string[] = [];
          figures.gateChecks += 1;
          const result = await core.dispatch(channel, make(reads), caller);
          expect(result, `${channel} from ${caller.url} (main frame: ${caller.isMainFrame})`).toMatchObject({
            ok: false,
            error: { code: 'forbidden' },
          });
          expect(reads, `${channel} read its payload before refusing the sender`).toEqual([]);
        }
      }
    }
    // The recorders do see a read when the sender is trusted, so an empty list above means something.
    const proxyReads: string[] = [];
    const getterReads: string[] = [];
    expect(await core.dispatch('wins:delete', recordingPayload(proxyReads), appCaller)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await core.dispatch('wins:delete', recordingGetters(getterReads), appCaller)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(proxyReads.length).toBeGreaterThan(0);
    expect(getterReads.length).toBeGreaterThan(0);
    expect(contentHash(core.db)).toBe(before);
  });

  it('refuses unknown channels, including prototype names', async () => {
    for (const name of [
      'settings:drop',
      'app:eval',
      '__proto__',
      'constructor',
      'hasOwnProperty',
      'data:changed',
      '',
      'x'.repeat(100_000),
    ]) {
      expect(await core.dispatch(name, {}, appCaller)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    expect(contentHash(core.db)).toBe(before);
  });
});
