/**
 * The layout's rules, checked in `npm test` (scripts/test.mjs): each is a
 * promise ARCHITECTURE.md makes that a stray import could quietly break.
 */
/** What the renderer may take from core: the contract and the schemas and pure helpers it is typed from. */
const rendererMayImport = [
  // A feature's schema files, and the people schema of applications/ (zod and content only, as tsconfig.web.json has them).
  '^electron/core/[^/]+/schema\\.ts$',
  '^electron/core/applications/people/schema\\.ts$',
  '^electron/core/[^/]+/(channels|contract)\\.ts$',
  '^electron/core/ipc/(api|channel|contract|fieldErrors|inputs|result)\\.ts$',
  '^electron/core/time/(days|schema)\\.ts$',
  '^electron/core/wins/dayLabels\\.ts$',
  '^electron/core/transfer/tables\\.ts$',
].join('|');

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment:
        "A cycle makes load order matter and hides which layer owns what. Type-only imports load nothing, so a cycle through one alone (content/index.ts naming its schemas' types) does not count.",
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'core-never-imports-electron',
      comment: 'electron/core runs, and is tested, under plain Node.',
      severity: 'error',
      from: { path: '^electron/core/' },
      to: { path: '^(electron$|node_modules/electron/)' },
    },
    {
      name: 'core-never-imports-the-shell',
      comment: 'Core is the ground the shell stands on, never the other way round.',
      severity: 'error',
      from: { path: '^electron/core/' },
      to: { path: '^(electron/(main|preload)|renderer)/' },
    },
    {
      name: 'main-never-holds-the-database',
      comment: 'Main asks core narrow questions (core.tray, core.reminders); the SQL stays in core.',
      severity: 'error',
      from: { path: '^electron/main/' },
      to: { path: '^(node_modules/better-sqlite3/|electron/core/db/)' },
    },
    {
      name: 'the-store-and-settings-stand-below-backup',
      comment: 'db/ and settings/ are what backup/ works on; the writer a migration needs is handed to openDatabase.',
      severity: 'error',
      from: { path: '^electron/core/(db|settings)/' },
      to: { path: '^electron/core/backup/' },
    },
    {
      name: 'features-never-import-app',
      comment: 'app/ composes the views; a view importing it back makes a circle through every view.',
      severity: 'error',
      from: { path: '^renderer/src/', pathNot: '^renderer/src/(app/|main\\.tsx$)' },
      to: { path: '^renderer/src/app/' },
    },
    {
      name: 'renderer-takes-only-the-contract-from-core',
      comment: 'The page sees core only through the contract and its types: no store, no handlers, no Node.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^electron/core/', pathNot: rendererMayImport },
    },
    {
      name: 'renderer-and-preload-never-import-node',
      comment: 'The page and the preload are sandboxed: Node built-ins are not there.',
      severity: 'error',
      from: { path: '^(renderer|electron/preload)/' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(out|dist-web|\\.cache)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.test.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] },
  },
};
