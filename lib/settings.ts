import type { Sensitivity } from './language/types.ts';

/** The messaging sites Softer knows. Adding one is a new adapter under lib/sites/. */
export const SITES = ['whatsapp'] as const;
export type SiteId = (typeof SITES)[number];

export interface MutedChat {
  /** Salted hash of the chat's identity, never the name or number. */
  chat: string;
  mutedAt: number;
}

export interface QuietHours {
  enabled: boolean;
  /** Local hour the quiet starts, 0–23. */
  start: number;
  /** Local hour the quiet ends, 0–23; may be earlier than start to span midnight. */
  end: number;
}

export interface Settings {
  /** Nudge when this many of the user's own messages already went unanswered. */
  nudgeAfter: number;
  /** Only own messages newer than this count towards the unanswered streak. */
  rapidFollowUpMinutes: number;
  sensitivity: Sensitivity;
  sites: Record<SiteId, boolean>;
  groupChats: boolean;
  mutedChats: MutedChat[];
  quietHours: QuietHours;
  /** Epoch ms until which nudges are paused from the popup; 0 = not paused. */
  pausedUntil: number;
}

export const DEFAULT_SETTINGS: Settings = {
  nudgeAfter: 3,
  // Three hours is about one evening of back-and-forth: messages older than that belong to an
  // earlier conversation, and the playbook's own answer to silence is "Talk tonight?". A shorter
  // window would miss the slow chase (a message every 40 minutes); a day-long one would nudge
  // a morning "good luck today!" because of last night's unanswered goodnight.
  rapidFollowUpMinutes: 180,
  sensitivity: 'balanced',
  sites: { whatsapp: true },
  groupChats: false,
  mutedChats: [],
  quietHours: { enabled: false, start: 22, end: 7 },
  pausedUntil: 0,
};

export const LIMITS = {
  nudgeAfter: { min: 1, max: 20 },
  rapidFollowUpMinutes: { min: 5, max: 1440 },
} as const;

const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'balanced', 'watchful'];

export type SettingsErrors = Partial<Record<keyof Settings, string>>;
export type Validated = { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isWholeIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

const isHour = (value: unknown): value is number => isWholeIn(value, 0, 23);

/**
 * Checks a whole settings object, field by field. Either every field is valid and the result is
 * a clean copy, or nothing is accepted and each bad field has a message a person can act on —
 * settings are never saved half-way.
 */
export function validateSettings(input: unknown): Validated {
  const errors: SettingsErrors = {};
  const value = isRecord(input) ? input : {};
  if (!isRecord(input)) errors.nudgeAfter = 'Settings must be an object.';

  const { nudgeAfter, rapidFollowUpMinutes, sensitivity, sites, groupChats, mutedChats, quietHours } = value;
  if (!isWholeIn(nudgeAfter, LIMITS.nudgeAfter.min, LIMITS.nudgeAfter.max)) {
    errors.nudgeAfter = `Choose a whole number from ${LIMITS.nudgeAfter.min} to ${LIMITS.nudgeAfter.max}.`;
  }
  if (!isWholeIn(rapidFollowUpMinutes, LIMITS.rapidFollowUpMinutes.min, LIMITS.rapidFollowUpMinutes.max)) {
    errors.rapidFollowUpMinutes = `Choose whole minutes from ${LIMITS.rapidFollowUpMinutes.min} to ${LIMITS.rapidFollowUpMinutes.max} (24 hours).`;
  }
  if (!SENSITIVITIES.includes(sensitivity as Sensitivity)) {
    errors.sensitivity = 'Choose gentle, balanced or watchful.';
  }
  if (!isRecord(sites) || !SITES.every((site) => typeof sites[site] === 'boolean')) {
    errors.sites = 'Each site must be on or off.';
  }
  if (typeof groupChats !== 'boolean') errors.groupChats = 'Group chats must be on or off.';
  if (
    !Array.isArray(mutedChats) ||
    !mutedChats.every(
      (muted) =>
        isRecord(muted) &&
        typeof muted.chat === 'string' &&
        muted.chat.length > 0 &&
        typeof muted.mutedAt === 'number',
    )
  ) {
    errors.mutedChats = 'Muted chats are a list of chat hashes.';
  }
  if (
    !isRecord(quietHours) ||
    typeof quietHours.enabled !== 'boolean' ||
    !isHour(quietHours.start) ||
    !isHour(quietHours.end)
  ) {
    errors.quietHours = 'Quiet hours need a start and an end hour from 0 to 23.';
  } else if (quietHours.enabled && quietHours.start === quietHours.end) {
    errors.quietHours = 'Quiet hours must start and end at different hours.';
  }
  const pausedUntil = typeof value.pausedUntil === 'number' && value.pausedUntil > 0 ? value.pausedUntil : 0;

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const q = quietHours as unknown as QuietHours;
  return {
    ok: true,
    settings: {
      nudgeAfter: nudgeAfter as number,
      rapidFollowUpMinutes: rapidFollowUpMinutes as number,
      sensitivity: sensitivity as Sensitivity,
      sites: Object.fromEntries(
        SITES.map((site) => [site, (sites as Record<string, boolean>)[site]]),
      ) as Record<SiteId, boolean>,
      groupChats: groupChats as boolean,
      mutedChats: (mutedChats as MutedChat[]).map(({ chat, mutedAt }) => ({ chat, mutedAt })),
      quietHours: { enabled: q.enabled, start: q.start, end: q.end },
      pausedUntil,
    },
  };
}

/**
 * What stored settings mean today: missing fields (from an older version) take their defaults,
 * and a stored object that no longer validates falls back to the defaults as a whole.
 */
export function settingsFromStorage(stored: unknown): Settings {
  const merged = isRecord(stored)
    ? {
        ...DEFAULT_SETTINGS,
        ...stored,
        sites: { ...DEFAULT_SETTINGS.sites, ...(isRecord(stored.sites) ? stored.sites : {}) },
      }
    : DEFAULT_SETTINGS;
  const result = validateSettings(merged);
  return result.ok ? result.settings : DEFAULT_SETTINGS;
}

/** Whether the local hour falls inside quiet hours (which may span midnight). */
export function inQuietHours(quiet: QuietHours, hour: number): boolean {
  if (!quiet.enabled) return false;
  return quiet.start < quiet.end
    ? hour >= quiet.start && hour < quiet.end
    : hour >= quiet.start || hour < quiet.end;
}
