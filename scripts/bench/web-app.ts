/**
 * The field app's budgets, measured in headless Chromium (Debian's package): initial JavaScript gzipped, first load
 * on an emulated slow 3G (400 kbit/s, 400 ms round trip) to a usable sign-in screen, and a repeat visit with no
 * network (served by the service worker). Baseline in the same run: an empty page over the same emulated network.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ensureBuilt, freePort, spawnApp, stopApp, waitReady } from './common';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'web', 'dist');
const CHROMIUM = [process.env.PASOKAN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };

export type Record = (figure: string, value: string, baseline?: string, ratio?: string, target?: string, verdict?: '' | 'met' | 'missed') => void;

/** Gzipped size of the JavaScript index.html loads before the app can start (entry and preloaded modules). */
export function initialJavaScriptBytes(): number {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((match) => match[1] ?? match[2]);
  return scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src.replace(/^\//, ''))), { level: 9 }).length, 0);
}

let webBuilt = false;

/** Builds web/dist once per run (the dashboard benchmark and the field app's budgets both serve it). */
export function buildWeb(): string {
  if (!webBuilt) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'web', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
    webBuilt = true;
  }
  return DIST;
}

export async function measureWebApp(record: Record, log: (message: string) => void): Promise<void> {
  log('field app: building web/dist and measuring it in Chromium...');
  ensureBuilt();
  buildWeb();
  const js = initialJavaScriptBytes();
  record('Field app: initial JavaScript, gzipped', `${(js / 1024).toFixed(1)} KB`, '–', '–', '≤ 170 KB', js <= 170 * 1024 ? 'met' : 'missed');
  if (!CHROMIUM) {
    record('Field app: first load and offline repeat visit', 'not measured: no Chromium at /usr/bin/chromium');
    return;
  }
  // Served by the service itself (compiled, on a throw-away embedded PostgreSQL), with its own headers and compression.
  const dataDir = mkdtempSync(join(tmpdir(), 'pasokan-bench-web-'));
  const service = spawnApp({ EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), DEMO_DATA: 'false', WEB_DIST_DIR: DIST }, await freePort());
  try {
    await waitReady(service, Date.now());
    await measureInChromium(record, service.baseUrl, CHROMIUM);
  } finally {
    await stopApp(service);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measureInChromium(record: Record, appUrl: string, executablePath: string): Promise<void> {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, locale: 'id-ID' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);

    let started = Date.now();
    await page.goto(`${appUrl}/icons/icon.svg`);
    const baseline = Date.now() - started;

    started = Date.now();
    await page.goto(appUrl);
    await page.getByLabel('Nama pengguna').waitFor();
    const firstLoad = Date.now() - started;
    record('Field app: first load on slow 3G (400 kbit/s, 400 ms RTT) to a usable sign-in screen', `${(firstLoad / 1000).toFixed(2)} s`, `${(baseline / 1000).toFixed(2)} s (the 0.5 KB icon)`, `${(firstLoad / baseline).toFixed(1)}×`, '< 6 s', firstLoad < 6000 ? 'met' : 'missed');

    await page.evaluate('navigator.serviceWorker.ready.then(() => undefined)');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await context.setOffline(true);
    started = Date.now();
    await page.reload();
    await page.getByLabel('Nama pengguna').waitFor();
    const offline = Date.now() - started;
    record('Field app: repeat visit with no network (service worker) to a usable sign-in screen', `${(offline / 1000).toFixed(2)} s`, '–', '–', '< 1.5 s', offline < 1500 ? 'met' : 'missed');
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  const rows: string[] = [];
  measureWebApp(
    (figure, value, baseline = '–', ratio = '–', target = '–', verdict = '') => rows.push(`| ${figure} | ${value} | ${baseline} | ${ratio} | ${target} | ${verdict || '–'} |`),
    (message) => process.stderr.write(`${message}\n`),
  )
    .then(() => process.stdout.write(['| figure | result | baseline (same run) | ratio | target | met? |', '|---|---|---|---|---|---|', ...rows].join('\n') + '\n'))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
}
