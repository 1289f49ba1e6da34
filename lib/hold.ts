import { t } from './i18n.ts';

/**
 * "Send only if still silent": a held message goes at its time only if the other side has not
 * written, the composer still holds exactly that text and the person is still in that chat. A
 * pure state machine, so every way a hold can end is tested over random sequences
 * (tests/unit/hold.test.ts); the content script feeds it what it sees and does what it says.
 */
export type HoldEnd = 'sent' | 'replied-first' | 'cancelled';

export interface Hold {
  chat: string;
  /** When it goes, epoch ms. */
  until: number;
  /** Its time came and the send was asked for: nothing else can end it now but the send's result. */
  sending: boolean;
  /** Whether it has ended, and how. */
  ended: HoldEnd | null;
  /** Why a hold ended without sending, in words for the person. */
  why: string | null;
}

export type HoldEvent =
  | { type: 'tick'; now: number }
  | { type: 'they-wrote' }
  | { type: 'draft-changed' }
  | { type: 'chat-left' }
  | { type: 'cancel' }
  | { type: 'sent' }
  | { type: 'send-failed' };

/** What the content script must do after a step: send the held text (once), or nothing. */
export type HoldEffect = 'send' | null;

export const startHold = (chat: string, until: number): Hold => ({
  chat,
  until,
  sending: false,
  ended: null,
  why: null,
});

const end = (hold: Hold, ended: HoldEnd, why: string | null): Hold => ({ ...hold, ended, why });

export function stepHold(hold: Hold, event: HoldEvent): { hold: Hold; effect: HoldEffect } {
  if (hold.ended !== null) return { hold, effect: null };
  if (hold.sending) {
    if (event.type === 'sent') return { hold: end(hold, 'sent', null), effect: null };
    if (event.type === 'send-failed')
      return {
        hold: end(hold, 'cancelled', t('hold.sendFailed')),
        effect: null,
      };
    return { hold, effect: null };
  }
  switch (event.type) {
    case 'tick':
      return event.now >= hold.until
        ? { hold: { ...hold, sending: true }, effect: 'send' }
        : { hold, effect: null };
    case 'they-wrote':
      return {
        hold: end(hold, 'replied-first', t('hold.theyWrote')),
        effect: null,
      };
    case 'draft-changed':
      return {
        hold: end(hold, 'cancelled', t('hold.draftChanged')),
        effect: null,
      };
    case 'chat-left':
      return {
        hold: end(hold, 'cancelled', t('hold.chatLeft')),
        effect: null,
      };
    case 'cancel':
      return { hold: end(hold, 'cancelled', t('hold.cancelled')), effect: null };
    case 'sent':
    case 'send-failed':
      // A send's result without a send asked for: nothing to do.
      return { hold, effect: null };
  }
}
