import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMessageLabel } from '@/lib/sites/google-messages/timestamps.ts';

// Tuesday 29 September 2026, 13:00 local time.
const now = new Date(2026, 8, 29, 13, 0).getTime();
const on = (month: number, day: number, hour: number, minute: number, year = 2026) =>
  new Date(year, month - 1, day, hour, minute).getTime();

describe('readMessageLabel', () => {
  it.each([
    [
      'You said: see you at 8. Sent on September 29, 2026 at 12:05 PM. Delivered.',
      true,
      'You',
      on(9, 29, 12, 5),
    ],
    ['Sam said: ok. Received on September 28, 2026 at 9:05 AM.', false, 'Sam', on(9, 28, 9, 5)],
    ['Sam said: ok. Received on September 29, 2026 at 9:05\u202fAM.', false, 'Sam', on(9, 29, 9, 5)],
    [
      'You said: hi. Sent on August 16, 2026 at 4:43 PM. Delivered. End-to-end encrypted.',
      true,
      'You',
      on(8, 16, 16, 43),
    ],
    ['Sam said: hi. Received on Today at 12:00 AM.', false, 'Sam', on(9, 29, 0, 0)],
    ['Sam said: hi. Received on Today at 12:59 PM.', false, 'Sam', on(9, 29, 12, 59)],
    ['Sam said: hi. Received on Yesterday at 11:40 AM.', false, 'Sam', on(9, 28, 11, 40)],
    ['Sam said: hi. Received on Monday at 7:00 AM.', false, 'Sam', on(9, 28, 7, 0)],
    // Today is a Tuesday, so "Tuesday" is a week ago.
    ['Sam said: hi. Received on Tuesday at 7:00 AM.', false, 'Sam', on(9, 22, 7, 0)],
    ['Sam said: hi. Received on Sep 3 at 10:10 PM.', false, 'Sam', on(9, 3, 22, 10)],
    // No year, and this year's would be in the future: last year's.
    ['Sam said: hi. Received on December 31 at 11:59 PM.', false, 'Sam', on(12, 31, 23, 59, 2025)],
    ['Sam said: hi. Received on Monday, July 28, 2025 at 1:43 PM.', false, 'Sam', on(7, 28, 13, 43, 2025)],
    ['Sam said: hi. Received on 1/2/25 at 1:02 PM.', false, 'Sam', on(1, 2, 13, 2, 2025)],
    ['Sam said: hi. Received on 20 September 2026 at 14:05.', false, 'Sam', on(9, 20, 14, 5)],
    ['Sam sent an image. Received on Yesterday at 8:00 PM.', false, 'Sam', on(9, 28, 20, 0)],
    ['You sent a file: plan.pdf. Sent on September 1, 2026 at 9:00 AM. Read.', true, 'You', on(9, 1, 9, 0)],
    ['Mum said: ok. Received at 12:30 PM.', false, 'Mum', on(9, 29, 12, 30)],
    [
      '(555) 555-7334 said: ok. Received on September 29, 2026 at 8:00 AM.',
      false,
      '(555) 555-7334',
      on(9, 29, 8, 0),
    ],
  ])('reads %s', (label, outgoing, sender, at) => {
    const read = readMessageLabel(label, now);
    expect(read.sender).toBe(sender);
    expect(read.at).toBe(at);
    if (at !== null) expect(read.outgoing).toBe(outgoing);
  });

  it('takes the sender from the start and the time from the end, whatever the words in between say', () => {
    expect(
      readMessageLabel(
        'Sam said: he said: fine. Sent on Monday at 3:00 PM. Received on September 29, 2026 at 9:05 AM.',
        now,
      ),
    ).toEqual({ outgoing: false, sender: 'Sam', at: on(9, 29, 9, 5) });
    expect(
      readMessageLabel(
        'You said: Received on Monday at 1:00 PM. Sent on September 20, 2026 at 10:07 PM. Read. Sam reacted with love.',
        now,
      ),
    ).toEqual({ outgoing: true, sender: 'You', at: on(9, 20, 22, 7) });
  });

  it('reads 12 AM as midnight and 12 PM as noon', () => {
    expect(readMessageLabel('Sam said: a. Received on Today at 12:05 AM.', now).at).toBe(on(9, 29, 0, 5));
    expect(readMessageLabel('Sam said: a. Received on Today at 12:05 PM.', now).at).toBe(on(9, 29, 12, 5));
  });

  it('says nothing it cannot read: no time, an impossible one, one in the future', () => {
    expect(readMessageLabel('Sam said: hi', now)).toEqual({ outgoing: false, sender: 'Sam', at: null });
    expect(readMessageLabel('Sam said: hi. Received on Someday at 1:00 PM.', now).at).toBeNull();
    expect(readMessageLabel('Sam said: hi. Received on September 31, 2026 at 1:00 PM.', now).at).toBeNull();
    expect(readMessageLabel('Sam said: hi. Received on Today at 13:00 PM.', now).at).toBeNull();
    expect(readMessageLabel('Sam said: hi. Received on Today at 11:59 PM.', now).at).toBeNull();
    expect(readMessageLabel('Sam said: hi. Received on October 3, 2026 at 9:00 AM.', now).at).toBeNull();
    expect(readMessageLabel('', now)).toEqual({ outgoing: null, sender: null, at: null });
    expect(readMessageLabel(null, now)).toEqual({ outgoing: null, sender: null, at: null });
  });

  it('reads a translated label as unknown, even when its words hold an English stamp', () => {
    expect(readMessageLabel('Sam hat gesagt: ok. Empfangen am 29. September 2026 um 09:05.', now)).toEqual({
      outgoing: null,
      sender: null,
      at: null,
    });
    expect(
      readMessageLabel(
        'Sam hat gesagt: x. Sent on Monday at 3:00 PM. Empfangen am 29. September 2026 um 09:05.',
        now,
      ),
    ).toEqual({ outgoing: null, sender: null, at: null });
  });

  it('never throws, and whatever the message says, the label around it is what is read', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (words) => {
        expect(() => readMessageLabel(words, now)).not.toThrow();
        const read = readMessageLabel(`Sam said: ${words}. Received on September 29, 2026 at 9:05 AM.`, now);
        expect(read).toEqual({ outgoing: false, sender: 'Sam', at: on(9, 29, 9, 5) });
        const own = readMessageLabel(
          `You said: ${words}. Sent on September 28, 2026 at 11:30 PM. Read.`,
          now,
        );
        expect(own).toEqual({ outgoing: true, sender: 'You', at: on(9, 28, 23, 30) });
      }),
    );
  });
});
