// `npm run seed -- --years 10 [--out file]`: a deterministic dataset of heavy use, written through
// Rebound's own handlers (inputs parsed by the contract's zod schemas, then the same plain functions
// the app calls), one transaction per week of records, with a fixed clock per record and a seeded PRNG.
// Same arguments, same rows: the benchmark measures against it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { latestVersion } from '../electron/core/db/migrations';
import { openDatabase } from '../electron/core/db/openDatabase';
import { contract, type Channel, type InputOf, type OutputOf } from '../electron/core/ipc/contract';
import { applicationsHandlers } from '../electron/core/applications/handlers';
import type { CoreContext } from '../electron/core/context';
import { plannerHandlers } from '../electron/core/planner/handlers';
import { reflectionHandlers } from '../electron/core/reflection/handlers';
import { createSettingsService } from '../electron/core/settings/settingsService';
import { addDaysTo, addHoursTo, daysBetween, parseDay, weekStartOf } from '../electron/core/time/days';
import type { Day } from '../electron/core/time/schema';
import { winsHandlers } from '../electron/core/wins/handlers';
import { confSettingsBackend } from '../tests/harness/server';
import { seeded } from '../tests/support/hostile';

export const projectDir = path.resolve(import.meta.dirname, '..');
/**
 * Where a seed is kept between runs, named by the schema it was made at: after a new migration the bench and the
 * ten-year e2e tests make a fresh seed rather than migrate a copy of an old one on every start.
 */
export const defaultSeedFile = (years: number) => path.join(projectDir, '.cache/bench', `rebound-${years}y-schema${latestVersion}.sqlite3`);
/** The last day of the dataset: fixed, so the same seed gives the same file whatever today is. */
export const seedEndDay: Day = '2026-11-20';
/** The moment the benchmark treats as "now": the evening of the last seeded day. */
export const seedNow = () => addHoursTo(parseDay(seedEndDay), 20);

export interface SeedOptions {
  years: number;
  file: string;
  seed?: number;
  log?: (line: string) => void;
}

export interface SeedResult {
  file: string;
  milliseconds: number;
  counts: Record<string, number>;
}

const tables = [
  'applications',
  'application_status_history',
  'follow_ups',
  'activities',
  'weeks',
  'rejections',
  'reflections',
  'reflection_answers',
  'feedback_requests',
  'strengths',
  'tasks',
  'wins',
  'contacts',
  'application_contacts',
  'interviews',
] as const;

export function rowCounts(db: Database.Database): Record<string, number> {
  return Object.fromEntries(tables.map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]));
}

const companyParts = [
  ['North', 'Blue', 'Bright', 'Green', 'Silver', 'Clear', 'Open', 'Swift', 'Kind', 'Stone', 'River', 'Maple', 'Harbor', 'Summit', 'Cedar'],
  ['wind', 'leaf', 'works', 'labs', 'field', 'path', 'bridge', 'stack', 'forge', 'light', 'point', 'wave', 'grove', 'line'],
  ['', ' Ltd', ' GmbH', ' & Co', ' Studio', ' Health', ' Logistics', ' Bank', ' Games', ' Energy'],
] as const;
const roles = [
  'Frontend developer',
  'Data analyst',
  'Product designer',
  'Support lead',
  'Backend engineer',
  'QA engineer',
  'Project manager',
  'Technical writer',
];
const places = ['Berlin', 'Lisbon', 'Toronto', 'Remote', 'Leeds', 'Austin', 'Lyon', 'Osaka', ''];
const sources = ['job_board', 'referral', 'company_site', 'recruiter', 'other'] as const;
const manualKinds = ['search', 'network', 'learn', 'volunteer'] as const;
const winKinds = ['networking', 'learning', 'personal', 'custom', 'interview', 'feedback_received'] as const;
const winTitles = [
  'Coffee chat with a former colleague',
  'Finished a course module',
  'Rewrote my summary',
  'Went for a long walk',
  'Helped a friend with their CV',
  'Mock interview',
];

const firstNames = ['Dana', 'Sam', 'Priya', 'Jonas', 'Aiko', 'Lucía', 'Tomás', 'Grace', 'Omar', 'Mei', 'Bruno', 'Ines'];
const lastNames = ['Reyes', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Silva', 'Novak', 'Haddad', 'Byrne', 'Costa'];
const interviewZones = ['Europe/Berlin', 'Europe/Lisbon', 'America/Toronto', 'America/Chicago', 'Asia/Tokyo'];
const howItWent = ['They asked a lot about the migration project. I answered well; I rambled on salary.', ''];

/**
 * A posting as a person pastes it: a few paragraphs about the team, the work, what they ask and what they
 * offer, about 1,500 to 3,000 characters, built from phrases (a vocabulary of a few hundred words, as real postings
 * share most of theirs). About half of the applications carry one: what the search reads most of at ten years.
 */
const postingPhrases = {
  open: [
    'is hiring a {role} to join a small team in {place}.',
    'is looking for a {role} who enjoys {interest}.',
    'wants a {role} for its {area} group, working mostly from {place}.',
  ],
  verbs: ['build', 'maintain', 'review', 'design', 'measure', 'improve', 'document', 'plan', 'ship', 'support', 'test', 'own'],
  objects: [
    'customer dashboards',
    'internal tools',
    'the billing service',
    'onboarding flows',
    'release checklists',
    'data pipelines',
    'the mobile app',
    'weekly reports',
    'accessibility audits',
    'the design system',
    'support playbooks',
    'API contracts',
    'search features',
    'payment integrations',
    'quarterly roadmaps',
    'performance budgets',
  ],
  partners: ['product managers', 'designers', 'engineers', 'the support team', 'customers', 'analysts', 'the founders', 'partners'],
  skills: [
    'TypeScript',
    'React',
    'SQL',
    'Python',
    'Figma',
    'Kubernetes',
    'PostgreSQL',
    'Excel',
    'Tableau',
    'Go',
    'Java',
    'Rust',
    'GraphQL',
    'Terraform',
    'Jira',
    'Zendesk',
    'Playwright',
    'Cypress',
    'AWS',
    'Azure',
    'Linux',
    'Kotlin',
    'Swift',
  ],
  asks: [
    'You have {years} years of experience with {skill} and {skill}.',
    'You write clearly and explain trade-offs to people outside your field.',
    'Experience with {skill} is a plus, not a must.',
    'You are comfortable owning {object} from first sketch to release.',
    'You have worked with {partners} and like doing so.',
  ],
  offers: [
    'We offer {days} days of paid leave, a learning budget and flexible hours.',
    'The salary range is listed below; equity is available after the first year.',
    'We pay for a home office setup and a yearly team trip.',
    'Parental leave is sixteen weeks, fully paid.',
    'You can work remotely up to three days a week.',
  ],
  interests: ['clean interfaces', 'tidy data', 'helping people', 'hard problems', 'fast feedback', 'careful writing'],
  areas: ['payments', 'growth', 'platform', 'logistics', 'health', 'education', 'energy', 'mobility'],
} as const;

function postingOf(random: () => number, company: string, role: string, place: string): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const fill = (phrase: string) =>
    phrase
      .replace(/\{role\}/g, role.toLowerCase())
      .replace(/\{place\}/g, place || 'anywhere')
      .replace(/\{interest\}/g, () => pick(postingPhrases.interests))
      .replace(/\{area\}/g, () => pick(postingPhrases.areas))
      .replace(/\{skill\}/g, () => pick(postingPhrases.skills))
      .replace(/\{object\}/g, () => pick(postingPhrases.objects))
      .replace(/\{partners\}/g, () => pick(postingPhrases.partners))
      .replace(/\{years\}/g, () => String(2 + Math.floor(random() * 6)))
      .replace(/\{days\}/g, () => String(25 + Math.floor(random() * 6)));
  const duties = () => `You will ${pick(postingPhrases.verbs)} ${pick(postingPhrases.objects)} with ${pick(postingPhrases.partners)}.`;
  const target = 1500 + Math.floor(random() * 3500);
  const paragraphs = [`About the role\n${company} ${fill(pick(postingPhrases.open))}`];
  let length = paragraphs[0]!.length;
  for (const [title, next] of [
    ['What you will do', duties],
    ['What we ask', () => fill(pick(postingPhrases.asks))],
    ['What we offer', () => fill(pick(postingPhrases.offers))],
  ] as const) {
    const lines: string[] = [];
    for (let i = 0; i < 4 || (title === 'What you will do' && length < target); i += 1) {
      const line = next();
      lines.push(`- ${line}`);
      length += line.length + 3;
      if (i > 40) break;
    }
    paragraphs.push(`${title}\n${lines.join('\n')}`);
  }
  return paragraphs.join('\n\n');
}

type Pending = { kind: 'interviewing' | 'offer' | 'rejected' | 'no_reply' | 'followUp'; appId: number; followUpId?: number };

export async function seedDatabase(options: SeedOptions): Promise<SeedResult> {
  const started = process.hrtime.bigint();
  const log = options.log ?? (() => undefined);
  const random = seeded(options.seed ?? 20261120);
  const chance = (p: number) => random() < p;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  // People and interview rounds draw from a PRNG of their own, so adding them left every earlier row as it was.
  const randomPeople = seeded((options.seed ?? 20261120) + 1);
  const pickPerson = <T>(items: readonly T[]): T => items[Math.floor(randomPeople() * items.length)] as T;
  // Who a networking activity was with draws from a third, for the same reason.
  const randomWho = seeded((options.seed ?? 20261120) + 2);
  // Postings draw from a fourth.
  const randomPosting = seeded((options.seed ?? 20261120) + 3);

  fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const partial = `${options.file}.partial`;
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(partial + suffix, { force: true });
  const settingsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-seed-'));
  const { db } = await openDatabase({ file: partial, check: false });
  let clock = seedNow();
  const ctx: CoreContext = { db, settings: createSettingsService(confSettingsBackend(settingsDir)), now: () => clock };
  const handlers = { ...plannerHandlers(ctx), ...applicationsHandlers(ctx), ...reflectionHandlers(ctx), ...winsHandlers(ctx) };
  /** A call as the app makes it, minus the IPC hop: the contract's schema, then the handler. */
  const call = <C extends keyof typeof handlers & Channel>(channel: C, input: InputOf<C>): OutputOf<C> => {
    const parsed = contract[channel].input.parse(input);
    const result = (handlers[channel] as (input: unknown) => unknown)(parsed);
    if (result instanceof Promise) throw new Error(`${channel} is asynchronous; the seed batches synchronous calls only`);
    return result as OutputOf<C>;
  };
  const at = (day: Day, hour: number) => {
    clock = addHoursTo(parseDay(day), hour);
  };

  const weekStartsOn = ctx.settings.get().weekStartsOn;
  const firstDay = weekStartOf(addDaysTo(seedEndDay, -7 * 52 * options.years + 1), weekStartsOn);
  const totalDays = daysBetween(firstDay, seedEndDay) + 1;
  const appsPerDay = 20_000 / 3640;
  const activitiesPerDay = 74_000 / 3640;
  const manualWinsPerDay = 16_500 / 3640;
  const rejectionShare = 5_500 / 20_000;
  const later = new Map<Day, Pending[]>();
  const schedule = (day: Day, pending: Pending) => {
    const list = later.get(day) ?? [];
    list.push(pending);
    later.set(day, list);
  };
  const poisson = (mean: number) => Math.floor(mean) + (chance(mean - Math.floor(mean)) ? 1 : 0);

  const reflect = (appId: number, day: Day) => {
    const app = call('applications:setStatus', { id: appId, status: 'rejected', day }).application;
    const rejection = call('rejections:create', {
      company: app.company,
      role: app.role,
      stage: pick(['applied', 'screening', 'interview', 'final'] as const),
      receivedOn: day,
      channel: pick(['email', 'portal', 'call'] as const),
      note: 'A kind note, thanking me for my time.',
      applicationId: appId,
    });
    const id = rejection.id;
    const step = (answers: InputOf<'reflection:saveStep'>['answers'], from: number) => {
      call('reflection:saveStep', { rejectionId: id, answers });
      if (from < 7) call('reflection:move', { rejectionId: id, from, to: from + 1 });
    };
    step(
      {
        step: 1,
        feelings: ['disappointed', 'tired'],
        intensity: between(2, 9),
        freeWriting: 'It stings, and that is fine.',
        recoveryHours: 24,
      },
      1,
    );
    step(
      {
        step: 2,
        reasons: [pick(['strengths', 'workplace', 'interview', 'timing', 'unknown'] as const)],
        betterFit: 'A smaller team with room to learn.',
      },
      2,
    );
    step(
      { step: 3, tone: 'warm', subject: 'Thank you', message: 'Thank you for your time. Is there anything I could do better next time?' },
      3,
    );
    // Most requests get sent; some get an answer, some get none.
    if (chance(0.8)) {
      const answered = chance(0.4);
      call('feedback:update', {
        rejectionId: id,
        state: answered ? 'answered' : pick(['asked', 'no_reply'] as const),
        askedOn: day,
        answeredOn: answered ? day : null,
        feedback: answered ? 'More depth on the take-home would have helped.' : '',
        tone: 'warm',
      });
    }
    step(
      {
        step: 4,
        outside: ['Internal candidate'],
        inside: ['Interview prep'],
        strengths: [pick(['Calm under pressure', 'Clear writing', 'Curious', 'Reliable'])],
      },
      4,
    );
    step({ step: 5, checklist: [pick(['resume', 'interview', 'skill', 'profile', 'practice'] as const)], targetWeek: null }, 5);
    step({ step: 6, targets: { search: 5, apply: 4, followUp: 2 }, note: '', weekStart: null }, 6);
    step({ step: 7, wins: [], moodAfter: between(3, 8) }, 7);
    call('reflection:finish', { rejectionId: id });
  };

  // About half of the networking names one of the people met so far (the seed never removes
  // anyone, so their ids run from 1 to the latest).
  const latestContact = db.prepare('SELECT max(id) FROM contacts').pluck();
  const someoneMet = (): number | null => {
    const latest = latestContact.get() as number | null;
    return latest !== null && randomWho() < 0.5 ? 1 + Math.floor(randomWho() * latest) : null;
  };

  const runDay = (day: Day, isWeekStart: boolean, isWeekEnd: boolean) => {
    if (isWeekStart) {
      at(day, 8);
      call('planner:setTargets', { weekStart: day, targets: { search: between(3, 6), apply: between(3, 6), followUp: between(1, 4) } });
    }
    let hour = 9;
    const tick = () => {
      hour += 0.01;
      at(day, hour);
    };
    for (let i = poisson(appsPerDay); i > 0; i -= 1) {
      tick();
      const company = `${pick(companyParts[0])}${pick(companyParts[1])}${pick(companyParts[2])}`;
      // Drawn in the order they always were, so the main PRNG's stream (and every other row) stays as it was.
      const role = pick(roles);
      const source = pick(sources);
      const location = pick(places);
      const app = call('applications:create', {
        company,
        role,
        source,
        location,
        posting: randomPosting() < 0.5 ? postingOf(randomPosting, company, role, location) : '',
        notes: chance(0.3) ? 'Found through a friend; the team writes a nice blog.' : '',
        status: 'applied',
        day,
        // Ten years hold the same company and role more than once (a second try a year on): added without asking.
        confirmDuplicate: true,
      });
      // About a third of applications come with a recruiter's name, kept as a linked contact.
      if (randomPeople() < 0.35) {
        const name = `${pickPerson(firstNames)} ${pickPerson(lastNames)}`;
        call('contacts:create', {
          name,
          role: 'Recruiter',
          email: `${name.split(' ')[0]?.toLowerCase()}@example.com`,
          company,
          applicationId: app.id,
          relation: 'recruiter',
        });
      }
      const followUp = db.prepare("SELECT id FROM follow_ups WHERE application_id = ? AND state = 'pending'").get(app.id) as
        { id: number } | undefined;
      if (followUp && chance(0.3)) schedule(addDaysTo(day, 7), { kind: 'followUp', appId: app.id, followUpId: followUp.id });
      const interviews = chance(0.3);
      if (interviews) schedule(addDaysTo(day, between(6, 14)), { kind: 'interviewing', appId: app.id });
      if (interviews && chance(0.07)) schedule(addDaysTo(day, between(20, 30)), { kind: 'offer', appId: app.id });
      else if (chance(rejectionShare / 0.98)) schedule(addDaysTo(day, between(15, 35)), { kind: 'rejected', appId: app.id });
      // What is still waiting later is closed as "no reply" when the app suggests it: a person using Rebound
      // for ten years answers that prompt, so Today does not carry years of quiet applications.
      else schedule(addDaysTo(day, between(42, 60)), { kind: 'no_reply', appId: app.id });
    }
    for (const pending of later.get(day) ?? []) {
      tick();
      if (pending.kind === 'followUp') {
        const state = db.prepare('SELECT state FROM follow_ups WHERE id = ?').get(pending.followUpId) as { state: string };
        if (state.state === 'pending') call('applications:sendFollowUp', { id: pending.followUpId as number, day, nextInDays: null });
      } else if (pending.kind === 'rejected') {
        reflect(pending.appId, day);
      } else {
        const status = (db.prepare('SELECT status FROM applications WHERE id = ?').get(pending.appId) as { status: string }).status;
        if (status === 'applied' || status === 'interviewing')
          call('applications:setStatus', { id: pending.appId, status: pending.kind, day });
        if (pending.kind === 'interviewing' && status === 'applied') {
          // The round the invitation was for, with the recruiter if there is one, a few days on.
          const recruiter = db
            .prepare('SELECT contact_id AS id FROM application_contacts WHERE application_id = ? LIMIT 1')
            .get(pending.appId) as { id: number } | undefined;
          const date = addDaysTo(day, 2 + Math.floor(randomPeople() * 5));
          call('interviews:create', {
            applicationId: pending.appId,
            kind: pickPerson(['screen', 'technical', 'onsite', 'final'] as const),
            date,
            time: `${String(9 + Math.floor(randomPeople() * 8)).padStart(2, '0')}:${pickPerson(['00', '30'])}`,
            timeZone: pickPerson(interviewZones),
            place: pickPerson(['Video call', 'Their office, second floor', '']),
            prepNotes: randomPeople() < 0.5 ? 'Read their engineering blog; two stories ready.' : '',
            howItWent: date < seedEndDay ? pickPerson(howItWent) : '',
            contactIds: recruiter ? [recruiter.id] : [],
          });
        }
      }
    }
    later.delete(day);
    for (let i = poisson(activitiesPerDay); i > 0; i -= 1) {
      tick();
      const kind = pick(manualKinds);
      const note = chance(0.2) ? 'Two good leads.' : '';
      call('planner:logActivity', { kind, day, note, contactId: kind === 'network' ? someoneMet() : null });
    }
    for (let i = poisson(manualWinsPerDay); i > 0; i -= 1) {
      tick();
      call('wins:log', {
        kind: pick(winKinds),
        title: pick(winTitles),
        note: chance(0.3) ? 'Felt good.' : '',
        day,
        applicationId: null,
        rejectionId: null,
      });
    }
    if (isWeekEnd) {
      at(day, 18);
      const weekStart = weekStartOf(day, weekStartsOn);
      call('planner:review', { weekStart, note: chance(0.5) ? 'A steady week. Proud of the follow-ups.' : '', carryTaskIds: [] });
    }
  };

  for (let offset = 0; offset < totalDays; offset += 7) {
    const days = Array.from({ length: Math.min(7, totalDays - offset) }, (_, i) => addDaysTo(firstDay, offset + i));
    db.transaction(() => {
      days.forEach((day, i) => runDay(day, i === 0, i === 6));
    })();
    if (offset % (7 * 52) === 0) log(`  ${days[0]} …`);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  const counts = rowCounts(db);
  db.close();
  fs.rmSync(settingsDir, { recursive: true, force: true });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(options.file + suffix, { force: true });
  fs.renameSync(partial, options.file);
  fs.rmSync(`${partial}-wal`, { force: true });
  fs.rmSync(`${partial}-shm`, { force: true });
  return { file: options.file, milliseconds: Number(process.hrtime.bigint() - started) / 1e6, counts };
}

export function parseArgs(args: string[]): { years: number; out: string | null } {
  const value = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const years = Number(value('--years') ?? 10);
  if (!Number.isInteger(years) || years < 1 || years > 20) throw new Error('--years takes a whole number from 1 to 20');
  return { years, out: value('--out') ?? null };
}

export async function main(args: string[]): Promise<number> {
  const { years, out } = parseArgs(args);
  const file = path.resolve(out ?? defaultSeedFile(years));
  console.log(`Seeding ${years} years of heavy use into ${path.relative(process.cwd(), file)} …`);
  const result = await seedDatabase({ years, file, log: console.log });
  console.log(`Seeded in ${(result.milliseconds / 1000).toFixed(1)} s; ${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB`);
  for (const [table, count] of Object.entries(result.counts)) console.log(`  ${table.padEnd(28)} ${count.toLocaleString('en-US')}`);
  return 0;
}
