import identity from './identity.json';

/**
 * Who Rebound is to the operating system, written once (identity.json, which
 * electron-builder.cjs reads too). Main passes `appId` to
 * app.setAppUserModelId on Windows; the installer stamps the same id on the
 * Start Menu shortcut, so the taskbar and notifications agree on one identity.
 */
export const appId: string = identity.appId;

/**
 * The name shown by the system and the name of the data folder
 * (userData = appData/productName). package.json's `productName` must equal
 * it, or `npm start` and an installed Rebound would look in different folders.
 */
export const productName: string = identity.productName;
