// The installers (`npm run dist`, checked against electron-builder's own schema in
// tests/unit/packaging.test.ts). CommonJS so electron-builder finds it by name and can
// read the identity and the words from the same files the app reads.
const identity = require('./electron/core/app/identity.json');
const { autostart } = require('./content/reminders.json');

// A Developer ID comes from CSC_LINK (a certificate file), CSC_NAME (a keychain identity) or
// keychain discovery switched on. Without one the macOS build is signed ad hoc: Apple silicon
// runs no unsigned code, and an ad-hoc app needs library validation off to load its addon.
const macSigned = Boolean(process.env.CSC_LINK || process.env.CSC_NAME || process.env.CSC_IDENTITY_AUTO_DISCOVERY === 'true');
const macEntitlements = macSigned ? 'packaging/mac/entitlements.plist' : 'packaging/mac/entitlements.adhoc.plist';

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: identity.appId,
  productName: identity.productName,
  copyright: 'Copyright © 2026 The Rebound authors',
  directories: { output: 'dist', buildResources: 'packaging' },
  // Only the build and the icons; production dependencies are added by electron-builder.
  files: ['out/**/*', 'resources/**/*', 'package.json', '!**/*.map'],
  // The icons again, outside the asar archive: the login item's .desktop file and the
  // system need a real file to point at.
  extraResources: [{ from: 'resources', to: 'icons', filter: ['icon.png', 'icon-256.png'] }],
  asar: true,
  // A native addon cannot be loaded from inside the archive.
  asarUnpack: ['node_modules/better-sqlite3/**/*.node'],
  // better-sqlite3 compiled against the Electron version being packaged (@electron/rebuild),
  // from source: no prebuilt binary exists for every Electron ABI, and a download is not a build.
  npmRebuild: true,
  buildDependenciesFromSource: true,

  linux: {
    target: ['AppImage', 'deb'],
    executableName: 'rebound',
    icon: 'resources/icon.png',
    category: 'Office',
    synopsis: autostart.comment,
    description: autostart.comment,
    // package.json's desktopName is rebound.desktop: Electron uses it as the Wayland app_id
    // and X11 WM_CLASS, so windows, tray and notifications belong to this entry.
    syncDesktopName: true,
    desktop: {
      entry: {
        Name: identity.productName,
        Categories: 'Office;Utility;',
        'X-GNOME-UsesNotifications': 'true',
      },
    },
  },
  deb: {
    // electron-builder's defaults, plus the two a tray companion needs: notifications
    // (libnotify) and an AppIndicator library for the tray icon (Ayatana's on Debian 12+
    // and Ubuntu 22.04+, the older one elsewhere). libsecret is left out: nothing here uses it.
    depends: [
      'libgtk-3-0',
      'libnotify4',
      'libnss3',
      'libxss1',
      'libxtst6',
      'xdg-utils',
      'libatspi2.0-0',
      'libuuid1',
      'libayatana-appindicator3-1 | libappindicator3-1',
    ],
    afterInstall: 'packaging/linux/after-install.sh',
  },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },

  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    icon: 'resources/icon.icns',
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: macEntitlements,
    entitlementsInherit: macEntitlements,
    ...(macSigned ? {} : { identity: '-' }),
    // Notarization runs only when APPLE_API_KEY / APPLE_ID (and friends) are set, so `notarize`
    // is left unset rather than forced on or off.
  },
  dmg: { artifactName: '${productName}-${version}-${arch}.${ext}' },

  win: {
    target: ['nsis'],
    icon: 'resources/icon.ico',
  },
  nsis: {
    // Per-user, one click, no administrator: installs under %LOCALAPPDATA%\Programs. The Start
    // Menu shortcut carries the appId as its AppUserModelID (the same id main sets), which
    // Windows needs before it shows Rebound's notifications.
    oneClick: true,
    perMachine: false,
    createStartMenuShortcut: true,
    createDesktopShortcut: false,
    shortcutName: identity.productName,
    runAfterFinish: true,
    // Uninstalling never deletes the data folder.
    deleteAppDataOnUninstall: false,
    artifactName: '${productName}-Setup-${version}.${ext}',
  },
  publish: null,
};
