/**
 * Privacy, proven end to end. After a full session — distinctive messages seeded and typed in
 * three chats, every choice in the nudge, a chat muted, a setting saved, the popup and the options
 * page opened, both exports downloaded — every store the extension can write is read back whole:
 * the extension origin's IndexedDB (every database, every store), localStorage, sessionStorage,
 * Cache Storage and OPFS, `chrome.storage` local, sync and session, and the web page's own origin
 * (IndexedDB, localStorage, sessionStorage, cookies, Cache Storage). Not one message text, not one
 * distinctive word, not one contact name, phone number or chat id is in any of them, nor in the
 * export. No request left the machine from the worker, the content script, the popup or the
 * options page (Playwright's log and Chromium's NetLog), and the built manifest asks only for what
 * is used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_REGISTRY } from '../../lib/sites/registry.ts';
import { EXTENSION_DIR, launchSofter, type Softer } from './harness.ts';
import {
  ALEX,
  COMPOSER,
  choose,
  draft,
  FAMILY,
  focusComposerUntilNudgeLoads,
  NUDGE,
  nudgeOpen,
  SAM,
  sentOrPaused,
  sentTexts,
} from './steps.ts';

/** Distinctive words a store could only hold if it had kept a message. */
const SEEDED = {
  [SAM]: ['Tamarind pancakes with Persimmonella?', 'Lighthouse Zephyrine at dawn'],
  [ALEX]: ['Saturday at Quillfeather Park'],
  [FAMILY]: ['Grandma Ottoline turns ninety'],
};
const TYPED = {
  neutral: ['Meet me at Zanzibar Gardens', 'Bring the Okapi umbrella', 'Tickets for Vermillion Hall'],
  fourth: 'Still waiting at Wolkenkratzer station',
  protests: [
    'Why are you ignoring me, Quetzalcoatl?',
    'You never call me back, Xylophonist',
    'hello?? Brachiosaurus',
    'Fine. Whatever, Marzipanfabrik.',
  ],
  alex: 'You always cancel on me, Pumpernickel',
  family: 'Answer me, Gorgonzola family',
};
const DISTINCTIVE = [
  'Persimmonella',
  'Tamarind',
  'Zephyrine',
  'Quillfeather',
  'Ottoline',
  'Zanzibar',
  'Okapi',
  'Vermillion',
  'Wolkenkratzer',
  'Quetzalcoatl',
  'Xylophonist',
  'Brachiosaurus',
  'Marzipanfabrik',
  'Pumpernickel',
  'Gorgonzola',
  // Words of the protests themselves, as a person would have typed them.
  'ignoring',
  'never call',
  'Whatever',
  'cancel on me',
];
/** Contact names (case-sensitive, whole words: a salted hash is lowercase base 36) and our own name. */
const NAMES = ['Sam', 'Alex', 'Family', 'Mum', 'Dad', 'Robin'];
/** Phone numbers and chat ids, with and without their suffix. */
const NUMBERS = [
  '447700900123',
  '4915123456789',
  '120363041234567890',
  '447700900456',
  '447700900789',
  '@c.us',
  '@g.us',
];

/** Every forbidden thing found in a dump, or [] when it is clean. */
/** What the person writes into their agreement: allowed in extension storage, unlike any message. */
const AGREEMENT_WORDS = 'Sunday pancakes and a walk by the canal';

function leaks(dump: unknown): string[] {
  const text = JSON.stringify(dump);
  const found: string[] = [];
  for (const full of [...Object.values(SEEDED).flat(), ...TYPED.neutral, TYPED.fourth, ...TYPED.protests])
    if (text.includes(full)) found.push(full);
  for (const word of DISTINCTIVE) if (text.toLowerCase().includes(word.toLowerCase())) found.push(word);
  for (const name of NAMES) if (new RegExp(`\\b${name}\\b`).test(text)) found.push(name);
  for (const number of NUMBERS) if (text.includes(number)) found.push(number);
  return found;
}

/** A worker call that cannot hang: a stopped worker never answers Playwright. */
function withTimeout<T>(work: Promise<T>, ms = 10_000): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)),
  ]);
}

/** Everything in this origin's IndexedDB, Cache Storage and OPFS (runs in a worker or a page). */
const DUMP_ORIGIN = `(async () => {
  const idb = {};
  for (const info of await indexedDB.databases()) {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open(info.name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const stores = {};
    for (const name of Array.from(db.objectStoreNames)) {
      const store = db.transaction(name).objectStore(name);
      const read = (request) => new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      stores[name] = {
        keys: await read(store.getAllKeys()),
        values: await read(store.getAll()),
        indexes: Array.from(store.indexNames),
      };
    }
    db.close();
    idb[info.name + '@' + info.version] = stores;
  }
  const caches_ = {};
  if (typeof caches !== 'undefined') {
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      caches_[key] = await Promise.all((await cache.keys()).map(async (request) => ({
        url: request.url,
        body: await (await cache.match(request)).text(),
      })));
    }
  }
  const opfs = [];
  try {
    const walk = async (dir, path) => {
      for await (const [name, handle] of dir.entries()) {
        if (handle.kind === 'directory') await walk(handle, path + name + '/');
        else opfs.push({ path: path + name, text: await (await handle.getFile()).text() });
      }
    };
    await walk(await navigator.storage.getDirectory(), '/');
  } catch (error) {
    opfs.push({ unreadable: String(error) });
  }
  return { idb, caches: caches_, opfs };
})()`;

/** A window's own Web Storage and cookies. */
const DUMP_WINDOW = `({
  localStorage: Object.fromEntries(Object.entries(localStorage)),
  sessionStorage: Object.fromEntries(Object.entries(sessionStorage)),
  cookie: document.cookie,
})`;

describe('privacy: nothing of a message is kept or sent anywhere', () => {
  let softer: Softer;
  let page: Page;
  let answered = 0;

  beforeAll(async () => {
    softer = await launchSofter();
  });
  afterAll(async () => {
    await softer?.close();
  });

  const ready = async () => {
    await focusComposerUntilNudgeLoads(page);
  };

  const attempt = async (text: string): Promise<'sent' | 'paused'> => {
    await page.click(COMPOSER);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(text);
    await expect.poll(() => draft(page)).toBe(text);
    return sentOrPaused(page, () => page.keyboard.press('Enter'));
  };

  const answer = async (action: 'send-anyway' | 'use-rewrite' | 'wait' | 'edit' | 'mute-chat') => {
    await page.locator(`${NUDGE} [data-answer="${answered % 2 ? 'love' : 'anxiety'}"]`).click();
    if (action === 'mute-chat') {
      await page.locator(`${NUDGE} [data-action="mute-chat"]`).click();
      await expect.poll(() => nudgeOpen(page)).toBe(false);
      // The mute is kept (recorded) once its Undo is dismissed or runs out.
      await page.locator('[role="status"] [data-action="dismiss"]').click();
    } else {
      await choose(page, action);
    }
    answered += 1;
  };

  it('the leak detector finds what it looks for (so a clean scan means something)', () => {
    expect(leaks({ note: 'call Sam at +447700900123', draft: 'you never call, quetzalcoatl' })).toEqual([
      'Quetzalcoatl',
      'never call',
      'Sam',
      '447700900123',
    ]);
    expect(leaks({ kinds: ['blame-question'], chat: 'k3x9samdad0', site: 'whatsapp', sample: 1 })).toEqual(
      [],
    );
  });

  it('a full session: three chats, seeded histories, every choice, a mute, popup and options', async () => {
    page = await softer.openWhatsApp();
    for (const [jid, texts] of Object.entries(SEEDED)) {
      await page.evaluate(
        ({ jid, texts }) =>
          window.fixture.seed(
            jid,
            texts.map((text, i) => ({ text, out: i % 2 === 1 })),
          ),
        { jid, texts },
      );
    }
    // The seeds end with a message from the other side, so Sam's streak starts at 0.
    await page.evaluate(() => window.fixture.reply('Lighthouse Zephyrine at dawn'));
    await ready();

    for (const text of TYPED.neutral) expect(await attempt(text)).toBe('sent');
    expect(await attempt(TYPED.fourth)).toBe('paused');
    await answer('wait');
    await page.evaluate(() => window.fixture.reply('Tamarind pancakes with Persimmonella?'));

    const [ignoring, never, hello, whatever] = TYPED.protests as [string, string, string, string];
    expect(await attempt(ignoring)).toBe('paused');
    await answer('send-anyway');
    expect(await attempt(never)).toBe('paused');
    await answer('use-rewrite');
    await expect.poll(() => draft(page)).not.toBe(never);
    const softened = await draft(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentTexts(page)).toContain(softened);
    expect(await attempt(hello)).toBe('paused');
    await answer('edit');
    expect(await attempt(whatever)).toBe('paused');
    await answer('mute-chat');

    await page.evaluate((jid) => window.fixture.openChat(jid), ALEX);
    expect(await attempt(TYPED.alex)).toBe('paused');
    await answer('send-anyway');
    await page.evaluate((jid) => window.fixture.openChat(jid), FAMILY);
    expect(await attempt(TYPED.family)).toBe('sent');
    await page.evaluate((jid) => window.fixture.openChat(jid), SAM);

    const sent = await sentTexts(page);
    expect(sent).toContain(ignoring);
    expect(sent).toContain(TYPED.alex);

    // The popup and the options page, used as a person would: read the week, save a setting.
    const popup = await softer.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('[data-stat="paused"]').textContent()).toBe(String(answered));
    await popup.close();
    const options = await softer.openExtensionPage('options.html');
    await options.locator('[name="nudgeAfter"]').fill('4');
    await options.locator('[data-action="save-settings"]').click();
    await expect.poll(() => options.locator('[role="status"]').first().textContent()).toMatch(/saved/i);
    // The agreement: the one text of the person's Softer keeps (written into Softer itself).
    await options.locator('[data-agreement="enough"]').fill(AGREEMENT_WORDS);
    await options.locator('[data-agreement-save]').click();
    await expect.poll(() => options.locator('.agreement [role="status"]').textContent()).toMatch(/Saved/);
    for (const format of ['json', 'csv'] as const) {
      const [download] = await Promise.all([
        options.waitForEvent('download'),
        options.locator(`[data-action="export-${format}"]`).click(),
      ]);
      const text = readFileSync((await download.path()) as string, 'utf8');
      expect(text, format).toContain('send-anyway');
      expect(leaks(text), `export ${format}`).toEqual([]);
    }
    await options.close();
    await page.bringToFront();
  });

  it('the extension origin holds counts only: IndexedDB, Web Storage, caches, OPFS, chrome.storage', async () => {
    // An extension page wakes the worker (Chromium may have stopped it) and reads its own origin.
    const popup = await softer.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('[data-stat="paused"]').count()).toBe(1);
    const pageSide = await popup.evaluate(DUMP_WINDOW);
    const fromPage = (await popup.evaluate(DUMP_ORIGIN)) as { idb: Record<string, unknown> };
    const worker = softer.serviceWorker;
    const fromWorker = (await withTimeout(worker.evaluate(DUMP_ORIGIN))) as {
      idb: Record<string, Record<string, { values: unknown[] }>>;
    };
    const storage = (await withTimeout(
      worker.evaluate(`(async () => ({
        local: await chrome.storage.local.get(null),
        sync: await chrome.storage.sync.get(null),
        session: await chrome.storage.session.get(null),
      }))()`),
    )) as Record<'local' | 'sync' | 'session', Record<string, unknown>>;
    await popup.close();

    // The scan reached where the data is: outcomes, day tallies, settings with the mute, the salt.
    const softerDb = Object.entries(fromWorker.idb).find(([name]) => name.startsWith('softer@'))?.[1];
    expect(softerDb?.outcomes?.values).toHaveLength(answered);
    expect(softerDb?.days?.values.length).toBeGreaterThan(0);
    // Each kept as its own versioned item (`settings$` is the settings item's version).
    expect(Object.keys(storage.local).sort()).toEqual([
      'agreement',
      'chatSalt',
      'mutedChats',
      'settings',
      'settings$',
    ]);
    // Agreement text may be in extension storage — in its own item and nowhere else; message text never.
    expect(JSON.stringify(storage.local.agreement)).toContain(AGREEMENT_WORDS);
    const { agreement: _kept, ...rest } = storage.local;
    expect(JSON.stringify({ ...rest, idb: fromWorker.idb, pageSide })).not.toContain(AGREEMENT_WORDS);
    expect(JSON.stringify(storage.local.mutedChats)).toContain('mutedAt');
    expect(fromPage.idb).toEqual(fromWorker.idb);

    expect(leaks(fromWorker), 'extension origin, from the worker').toEqual([]);
    expect(leaks(storage), 'chrome.storage').toEqual([]);
    expect(leaks(pageSide), 'extension pages’ Web Storage').toEqual([]);
    expect(storage.sync).toEqual({});
  });

  it('the export the background gives has every outcome and no text', async () => {
    const popup = await softer.openExtensionPage('popup.html');
    const exported = (await popup.evaluate("chrome.runtime.sendMessage({ type: 'export-outcomes' })")) as {
      ok: boolean;
      outcomes: Record<string, unknown>[];
    };
    await popup.close();
    expect(exported.ok).toBe(true);
    expect(exported.outcomes).toHaveLength(answered);
    expect(new Set(exported.outcomes.map((o) => o.action))).toEqual(
      new Set(['wait', 'send-anyway', 'use-rewrite', 'edit', 'mute-chat']),
    );
    expect(leaks(exported)).toEqual([]);
    // Each chat is a salted hash, never its id.
    for (const outcome of exported.outcomes) expect(outcome.chat).toMatch(/^[0-9a-z]{11}$/);
  });

  it("the web page's own origin has nothing of Softer's: no database, no Web Storage, no cookie, no cache", async () => {
    const origin = (await page.evaluate(DUMP_ORIGIN)) as { idb: object; caches: object; opfs: unknown[] };
    const windowSide = await page.evaluate(DUMP_WINDOW);
    // The fixture page itself stores nothing, so anything here would be Softer's.
    expect(origin).toEqual({ idb: {}, caches: {}, opfs: [] });
    expect(windowSide).toEqual({ localStorage: {}, sessionStorage: {}, cookie: '' });
    expect(leaks(origin)).toEqual([]);
  });

  it('made no network request from the worker, the content script, the popup or the options page', async () => {
    expect(softer.networkLog).toEqual([]);
    const netLog = await softer.closeAndReadNetLog();
    expect(netLog.complete).toBe(true);
    expect(netLog.requests).toEqual([]);
    expect(netLog.hosts).toEqual([]);
  });
});

describe('the built manifest asks only for what is used', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    permissions?: string[];
    optional_permissions?: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
    content_scripts?: { matches: string[]; all_frames?: boolean }[];
    web_accessible_resources?: { resources: string[]; matches?: string[]; extension_ids?: string[] }[];
    externally_connectable?: unknown;
    content_security_policy?: unknown;
  };
  /** The registry's own matches, and the origins they are on (resources may name origins only). */
  const SITES: string[] = SITE_REGISTRY.flatMap((site) => [...site.matches]);
  const ORIGINS = [...new Set(SITES.map((match) => `${new URL(match).origin}/*`))];

  it('storage and alarms only: no tabs, scripting, host wildcards or optional extras', () => {
    // Storage for settings; alarms only to turn the toolbar icon back when a pause ends.
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    for (const host of manifest.host_permissions ?? []) expect(SITES).toContain(host);
    // No web page may message the background directly.
    expect(manifest.externally_connectable).toBeUndefined();
    expect(JSON.stringify(manifest.content_security_policy ?? '')).not.toMatch(/unsafe-eval|https?:/);
  });

  it('content scripts run on the registered apps’ pages only, one script per app; resources are exposed to those origins only', () => {
    // Compared as sets: the build may order each script's matches its own way.
    const sorted = (lists: string[][]) => lists.map((list) => [...list].sort()).sort();
    expect(sorted(manifest.content_scripts?.map((script) => script.matches) ?? [])).toEqual(
      sorted(SITE_REGISTRY.map((site) => [...site.matches])),
    );
    for (const entry of manifest.web_accessible_resources ?? []) {
      expect(entry.matches).toEqual(ORIGINS);
      expect(entry.extension_ids ?? []).toEqual([]);
      for (const resource of entry.resources) expect(resource).not.toContain('*');
    }
  });
});
