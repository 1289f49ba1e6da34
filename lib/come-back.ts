import { SITE_IDS, type SiteId } from './sites/registry.ts';

/**
 * A promise to come back, noted when the person sends a message that says when ("back in 30",
 * "can we talk at 8?"): when it was made, in which chat (salted hash) and for when. Never the
 * message: the time is all the promise keeper needs to offer the way back in, once.
 */
export interface ComeBack {
  at: number;
  site: SiteId;
  chat: string;
  /** The moment promised. */
  due: number;
  /** Whether the come-back offer was shown (it shows once). */
  offered: boolean;
  /** Whether the person wrote in that chat again around the time they promised. */
  kept: boolean;
}

export interface StoredComeBack extends ComeBack {
  id?: number;
}

/** Longest a promise can reach ahead: the parser reads nothing further than a day away. */
const DAY_MS = 24 * 60 * 60_000;

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 8.64e15;

/** A new promise from a message: checked field by field; it starts neither offered nor kept. */
export function parseComeBack(input: unknown): ComeBack | null {
  if (typeof input !== 'object' || input === null) return null;
  const o = input as Record<string, unknown>;
  if (!isTime(o.at) || !isTime(o.due) || o.due <= o.at || o.due - o.at > DAY_MS) return null;
  if (!SITE_IDS.includes(o.site as SiteId)) return null;
  if (typeof o.chat !== 'string' || !/^[0-9a-z]{1,16}$/.test(o.chat)) return null;
  return { at: o.at, site: o.site as SiteId, chat: o.chat, due: o.due, offered: false, kept: false };
}

/**
 * Whether writing in the chat at `now` keeps the promise: after at least half the promised pause
 * (a quick "love you" straight after "back in an hour" is not the coming back) and no later than
 * half an hour past the time promised.
 */
export function keepsPromise(promise: Pick<ComeBack, 'at' | 'due'>, now: number): boolean {
  return now >= promise.at + (promise.due - promise.at) / 2 && now <= promise.due + KEPT_GRACE_MS;
}

/** How late a coming back still counts as keeping the promise. */
export const KEPT_GRACE_MS = 30 * 60_000;

/** How long after the time promised the come-back offer may still show, when the chat is next opened. */
export const OFFER_GRACE_MS = 2 * 60 * 60_000;
