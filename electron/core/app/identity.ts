/**
 * Who Rebound is to the operating system, written once. The installers
 * (electron-builder.yml, checked equal by tests/unit/packaging.test.ts) and
 * main (app.setAppUserModelId on Windows) read these, so the Start Menu
 * shortcut, the taskbar and notifications all agree on one identity.
 */
export const appId = 'app.rebound.desktop';

/**
 * The name shown by the system and the name of the data folder
 * (userData = appData/productName). package.json's `productName` must equal
 * it, or `npm start` and an installed Rebound would look in different folders.
 */
export const productName = 'Rebound';
