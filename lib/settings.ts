import { t } from './i18n.ts';
import type { Sensitivity } from './language/types.ts';
import { SITE_IDS, type SiteId } from './sites/registry.ts';

export type { SiteId } from './sites/registry.ts';

export interface MutedChat {
  /** Salted hash of the chat's identity, never the name or number. */
  chat: string;
  mutedAt: number;
  /** Where it was muted; absent on mutes made before Softer recorded it, all of them on WhatsApp. */
  site?: SiteId;
}

export interface QuietHours {
  enabled: boolean;
  /** Local hour the quiet starts, 0–23. */
  start: number;
  /** Local hour the quiet ends, 0–23; may be earlier than start to span midnight. */
  end: number;
}

/** What the person sets on the options page; stored together and saved all-or-nothing. */
export interface Preferences {
  /** Nudge when this many of the user's own messages already went unanswered. */
  nudgeAfter: number;
  /** Only own messages newer than this count towards the unanswered streak. */
  rapidFollowUpMinutes: number;
  sensitivity: Sensitivity;
  sites: Record<SiteId, boolean>;
  groupChats: boolean;
  quietHours: QuietHours;
  /**
   * Offer "Need some space? Say so." when the other side has written this many messages the person
   * has not answered (within the follow-up window) and they focus that chat's composer.
   */
  offerSpaceAfter: number;
  /** Silence blinders: cover their presence line and the person's read ticks while waiting. Opt-in. */
  silenceBlinders: boolean;
}

/** A break from nudges, taken from the popup. */
export interface Pause {
  /** Epoch ms until which nudges are paused; 0 = not paused. */
  pausedUntil: number;
}

/**
 * Everything a nudge decision reads, assembled from three separately stored parts: the
 * preferences, the muted chats and the pause (lib/settings-store.ts).
 */
export interface Settings extends Preferences, Pause {
  mutedChats: MutedChat[];
}

export const DEFAULT_PREFERENCES: Preferences = {
  nudgeAfter: 3,
  // Three hours is about one evening of back-and-forth: messages older than that belong to an
  // earlier conversation, and the playbook's own answer to silence is "Talk tonight?". A shorter
  // window would miss the slow chase (a message every 40 minutes); a day-long one would nudge
  // a morning "good luck today!" because of last night's unanswered goodnight.
  rapidFollowUpMinutes: 180,
  sensitivity: 'balanced',
  // Every app Softer knows is on from the start; each can be switched off in the options.
  sites: Object.fromEntries(SITE_IDS.map((site) => [site, true])) as Record<SiteId, boolean>,
  groupChats: false,
  quietHours: { enabled: false, start: 22, end: 7 },
  offerSpaceAfter: 3,
  silenceBlinders: false,
};

/** The site a mute was made on; mutes from before sites were recorded were all made on WhatsApp. */
export const mutedOnSite = (muted: MutedChat): SiteId => muted.site ?? 'whatsapp';

export const DEFAULT_SETTINGS: Settings = { ...DEFAULT_PREFERENCES, mutedChats: [], pausedUntil: 0 };

export const LIMITS = {
  nudgeAfter: { min: 1, max: 20 },
  rapidFollowUpMinutes: { min: 5, max: 1440 },
  offerSpaceAfter: { min: 1, max: 20 },
} as const;

const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'balanced', 'watchful'];

/** A message per preference that cannot be saved; `form` is for input that is not settings at all. */
export type SettingsErrors = Partial<Record<keyof Preferences | 'form', string>>;
export type Validated = { ok: true; preferences: Preferences } | { ok: false; errors: SettingsErrors };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isWholeIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

const isHour = (value: unknown): value is number => isWholeIn(value, 0, 23);

const isSensitivity = (value: unknown): value is Sensitivity => SENSITIVITIES.includes(value as Sensitivity);

export const isMutedChat = (value: unknown): value is MutedChat =>
  isRecord(value) &&
  typeof value.chat === 'string' &&
  value.chat.length > 0 &&
  typeof value.mutedAt === 'number' &&
  Number.isFinite(value.mutedAt) &&
  (value.site === undefined || SITE_IDS.includes(value.site as SiteId));

/** The muted chats with `chat` taken out, and `entry` (the chat muted again) in its place if given. */
export const mutedChatsWith = (current: MutedChat[], chat: string, entry?: MutedChat): MutedChat[] => [
  ...current.filter((muted) => muted.chat !== chat),
  ...(entry ? [entry] : []),
];

/** A moment a pause can last until: a real time, after the epoch (0 means "not paused"). */
export const isPauseEnd = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

/** One preference's check: its clean value, or what a person should do to make it valid. */
type Check<T> = (value: unknown) => { value: T } | { problem: string };

const CHECKS: { [Field in keyof Preferences]: Check<Preferences[Field]> } = {
  nudgeAfter: (value) =>
    isWholeIn(value, LIMITS.nudgeAfter.min, LIMITS.nudgeAfter.max)
      ? { value }
      : { problem: t('settings.problems.wholeNumber', LIMITS.nudgeAfter) },
  rapidFollowUpMinutes: (value) =>
    isWholeIn(value, LIMITS.rapidFollowUpMinutes.min, LIMITS.rapidFollowUpMinutes.max)
      ? { value }
      : { problem: t('settings.problems.followUp', LIMITS.rapidFollowUpMinutes) },
  sensitivity: (value) =>
    isSensitivity(value) ? { value } : { problem: t('settings.problems.sensitivity') },
  sites: (value) =>
    isRecord(value) && SITE_IDS.every((site) => typeof value[site] === 'boolean')
      ? { value: Object.fromEntries(SITE_IDS.map((site) => [site, value[site]])) as Record<SiteId, boolean> }
      : { problem: t('settings.problems.sites') },
  groupChats: (value) =>
    typeof value === 'boolean' ? { value } : { problem: t('settings.problems.groupChats') },
  quietHours: (value) => {
    if (
      !isRecord(value) ||
      typeof value.enabled !== 'boolean' ||
      !isHour(value.start) ||
      !isHour(value.end)
    ) {
      return { problem: t('settings.problems.quietHours') };
    }
    if (value.enabled && value.start === value.end) {
      return { problem: t('settings.problems.quietHoursSame') };
    }
    return { value: { enabled: value.enabled, start: value.start, end: value.end } };
  },
  offerSpaceAfter: (value) =>
    isWholeIn(value, LIMITS.offerSpaceAfter.min, LIMITS.offerSpaceAfter.max)
      ? { value }
      : { problem: t('settings.problems.wholeNumber', LIMITS.offerSpaceAfter) },
  silenceBlinders: (value) =>
    typeof value === 'boolean' ? { value } : { problem: t('settings.problems.blinders') },
};

/**
 * Runs every preference through its check. A field that fails takes its default and is passed
 * to `refuse`, so the caller decides: the form refuses the whole save, storage keeps the rest.
 * Fields it does not know are dropped.
 */
function checkPreferences(
  input: Record<string, unknown>,
  refuse: (field: keyof Preferences, problem: string) => void,
): Preferences {
  const check = <Field extends keyof Preferences>(field: Field): Preferences[Field] => {
    const checked = CHECKS[field](input[field]);
    if ('value' in checked) return checked.value;
    refuse(field, checked.problem);
    return DEFAULT_PREFERENCES[field];
  };
  return {
    nudgeAfter: check('nudgeAfter'),
    rapidFollowUpMinutes: check('rapidFollowUpMinutes'),
    sensitivity: check('sensitivity'),
    sites: check('sites'),
    groupChats: check('groupChats'),
    quietHours: check('quietHours'),
    offerSpaceAfter: check('offerSpaceAfter'),
    silenceBlinders: check('silenceBlinders'),
  };
}

/**
 * Checks the preferences from the options form, field by field. Either every field is valid and
 * the result is a clean copy, or nothing is accepted and each bad field has a message a person
 * can act on — preferences are never saved half-way.
 */
export function validateSettings(input: unknown): Validated {
  if (!isRecord(input)) return { ok: false, errors: { form: t('settings.problems.form') } };
  const errors: SettingsErrors = {};
  const preferences = checkPreferences(input, (field, problem) => {
    errors[field] = problem;
  });
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, preferences };
}

/** The three stored items as they came out of storage: anything at all, checked here. */
export interface StoredSettings {
  settings?: unknown;
  mutedChats?: unknown;
  pause?: unknown;
}

/**
 * What stored settings mean today, field by field: a field that is missing (from an older
 * version) or no longer valid takes its own default and every other field is kept, so one bad
 * value never costs the person their mutes, pause or quiet hours. Each site is its own switch,
 * a site Softer no longer knows is ignored, and a malformed mute is dropped alone.
 */
export function settingsFromStorage(stored: StoredSettings): Settings {
  const preferences = isRecord(stored.settings) ? stored.settings : {};
  const sites = isRecord(preferences.sites) ? preferences.sites : {};
  const eachSite = Object.fromEntries(
    SITE_IDS.map((site) => [
      site,
      typeof sites[site] === 'boolean' ? sites[site] : DEFAULT_PREFERENCES.sites[site],
    ]),
  );
  const mutedChats = Array.isArray(stored.mutedChats) ? stored.mutedChats.filter(isMutedChat) : [];
  const pausedUntil = isRecord(stored.pause) ? stored.pause.pausedUntil : undefined;
  return {
    ...checkPreferences({ ...preferences, sites: eachSite }, () => {}),
    mutedChats: mutedChats.map(({ chat, mutedAt, site }) => ({ chat, mutedAt, ...(site ? { site } : {}) })),
    pausedUntil: isPauseEnd(pausedUntil) ? pausedUntil : 0,
  };
}

/** Whether the local hour falls inside quiet hours (which may span midnight). */
export function inQuietHours(quiet: QuietHours, hour: number): boolean {
  if (!quiet.enabled) return false;
  return quiet.start < quiet.end
    ? hour >= quiet.start && hour < quiet.end
    : hour >= quiet.start || hour < quiet.end;
}
