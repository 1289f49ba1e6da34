import { describe, expect, it } from 'vitest';
import { sootheWords } from '../../../components/soothe-words.ts';
import { selfSootheStep } from '../../../lib/language/soothe.ts';
import { PROTEST_KINDS, type ProtestKind, type SootheContext } from '../../../lib/language/types.ts';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const kindSets: ProtestKind[][] = [[], ...PROTEST_KINDS.map((kind) => [kind])];

describe('self-soothe step', () => {
  it('never suggests a walk late at night, nor calling a friend at 3am', () => {
    for (const hour of HOURS) {
      for (const kinds of kindSets) {
        for (const unansweredStreak of [0, 1, 2, 3, 5]) {
          const step = selfSootheStep({ hour, unansweredStreak, kinds });
          if (hour >= 21 || hour < 7) expect(step.id, `${hour}h ${kinds}`).not.toBe('walk');
          if (hour >= 21 || hour < 9) expect(step.id, `${hour}h ${kinds}`).not.toBe('call-friend');
        }
      }
    }
  });

  it('asks for a timer once the silence is long, longer the longer it is', () => {
    const two = selfSootheStep({ hour: 14, unansweredStreak: 2, kinds: ['demand-ping'] });
    const three = selfSootheStep({ hour: 14, unansweredStreak: 3, kinds: ['demand-ping'] });
    const eight = selfSootheStep({ hour: 14, unansweredStreak: 8, kinds: ['demand-ping'] });
    expect(two.id).not.toBe('timer');
    expect(three.id).toBe('timer');
    expect(eight.id).toBe('timer');
    expect(three.minutes).toBeGreaterThan(0);
    expect(eight.minutes ?? 0).toBeGreaterThan(three.minutes ?? 0);
    expect(eight.minutes).toBeLessThanOrEqual(30);
    expect(sootheWords(three).title).toContain(String(three.minutes));
  });

  it('offers to sleep on it after midnight', () => {
    const step = selfSootheStep({ hour: 2, unansweredStreak: 6, kinds: [] });
    expect(step).toMatchObject({ id: 'timer', night: true });
    expect(sootheWords(step).detail).toMatch(/sleep on it/);
  });

  it.each<[SootheContext, string]>([
    [{ hour: 15, unansweredStreak: 1, kinds: ['surveillance'] }, 'walk'],
    [{ hour: 23, unansweredStreak: 1, kinds: ['surveillance'] }, 'breathe'],
    [{ hour: 11, unansweredStreak: 0, kinds: ['judgement-feeling'] }, 'journal'],
    [{ hour: 11, unansweredStreak: 2, kinds: ['guilt-score-keeping'] }, 'journal'],
    [{ hour: 18, unansweredStreak: 0, kinds: ['blame-question'] }, 'call-friend'],
    [{ hour: 3, unansweredStreak: 0, kinds: ['blame-question'] }, 'journal'],
    [{ hour: 12, unansweredStreak: 0, kinds: ['contempt-sarcasm'] }, 'walk'],
    [{ hour: 12, unansweredStreak: 0, kinds: ['stonewalling-exit'] }, 'breathe'],
    [{ hour: 12, unansweredStreak: 0, kinds: [] }, 'breathe'],
  ])('%o → %s', (ctx, id) => {
    expect(selfSootheStep(ctx).id).toBe(id);
  });

  it('only gives minutes to the timer, and always warm, concrete copy', () => {
    for (const hour of HOURS) {
      for (const kinds of kindSets) {
        for (const unansweredStreak of [0, 3, 4, 9, 40]) {
          const step = selfSootheStep({ hour, unansweredStreak, kinds });
          const { title, detail } = sootheWords(step);
          expect(title.length).toBeGreaterThan(5);
          expect(detail.length).toBeGreaterThan(40);
          if (step.id === 'timer') expect(step.minutes).toBeGreaterThan(0);
          else expect(step.minutes).toBeUndefined();
        }
      }
    }
  });

  it('is deterministic, and copes with odd input', () => {
    const ctx: SootheContext = { hour: 10, unansweredStreak: 2, kinds: ['surveillance'] };
    expect(selfSootheStep(ctx)).toEqual(selfSootheStep({ ...ctx }));
    expect(selfSootheStep({ hour: 34, unansweredStreak: 1, kinds: ['surveillance'] }).id).toBe('walk');
    expect(selfSootheStep({ hour: Number.NaN, unansweredStreak: 1, kinds: ['surveillance'] }).id).toBe(
      'breathe',
    );
    expect(selfSootheStep({ hour: 12, unansweredStreak: Number.NaN, kinds: [] }).id).toBe('breathe');
  });

  it('hands out copies, so changing one step cannot change the next', () => {
    const first = selfSootheStep({ hour: 12, unansweredStreak: 0, kinds: [] });
    first.id = 'walk';
    expect(selfSootheStep({ hour: 12, unansweredStreak: 0, kinds: [] }).id).toBe('breathe');
  });
});
