import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SendGuard } from '../guard.ts';
import type { SiteAdapter } from '../sites/types.ts';
import type { NudgeSession } from './nudge-session.ts';

/** The file the nudge is built into (entrypoints/nudge.ts), loaded on demand by the content script. */
export const NUDGE_MODULE_FILE = '/nudge.js';

/**
 * Where the loaded nudge module leaves its entry point: the content script's own isolated global,
 * which the page cannot see. Built as a separate script, it cannot simply be imported by name.
 */
export const NUDGE_MODULE_KEY = Symbol.for('softer.nudge-module');

export type CreateNudgeSession = (
  ctx: ContentScriptContext,
  site: SiteAdapter,
  guard: SendGuard,
) => Promise<NudgeSession>;

type WithNudgeModule = typeof globalThis & { [NUDGE_MODULE_KEY]?: CreateNudgeSession };

export function registerNudgeModule(create: CreateNudgeSession): void {
  (globalThis as WithNudgeModule)[NUDGE_MODULE_KEY] = create;
}

export function registeredNudgeModule(): CreateNudgeSession | undefined {
  return (globalThis as WithNudgeModule)[NUDGE_MODULE_KEY];
}
