export { settingsPatchSchema as updateSettingsInput } from './schema';
export type { Settings, SettingsPatch } from './schema';
