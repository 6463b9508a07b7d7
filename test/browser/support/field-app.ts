import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, ConsoleMessage, Page } from 'playwright-core';
import { createTestApp, TestApp } from '../../support/test-app';

const ROOT = join(__dirname, '..', '..', '..');
const WEB = join(ROOT, 'web');
const DIST = join(WEB, 'dist');

/** Where Debian puts Chromium; PASOKAN_CHROMIUM names another. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.PASOKAN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  return candidates.find((path) => existsSync(path));
}

/**
 * `describe` for the browser tests: skipped, saying so plainly, where no Chromium is installed; failing instead when
 * PASOKAN_BROWSER_TESTS=required (CI).
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumPath()) return describe(name, body);
  if (process.env.PASOKAN_BROWSER_TESTS === 'required') {
    describe(name, () => {
      it('needs Chromium (PASOKAN_BROWSER_TESTS=required)', () => {
        throw new Error('No Chromium found at /usr/bin/chromium (apt-get install -y chromium, or set PASOKAN_CHROMIUM).');
      });
    });
    return;
  }
  process.stderr.write(`\nBrowser tests SKIPPED (${name}): no Chromium found at /usr/bin/chromium. Install it with apt-get install -y chromium.\n`);
  describe.skip(name, body);
}

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

/** Builds web/dist when it is missing or older than the app's sources, so the tests always drive the current app. */
export function ensureWebBuild(): void {
  const built = join(DIST, 'index.html');
  const sources = ['src', 'public', 'index.html', 'vite.config.mts'].map((entry) => newestChange(join(WEB, entry)));
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources)) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'web', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
}

export interface FieldApp {
  url: string;
  testApp: TestApp;
  close(): Promise<void>;
}

/** The real service on a fresh copy of the demo database, serving the built app at `/` as it does in production. */
export async function startFieldApp(env: Record<string, string> = {}): Promise<FieldApp> {
  ensureWebBuild();
  const testApp = await createTestApp({ env: { WEB_DIST_DIR: DIST, ...env } });
  await testApp.app.listen(0, '127.0.0.1');
  return {
    url: await testApp.app.getUrl(),
    testApp,
    close: () => testApp.close(),
  };
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export interface Phone {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/** A 360 x 640 Android phone in Jakarta's time zone (or, with `mobile: false`, a desktop browser of the size given). */
export async function openPhone(browser: Browser, options: { width?: number; height?: number; mobile?: boolean } = {}): Promise<Phone> {
  const mobile = options.mobile ?? true;
  const context = await browser.newContext({
    viewport: { width: options.width ?? 360, height: options.height ?? 640 },
    deviceScaleFactor: mobile ? 2 : 1,
    isMobile: mobile,
    hasTouch: mobile,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** Signs in on the login page in Indonesian (the demo password unless another is given). */
export async function signIn(page: Page, url: string, username: string, password = 'pasokan-demo'): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/**
 * Console errors other than the browser's own notes about requests that were meant to fail: a request made while
 * the network is cut, and the answers named in `expected` (e.g. a 422 refusal the test provokes).
 */
export function unexpectedErrors(phone: Phone, expected: number[] = []): string[] {
  return phone.errors.filter(
    (error) => !error.includes('net::ERR_INTERNET_DISCONNECTED') && !expected.some((status) => error.includes(`status of ${status} `)),
  );
}

/** Whether the page scrolls sideways (it must not on a phone). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  // Strings run in the page: the test's own compilation has no DOM types.
  return page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth');
}

/** The app's outbox as stored in the phone's IndexedDB, in order of capture. */
export async function outboxIds(page: Page): Promise<{ id: string; status: string }[]> {
  return page.evaluate<{ id: string; status: string }[]>(`new Promise((resolve, reject) => {
    const open = indexedDB.open('pasokan');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const read = open.result.transaction('outbox').objectStore('outbox').getAll();
      read.onsuccess = () => resolve(read.result.map((record) => ({ id: record.id, status: record.status })));
    };
  })`);
}

/**
 * Waits until the outbox holds exactly `count` records, all sent. The outbox link reads "0 waiting" also in the moment
 * after Simpan and before the record is queued, so waiting for that text alone can look at the server too early.
 */
export async function allSent(page: Page, count: number): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    const records = await outboxIds(page);
    if (records.length === count && records.every((record) => record.status === 'sent')) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the outbox did not send its ${count} records: ${JSON.stringify(await outboxIds(page))}`);
}

export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

/** The device session the app keeps in the phone's IndexedDB (undefined when signed out). */
export async function storedSession(page: Page): Promise<{ username: string; sessionId?: string; refreshToken?: string; ended?: boolean } | undefined> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('pasokan');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const read = open.result.transaction('session').objectStore('session').get('current');
      read.onsuccess = () => resolve(read.result);
    };
  })`);
}

/**
 * The answers the app got from one API path (e.g. '/api/v1/sync/movements'), in order, with the request body sent.
 * A request the server refused and the app sent again after renewing its token is listed twice (401, then 200).
 */
export function watchAnswers(page: Page, path: string): { status: number; body: unknown }[] {
  const seen: { status: number; body: unknown }[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === path) seen.push({ status: response.status(), body: response.request().postDataJSON() as unknown });
  });
  return seen;
}
