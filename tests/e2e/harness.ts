/**
 * Real-browser harness: Debian's Chromium with the built extension, pointed at a local copy of
 * WhatsApp Web. The fixture is served over HTTPS as `web.whatsapp.com` (host-resolver-rules plus a
 * self-signed certificate), so the content script runs on its real match pattern.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type BrowserContext, chromium, type Page, type Request, type Worker } from 'playwright-core';
import type {} from '../fixtures/whatsapp/api.ts';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = join(REPO, '.output/chrome-mv3');
export const FIXTURE_HOST = 'web.whatsapp.com';
export const FIXTURE_ORIGIN = `https://${FIXTURE_HOST}`;
const FIXTURE_DIR = join(REPO, 'tests/fixtures/whatsapp');
const TMP = join(REPO, 'tests/.tmp');

/** Like WhatsApp's: no inline script. Network stays open so the log sees whatever the extension tries. */
const CSP = [
  "default-src 'self' data: blob:",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https: wss:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

// ---------------------------------------------------------------------------------------------
// Fixture server

let bundled: Promise<string> | undefined;

/** Bundles the fixture once per process (sources may have changed since the last run). */
function bundleFixture(): Promise<string> {
  bundled ??= (async () => {
    const outfile = join(TMP, 'whatsapp/main.js');
    await build({
      entryPoints: [join(FIXTURE_DIR, 'main.ts')],
      outfile,
      bundle: true,
      format: 'iife',
      target: 'chrome120',
      // Lexical's entry picks its dev or prod build from NODE_ENV; WhatsApp ships prod.
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    return outfile;
  })();
  return bundled;
}

/** A self-signed certificate for web.whatsapp.com, made once and kept in tests/.tmp. */
function certificate(): { key: Buffer; cert: Buffer } {
  const dir = join(TMP, 'cert');
  const key = join(dir, `${FIXTURE_HOST}.key`);
  const cert = join(dir, `${FIXTURE_HOST}.crt`);
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    // Written under temporary names and renamed, so a half-written pair is never reused.
    const tmp = `${process.pid}.tmp`;
    const run = (command: string, args: string[]) => {
      try {
        execFileSync(command, args, { stdio: 'pipe' });
      } catch (error) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        if (missing) throw new Error(`${command} not found. Run: apt-get install -y chromium openssl`);
        throw error;
      }
    };
    run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '3650',
      '-subj',
      `/CN=${FIXTURE_HOST}`,
      '-addext',
      `subjectAltName=DNS:${FIXTURE_HOST}`,
      '-keyout',
      `${key}.${tmp}`,
      '-out',
      `${cert}.${tmp}`,
    ]);
    renameSync(`${key}.${tmp}`, key);
    renameSync(`${cert}.${tmp}`, cert);
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export interface FixtureServer {
  /** Port on 127.0.0.1; Chromium reaches it as https://web.whatsapp.com/. */
  port: number;
  close(): Promise<void>;
}

const ROUTES: Record<string, [file: () => Promise<string>, type: string]> = {
  '/': [async () => join(FIXTURE_DIR, 'index.html'), 'text/html; charset=utf-8'],
  '/main.js': [bundleFixture, 'text/javascript; charset=utf-8'],
  '/style.css': [async () => join(FIXTURE_DIR, 'style.css'), 'text/css; charset=utf-8'],
  '/favicon.svg': [async () => join(FIXTURE_DIR, 'favicon.svg'), 'image/svg+xml'],
};

export async function startFixtureServer(): Promise<FixtureServer> {
  await bundleFixture();
  const server: Server = createServer(certificate(), (request, response) => {
    const path = new URL(request.url ?? '/', FIXTURE_ORIGIN).pathname;
    const route = ROUTES[path === '/index.html' ? '/' : path];
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const [file, type] = route;
    file().then(
      (name) =>
        response
          .writeHead(200, {
            'content-type': type,
            'content-security-policy': CSP,
            'cache-control': 'no-store',
          })
          .end(readFileSync(name)),
      (error: unknown) => response.writeHead(500).end(String(error)),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Network log

export interface NetworkEntry {
  url: string;
  method: string;
  /** Playwright's resource type (fetch, xhr, image, script, websocket, …). */
  resourceType: string;
  /**
   * `service-worker`: the extension's background. `extension-page`: popup, options or any
   * chrome-extension:// page. `page`: a web page's renderer, i.e. the content script (the fixture
   * page itself only talks to its own host, which is not logged).
   */
  source: 'service-worker' | 'extension-page' | 'page';
  /** URL of the worker or page the request came from. */
  from: string;
  at: number;
}

/** Only requests that would leave the machine count: not the fixture, not chrome-extension:// or data:. */
function leavesMachine(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return ['http:', 'https:', 'ws:', 'wss:'].includes(protocol) && hostname !== FIXTURE_HOST;
}

function sourceOf(from: string, worker: boolean): NetworkEntry['source'] {
  if (worker) return 'service-worker';
  return from.startsWith('chrome-extension://') ? 'extension-page' : 'page';
}

/**
 * Playwright (1.50+, on by default in 1.65) reports an MV3 service worker's requests as context
 * `request` events with `request.serviceWorker()` set; pages and their content scripts come through
 * the same event. WebSockets only appear on `page.on('websocket')`.
 */
function recordNetwork(context: BrowserContext, log: NetworkEntry[]): void {
  const add = (url: string, method: string, resourceType: string, from: string, worker: boolean) => {
    if (leavesMachine(url))
      log.push({ url, method, resourceType, source: sourceOf(from, worker), from, at: Date.now() });
  };
  context.on('request', (request: Request) => {
    const worker = request.serviceWorker();
    let from = worker?.url() ?? '';
    if (!worker) {
      try {
        from = request.frame().page().url();
      } catch {
        from = 'unknown';
      }
    }
    add(request.url(), request.method(), request.resourceType(), from, worker !== null);
  });
  const watchPage = (page: Page) =>
    page.on('websocket', (socket) => add(socket.url(), 'GET', 'websocket', page.url(), false));
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
}

// ---------------------------------------------------------------------------------------------
// Browser

export interface LaunchOptions {
  /** Load the built extension (default true); false gives the same browser without it. */
  extension?: boolean;
  /** Default true (Chromium's new headless mode, which runs extensions). */
  headless?: boolean;
  /** Another unpacked extension instead of .output/chrome-mv3 (the network-log self-test uses a probe). */
  extensionPath?: string;
  /** Share one fixture server between launches; by default each launch starts and stops its own. */
  server?: FixtureServer;
}

export interface Softer {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker as last started (Chromium may restart it). */
  readonly serviceWorker: Worker;
  server: FixtureServer;
  /** Every request an extension context made that was not to the fixture host, in order. */
  networkLog: NetworkEntry[];
  /** Opens https://web.whatsapp.com/ (query like `send=div&lang=de`) and waits for the fixture. */
  openWhatsApp(query?: string): Promise<Page>;
  /** Opens `chrome-extension://<id>/<file>` (e.g. `popup.html`) as a tab. */
  openExtensionPage(file: string): Promise<Page>;
  close(): Promise<void>;
}

export interface PlainBrowser extends Omit<Softer, 'extensionId' | 'serviceWorker' | 'openExtensionPage'> {
  extensionId: null;
  serviceWorker: null;
}

/** Profiles still on disk; removed on any exit, including Playwright's own exit on Ctrl+C. */
const profiles = new Set<string>();
process.once('exit', () => {
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  profiles.delete(dir);
}

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Run: apt-get install -y chromium openssl (or set CHROMIUM_PATH).`,
    );
  }
  return path;
}

function extensionDir(options: LaunchOptions): string {
  const dir = options.extensionPath ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}. Run: npm run build`);
  }
  return dir;
}

function chromiumArgs(port: number, extension: string | null): string[] {
  const args = [
    // Only the fixture host resolves; anything else fails fast and never leaves the machine
    // (the request is still logged: Playwright sees it before name resolution).
    `--host-resolver-rules=MAP ${FIXTURE_HOST} 127.0.0.1:${port},MAP * ~NOTFOUND`,
    '--ignore-certificate-errors',
    // Without these Chromium phones home (updates, sync, field trials, QUIC probes).
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (extension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  return args;
}

export function launchSofter(options?: LaunchOptions & { extension?: true }): Promise<Softer>;
export function launchSofter(options: LaunchOptions & { extension: false }): Promise<PlainBrowser>;
export function launchSofter(options?: LaunchOptions): Promise<Softer | PlainBrowser>;
export async function launchSofter(options: LaunchOptions = {}): Promise<Softer | PlainBrowser> {
  if (process.env.PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK) {
    throw new Error(
      'Unset PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK: the network log needs service-worker requests.',
    );
  }
  // Playwright before 1.50 reported service-worker requests only behind this flag.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS ??= '1';
  const executablePath = chromiumPath();
  const extension = options.extension === false ? null : extensionDir(options);
  const server = options.server ?? (await startFixtureServer());
  const ownsServer = options.server === undefined;
  const profile = mkdtempSync(join(tmpdir(), 'softer-profile-'));
  profiles.add(profile);
  const headless = options.headless ?? true;
  const networkLog: NetworkEntry[] = [];
  let context: BrowserContext | undefined;

  const close = async () => {
    await context?.close().catch(() => {});
    if (ownsServer) await server.close();
    removeProfile(profile);
  };

  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless,
      args: chromiumArgs(server.port, extension),
      // Playwright passes --disable-extensions by default, which would win over --load-extension.
      ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
      ignoreHTTPSErrors: true,
      // Headed: let the window size the page, as for a person; headless: a laptop-sized screen.
      viewport: headless ? { width: 1280, height: 800 } : null,
    });
    const ctx = context;
    recordNetwork(ctx, networkLog);

    // The first tab Chromium opens is reused by the first openWhatsApp().
    let blank = ctx.pages().find((page) => page.url() === 'about:blank');
    const newPage = async () => {
      const page = blank ?? (await ctx.newPage());
      blank = undefined;
      return page;
    };
    const openWhatsApp = async (query = '') => {
      const page = await newPage();
      const search = query === '' || query.startsWith('?') ? query : `?${query}`;
      await page.goto(`${FIXTURE_ORIGIN}/${search}`);
      await page.waitForFunction(() => typeof window.fixture === 'object');
      return page;
    };

    if (!extension) {
      return {
        context: ctx,
        extensionId: null,
        serviceWorker: null,
        server,
        networkLog,
        openWhatsApp,
        close,
      };
    }

    const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
    const first =
      ctx.serviceWorkers().find(isOurs) ?? (await ctx.waitForEvent('serviceworker', { predicate: isOurs }));
    const extensionId = new URL(first.url()).host;
    let latest = first;
    ctx.on('serviceworker', (worker) => {
      if (worker.url().startsWith(`chrome-extension://${extensionId}/`)) latest = worker;
    });
    return {
      context: ctx,
      extensionId,
      get serviceWorker() {
        return latest;
      },
      server,
      networkLog,
      openWhatsApp,
      async openExtensionPage(file: string) {
        const page = await newPage();
        await page.goto(`chrome-extension://${extensionId}/${file.replace(/^\//, '')}`);
        return page;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
