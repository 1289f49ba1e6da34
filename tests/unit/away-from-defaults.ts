/**
 * Settings with every field away from its default, shared by the settings tests: a field that is
 * lost, or reset to its default, shows as a difference.
 */
import type { Preferences } from '@/lib/settings.ts';

export const PREFERENCES: Preferences = {
  nudgeAfter: 5,
  rapidFollowUpMinutes: 60,
  sensitivity: 'watchful',
  sites: { whatsapp: false, telegram: false, 'google-messages': true, discord: true, messenger: false },
  groupChats: true,
  quietHours: { enabled: true, start: 23, end: 6 },
  offerSpaceAfter: 4,
  silenceBlinders: true,
};

export const MUTED_CHATS = [
  { chat: 'k3j2h1g0f9d8', mutedAt: 1 },
  { chat: 'a1b2c3', mutedAt: 2 },
];
