/**
 * Proves the harness and the WhatsApp fixture before any feature spec relies on them: the page is
 * served as web.whatsapp.com with the extension loaded, the Lexical composer sends like the real
 * app, each page shape draws what the research notes say WhatsApp draws, and the network log
 * really sees what extension contexts request. Most checks read the 2024–25 rows; the 2026 and
 * unknown shapes have their own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SendVariant } from '../fixtures/whatsapp/api.ts';
import { FIXTURE_ORIGIN, launchSofter, type NetLogRecord, REPO, type Softer } from './harness.ts';

const COMPOSER = '#main footer [contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
const SAM = '447700900123@c.us';
const ALEX = '4915123456789@c.us';
const FAMILY = '120363041234567890@g.us';

interface Row {
  dataId: string;
  direction: string;
  pre: string;
  text: string;
}

function lastRow(page: Page): Promise<Row | null> {
  return page.evaluate(() => {
    const rows = document.querySelectorAll('#main div[role="row"]');
    const row = rows[rows.length - 1];
    const id = row?.querySelector('[data-id]');
    if (!row || !id) return null;
    return {
      dataId: id.getAttribute('data-id') ?? '',
      direction: row.querySelector('.message-out') ? 'out' : row.querySelector('.message-in') ? 'in' : '',
      pre:
        row.querySelector('.copyable-text[data-pre-plain-text]')?.getAttribute('data-pre-plain-text') ?? '',
      text: row.querySelector('span.selectable-text')?.textContent ?? '',
    };
  });
}

/** Polled where a send is expected: the extension may let a send through a moment later. */
const sent = (page: Page) => page.evaluate(() => window.fixture.sent);

async function typeDraft(page: Page, text: string): Promise<void> {
  await page.click(COMPOSER);
  await page.keyboard.type(text);
  await expect.poll(() => page.evaluate(() => window.fixture.draft())).toBe(text);
}

/** The other side answers, so the extension never sees a run of messages into silence here. */
const answer = (page: Page) => page.evaluate(() => window.fixture.reply('ok'));

describe('harness and WhatsApp fixture', () => {
  let softer: Softer;
  const pages: Page[] = [];
  const open = async (query?: string, shape = '2024') => {
    const page = await softer.openWhatsApp(query ? `shape=${shape}&${query}` : `shape=${shape}`);
    pages.push(page);
    return page;
  };

  beforeAll(async () => {
    softer = await launchSofter();
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.close()));
  });
  afterAll(async () => {
    await softer?.close();
  });

  it('serves the fixture as https://web.whatsapp.com/ with the extension loaded', async () => {
    expect(softer.extensionId).toMatch(/^[a-p]{32}$/);
    expect(softer.serviceWorker.url()).toBe(`chrome-extension://${softer.extensionId}/background.js`);
    const page = await open();
    expect(page.url()).toBe('https://web.whatsapp.com/?shape=2024');
    const response = await page.reload();
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    // The CSP really bites: an inline script the page adds does not run.
    const inlineRan = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.inline = "ran"';
      document.head.append(script);
      return document.body.dataset.inline === 'ran';
    });
    expect(inlineRan).toBe(false);
    await expect.poll(() => page.locator(COMPOSER).count()).toBe(1);
    expect(await page.locator('#side [data-lexical-editor="true"][data-tab="3"]').count()).toBe(1);
    expect(await page.locator('#main header span[title="Sam"]').count()).toBe(1);
    expect(await page.evaluate(() => window.fixture.chat())).toBe(SAM);
    expect((await lastRow(page))?.direction).toBe('in');
  });

  it('sends on Enter: recorded, new outgoing row, editor cleared', async () => {
    const page = await open();
    expect(await page.locator('#main footer [data-icon="wds-ic-mic-filled"]').count()).toBe(1);
    await typeDraft(page, 'Hello from the harness');
    expect(await page.locator('#main footer button[aria-label="Send"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([{ chat: SAM, text: 'Hello from the harness' }]);
    const row = await lastRow(page);
    expect(row?.dataId).toMatch(new RegExp(`^true_${SAM}_[0-9A-F]+$`));
    expect(row).toMatchObject({ direction: 'out', text: 'Hello from the harness' });
    expect(row?.pre).toMatch(/^\[\d{1,2}:\d{2} [AP]M, \d{1,2}\/\d{1,2}\/\d{4}\] Robin: $/);
    expect(await page.evaluate(() => window.fixture.draft())).toBe('');
    expect(await page.locator('#main footer button[aria-label="Send"]').count()).toBe(0);
    await answer(page);
  });

  it('does not send a blank draft', async () => {
    const page = await open();
    await typeDraft(page, '   ');
    await page.keyboard.press('Enter');
    expect(await sent(page)).toEqual([]);
  });

  it('makes a line break on Shift+Enter, not a send', async () => {
    const page = await open();
    await typeDraft(page, 'line one');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('line two');
    expect(await page.evaluate(() => window.fixture.draft())).toBe('line one\nline two');
    expect(await sent(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([{ chat: SAM, text: 'line one\nline two' }]);
    expect((await lastRow(page))?.text).toBe('line one\nline two');
    await answer(page);
  });

  const variants: Array<[SendVariant, string]> = [
    ['button', '#main footer button[aria-label="Send"] [data-icon="wds-ic-send-filled"]'],
    ['div', '#main footer div[role="button"][aria-label="Send"]'],
    ['wds', '#main footer button:not([aria-label]) > [data-icon="wds-ic-send-filled"]'],
    ['span', '#main footer button:not([aria-label]) > span[data-icon="send"]'],
  ];
  for (const [variant, selector] of variants) {
    it(`sends on a click of the ${variant} send control`, async () => {
      const page = await open(`send=${variant}`);
      await typeDraft(page, `via ${variant}`);
      await page.click(selector);
      await expect.poll(() => sent(page)).toEqual([{ chat: SAM, text: `via ${variant}` }]);
      expect((await lastRow(page))?.text).toBe(`via ${variant}`);
      await answer(page);
    });
  }

  it('accepts the paths the extension uses: a synthetic click, execCommand insertText', async () => {
    const page = await open();
    await typeDraft(page, 'You never listen');
    await page.evaluate(async () => {
      // What a "softer rewrite" does: select all, then insert through the editor's own input path.
      const composer = document.querySelector<HTMLElement>('#main footer [data-lexical-editor="true"]');
      composer?.focus();
      const selected = new Promise((resolve) =>
        document.addEventListener('selectionchange', resolve, { once: true }),
      );
      document.execCommand('selectAll');
      // Lexical reads the selection on `selectionchange`; inserting in the same task is reverted.
      await selected;
      document.execCommand('insertText', false, 'I miss you. Talk tonight?');
    });
    await expect.poll(() => page.evaluate(() => window.fixture.draft())).toBe('I miss you. Talk tonight?');
    await page.evaluate(() =>
      document.querySelector<HTMLElement>('#main footer button[aria-label="Send"]')?.click(),
    );
    await expect.poll(() => sent(page)).toEqual([{ chat: SAM, text: 'I miss you. Talk tonight?' }]);
    await answer(page);
  });

  it('swaps the send control in place and translates its label', async () => {
    const page = await open('lang=de');
    await typeDraft(page, 'hallo');
    expect(await page.locator('#main footer button[aria-label="Senden"]').count()).toBe(1);
    await page.evaluate(() => window.fixture.setSendVariant('div'));
    expect(await page.locator('#main footer button[aria-label="Senden"]').count()).toBe(0);
    await page.click('#main footer div[role="button"][aria-label="Senden"]');
    await expect.poll(() => sent(page)).toEqual([{ chat: SAM, text: 'hallo' }]);
    await answer(page);
    const es = await open('lang=es');
    await typeDraft(es, 'hola');
    expect(await es.locator('#main footer button[aria-label="Enviar"]').count()).toBe(1);
  });

  it('adds an incoming row on fixture.reply, stamped in the chosen locale', async () => {
    const stamps: Record<string, RegExp> = {
      'en-US': /^\[\d{1,2}:\d{2} [AP]M, \d{1,2}\/\d{1,2}\/\d{4}\] Sam: $/,
      'de-DE': /^\[\d{2}:\d{2}, \d{1,2}\.\d{1,2}\.\d{4}\] Sam: $/,
      'es-ES': /^\[\d{1,2}:\d{2} [ap]\. m\., \d{1,2}\/\d{1,2}\/\d{4}\] Sam: $/,
      'en-GB': /^\[\d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}\] Sam: $/,
    };
    for (const [locale, stamp] of Object.entries(stamps)) {
      const page = await open(`locale=${locale}`);
      await page.evaluate(() => window.fixture.reply('hi'));
      const row = await lastRow(page);
      expect(row?.dataId).toMatch(new RegExp(`^false_${SAM}_[0-9A-F]+$`));
      expect(row).toMatchObject({ direction: 'in', text: 'hi' });
      expect(row?.pre).toMatch(stamp);
    }
  });

  it('re-creates #main and the composer on a chat switch, keeping each draft', async () => {
    const page = await open();
    await typeDraft(page, 'draft for Sam');
    const oldComposer = await page.$(COMPOSER);
    await page.click(`#side [data-chat-jid="${ALEX}"]`);
    expect(await page.locator('#main header span[title="Alex"]').count()).toBe(1);
    expect(await oldComposer?.evaluate((node) => node.isConnected)).toBe(false);
    expect(await page.evaluate(() => window.fixture.draft())).toBe('');
    await typeDraft(page, 'for Alex');
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([{ chat: ALEX, text: 'for Alex' }]);
    await answer(page);
    await page.evaluate((jid) => window.fixture.openChat(jid), SAM);
    expect(await page.evaluate(() => window.fixture.draft())).toBe('draft for Sam');
    await page.evaluate(() => window.fixture.rebuildComposer());
    expect(await page.evaluate(() => window.fixture.draft())).toBe('draft for Sam');
  });

  it('writes group rows with the group jid and the sender', async () => {
    const page = await open(`chat=${FAMILY}`);
    expect(await page.locator('#main header span[title="Family"]').count()).toBe(1);
    await page.evaluate((jid) => window.fixture.reply('dinner at 7', jid), FAMILY);
    const row = await lastRow(page);
    expect(row?.dataId).toMatch(new RegExp(`^false_${FAMILY}_[0-9A-F]+_\\d+@c\\.us$`));
    expect(row?.pre).toMatch(/\] Mum: $/);
  });

  it('keeps only the newest rows mounted, like a virtualized list', async () => {
    const page = await open();
    const count = await page.evaluate((jid) => {
      const messages = Array.from({ length: 5000 }, (_, i) => ({ text: `old ${i}`, out: i % 2 === 0 }));
      return window.fixture.seed(jid, messages);
    }, SAM);
    expect(count).toBe(5000);
    const mounted = () => page.locator('#main [role="row"] [data-id]').count();
    expect(await mounted()).toBe(40);
    await page.evaluate(() => window.fixture.pushIncoming(50, 2));
    expect(await mounted()).toBe(40);
    expect((await lastRow(page))?.text).toBe('Incoming message 50 of 50');
    await page.evaluate(() => window.fixture.removeRows());
    expect(await mounted()).toBe(0);
  });

  it('draws the 2026 shape: conv-msg wrappers with bare ids, ticks and the send icon as test ids, no rows or bubble classes', async () => {
    const page = await open(`chat=${FAMILY}`, '2026');
    expect(await page.evaluate(() => window.fixture.shape)).toBe('2026');
    const list = '#main [role="application"]';
    expect(await page.locator(`${list} [data-testid^="conv-msg-"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('#main [role="row"], #main .message-in, #main .message-out').count()).toBe(0);
    expect(await page.locator(`${list} .selectable-text`).count()).toBe(0);
    const wrappers = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#main [data-testid^="conv-msg-"]'), (wrapper) => ({
        id: wrapper.getAttribute('data-id') ?? '',
        testid: wrapper.getAttribute('data-testid') ?? '',
        ticks: wrapper.querySelectorAll('[data-testid="msg-meta"] [data-testid^="msg-"]').length,
        stamp: wrapper.querySelector('[data-pre-plain-text]')?.getAttribute('data-pre-plain-text') ?? '',
      })),
    );
    for (const wrapper of wrappers) {
      expect(wrapper.id).toMatch(/^[0-9A-F]{20}$/);
      expect(wrapper.testid).toBe(`conv-msg-${wrapper.id}`);
      // Only one's own messages carry ticks; in a group, the stamp names each member.
      expect(wrapper.ticks).toBe(wrapper.stamp.endsWith('Robin: ') ? 1 : 0);
    }
    expect(wrappers.some((w) => w.stamp.endsWith('] Mum: '))).toBe(true);
    expect(await page.locator('#main header span[title]').count()).toBe(0);
    expect(await page.locator('#main header [role="button"] span[dir="auto"]').first().textContent()).toBe(
      'Family',
    );
    await typeDraft(page, 'see you sunday');
    expect(
      await page.locator('#main footer button[aria-label="Send"] [data-testid="wds-ic-send-filled"]').count(),
    ).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([{ chat: FAMILY, text: 'see you sunday' }]);
    await page.evaluate(() => window.fixture.pushMedia(true));
    const media = page.locator('#main [data-testid^="conv-msg-"]').last();
    expect(await media.locator('[data-pre-plain-text]').count()).toBe(0);
    expect(await media.locator('[data-testid="msg-meta"] span').first().textContent()).toMatch(
      /\d{1,2}:\d{2}/,
    );
  });

  it('draws an unknown shape: messages on screen with none of the marks an adapter reads', async () => {
    const page = await open(undefined, 'unknown');
    expect(await page.locator('#main [role="application"]').textContent()).toMatch(/\d{1,2}:\d{2}/);
    const marks =
      '[data-id], [data-testid^="conv-msg-"], [role="row"], .message-in, .message-out, [data-pre-plain-text], [data-testid="msg-meta"]';
    expect(await page.locator(`#main ${marks}`).count()).toBe(0);
  });

  it('takes parts of the page away for fault tests', async () => {
    const page = await open();
    await typeDraft(page, 'still sends');
    await page.evaluate(() => window.fixture.removeSendControl());
    expect(await page.locator('#main footer .send-slot > *').count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([{ chat: SAM, text: 'still sends' }]);
    await answer(page);
    await page.evaluate(() => window.fixture.removeComposer());
    expect(await page.locator(COMPOSER).count()).toBe(0);
    await page.evaluate(() => window.fixture.rebuildComposer());
    expect(await page.locator(COMPOSER).count()).toBe(1);
  });

  it('logs a request the service worker makes', async () => {
    const before = softer.networkLog.length;
    await softer.serviceWorker.evaluate(() =>
      fetch('https://example.invalid/from-worker').catch(() => 'failed'),
    );
    await expect
      .poll(() => softer.networkLog.slice(before).find((entry) => entry.url.includes('from-worker')))
      .toMatchObject({ source: 'service-worker', method: 'GET' });
    // The fixture's own files are not in the log.
    expect(softer.networkLog.some((entry) => entry.url.includes('web.whatsapp.com'))).toBe(false);
  });

  it('logs requests from a content script, an extension page and the worker', async () => {
    const other = await launchSofter({ extensionPath: writeProbeExtension() });
    try {
      const page = await other.openWhatsApp();
      // The popup fetches, then messages the worker, which fetches in turn: by then Playwright is
      // attached to the worker, so every one of these must be in the log.
      await other.openExtensionPage('popup.html');
      const sources = () =>
        Object.fromEntries(
          other.networkLog
            .map((entry) => [new URL(entry.url).hostname, entry.source])
            // Made while the worker starts, maybe before Playwright attaches: only NetLog is sure to see it.
            .filter(([host]) => host !== 'worker-startup.invalid'),
        );
      await expect.poll(sources).toEqual({
        'worker-message.invalid': 'service-worker',
        'content-script.invalid': 'page',
        'popup.invalid': 'extension-page',
      });
      // NetLog sees the same requests, each with the origin that made it.
      const extension = `chrome-extension://${other.extensionId}`;
      const expected = expect.arrayContaining([
        expect.objectContaining({ url: 'https://worker-startup.invalid/', initiator: extension }),
        expect.objectContaining({ url: 'https://worker-message.invalid/', initiator: extension }),
        // A content script's fetch carries the page's origin, as the page's own would.
        expect.objectContaining({ url: 'https://content-script.invalid/', initiator: FIXTURE_ORIGIN }),
        expect.objectContaining({ url: 'https://popup.invalid/', initiator: extension }),
      ]);
      await expect.poll(async () => (await flushedNetLog(other, page)).requests).toEqual(expected);
      const netLog = await other.closeAndReadNetLog();
      expect(netLog.complete).toBe(true);
      expect(netLog.requests).toEqual(expected);
      expect(netLog.requests.every((request) => request.annotation === BLINK_RESOURCE_LOADER)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('catches in NetLog a request made as the worker starts', async () => {
    const other = await launchSofter({ extensionPath: writeProbeExtension() });
    // Settles once the start-up fetch has failed at the resolver, so closing cannot cut it short.
    await other.serviceWorker.evaluate(() => (self as unknown as { startup: Promise<unknown> }).startup);
    const netLog = await other.closeAndReadNetLog();
    // Whether or not networkLog saw it, a claim of "no requests" fails on this record.
    expect(netLog.requests).toEqual([
      {
        url: 'https://worker-startup.invalid/',
        method: 'GET',
        initiator: `chrome-extension://${other.extensionId}`,
        annotation: BLINK_RESOURCE_LOADER,
      },
    ]);
    expect(netLog.hosts).toEqual(['worker-startup.invalid']);
  });

  it('finds nothing in NetLog from Chromium alone but its own known start-up requests', async () => {
    const plain = await launchSofter({ extension: false });
    try {
      await plain.openWhatsApp();
      // Read while Chromium runs: the file is not closed JSON yet, and still parses.
      const snapshot = await plain.netLog();
      expect(snapshot.complete).toBe(false);
      expect(snapshot.requests).toEqual([]);
      const netLog = await plain.closeAndReadNetLog();
      expect(netLog).toMatchObject({ requests: [], hosts: [], lookups: 0, complete: true });
      // Whichever of them it got to before closing, and nothing else.
      for (const request of netLog.browserOwn) {
        expect(['accounts.google.com', 'update.googleapis.com', 'android.clients.google.com']).toContain(
          new URL(request.url).hostname,
        );
      }
    } finally {
      await plain.close();
    }
  });

  it('counts in NetLog what a page tries beyond the fixture, look-ups included', async () => {
    const plain = await launchSofter({ extension: false });
    try {
      const page = await plain.openWhatsApp();
      await page.evaluate(() => {
        fetch('https://page-fetch.invalid/').catch(() => {});
        // No request follows a dns-prefetch: only the look-up shows it.
        const hint = document.createElement('link');
        hint.rel = 'dns-prefetch';
        hint.href = 'https://prefetch.invalid/';
        document.head.append(hint);
      });
      await expect
        .poll(async () => {
          const { hosts, lookups } = await flushedNetLog(plain, page);
          return { hosts, lookups: lookups > 0 };
        })
        .toEqual({ hosts: ['page-fetch.invalid'], lookups: true });
      const netLog = await plain.closeAndReadNetLog();
      expect(netLog.hosts).toEqual(['page-fetch.invalid']);
      expect(netLog.lookups).toBeGreaterThan(0);
    } finally {
      await plain.close();
    }
  });
});

/**
 * Chromium writes NetLog to disk 15 events at a time, so the last request may still be held back;
 * a request to the fixture (left out of the record) pushes it out.
 */
async function flushedNetLog(browser: Pick<Softer, 'netLog'>, page: Page): Promise<NetLogRecord> {
  await page.evaluate(() => fetch('/favicon.svg').then((response) => response.arrayBuffer()));
  return browser.netLog();
}

/** Chromium's traffic annotation for requests from pages, workers and content scripts. */
const BLINK_RESOURCE_LOADER = 101845102;

/** A throwaway MV3 extension that makes one request from each kind of extension context. */
function writeProbeExtension(): string {
  const dir = join(REPO, 'tests/.tmp/probe-extension');
  mkdirSync(dir, { recursive: true });
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify({
      manifest_version: 3,
      name: 'network probe',
      version: '1.0',
      background: { service_worker: 'worker.js' },
      content_scripts: [{ matches: ['https://web.whatsapp.com/*'], js: ['content.js'] }],
      action: { default_popup: 'popup.html' },
    }),
    'worker.js': [
      "self.startup = fetch('https://worker-startup.invalid/').catch(() => 'failed');",
      'chrome.runtime.onMessage.addListener(() => {',
      "  fetch('https://worker-message.invalid/').catch(() => {});",
      '});',
    ].join('\n'),
    'content.js': "fetch('https://content-script.invalid/').catch(() => {});",
    'popup.html': '<!doctype html><script src="popup.js"></script>',
    'popup.js': "fetch('https://popup.invalid/').catch(() => {});\nchrome.runtime.sendMessage('fetch');",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
