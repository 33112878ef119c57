import fs from 'node:fs';
import { content, fillTemplate } from '../../content';
import { appHandlers, type AppDeps } from './app/handlers';
import type { Notice } from './app/contract';
import { createDailyBackup } from './backup/dailyBackup';
import { closeCleanly } from './db/cleanClose';
import { dataFileGuard } from './db/dataFileGuard';
import { backupHandlers } from './backup/handlers';
import { transferHandlers } from './transfer/handlers';
import { openStore } from './backup/openStore';
import { dataPaths } from './dataDir';
import { createDispatcher, type DispatcherOptions, type Dispatch, type Handlers } from './ipc/dispatch';
import type { Channel } from './ipc/contract';
import { applicationsHandlers } from './applications/handlers';
import { upcomingInterviews } from './applications/interviews';
import type { UpcomingInterview } from './applications/people/schema';
import { todayHandlers } from './today/handlers';
import { importsHandlers } from './imports/handlers';
import { createLocaleFollower } from './locale/follow';
import { localeHandlers } from './locale/handlers';
import type { ImportProgress } from './imports/schema';
import { workerImportWriter, type StartImportWorker } from './imports/workerWriter';
import { inProcessWriter, writeGate } from './imports/write';
import type { CoreContext } from './context';
import { reflectionHandlers } from './reflection/handlers';
import { plannerHandlers } from './planner/handlers';
import { weekSummary } from './planner/today';
import { remindersFace, type RemindersFace } from './reminders/host';
import { settingsHandlers } from './settings/handlers';
import { inertCompanionDeps, type CompanionDeps } from './reminders/companionDeps';
import { companionHandlers } from './reminders/handlers';
import { prepareSettingsFile } from './settings/settingsFile';
import { winsHandlers } from './wins/handlers';
import { createSettingsService, type SettingsBackend, type SettingsService } from './settings/settingsService';
import type { Settings } from './settings/schema';

export interface CoreOptions {
  dataDir: string;
  version: string;
  /**
   * Opens the settings store on the data folder (electron-store in the app,
   * conf in the harness). Called after a bad settings file was kept aside.
   */
  openSettings: (dataDir: string) => SettingsBackend;
  trustedOrigins: readonly string[];
  openExternal: AppDeps['openExternal'];
  nativeBinding?: string;
  onMutation?: (channel: Channel) => void;
  onSettingsChange?: (settings: Settings) => void;
  /** A long import's progress (rows read, rows checked, rows written), for the shell to push to the page. */
  onImportProgress?: (progress: ImportProgress) => void;
  /**
   * Starts the import worker, which writes a confirmed import on a connection of its own so main's
   * thread goes on (main: out/main/importWorker.js). Absent (tests, the harness): the write runs here.
   */
  startImportWorker?: StartImportWorker;
  logError?: (channel: string, error: unknown) => void;
  onRefused?: DispatcherOptions['onRefused'];
  /** Desktop shell hooks (nav queue, log folder); absent in the harness. */
  shell?: Pick<AppDeps, 'pageReady' | 'openLogFolder' | 'logFolder'>;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** Asks for a folder to write a backup to (a system dialog in Electron). */
  chooseFolder?: () => Promise<string | null>;
  /** Restarts the app (to apply a restore before the database opens). */
  relaunch?: () => void;
  /** Login item, global shortcut, notifications: Electron in the app, an inert stand-in elsewhere. */
  companion?: CompanionDeps;
  /** The system's preferred languages, best first (app.getPreferredSystemLanguages()); absent in the harness and tests. */
  systemLanguages?: () => readonly string[];
  /** Core now speaks another locale (the Language setting changed): the shell rebuilds what it wrote from content. */
  onLocaleChange?: () => void;
}

/**
 * What the shell gets: the one dispatcher and a few narrow questions. It
 * never holds the database; everything it needs from the store is asked
 * here, in core, where the SQL lives.
 */
export interface Core {
  /** What the person was told at start (also served by app:info until dismissed). */
  notices: Notice[];
  settings: SettingsService;
  dispatch: Dispatch;
  /** Core's clock (tests pass a fixed one), so main and core agree on what "now" is. */
  now: () => Date;
  /** The tray's line about this week (null before anything is planned), and the next interview round. */
  tray: { summary(): string | null; nextInterview(): UpcomingInterview | null };
  /** What main's reminder timer asks: what is due, and what it showed. */
  reminders: RemindersFace;
  /** Whether the import worker is writing a confirmed import now (main holds a quit until it has ended). */
  importWriting(): boolean;
  /**
   * Ends Rebound's use of the store: a write still running in the import worker is ended uncommitted and
   * its thread waited for, then the WAL is checkpointed and the database closed. With no write running
   * the database is closed before this returns (a caller that does not await it finds it closed); the
   * promise resolves once it is. Called again, it answers the same promise.
   */
  close(): Promise<void>;
  /**
   * The same, without waiting for the worker's thread (Windows' session end, the system shutting down:
   * nothing after it can be waited for): the thread is told to end and the database closed now; SQLite's
   * busy timeout covers the moment the thread still holds its transaction.
   */
  closeNow(): void;
}

/**
 * Everything Rebound is, minus Electron: opens the store, builds the
 * services and the one dispatcher that both Electron IPC and the browser
 * harness call. Main takes `core`; the tests and the bench may also reach
 * the context behind it.
 */
export async function openCore(options: CoreOptions): Promise<{ core: Core; context: CoreContext }> {
  const paths = dataPaths(options.dataDir);
  fs.mkdirSync(options.dataDir, { recursive: true });
  const notices: Notice[] = [];
  const settingsCheck = prepareSettingsFile(paths.settings, new Date());
  const locale = createLocaleFollower(options.systemLanguages);
  const settings = createSettingsService(
    options.openSettings(options.dataDir),
    (next) => {
      if (locale.follow(next)) options.onLocaleChange?.();
      options.onSettingsChange?.(next);
    },
    (stored) => locale.weekStart(stored),
  );
  // Before anything is said: the notices below, and every refusal, in the person's language.
  locale.follow(settings.get());
  if (settingsCheck.keptAside) {
    notices.push({
      id: 'settings-reset',
      kind: 'settingsReset',
      path: settingsCheck.keptAside,
      message: fillTemplate(content.views.notices.settingsReset, { path: settingsCheck.keptAside }),
    });
  }
  const now = options.now ?? (() => new Date());
  const store = await openStore(options.dataDir, now, options.nativeBinding);
  const db = store.db;
  notices.push(...store.notices);
  const dailyBackup = createDailyBackup(db, paths.backups, now);
  let closed = false;
  const backUpToday = () =>
    void dailyBackup().catch((error: unknown) => {
      // A backup cut short by quitting is not a failure worth logging; the next start makes it.
      if (!closed) options.logError?.('backup:daily', error);
    });
  const context: CoreContext = { db, settings, now };
  const gate = writeGate((error) => options.logError?.('reminders:ledger', error));
  const importWorker = options.startImportWorker
    ? workerImportWriter({
        file: paths.database,
        start: options.startImportWorker,
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      })
    : null;
  const handlers: Handlers = {
    ...appHandlers({
      version: options.version,
      dataDir: options.dataDir,
      notices,
      openExternal: options.openExternal,
      ...options.shell,
    }),
    ...settingsHandlers(context.settings),
    ...backupHandlers(context, {
      dataDir: options.dataDir,
      chooseFolder: options.chooseFolder ?? (async () => null),
      relaunch: options.relaunch ?? (() => undefined),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    }),
    ...transferHandlers(context, options.dataDir),
    ...reflectionHandlers(context),
    ...winsHandlers(context),
    ...companionHandlers(context, options.companion ?? inertCompanionDeps()),
    ...plannerHandlers(context),
    ...applicationsHandlers(context),
    ...todayHandlers(context),
    ...importsHandlers(context, options.onImportProgress, importWorker?.write ?? inProcessWriter(context), gate),
    ...localeHandlers(context.settings, locale),
  };
  const dispatch = createDispatcher(handlers, {
    trustedOrigins: options.trustedOrigins,
    beforeMutation: dataFileGuard(paths.database),
    writesPaused: () => (gate.busy ? content.imports.errors.stillWriting : null),
    onMutation: (channel) => {
      backUpToday();
      options.onMutation?.(channel);
    },
    ...(options.logError ? { logError: options.logError } : {}),
    ...(options.onRefused ? { onRefused: options.onRefused } : {}),
  });
  backUpToday();
  let closing: Promise<void> | null = null;
  let storeClosed = false;
  const closeStore = () => {
    if (storeClosed) return;
    storeClosed = true;
    closeCleanly(db, paths.database);
  };
  const core: Core = {
    notices,
    settings,
    dispatch,
    now,
    tray: {
      summary: () => weekSummary(context),
      // One starting this very moment is no longer "next": the second is asked for to stand in.
      nextInterview: () => upcomingInterviews(context, 2).find((round) => new Date(round.startsAt) > now()) ?? null,
    },
    reminders: remindersFace(context, gate),
    importWriting: () => importWorker?.writing() ?? false,
    close: () => {
      closed = true;
      if (closing) return closing;
      // A write still running is ended uncommitted (the person quit mid-import): nothing of it lands, and
      // the checkpoint waits until its thread, and the connection it held, are gone.
      closing = importWorker?.writing()
        ? importWorker.stop().then(closeStore, (error: unknown) => {
            options.logError?.('imports:worker', error);
            closeStore();
          })
        : Promise.resolve(closeStore());
      return closing;
    },
    closeNow: () => {
      closed = true;
      void importWorker?.stop();
      closeStore();
    },
  };
  return { core, context };
}

export async function startCore(options: CoreOptions): Promise<Core> {
  return (await openCore(options)).core;
}
