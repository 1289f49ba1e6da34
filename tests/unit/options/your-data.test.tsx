import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { YourData } from '@/components/YourData.tsx';
import { ask } from '@/lib/client.ts';
import { saveTextFile } from '@/lib/download.ts';
import type { ExportedOutcome } from '@/lib/store/db.ts';

vi.mock('@/lib/client.ts', () => ({ ask: vi.fn() }));
vi.mock('@/lib/download.ts', () => ({ saveTextFile: vi.fn() }));

const now = new Date(2025, 11, 9, 22, 0).getTime();
const outcome: ExportedOutcome = {
  id: 1,
  at: now - 60_000,
  site: 'whatsapp',
  chat: 'k3j2h1g0f9d8',
  reason: 'protest',
  streak: 1,
  kinds: ['globalizing-criticism'],
  answer: 'love',
  action: 'use-rewrite',
  waitMinutes: null,
  holdEnd: null,
  recoveryMinutes: null,
};

describe('YourData', () => {
  let host: HTMLElement;
  const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const button = (action: string) =>
    host.querySelector(`[data-action="${action}"]`) as HTMLButtonElement | null;
  const click = async (action: string) => {
    await act(() => button(action)?.click());
    await settle();
  };
  const answer = (value: unknown) => vi.mocked(ask).mockImplementation(async () => value as never);

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now });
    host = document.createElement('div');
    document.body.append(host);
    act(() => render(<YourData />, host));
  });
  afterEach(() => {
    render(null, host);
    host.remove();
    vi.useRealTimers();
    vi.mocked(ask).mockReset();
    vi.mocked(saveTextFile).mockReset();
  });

  it('says plainly what is kept and that nothing leaves the device', () => {
    expect(host.textContent).toContain('No message text and no names are ever stored.');
    expect(host.textContent).toContain('Everything stays on this device');
  });

  it('downloads the outcomes as a dated JSON file', async () => {
    answer({ ok: true, outcomes: [outcome] });
    await click('export-json');
    expect(ask).toHaveBeenCalledWith({ type: 'export-outcomes' });
    const [name, text, type] = vi.mocked(saveTextFile).mock.calls[0] ?? [];
    expect(name).toBe('softer-outcomes-2025-12-09.json');
    expect(type).toBe('application/json');
    const { id: _id, ...exported } = outcome;
    expect(JSON.parse(text ?? '').outcomes).toEqual([exported]);
    expect(host.querySelector('[role="status"]')?.textContent).toBe(
      'Exported 1 nudge as softer-outcomes-2025-12-09.json.',
    );
  });

  it('downloads the outcomes as a dated CSV file', async () => {
    answer({ ok: true, outcomes: [outcome, outcome] });
    await click('export-csv');
    const [name, text, type] = vi.mocked(saveTextFile).mock.calls[0] ?? [];
    expect(name).toBe('softer-outcomes-2025-12-09.csv');
    expect(type).toMatch(/^text\/csv/);
    expect(text?.split('\r\n')[0]).toBe(
      'at,site,chat,reason,streak,kinds,answer,action,waitMinutes,holdEnd,recoveryMinutes',
    );
    expect(host.querySelector('[role="status"]')?.textContent).toContain('Exported 2 nudges');
  });

  it('shows an error from the background and downloads nothing', async () => {
    answer({ ok: false, error: 'database unavailable' });
    await click('export-csv');
    expect(saveTextFile).not.toHaveBeenCalled();
    expect(host.querySelector('[role="alert"]')?.textContent).toBe(
      "Softer couldn't read its history to export it: database unavailable",
    );
  });

  it('deletes only after a second, explicit confirmation', async () => {
    answer({ ok: true });
    await click('delete-everything');
    expect(ask).not.toHaveBeenCalled();
    expect(button('confirm-delete')).not.toBeNull();

    await click('cancel-delete');
    expect(button('confirm-delete')).toBeNull();
    expect(ask).not.toHaveBeenCalled();

    await click('delete-everything');
    await click('confirm-delete');
    expect(ask).toHaveBeenCalledWith({ type: 'delete-everything' });
    expect(button('confirm-delete')).toBeNull();
    expect(host.querySelector('[role="status"]')?.textContent).toBe(
      'Deleted every recorded nudge, your agreement, your muted chats and any pause. Your settings stay as they are, and so ' +
        'does the random key Softer uses to turn each chat into a code.',
    );
  });

  it('says before deleting what goes and what stays', async () => {
    await click('delete-everything');
    const confirmation = host.querySelector('#delete-confirmation')?.textContent;
    expect(confirmation).toContain('Every recorded nudge and what you chose will be gone');
    expect(confirmation).toContain(
      'your agreement will be deleted, your muted chats will be unmuted, any pause will end',
    );
    expect(confirmation).toContain('Your settings stay as they are.');
  });

  it('says when deleting failed', async () => {
    answer({ ok: false, error: 'database unavailable' });
    await click('delete-everything');
    await click('confirm-delete');
    expect(host.querySelector('[role="alert"]')?.textContent).toBe(
      'Not everything was deleted: database unavailable. Please try again.',
    );
  });
});
