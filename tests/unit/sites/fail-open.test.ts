/**
 * Every registered app's adapter, with each of its methods made to throw in turn, on that app's
 * own page (its first offline snapshot): the send guard lets every Enter and every click on the
 * send control through untouched and throws nothing into the page. An adapter that breaks on a
 * changed page costs a pause, never a message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { installSendGuard } from '@/lib/guard.ts';
import { SITE_REGISTRY } from '@/lib/sites/registry.ts';
import type { SiteAdapter } from '@/lib/sites/types.ts';
import { trusted } from '../whatsapp-page.ts';

const ROOT = join(__dirname, '../../..');

async function adapterOf(id: string): Promise<SiteAdapter> {
  const module = (await import(`../../../lib/sites/${id}/adapter.ts`)) as Record<string, unknown>;
  return Object.values(module).find(
    (value): value is SiteAdapter => typeof value === 'object' && value !== null && 'composerAt' in value,
  ) as SiteAdapter;
}

/** The adapter with one method replaced by one that throws. */
const breaking = (adapter: SiteAdapter, method: keyof SiteAdapter): SiteAdapter => ({
  ...adapter,
  [method]: () => {
    throw new Error(`injected: ${String(method)} broke`);
  },
});

const METHODS = [
  'composerAt',
  'sendControlAt',
  'composerForControl',
  'sendControlFor',
  'composer',
  'readDraft',
  'conversation',
  'anchorFor',
  'prefersDark',
] as const satisfies readonly (keyof SiteAdapter)[];

describe.each(SITE_REGISTRY.map((site) => site.id))('the %s adapter, failing', (id) => {
  const controller = new AbortController();
  afterEach(() => controller.abort());

  it.each(METHODS)('fails open for a send that needs %s, when it throws', async (method) => {
    const snapshot = readdirSync(join(ROOT, `lib/sites/${id}/snapshots`)).find((name) =>
      name.endsWith('.html'),
    );
    document.documentElement.innerHTML = readFileSync(
      join(ROOT, `lib/sites/${id}/snapshots/${snapshot}`),
      'utf8',
    );
    const real = await adapterOf(id);
    const composer = real.composer(document);
    const control = composer && real.sendControlFor(composer);
    expect(composer, 'the snapshot has a composer').not.toBeNull();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const local = new AbortController();
    const site = breaking(real, method);
    installSendGuard<true>(window, {
      site,
      signal: local.signal,
      // As the session does, the decision reads the conversation; every send would be paused.
      check: () => {
        site.conversation(document, Date.now());
        return true;
      },
      pause: () => undefined,
      isOpen: () => false,
      refocus: () => undefined,
      dismiss: () => undefined,
    });
    const enter = trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    composer?.dispatchEvent(enter);
    const click = trusted(new MouseEvent('click', { bubbles: true, cancelable: true }));
    control?.dispatchEvent(click);
    local.abort();
    window.removeEventListener('error', onError);
    // What a send needs from the adapter, by way: when any of it throws, the send goes through.
    const enterNeeds: readonly string[] = ['composerAt', 'readDraft', 'conversation'];
    const clickNeeds: readonly string[] = [
      'sendControlAt',
      'composerForControl',
      'readDraft',
      'conversation',
    ];
    expect(enter.defaultPrevented).toBe(!enterNeeds.includes(method));
    // A send button drawn disabled (an empty box) takes no click at all.
    if (control && !control.matches(':disabled'))
      expect(click.defaultPrevented).toBe(!clickNeeds.includes(method));
    expect(errors).toEqual([]);
  });
});
