/**
 * How the Electron suite gets a screen. Linux without an X or Wayland
 * display (a CI runner, an SSH session) runs it under xvfb-run; with no
 * xvfb-run either, the suite cannot show a window and says so.
 */
export type DisplayPlan = 'use-current' | 'xvfb-run' | 'no-display';

export function displayPlan(platform: NodeJS.Platform, env: Record<string, string | undefined>, hasXvfbRun: boolean): DisplayPlan {
  if (platform !== 'linux') return 'use-current';
  if (env.DISPLAY?.trim() || env.WAYLAND_DISPLAY?.trim()) return 'use-current';
  return hasXvfbRun ? 'xvfb-run' : 'no-display';
}

/** The suite's skip becomes a failure where Electron must run (the workflow sets REBOUND_REQUIRE_ELECTRON=1). */
export function mustRunElectron(env: Record<string, string | undefined>): boolean {
  return env.REBOUND_REQUIRE_ELECTRON === '1';
}
