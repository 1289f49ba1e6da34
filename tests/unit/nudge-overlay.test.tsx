import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type NudgeChoice, NudgeOverlay } from '@/components/NudgeOverlay.tsx';
import type { Nudge } from '@/lib/decide.ts';
import { ordinal } from '@/lib/i18n.ts';

const draft = '<img src=x onerror=alert(1)> Why are you ignoring me?';
const start = draft.indexOf('Why');
const nudge: Nudge = {
  reason: 'streak+protest',
  streak: 3,
  analysis: {
    text: draft,
    protest: true,
    score: 0.97,
    boundary: false,
    language: 'en',
    kinds: ['blame-question'],
    markers: [
      {
        kind: 'blame-question',
        ruleId: 'bq.why-ignoring',
        start,
        end: start + 'Why are you ignoring me'.length,
        explanation: 'A “why” question can land as blame.',
      },
    ],
  },
  rewrites: [
    'Could you send me a quick reply when you get a moment? I’d feel calmer.',
    'Could you let me know when you’ve seen this?\nI’d feel calmer.',
  ],
  soothe: { id: 'breathe' },
  pause: null,
  agreementQuote: null,
};

describe('NudgeOverlay', () => {
  let host: HTMLElement;
  let choices: NudgeChoice[];
  let heights: number[];

  const show = (value: Nudge = nudge) =>
    act(() => {
      render(
        <NudgeOverlay
          nudge={value}
          draft={draft}
          dark={false}
          place={(height) => {
            heights.push(height);
            return { left: 10, bottom: 80, width: 400, maxHeight: 600 };
          }}
          onChoose={(choice) => choices.push(choice)}
        />,
        host,
      );
    });
  const button = (selector: string) => host.querySelector(selector) as HTMLButtonElement;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    choices = [];
    heights = [];
  });
  afterEach(() => {
    render(null, host);
    host.remove();
  });

  it('is a labelled dialog that takes focus and says why it paused', () => {
    show();
    const dialog = host.querySelector('[role="dialog"]') as HTMLElement;
    expect(document.activeElement).toBe(dialog);
    expect(host.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)?.textContent).toBe(
      'Are you reaching out from love, or from anxiety?',
    );
    expect(dialog.textContent).toContain('This would be your 4th message since they last replied.');
    expect(dialog.textContent).toContain('This might read as a complaint');
    expect(dialog.querySelector('.why summary')?.textContent).toBe('Why did Softer pause this?');
    expect(dialog.querySelector('.why p')?.textContent).toMatch(/^It would be your 4th message .*\.$/);
    // The page behind is not inert, so the dialog does not claim to be modal.
    expect(dialog.hasAttribute('aria-modal')).toBe(false);
    expect(dialog.style.left).toBe('10px');
    expect(heights.length).toBeGreaterThan(0);
  });

  it('is compact until asked: no section open, the softer version one tap away', () => {
    show();
    expect(host.querySelector('.soothe')).toBeNull();
    expect(host.querySelector('.rewrite')).toBeNull();
    const buttons = [...host.querySelectorAll('.actions button')].map((b) => b.textContent);
    // A streak card offers to send only if they stay silent first, then the softer version.
    expect(buttons.slice(0, 2)).toEqual(['Send only if still silent', 'See a softer version']);
    // "Send anyway" comes after every other choice; only the quiet mute link follows it.
    expect(buttons.slice(-2)).toEqual(['Send anyway', "Don't pause sends in this chat"]);
    act(() => button('[data-reveal="rewrite"]').click());
    expect(host.querySelector('.rewrite-text')?.textContent).toBe(nudge.rewrites[0]);
    act(() => button('[data-reveal="soothe"]').click());
    expect(host.querySelector('.soothe h3')?.textContent).toBe('One minute of slow breathing');
  });

  it('after "From anxiety" the calming step leads, with its breathing count; after "From love" the softer version', () => {
    show();
    act(() => button('[data-answer="anxiety"]').click());
    const sections = () =>
      [...host.querySelectorAll('section')].map((section) => section.className.split(' ')[0]);
    expect(sections()).toEqual(['soothe']);
    expect(host.querySelector('.soothe.emphasis')).not.toBeNull();
    expect(button('[data-step="breathe"]').textContent).toBe('Start a one-minute breathing count');
    expect(button('[data-action="wait"]').className).toBe('primary');
    expect(host.querySelector('.response')?.textContent).toContain('Tend to the feeling first');
    act(() => button('[data-reveal="rewrite"]').click());
    expect(sections()).toEqual(['soothe', 'rewrite']);
    act(() => button('[data-answer="love"]').click());
    expect(sections()[0]).toBe('rewrite');
    expect(host.querySelector('.response')?.textContent).toContain('let it sound like love');
  });

  it('keeps the response where a screen reader hears it change', () => {
    show();
    const live = host.querySelector('.response') as HTMLElement;
    expect(live.getAttribute('aria-live')).toBe('polite');
    act(() => button('[data-answer="love"]').click());
    expect(host.querySelector('.response')).toBe(live);
  });

  it('highlights the protest phrase and shows HTML-looking drafts as plain text', () => {
    show();
    expect(host.querySelector('mark')?.textContent).toBe('Why are you ignoring me');
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('q')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it.each(['send-anyway', 'use-rewrite', 'wait', 'edit', 'mute-chat'])(
    'reports %s with the answer given',
    (action) => {
      show();
      act(() => button('[data-answer="anxiety"]').click());
      act(() => host.querySelector<HTMLButtonElement>('[data-reveal="rewrite"]')?.click());
      expect(button('[data-answer="anxiety"]').getAttribute('aria-pressed')).toBe('true');
      act(() => button(`[data-action="${action}"]`).click());
      expect(choices).toEqual([
        {
          action,
          answer: 'anxiety',
          waitMinutes: action === 'wait' ? 10 : null,
          rewrite: action === 'use-rewrite' ? nudge.rewrites[0] : null,
          holdUntil: null,
        },
      ]);
    },
  );

  it('cycles through the versions and uses the one on show', () => {
    show();
    act(() => button('[data-reveal="rewrite"]').click());
    const shown = () => host.querySelector('.rewrite-text')?.textContent;
    expect(shown()).toBe(nudge.rewrites[0]);
    expect(host.querySelector('.version-count')?.textContent).toContain('1 of 2');
    act(() => button('[data-action="another-version"]').click());
    expect(shown()).toBe(nudge.rewrites[1]);
    expect(host.querySelector('.version-count')?.textContent).toContain('2 of 2');
    act(() => button('[data-action="another-version"]').click());
    expect(shown()).toBe(nudge.rewrites[0]);
    act(() => button('[data-action="another-version"]').click());
    act(() => button('[data-action="use-rewrite"]').click());
    expect(choices).toEqual([
      { action: 'use-rewrite', answer: null, waitMinutes: null, rewrite: nudge.rewrites[1], holdUntil: null },
    ]);
  });

  it('offers no "another version" when there is only one', () => {
    show({ ...nudge, rewrites: [nudge.rewrites[0] as string] });
    act(() => button('[data-reveal="rewrite"]').click());
    expect(host.querySelector('[data-action="another-version"]')).toBeNull();
    expect(host.querySelector('.version-count')).toBeNull();
  });

  it('waits for the minutes chosen', () => {
    show();
    const select = host.querySelector('.wait select') as HTMLSelectElement;
    act(() => {
      select.value = '30';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => button('[data-action="wait"]').click());
    expect(choices).toEqual([
      { action: 'wait', answer: null, waitMinutes: 30, rewrite: null, holdUntil: null },
    ]);
  });

  it('treats Escape as "edit myself"', () => {
    show();
    const dialog = host.querySelector('[role="dialog"]') as HTMLElement;
    act(() => {
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    });
    expect(choices).toEqual([
      { action: 'edit', answer: null, waitMinutes: null, rewrite: null, holdUntil: null },
    ]);
  });

  it('keeps Tab inside the dialog', () => {
    show();
    const focusables = host.querySelectorAll<HTMLElement>('button, select');
    const last = focusables[focusables.length - 1] as HTMLElement;
    last.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    act(() => {
      last.dispatchEvent(tab);
    });
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(focusables[0]);
  });

  it('offers no rewrite when there is none, and words a streak-only pause without blame', () => {
    show({
      ...nudge,
      reason: 'streak',
      rewrites: [],
      analysis: { ...nudge.analysis, protest: false, markers: [] },
    });
    expect(host.querySelector('[data-action="use-rewrite"]')).toBeNull();
    expect(host.querySelector('[data-reveal="rewrite"]')).toBeNull();
    expect(host.textContent).not.toContain('protest');
    expect(host.textContent).not.toContain('complaint');
  });

  it('a pause they asked for: the countdown, the calming step open, and "send only if still silent" until the pause ends', () => {
    const since = Date.now() - 12 * 60_000;
    show({ ...nudge, reason: 'pause-signal', pause: { since, until: since + 60 * 60_000 } });
    const dialog = host.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.dataset.reason).toBe('pause-signal');
    expect(dialog.textContent).toContain(
      'They asked for a pause 12 minutes ago. You agreed on up to 60 minutes — 48 left.',
    );
    expect(host.querySelector('[data-countdown]')?.getAttribute('data-countdown')).toBe('48');
    expect(host.querySelector('.soothe')).not.toBeNull();
    expect(host.querySelector('[data-action="wait"]')).toBeNull();
    expect((host.querySelector('.hold select') as HTMLSelectElement).value).toBe('pause-end');
    act(() => button('[data-action="hold"]').click());
    expect(choices[0]).toMatchObject({ action: 'hold', holdUntil: since + 60 * 60_000 });
  });

  it('a streak card quotes the agreement and holds for the minutes chosen', () => {
    show({ ...nudge, reason: 'streak', agreementQuote: '20 minutes of talk most evenings' });
    expect(host.querySelector('[data-agreement-quote]')?.textContent).toBe(
      'You agreed: 20 minutes of talk most evenings',
    );
    const select = host.querySelector('.hold select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['1', '5', '10', '20', '30', '60']);
    act(() => {
      select.value = '1';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const before = Date.now();
    act(() => button('[data-action="hold"]').click());
    expect(choices[0]?.action).toBe('hold');
    expect(choices[0]?.holdUntil).toBeGreaterThanOrEqual(before + 60_000);
    expect(choices[0]?.holdUntil).toBeLessThanOrEqual(Date.now() + 60_000);
  });

  it('numbers messages in plain English', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
    ]);
  });
});
