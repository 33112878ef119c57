import { z } from 'zod';
import { arrivalChannels, reasonIds, stages, upgradeItemIds } from '../electron/core/reflection/schema';
import { winKinds } from '../electron/core/wins/schema';

/** Content is prose, not code; these schemas make a broken file a failing test, not a blank screen. */
const line = z.string().trim().min(1).max(600);
const idLabel = z.object({ id: z.string().min(1), label: line }).strict();
const emptyState = z.object({ title: line, emptyTitle: line, emptyBody: line, action: line }).strict();

/** A list whose ids are exactly the ones the code knows, in that order: a label can change, an id cannot drift. */
function idsExactly<T extends z.ZodType<{ id: string }>>(ids: readonly string[], item: T) {
  return z.array(item).refine((items) => items.length === ids.length && items.every((entry, index) => entry.id === ids[index]), {
    message: `The ids must be exactly: ${ids.join(', ')}.`,
  });
}

export const stepIds = ['accept', 'redirect', 'feedback', 'personal', 'upgrade', 'forward', 'celebrate'] as const;

/** The prompts each step's screen shows: a file missing one fails here, not as a blank label. */
export const requiredPrompts: Record<(typeof stepIds)[number], string[]> = {
  accept: ['feelings', 'intensity', 'freeWriting', 'recoveryWindow'],
  redirect: ['reasons', 'betterFit'],
  feedback: ['intro', 'tone', 'copy', 'openMail', 'tracking'],
  personal: ['outside', 'inside', 'strengths'],
  upgrade: ['checklist', 'targetWeek'],
  forward: ['targets', 'extras', 'note'],
  celebrate: ['wins', 'moodAfter', 'beforeAfter'],
};

export const reflectionContentSchema = z
  .object({
    steps: z
      .array(
        z
          .object({
            id: z.enum(stepIds),
            number: z.number().int().min(1).max(7),
            title: line,
            lead: line,
            prompts: z.record(z.string(), line),
            optional: z.boolean(),
          })
          .strict(),
      )
      .length(7)
      .refine((steps) => steps.every((step, index) => step.id === stepIds[index] && step.number === index + 1), {
        message: 'The seven steps must follow the guide, in order.',
      })
      .refine((steps) => steps.every((step) => requiredPrompts[step.id].every((key) => key in step.prompts)), {
        message: 'Each step needs every prompt its screen shows.',
      }),
    feelings: z.array(line).min(6),
    reasons: idsExactly(reasonIds, idLabel),
    upgradeChecklist: idsExactly(upgradeItemIds, idLabel.extend({ task: line }).strict()),
    controlFactors: z.object({ outside: z.array(line).min(3), inside: z.array(line).min(3) }).strict(),
    recoveryWindows: z.array(z.object({ hours: z.number().int().min(1).max(168), label: line }).strict()).min(1),
    customRecovery: z.object({ minHours: z.number().int().min(1), maxHours: z.number().int().max(168) }).strict(),
    stages: idsExactly(stages, idLabel),
    channels: idsExactly(arrivalChannels, idLabel),
  })
  .strict();

export const feedbackTemplatesSchema = z
  .object({
    fallbacks: z.object({ recruiterName: z.string(), role: z.string(), myName: z.string() }).strict(),
    tones: z.array(z.object({ id: z.string().min(1), label: line, subject: line, body: z.string().min(20).max(2000) }).strict()).min(2),
  })
  .strict();

export const faqSchema = z
  .object({ items: z.array(z.object({ id: z.string().min(1), question: line, answer: line }).strict()).min(4) })
  .strict();

export const encouragementSchema = z
  .object({
    byKind: z.record(z.string(), z.array(z.string().trim().min(1).max(120)).min(2)),
    general: z.array(z.string().trim().min(1).max(120)).min(4),
  })
  .strict();

/** The win tracker's words: a label and a brag-sheet heading for every kind, and the view's phrases. */
export const winsContentSchema = z
  .object({
    kinds: z.record(z.enum(winKinds), z.object({ label: line, heading: line }).strict()),
    view: lines([
      'intro',
      'loading',
      'logButton',
      'formTitle',
      'quickLogTitle',
      'quickLogHint',
      'moreDetails',
      'editTitle',
      'kind',
      'title',
      'titlePlaceholder',
      'note',
      'day',
      'link',
      'linkNone',
      'linkApplications',
      'linkRejections',
      'save',
      'saveChanges',
      'cancel',
      'close',
      'saved',
    ]),
    summary: lines(['thisWeek', 'lastWeek', 'dayStreak', 'weekStreak', 'vsLastWeek', 'streakNone', 'streakFresh', 'heading']),
    timeline: lines([
      'heading',
      'filterKind',
      'filterAll',
      'search',
      'searchPlaceholder',
      'weekOf',
      'recordedForYou',
      'recordedForYouHint',
      'edit',
      'delete',
      'editLabel',
      'deleteLabel',
      'count',
      'noMatch',
      'loadingMore',
      'listLabel',
    ]),
    toast: lines(['removed', 'undo', 'restored', 'dismiss']),
    celebration: lines(['heading', 'recordedHeading', 'dismiss']),
    chart: lines(['heading', 'range12', 'range52', 'range', 'asChart', 'asTable', 'view', 'summary', 'week', 'wins']),
    brag: lines(['heading', 'intro', 'from', 'to', 'download', 'preview', 'empty', 'title', 'lead', 'footer']),
    today: lines(['heading', 'logButton', 'thisWeek', 'lastWeek', 'dayStreak', 'weekStreak', 'noStreak', 'freshStreak']),
    errors: lines([
      'futureDay',
      'missingApplication',
      'missingRejection',
      'bothLinks',
      'autoKind',
      'missingWin',
      'titleMissing',
      'titleTooLong',
      'noteTooLong',
      'searchTooLong',
      'periodOrder',
    ]),
  })
  .strict();

export const viewsSchema = z
  .object({
    today: emptyState.extend({ loading: line, rejectionTitle: line, rejectionBody: line, rejectionAction: line }),
    reflect: emptyState,
    plan: emptyState,
    wins: emptyState,
    settings: z
      .object({
        title: line,
        intro: line,
        loading: line,
        yourName: line,
        yourNameHint: line,
        languageTitle: line,
        language: line,
        languageSystem: line,
        languageHint: line,
        weekTitle: line,
        weekStartsOn: line,
        days: z.object({ '1': line, '0': line, '6': line }).strict(),
        targetsLegend: line,
        targetsHint: line,
        targets: z
          .object(
            Object.fromEntries(
              ['search', 'apply', 'followUp', 'network', 'learn', 'volunteer'].map((key) => [
                key,
                z.object({ label: line, hint: line }).strict(),
              ]),
            ) as Record<
              'search' | 'apply' | 'followUp' | 'network' | 'learn' | 'volunteer',
              z.ZodObject<{ label: typeof line; hint: typeof line }>
            >,
          )
          .strict(),
        followUpAfter: line,
        wholeNumber: line,
        appearance: line,
        themes: z.object({ system: line, light: line, dark: line }).strict(),
      })
      .strict(),
    app: z.object({ tagline: line, noElectron: line, loading: line, navLabel: line, skipToContent: line, gotIt: line }).strict(),
    tray: z
      .object({
        open: line,
        rejection: line,
        logWin: line,
        addApplication: line,
        nextInterview: line,
        thisWeekEmpty: line,
        settings: line,
        quit: line,
      })
      .strict(),
    notices: z.object({ settingsReset: line, databaseRecovered: line, databaseFresh: line, databaseTooNew: line, restored: line }).strict(),
    /** Refusals every feature shares: the id and day schemas, the IPC gate, app:openExternal. */
    errors: lines([
      'itemNotUnderstood',
      'realDay',
      'dayTooEarly',
      'dayTooFar',
      'inputNotUnderstood',
      'unknownRequest',
      'foreignSender',
      'internal',
      'linkRefused',
      'linkKinds',
      'page',
      'pageSize',
      'nulCharacter',
    ]),
    /** The one save rule's quiet status line (components/SaveStatus.tsx). */
    autosave: lines(['saving', 'saved', 'saveFailed', 'rule']),
    /** The settings schema's refusals (electron/core/settings/schema.ts). */
    settingsErrors: lines([
      'clockTime',
      'wholeNumber',
      'targetNegative',
      'targetTooMany',
      'notNegative',
      'underMax',
      'quietHoursSame',
      'daysMin',
      'daysAtLeast',
      'daysMax',
      'pauseEnd',
      'yourNameTooLong',
    ]),
  })
  .strict();

export const dataContentSchema = z
  .object({
    title: line,
    chooseBackupFolder: line,
    intro: line,
    backupsTitle: line,
    backupsIntro: line,
    backupNow: line,
    backupNowHint: line,
    backupSaved: line,
    backupCancelled: line,
    noBackups: line,
    kinds: z.object({ daily: line, migration: line, restore: line, manual: line }).strict(),
    restore: line,
    restoreTitle: line,
    restoreBody: line,
    restoreConfirm: line,
    restoreCancel: line,
    restoring: line,
    exportTitle: line,
    exportIntro: line,
    exportJson: line,
    exportCsv: line,
    csvTable: line,
    tables: z.record(z.string(), line),
    importTitle: line,
    importIntro: line,
    importFile: line,
    importMerge: line,
    importReplace: line,
    importButton: line,
    importNoFile: line,
    importDone: line,
    replaceTitle: line,
    replaceBody: line,
    replaceConfirm: line,
    table: z.object({ taken: line, kind: line, size: line, actions: line }).strict(),
    /** When the disk or the folder refuses (full, read-only, locked, gone, failing): said kindly, with what to do. */
    storage: lines(['full', 'readOnly', 'locked', 'missing', 'unreadable']),
    /** Said in a dialog when Rebound cannot open its data at all, before it closes. */
    startFailed: lines(['full', 'readOnly', 'locked', 'missing', 'unreadable', 'other']),
    logTitle: line,
    logIntro: line,
    openLogFolder: line,
    logFolderFailed: line,
    /** Backup, export and import refusals. */
    errors: lines([
      'backupGone',
      'backupUnreadable',
      'backupList',
      'tableList',
      'fileEmpty',
      'fileTooLarge',
      'modeList',
      'notExport',
      'damaged',
      'unreadable',
      'unreadableReason',
      'tooNew',
      'unknownTable',
      'unknownField',
      'rowMisfit',
    ]),
  })
  .strict();

/** Bringing data in from other tools and a pasted email: source names, notes written on imported rows, and the refusals. */
export const importsContentSchema = z
  .object({
    sources: lines(['linkedinApplications', 'linkedinSaved', 'linkedinConnections', 'linkedinArchive', 'huntr', 'jobsync', 'spreadsheet']),
    dateFormats: lines(['mdy', 'dmy']),
    notes: lines(['resume', 'answers', 'answer', 'phone', 'posting', 'jobType', 'foundOn']),
    email: lines(['rejection', 'interview', 'received', 'none', 'matched', 'nothingMatched']),
    ui: lines([
      'title',
      'intro',
      'file',
      'read',
      'reading',
      'progressLabel',
      'progressReading',
      'progressChecking',
      'progressWriting',
      'noFile',
      'summary',
      'addedTitle',
      'alreadyTitle',
      'refusedTitle',
      'contactsTitle',
      'refusedLine',
      'noRole',
      'datesQuestion',
      'confirm',
      'nothingToAdd',
      'applying',
      'done',
      'doneContacts',
      'more',
    ]),
    emailUi: lines([
      'title',
      'intro',
      'label',
      'read',
      'kind',
      'company',
      'role',
      'sender',
      'tracked',
      'notTracked',
      'actTitle',
      'actHint',
      'logRejection',
      'addInterview',
      'markApplied',
      'track',
      'addFirst',
      'noCompany',
      'interviewKind',
      'interviewDate',
      'interviewTime',
      'interviewZone',
      'doneRejection',
      'doneInterview',
      'doneApplied',
      'doneTracked',
      'openReflection',
      'duplicateQuestion',
      'addAnyway',
    ]),
    errors: lines([
      'nameMissing',
      'nameTooLong',
      'bothOrNeither',
      'base64Invalid',
      'fileEmpty',
      'fileTooLarge',
      'notText',
      'unknownKind',
      'zipTooManyFiles',
      'zipTooLarge',
      'zipUnreadable',
      'zipNothingKnown',
      'xlsxUnreadable',
      'noHeader',
      'noCompanyColumn',
      'noRows',
      'tooManyRows',
      'unclosedQuote',
      'fieldCount',
      'companyMissing',
      'dateUnreadable',
      'dateFuture',
      'dateFormatList',
      'dateFormatNeeded',
      'statusUnknown',
      'fieldIssue',
      'lineIssue',
      'stillWriting',
      'emailTooLarge',
      'emailEmpty',
      'emailNoText',
      'emailActionList',
      'emailNoCompany',
      'emailInterviewWhen',
    ]),
  })
  .strict();

/** A strict object of one-line strings with exactly these keys. */
function lines<const K extends string>(keys: readonly K[]) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, line])) as Record<K, typeof line>);
}

/** Every word the reflection screens show: the list, the form, the flow, each step, the page, insights, Today. */
export const reflectUiSchema = z
  .object({
    list: lines([
      'lead',
      'logButton',
      'heading',
      'notStarted',
      'inProgress',
      'done',
      'start',
      'continue',
      'open',
      'received',
      'showing',
      'showMore',
    ]),
    form: lines([
      'heading',
      'intro',
      'prefilled',
      'prefillMissing',
      'company',
      'role',
      'stage',
      'receivedOn',
      'recruiterName',
      'recruiterEmail',
      'channel',
      'note',
      'reflectNow',
      'saveLater',
      'cancel',
      'savedLater',
      'application',
      'applicationNone',
      'applicationHint',
      'applicationOption',
    ]),
    flow: lines([
      'progress',
      'progressLabel',
      'back',
      'next',
      'skip',
      'finishLater',
      'finish',
      'saving',
      'saved',
      'saveFailed',
      'optional',
      'faqOpen',
      'faqClose',
      'faqHeading',
      'about',
    ]),
    accept: lines(['addFeeling', 'add', 'scale', 'light', 'heavy', 'custom', 'customHours', 'until']),
    redirect: lines(['roundsHeading', 'roundsIntro', 'roundNoNote']),
    feedback: z
      .object({
        noEmail: line,
        noRecruiter: line,
        recipient: line,
        subject: line,
        message: line,
        copied: line,
        copyFailed: line,
        mailOpened: line,
        mailFailed: line,
        trackingHeading: line,
        state: line,
        askedOn: line,
        answeredOn: line,
        feedbackText: line,
        saveTracking: line,
        trackingSaved: line,
        toTask: line,
        toTaskButton: line,
        taskAdded: line,
        states: lines(['not_asked', 'asked', 'answered', 'no_reply']),
      })
      .strict(),
    personal: lines([
      'outsideHeading',
      'insideHeading',
      'strengthsHeading',
      'addOutside',
      'addInside',
      'addStrength',
      'add',
      'remove',
      'earlier',
      'addBack',
    ]),
    upgrade: lines(['targetWeek', 'weekOf', 'taskPreview']),
    forward: lines(['weekNote', 'routine', 'extras', 'search', 'apply', 'followUp', 'network', 'volunteer', 'learn']),
    celebrate: z
      .object({
        winsHeading: line,
        winLabels: lines(['applied', 'interview', 'feedbackAsked', 'reflectionDone']),
        winTitles: lines(['applied', 'interview', 'feedbackAsked', 'feedbackReceived', 'reflectionDone']),
        before: line,
        after: line,
        scaleNote: line,
        doneHeading: line,
        doneBody: line,
        backToList: line,
        openPage: line,
        planWeek: line,
      })
      .strict(),
    page: lines([
      'back',
      'details',
      'reflection',
      'notStarted',
      'feedbackThread',
      'ledTo',
      'tasks',
      'targets',
      'wins',
      'none',
      'goToPlan',
      'goToWins',
      'feelings',
      'weight',
      'writing',
      'reasons',
      'betterFit',
      'outside',
      'inside',
      'strengths',
      'onTheGo',
      'application',
      'applicationLabel',
      'recruiter',
      'taskDone',
    ]),
    insights: lines([
      'heading',
      'lead',
      'reasons',
      'stages',
      'feedback',
      'feedbackRate',
      'feedbackNone',
      'bounce',
      'bounceMedian',
      'bounceFastest',
      'bounceNone',
    ]),
    today: lines(['heading', 'recovering', 'recoveringBody', 'continue', 'strengthHeading']),
    errors: lines([
      'intensityMissing',
      'recoveryMissing',
      'reasonsMissing',
      'strengthsMissing',
      'targetMissing',
      'moodMissing',
      'notOptional',
      'stepAhead',
      'futureDate',
      'answeredBeforeAsked',
      'askedBeforeRejection',
      'tooLong',
      'textType',
      'textTooLong',
      'companyMissing',
      'companyTooLong',
      'emailTooLong',
      'emailInvalid',
      'stageList',
      'channelList',
      'feelingMissing',
      'feelingTooLong',
      'factorTooLong',
      'strengthTooLong',
      'scaleType',
      'scaleWhole',
      'scaleRange',
      'feelingsTooMany',
      'recoveryWhole',
      'recoveryMin',
      'recoveryMax',
      'reasonList',
      'reasonOnce',
      'toneList',
      'strengthsTooMany',
      'checklistList',
      'winList',
      'stepRange',
      'feedbackStateList',
      'taskMissing',
      'taskTooLong',
      'futureReceived',
      'applicationGone',
      'applicationGoneFillByHand',
      'rejectionGone',
      'pageSizeMax',
    ]).extend({
      /** How a field is named inside textType, textTooLong and the scale messages ({what}). */
      fields: lines(['role', 'recruiterName', 'note', 'heaviness', 'writing', 'description', 'subject', 'message', 'feedback']),
    }),
  })
  .strict();

const titled = z.object({ title: line, body: line }).strict();

export const remindersContentSchema = z
  .object({
    notifications: z
      .object({
        // companyFallback stands in for a company left blank ("after that one").
        checkIn: titled.extend({ companyFallback: line }).strict(),
        interviewTomorrow: titled.extend({ companyFallback: line }).strict(),
        interviewToday: titled,
        followUps: z.object({ title: line, body: line }).strict(),
        weeklyPlanning: titled,
        weeklyReview: titled,
        idleNudge: titled,
        summary: z
          .object({
            title: line,
            body: line,
            checkIn: line,
            interview: line,
            followUps: line,
            weeklyPlanning: line,
            weeklyReview: line,
            idleNudge: line,
          })
          .strict(),
      })
      .strict(),
    tray: lines(['pause', 'pauseHour', 'pauseTomorrow', 'pauseWeek', 'pausedUntil', 'resume', 'followUps', 'checkIn']),
    settings: lines([
      'heading',
      'intro',
      'weeklyPlanning',
      'weeklyReview',
      'followUpsDue',
      'interviewDayBefore',
      'recoveryCheckIn',
      'recoveryCheckInHint',
      'idleNudge',
      'idleDays',
      'idleDaysRange',
      'quietHours',
      'quietHoursHint',
      'from',
      'until',
      'day',
      'time',
      'pausedUntil',
      'resume',
      'pauseLegend',
      'pauseHour',
      'pauseTomorrow',
      'pauseWeek',
      'next',
      'nothingNext',
      'noNotifications',
      'startupHeading',
      'launchAtLogin',
      'launchAtLoginHint',
      'offerTitle',
      'offerBody',
      'offerAccept',
      'offerDismiss',
      'shortcut',
      'shortcutKeys',
      'shortcutEnabled',
      'shortcutHint',
      'shortcutInactive',
    ]).extend({ kinds: lines(['checkIn', 'followUps', 'weeklyPlanning', 'weeklyReview', 'idleNudge', 'interviewTomorrow']) }),
    autostart: lines(['comment']),
    errors: lines([
      'shortcutEmpty',
      'shortcutJoin',
      'shortcutKey',
      'shortcutModifier',
      'shortcutTwice',
      'shortcutNoModifier',
      'shortcutTaken',
      'shortcutTooLong',
      'loginItem',
      'pausePast',
      'pauseFuture',
      'pauseTooLong',
      'pausePreset',
      'pauseUntil',
    ]),
  })
  .strict();

export { fillTemplate } from './fillTemplate';

const labelsFor = <const K extends readonly string[]>(keys: K) =>
  z.object(Object.fromEntries(keys.map((key) => [key, line])) as Record<K[number], typeof line>).strict();
const lineRecord = z.record(z.string(), line);

export const plannerStatusKeys = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn', 'no_reply'] as const;
export const plannerSourceKeys = ['job_board', 'referral', 'company_site', 'recruiter', 'other'] as const;
export const plannerKindKeys = ['search', 'apply', 'follow_up', 'network', 'learn', 'volunteer'] as const;
export const plannerTargetKeys = ['search', 'apply', 'followUp', 'network', 'learn', 'volunteer'] as const;
export const plannerInterviewKindKeys = ['screen', 'technical', 'onsite', 'final', 'other'] as const;

/** The planner's words: labels the code looks up by key are checked key by key; the rest are plain lines. */
export const plannerContentSchema = z
  .object({
    statuses: labelsFor(plannerStatusKeys),
    nextStep: labelsFor(['saved', 'applied', 'interviewing'] as const),
    sources: labelsFor(plannerSourceKeys),
    kinds: labelsFor(plannerKindKeys),
    targets: labelsFor(plannerTargetKeys),
    wins: labelsFor(['applied', 'roleFallback', 'interviewing', 'offer', 'followUp', 'taskDone', 'weekMet'] as const),
    tray: labelsFor(['applied', 'followUpsDue'] as const),
    calendar: lineRecord,
    plan: lineRecord,
    applications: lineRecord,
    details: lineRecord,
    people: lineRecord,
    relations: labelsFor(['recruiter', 'hiring_manager', 'interviewer', 'referral', 'other'] as const),
    interviewKinds: labelsFor(['screen', 'technical', 'onsite', 'final', 'other'] as const),
    today: lineRecord,
    review: lineRecord,
    settings: lineRecord,
    errors: lineRecord,
  })
  .strict();

/** The desktop shell's words: the application menu, the editing menu, and what main says after a crash. */
export const desktopContentSchema = z
  .object({
    menu: lines([
      'app',
      'about',
      'hide',
      'hideOthers',
      'showAll',
      'quit',
      'file',
      'closeWindow',
      'edit',
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'pasteAndMatchStyle',
      'delete',
      'selectAll',
      'window',
      'minimize',
      'zoom',
      'front',
    ]),
    contextMenu: lines(['noSuggestions', 'learnSpelling']),
    recovery: lines(['rendererGone', 'rendererGaveUp', 'mainErrorTitle', 'mainError', 'gotIt']),
    downloads: lines(['saved', 'failed']),
  })
  .strict();
