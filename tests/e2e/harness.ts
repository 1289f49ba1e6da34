/**
 * Real-browser harness: Debian's Chromium with the built extension, pointed at local copies of the
 * messaging apps in the site registry (lib/sites/registry.ts). Each web client's fixture is served
 * over HTTPS at its real host and path — `web.whatsapp.com`, `web.telegram.org/k/` and `/a/`,
 * `messages.google.com/web/` — through host-resolver-rules and one self-signed certificate, so the
 * content scripts run on their real match patterns.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type BrowserContext, chromium, type Page, type Request, type Worker } from 'playwright-core';
import { SITE_REGISTRY } from '../../lib/sites/registry.ts';
import type {} from '../fixtures/whatsapp/api.ts';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = join(REPO, '.output/chrome-mv3');
export const FIXTURE_HOST = 'web.whatsapp.com';
export const FIXTURE_ORIGIN = `https://${FIXTURE_HOST}`;
const TMP = join(REPO, 'tests/.tmp');

/** One fixture per web client in the registry: where it is served, and its folder. */
export interface FixtureClient {
  name: string;
  host: string;
  /** The path its pages start with ("/", "/k/", "/web/"). */
  base: string;
  dir: string;
}

export const FIXTURE_CLIENTS: readonly FixtureClient[] = SITE_REGISTRY.flatMap((site) =>
  site.clients.map(({ name, url }) => {
    const { host, pathname } = new URL(url);
    return { name, host, base: pathname, dir: join(REPO, 'tests/fixtures', name) };
  }),
);

const FIXTURE_HOSTS = [...new Set(FIXTURE_CLIENTS.map((client) => client.host))];

/** The client a request is for: its host, and the longest base its path starts with. */
function clientFor(host: string, path: string): FixtureClient | null {
  const candidates = FIXTURE_CLIENTS.filter((client) => client.host === host && path.startsWith(client.base));
  return candidates.sort((a, b) => b.base.length - a.base.length)[0] ?? null;
}

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

const bundled = new Map<string, Promise<string>>();

/** Bundles a client's fixture once per process (sources may have changed since the last run). */
function bundleFixture(client: FixtureClient): Promise<string> {
  const known = bundled.get(client.name);
  if (known) return known;
  const bundling = (async () => {
    const outfile = join(TMP, client.name, 'main.js');
    await build({
      entryPoints: [join(client.dir, 'main.ts')],
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
  bundled.set(client.name, bundling);
  return bundling;
}

/** One self-signed certificate for every fixture host, made once per set of hosts and kept in tests/.tmp. */
function certificate(): { key: Buffer; cert: Buffer } {
  const dir = join(TMP, 'cert');
  const name = FIXTURE_HOSTS.join('+');
  const key = join(dir, `${name}.key`);
  const cert = join(dir, `${name}.crt`);
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
      `subjectAltName=${FIXTURE_HOSTS.map((host) => `DNS:${host}`).join(',')}`,
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
  /** Port on 127.0.0.1; Chromium reaches every fixture host (https://web.whatsapp.com/, …) there. */
  port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'main.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};

/**
 * What a path in a client serves: its bundle, its style sheet and icon, and for every other path
 * its page (the apps are single-page: `/web/conversations/<id>` is the same page).
 */
function route(client: FixtureClient, path: string): [file: () => Promise<string>, type: string] | null {
  const rest = path.slice(client.base.length);
  if (rest === 'main.js') return [() => bundleFixture(client), TYPES['main.js'] as string];
  if (rest === 'style.css' || rest === 'favicon.svg') {
    const file = join(client.dir, rest);
    return existsSync(file) ? [async () => file, TYPES[rest] as string] : null;
  }
  if (/\.\w+$/.test(rest) && rest !== 'index.html') return null;
  return [async () => join(client.dir, 'index.html'), TYPES['index.html'] as string];
}

/**
 * `crossOriginIsolated` adds COOP/COEP headers so the page's clock ticks in microseconds rather
 * than Chromium's coarsened 100 µs: the benchmarks need it to time work shorter than that.
 */
export async function startFixtureServer(
  options: { crossOriginIsolated?: boolean } = {},
): Promise<FixtureServer> {
  const isolation: Record<string, string> = options.crossOriginIsolated
    ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }
    : {};
  // Bundled ahead so the first page loads at once; a client without a fixture yet answers 500 when
  // opened (tests/unit/sites/registry.test.ts insists every registered client has one).
  await Promise.all(
    FIXTURE_CLIENTS.filter((client) => existsSync(join(client.dir, 'main.ts'))).map(bundleFixture),
  );
  const server: Server = createServer(certificate(), (request, response) => {
    const host = (request.headers.host ?? FIXTURE_HOST).replace(/:\d+$/, '');
    const path = new URL(request.url ?? '/', `https://${host}`).pathname;
    const client = clientFor(host, path);
    const found = client && route(client, path);
    if (!found) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const [file, type] = found;
    file().then(
      (name) =>
        response
          .writeHead(200, {
            'content-type': type,
            'content-security-policy': CSP,
            'cache-control': 'no-store',
            ...isolation,
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
  return ['http:', 'https:', 'ws:', 'wss:'].includes(protocol) && !FIXTURE_HOSTS.includes(hostname);
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
// NetLog: the browser's own record of every request, from its first millisecond

/**
 * Playwright only sees a service worker's requests once it has attached to the worker, so a
 * request made while the worker starts can slip past `networkLog`. Chromium's NetLog is written by
 * the network stack itself, for every context and from before any page or worker exists.
 */
export interface NetLogRequest {
  url: string;
  method: string;
  /**
   * The origin that asked: `chrome-extension://<id>` for the worker and extension pages, the page's
   * origin for a content script, `not an origin` for the browser itself.
   */
  initiator: string;
  /** Chromium's network traffic annotation (hashed id): which part of Chromium made the request. */
  annotation: number | null;
}

export interface NetLogRecord {
  /** Requests that would leave the machine (not the fixture, not chrome-extension://), in order. */
  requests: NetLogRequest[];
  /** Host names of `requests`, each once, in first-seen order. */
  hosts: string[];
  /**
   * Name look-ups tied to no request: dns-prefetch, preconnect. The host-resolver rules rewrite
   * every name to `~notfound` before NetLog sees it, so only the count is known.
   */
  lookups: number;
  /** Chromium's own background requests (see BROWSER_OWN), kept apart from `requests`. */
  browserOwn: NetLogRequest[];
  /** False when the file was read before Chromium finished it (browser still running or crashed). */
  complete: boolean;
}

/**
 * What Debian's Chromium (156 and 150, with the flags below) requests by itself, measured from its
 * NetLog: two with no extension and no page open, one once text is typed, and in 150 a GCM
 * check-in at start-up that --disable-background-networking does not stop. None of them can be
 * switched off here: a second
 * --disable-features would replace Playwright's own list rather than add to it, this build has no
 * SkipListAccountsWithoutGaiaCookies feature (which Playwright enables for the first),
 * --disable-component-update does not cover on-demand component checks, and the profile
 * preferences `signin.allowed` and `optimization_guide.gen_ai_local_foundational_model_settings`
 * change neither. All die at the resolver (`MAP * ~NOTFOUND`), so nothing leaves the machine.
 * They are told apart by three things an extension cannot produce together: Chromium's traffic
 * annotation for the subsystem, no initiating origin, and the exact endpoint. One caveat: the
 * second is also how Chromium would fetch its on-device model if an extension asked for it.
 */
const BROWSER_OWN: Array<{ annotation: number; url: RegExp }> = [
  {
    // gaia_auth_list_accounts: the account reconcilor asks which Google accounts are signed in,
    // at start-up and twice more on failure.
    annotation: 35565745,
    url: /^https:\/\/accounts\.google\.com\/ListAccounts\?/,
  },
  {
    // update_client: the on-device model manifest component (appid ceofaddefefcbblgcgnibnonglccbfja)
    // is checked on demand at start-up and every minute after a failure, https then http.
    annotation: 54845618,
    url: /^https?:\/\/update\.googleapis\.com\/service\/update2\/json\?/,
  },
  {
    // spellcheck_hunspell_dictionary: the first text typed into an editable field makes Chromium
    // fetch its spell-check dictionary (the profile preference that should stop it does not here).
    annotation: 117649486,
    url: /^https:\/\/redirector\.gvt1\.com\/edgedl\/chrome\/dict\//,
  },
  {
    // gcm_checkin: Chromium 150's push-messaging client checks in with Google at start-up (its
    // app registrations, gcm_registration to /c2dm/register3, follow only a check-in that worked).
    annotation: 65957842,
    url: /^https:\/\/android\.clients\.google\.com\/checkin$/,
  },
];

function isBrowserOwn(request: NetLogRequest): boolean {
  return (
    request.initiator === 'not an origin' &&
    BROWSER_OWN.some((own) => own.annotation === request.annotation && own.url.test(request.url))
  );
}

interface NetLogEvent {
  type: number;
  phase?: number;
  source: { id: number; type: number };
  params?: Record<string, unknown>;
}

/**
 * Chromium writes the constants on the first line and then one event per line, and closes the
 * JSON only on exit; a file read while it runs is parsed line by line, dropping a cut-off last line.
 */
function parseNetLog(text: string): {
  constants: Record<string, Record<string, number>>;
  events: NetLogEvent[];
  complete: boolean;
} {
  try {
    const whole = JSON.parse(text) as {
      constants: Record<string, Record<string, number>>;
      events: NetLogEvent[];
    };
    return { ...whole, complete: true };
  } catch {
    const lines = text.split('\n');
    const constants = (
      JSON.parse(`${(lines[0] ?? '').replace(/,\s*$/, '')}}`) as {
        constants: Record<string, Record<string, number>>;
      }
    ).constants;
    const events: NetLogEvent[] = [];
    for (const line of lines.slice(1)) {
      if (!line.startsWith('{')) continue;
      try {
        events.push(JSON.parse(line.replace(/\]?,?\s*$/, '')) as NetLogEvent);
      } catch {
        // The line Chromium was writing when the file was read.
      }
    }
    return { constants, events, complete: false };
  }
}

/** `fixturePort`: the host-resolver rules turn the fixture's name into 127.0.0.1 at this port. */
function summarizeNetLog(text: string, fixturePort: number): NetLogRecord {
  const { constants, events, complete } = parseNetLog(text);
  const eventType = constants.logEventTypes ?? {};
  const sourceType = constants.logSourceType ?? {};
  const START_JOB = eventType.URL_REQUEST_START_JOB;
  const ALIVE = eventType.REQUEST_ALIVE;
  const RESOLVE = eventType.HOST_RESOLVER_MANAGER_REQUEST;
  // The network quality estimator logs a twin of every look-up a request makes; it asks for nothing.
  const ESTIMATOR = sourceType.NETWORK_QUALITY_ESTIMATOR;

  // Sources (request, stream job, socket job, …) linked by `source_dependency` form one chain of
  // work; a look-up belongs to a request when they share a chain.
  const parent = new Map<number, number>();
  const root = (id: number): number => {
    let at = id;
    for (let next = parent.get(at); next !== undefined && next !== at; next = parent.get(at)) at = next;
    parent.set(id, at);
    return at;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent.set(ra, rb);
  };

  const requests = new Map<number, NetLogRequest[]>();
  const annotations = new Map<number, number>();
  // One entry per look-up, by the source that asked for it.
  const lookupSources: number[] = [];
  // Chromium preconnects to the fixture as a page of it loads; that look-up names the mapped address.
  const fixtureLookup = new RegExp(`^[a-z]+://127\\.0\\.0\\.1:${fixturePort}$`);
  for (const event of events) {
    const params = event.params ?? {};
    const dependency = params.source_dependency as { id?: number } | undefined;
    if (typeof dependency?.id === 'number') join(event.source.id, dependency.id);
    if (event.type === ALIVE && typeof params.traffic_annotation === 'number') {
      annotations.set(event.source.id, params.traffic_annotation);
    }
    if (event.type === START_JOB && typeof params.url === 'string') {
      // One per hop: a redirect starts another job on the same request.
      const list = requests.get(event.source.id) ?? [];
      list.push({
        url: params.url,
        method: String(params.method ?? ''),
        initiator: String(params.initiator ?? ''),
        annotation: null,
      });
      requests.set(event.source.id, list);
    }
    const lookup = String(params.host ?? '');
    if (
      event.type === RESOLVE &&
      event.phase !== 2 &&
      event.source.type !== ESTIMATOR &&
      !fixtureLookup.test(lookup)
    ) {
      lookupSources.push(event.source.id);
    }
  }

  const record: NetLogRecord = { requests: [], hosts: [], lookups: 0, browserOwn: [], complete };
  const withRequest = new Set<number>();
  for (const [id, list] of requests) {
    withRequest.add(root(id));
    for (const request of list) {
      request.annotation = annotations.get(id) ?? null;
      if (!leavesMachine(request.url)) continue;
      if (isBrowserOwn(request)) {
        record.browserOwn.push(request);
        continue;
      }
      record.requests.push(request);
      const host = new URL(request.url).hostname;
      if (!record.hosts.includes(host)) record.hosts.push(host);
    }
  }
  const sourceIsRequest = (id: number) => requests.has(id) || withRequest.has(root(id));
  record.lookups = lookupSources.filter((id) => !sourceIsRequest(id)).length;
  return record;
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
  /** Leave open the first-run page installing opens (closed at launch by default). */
  keepWelcome?: boolean;
  /**
   * The browser's own language, which Softer's words follow (default en-US, whatever the machine's
   * locale). Other languages need Debian's chromium-l10n, which .ci/run installs.
   */
  language?: string;
}

export interface Softer {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker as last started (Chromium may restart it). */
  readonly serviceWorker: Worker;
  server: FixtureServer;
  /**
   * Every request an extension context made that was not to the fixture host, in order, as
   * Playwright sees them. A request a service worker makes while it starts can come before
   * Playwright attaches to it; NetLog (`closeAndReadNetLog()`) cannot miss it.
   */
  networkLog: NetworkEntry[];
  /** Opens https://web.whatsapp.com/ (query like `send=div&lang=de`) and waits for the fixture. */
  openWhatsApp(query?: string): Promise<Page>;
  /**
   * Opens a web client's fixture by its registry name (`telegram-k`, `google-messages`…), at `path`
   * after its base (e.g. `#-1001234` or `conversations/42`), and waits for its `window.fixture`.
   */
  openClient(name: string, path?: string): Promise<Page>;
  /** Opens `chrome-extension://<id>/<file>` (e.g. `popup.html`) as a tab. */
  openExtensionPage(file: string): Promise<Page>;
  /** How many first-run pages the extension has opened in this browser (installing opens one). */
  readonly welcomePagesOpened: number;
  /**
   * Chromium's NetLog so far. Chromium writes events in batches, so the last few may not be on
   * disk yet: use it to wait for a request, and `closeAndReadNetLog()` to claim there was none.
   */
  netLog(): Promise<NetLogRecord>;
  /** Closes the browser, then reads its finished NetLog: everything it tried, start-up included. */
  closeAndReadNetLog(): Promise<NetLogRecord>;
  close(): Promise<void>;
}

export interface PlainBrowser
  extends Omit<Softer, 'extensionId' | 'serviceWorker' | 'openExtensionPage' | 'welcomePagesOpened'> {
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

function chromiumArgs(port: number, extension: string | null, netLog: string, language: string): string[] {
  const args = [
    `--lang=${language}`,
    // Only the fixture host resolves; anything else fails fast and never leaves the machine
    // (the request is still logged: Playwright sees it before name resolution).
    `--host-resolver-rules=${FIXTURE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(',')},MAP * ~NOTFOUND`,
    '--ignore-certificate-errors',
    // Without these Chromium phones home (updates, sync, field trials, QUIC probes).
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    // Written by the network stack from start-up on; Default mode keeps URLs and initiators but no
    // cookies or bodies.
    `--log-net-log=${netLog}`,
    '--net-log-capture-mode=Default',
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
  const language = options.language ?? 'en-US';
  // Debian's /usr/bin/chromium is a script; its translations sit beside the real binary.
  const translations = '/usr/lib/chromium/locales';
  if (
    language !== 'en-US' &&
    existsSync(translations) &&
    !existsSync(join(translations, `${language}.pak`))
  ) {
    // Without it Chromium quietly falls back to English, and the run would test nothing.
    throw new Error(
      `Chromium has no ${language} translation in ${translations}: apt-get install chromium-l10n`,
    );
  }
  const networkLog: NetworkEntry[] = [];
  // In the profile, so it goes with it; read before the profile is removed.
  const netLogFile = join(profile, 'netlog.json');
  let context: BrowserContext | undefined;

  const readNetLog = async () => summarizeNetLog(await readFile(netLogFile, 'utf8'), server.port);
  let closing: Promise<NetLogRecord | null> | undefined;
  // Chromium finishes the NetLog file as it exits, so it is read after the browser is gone.
  const shutDown = () => {
    closing ??= (async () => {
      await context?.close().catch(() => {});
      const record = await readNetLog().catch(() => null);
      if (ownsServer) await server.close();
      removeProfile(profile);
      return record;
    })();
    return closing;
  };
  const close = async () => {
    await shutDown();
  };
  const closeAndReadNetLog = async () => {
    const record = await shutDown();
    if (!record) throw new Error(`No NetLog at ${netLogFile}: was the browser already closed?`);
    return record;
  };

  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless,
      args: chromiumArgs(server.port, extension, netLogFile, language),
      // Chromium on Linux takes its language from the environment as well as from --lang.
      env: { ...process.env, LANGUAGE: language.replace('-', '_') },
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
    const openClient = async (name: string, path = '') => {
      const client = FIXTURE_CLIENTS.find((known) => known.name === name);
      if (!client) throw new Error(`no fixture client ${name}`);
      const page = await newPage();
      await page.goto(`https://${client.host}${client.base}${path}`);
      await page.waitForFunction(() => typeof window.fixture === 'object');
      return page;
    };
    const openWhatsApp = (query = '') =>
      openClient('whatsapp', query === '' || query.startsWith('?') ? query : `?${query}`);

    if (!extension) {
      return {
        context: ctx,
        extensionId: null,
        serviceWorker: null,
        server,
        networkLog,
        openWhatsApp,
        openClient,
        netLog: readNetLog,
        closeAndReadNetLog,
        close,
      };
    }

    const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
    const first =
      ctx.serviceWorkers().find(isOurs) ?? (await ctx.waitForEvent('serviceworker', { predicate: isOurs }));
    const extensionId = new URL(first.url()).host;
    // Installing opens the first-run page once. Every spec but the one about that page closes it
    // here, before anything else happens, so it never takes focus from a test's own pages.
    const welcomes = new Set<Page>();
    const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
    ctx.on('page', (page) => {
      void page.waitForURL(/welcome\.html$/, { timeout: 10_000 }).then(
        () => welcomes.add(page),
        () => undefined,
      );
    });
    const welcome =
      ctx.pages().find(isWelcome) ??
      (await ctx.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }).catch(() => null));
    if (welcome) welcomes.add(welcome);
    if (welcome && !options.keepWelcome) {
      // Closed once it has loaded, as a person would: Chromium answers the extension's message
      // bundle to its first page while it loads, and closing that page mid-load leaves every page
      // and the worker of that run with an empty bundle (every chrome.i18n.getMessage gives "").
      await welcome.waitForLoadState('load', { timeout: 10_000 }).catch(() => undefined);
      await welcome.close();
    }
    // Said at launch, not as scattered text mismatches later: a run whose bundle came up empty.
    const name = await first.evaluate(() =>
      (
        globalThis as unknown as { chrome: { i18n: { getMessage(key: string): string } } }
      ).chrome.i18n.getMessage('extName'),
    );
    if (extension === EXTENSION_DIR && name === '') {
      throw new Error(
        "Chromium gave Softer's pages an empty message bundle (chrome.i18n.getMessage is empty)",
      );
    }
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
      openClient,
      get welcomePagesOpened() {
        return welcomes.size;
      },
      async openExtensionPage(file: string) {
        const page = await newPage();
        await page.goto(`chrome-extension://${extensionId}/${file.replace(/^\//, '')}`);
        return page;
      },
      netLog: readNetLog,
      closeAndReadNetLog,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
