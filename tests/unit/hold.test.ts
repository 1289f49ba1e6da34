import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Hold, type HoldEvent, startHold, stepHold } from '../../lib/hold.ts';

const event: fc.Arbitrary<HoldEvent> = fc.oneof(
  fc.integer({ min: 0, max: 120_000 }).map((now) => ({ type: 'tick', now }) as const),
  fc.constant({ type: 'they-wrote' } as const),
  fc.constant({ type: 'draft-changed' } as const),
  fc.constant({ type: 'chat-left' } as const),
  fc.constant({ type: 'cancel' } as const),
  fc.constant({ type: 'sent' } as const),
  fc.constant({ type: 'send-failed' } as const),
);

describe('a hold ("send only if still silent")', () => {
  it('sends at most once, and never after they wrote, the text changed or the chat was left', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60_000 }),
        fc.array(event, { maxLength: 40 }),
        (until, events) => {
          let hold: Hold = startHold('c1', until);
          let sends = 0;
          let stopped = false;
          for (const e of events) {
            const step = stepHold(hold, e);
            if (step.effect === 'send') {
              sends += 1;
              expect(stopped, 'a send after a reply, an edit, leaving or cancelling').toBe(false);
              expect(e.type === 'tick' && e.now >= until).toBe(true);
            }
            if (!hold.sending && ['they-wrote', 'draft-changed', 'chat-left', 'cancel'].includes(e.type))
              stopped = true;
            hold = step.hold;
          }
          expect(sends).toBeLessThanOrEqual(1);
          if (hold.ended === 'sent') expect(sends).toBe(1);
          if (hold.ended === 'replied-first') expect(sends).toBe(0);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('goes when its time comes, and ends as sent once the send is done', () => {
    let { hold, effect } = stepHold(startHold('c1', 1000), { type: 'tick', now: 999 });
    expect(effect).toBeNull();
    ({ hold, effect } = stepHold(hold, { type: 'tick', now: 1000 }));
    expect(effect).toBe('send');
    ({ hold, effect } = stepHold(hold, { type: 'tick', now: 2000 }));
    expect(effect).toBeNull();
    ({ hold } = stepHold(hold, { type: 'sent' }));
    expect(hold.ended).toBe('sent');
  });

  it.each([
    ['they-wrote', 'replied-first', /They wrote first/],
    ['draft-changed', 'cancelled', /changed the message/],
    ['chat-left', 'cancelled', /left the chat/],
    ['cancel', 'cancelled', /cancelled/],
  ] as const)('%s ends it as %s, and says why', (type, ended, why) => {
    const { hold } = stepHold(startHold('c1', 1000), { type });
    expect(hold.ended).toBe(ended);
    expect(hold.why).toMatch(why);
    expect(stepHold(hold, { type: 'tick', now: 5000 }).effect).toBeNull();
  });

  it('a send that fails leaves the message with the person', () => {
    const due = stepHold(startHold('c1', 0), { type: 'tick', now: 0 }).hold;
    const { hold } = stepHold(due, { type: 'send-failed' });
    expect(hold.ended).toBe('cancelled');
    expect(hold.why).toMatch(/couldn’t send/);
  });
});
