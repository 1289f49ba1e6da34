/**
 * Softer in a real Firefox, offline (research/firefox-e2e.md): Debian's firefox-esr driven by
 * puppeteer-core over WebDriver BiDi (Playwright cannot drive a stock Firefox), the Firefox build
 * installed as a temporary add-on, the fixtures served by the same server as the Chromium suite at
 * their real host names (Firefox resolves them to loopback and sends :443 to the server's port).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIXTURE_CLIENTS, type FixtureServer, REPO, startFixtureServer } from '../e2e/harness.ts';

export const FIREFOX_BUILD = join(REPO, '.output/firefox-mv2');
/** The add-on id the Firefox build carries (wxt.config.ts), and the extension origin pinned to it. */
const ADDON_ID = 'softer@softer-extension.org';
const UUID = '5f0f7e2a-1c4b-4d7e-9a55-50f7e2a1c4b4';

export interface FirefoxSofter {
  browser: Browser;
  server: FixtureServer;
  /** Resolves once Softer said it is ready on the page (its content script's one console line). */
  ready(page: Page): Promise<void>;
  /** A new tab (the startup tab never gets focus, so Softer would never load there) on a fixture. */
  openWhatsApp(query?: string): Promise<Page>;
  /** `moz-extension://…/<file>` in a new tab, once its document has loaded. */
  openExtensionPage(file: string): Promise<Page>;
  close(): Promise<void>;
}

/** Polls a condition in the page: Firefox 140 refuses puppeteer's waitForFunction under the fixtures' CSP. */
export async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeout = 10_000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read().catch(() => undefined as T);
    if (ok(value)) return value;
    if (Date.now() - start > timeout) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(`Firefox not found at ${path}. Run: apt-get install -y firefox-esr`);
  return path;
}

export async function launchFirefoxSofter(): Promise<FirefoxSofter> {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json')))
    throw new Error('No Firefox build. Run: npx wxt build -b firefox');
  const server = await startFixtureServer();
  const hosts = [...new Set(FIXTURE_CLIENTS.map((client) => client.host))];
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    protocol: 'webDriverBiDi',
    headless: true,
    acceptInsecureCerts: true,
    // Extension pages may only be opened with the first. The window is laptop-sized, as the
    // Chromium suite's (Firefox's default 800×600 makes the card scroll), set at launch: setting a
    // viewport per page also asks for a screen orientation, a command some Firefox ESR releases
    // do not know.
    args: ['--remote-allow-system-access', '--width=1280', '--height=800'],
    defaultViewport: null,
    // Without this Firefox ignores the Remote Settings server below and phones home.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'network.dns.localDomains': hosts.join(','),
      'network.socket.forcePort': `443=${server.port}`,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.dns.disablePrefetch': true,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'toolkit.telemetry.enabled': false,
      'app.update.auto': false,
      'browser.discovery.enabled': false,
      'extensions.getAddons.showPane': false,
    },
  });
  const startupTabs = new Set(browser.targets());
  const id = await browser.installExtension(FIREFOX_BUILD);
  if (id !== ADDON_ID) throw new Error(`the Firefox build was installed as ${id}, not ${ADDON_ID}`);
  // Installing opens the first-run page in a tab of its own. It is closed here, before any test
  // opens a page: opening later, it would come to the front over a test's page, and Firefox holds
  // back a background tab's focus events, so Softer would never load on that page's composer.
  // (WebDriver BiDi reports the tab's address as about:blank: it is told by being new.)
  const welcome = await browser
    .waitForTarget((target) => target.type() === 'page' && !startupTabs.has(target), { timeout: 10_000 })
    .catch(() => null);
  const welcomePage = await welcome?.page();
  if (welcomePage) {
    // Closed once it has loaded, as a person would, and as the Chromium suite does.
    await until(
      () =>
        welcomePage.evaluate(
          () => location.pathname === '/welcome.html' && document.readyState === 'complete',
        ),
      Boolean,
    );
    await welcomePage.close();
  }
  const readyPages = new WeakSet<Page>();
  return {
    browser,
    server,
    ready: (page) =>
      until(async () => readyPages.has(page), Boolean).then(
        () => undefined,
        async () => {
          const front = await page.evaluate(() => document.hasFocus()).catch(() => 'unknown');
          throw new Error(`Softer never said it was ready on ${page.url()} (page has focus: ${front})`);
        },
      ),
    async openWhatsApp(query = '') {
      const page = await browser.newPage();
      page.on('console', (message) => {
        if (message.text().includes('Softer is ready on this page')) readyPages.add(page);
      });
      await page.goto(`https://web.whatsapp.com/${query ? `?${query}` : ''}`);
      await until(
        () => page.evaluate(() => typeof (window as { fixture?: unknown }).fixture === 'object'),
        Boolean,
      );
      // The window's size is a launch argument Firefox may ignore: say so rather than test a small one.
      const [width = 0, height = 0] = await page.evaluate(() => [window.innerWidth, window.innerHeight]);
      if (width < 1200 || height < 650)
        throw new Error(`Firefox opened a ${width}×${height} page, not laptop-sized`);
      return page;
    },
    async openExtensionPage(file) {
      const page = await browser.newPage();
      const url = `moz-extension://${UUID}/${file}`;
      // Puppeteer never sees this navigation finish: ask the document itself.
      await page.goto(url, { waitUntil: [] });
      await until(
        () =>
          page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url),
        Boolean,
      );
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
