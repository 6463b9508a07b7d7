import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request as httpRequest, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The service serves the built field app at `/` (a throw-away dist folder here, so these tests do not need the web
 * build): hashed assets cached for good, index.html and the service worker revalidated, index.html for the app's own
 * page addresses, and the API, the health checks and their 404s untouched. Responses are compressed with brotli or
 * gzip when the client offers them.
 */

const INDEX = '<!doctype html><html lang="id"><head><title>pasokan</title><script type="module" src="/assets/index-3f9a1c.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('pasokan '.repeat(400))});\n`;


describe('the field app and compression', () => {
  let t: TestApp;
  let dist: string;
  let server: Server;

  /** The bytes as they went over the wire (supertest and fetch would decode them). */
  const raw = (path: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const { port } = server.address() as AddressInfo;
      httpRequest({ host: '127.0.0.1', port, path, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject).end();
    });

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'pasokan-web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'index-3f9a1c.js'), SCRIPT);
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(dist, 'manifest.webmanifest'), '{"name":"pasokan"}');
    t = await createTestApp({ demo: false, env: { WEB_DIST_DIR: dist } });
    server = t.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at / and revalidates it', async () => {
    const response = await t.http().get('/').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toBe(INDEX);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets for a year and revalidates the service worker and the manifest', async () => {
    const asset = await t.http().get('/assets/index-3f9a1c.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    for (const path of ['/sw.js', '/manifest.webmanifest']) {
      const response = await t.http().get(path).expect(200);
      expect({ path, cacheControl: response.headers['cache-control'] }).toEqual({ path, cacheControl: 'no-cache' });
    }
  });

  it("answers the app's own page addresses with index.html when a browser asks for a page", async () => {
    for (const path of ['/stok', '/points/3c1e9a0b/stock', '/outbox?status=refused']) {
      const response = await t.http().get(path).set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8').expect(200);
      expect({ path, body: response.text, cacheControl: response.headers['cache-control'] }).toEqual({ path, body: INDEX, cacheControl: 'no-cache' });
    }
  });

  it('leaves the API, the health checks and missing files to the service: 404 problem documents, not the app', async () => {
    const html = 'text/html';
    const api = await t.http().get('/api/v1/no-such-thing').set('Accept', html).expect(404);
    expect(api.body.code).toBe('ROUTE_NOT_FOUND');
    expect((await t.http().get('/api').set('Accept', html).expect(404)).body.code).toBe('ROUTE_NOT_FOUND');
    expect((await t.http().get('/health/nothing').set('Accept', 'application/json').expect(404)).body.code).toBe('ROUTE_NOT_FOUND');
    expect((await t.http().get('/health').set('Accept', html).expect(200)).body.status).toBe('ok');
    expect((await t.http().get('/assets/missing.js').set('Accept', '*/*').expect(404)).body.code).toBe('ROUTE_NOT_FOUND');
    expect((await t.http().get('/stok').set('Accept', 'application/json').expect(404)).body.code).toBe('ROUTE_NOT_FOUND');
    expect((await t.http().post('/stok').set('Accept', html).send({}).expect(404)).body.code).toBe('ROUTE_NOT_FOUND');
    expect((await t.http().get('/api/docs-json').set('Accept', html).expect(200)).body.openapi).toMatch(/^3\./);
  });

  it('compresses with brotli or gzip, whichever the client offers (brotli first), and not when it offers neither', async () => {
    const document = (await t.http().get('/api/docs-json').expect(200)).text;
    const br = await raw('/api/docs-json', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(document);
    expect(br.body.length).toBeLessThan(document.length / 3);

    const gzip = await raw('/api/docs-json', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(document);

    const plain = await raw('/api/docs-json', { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(document);

    const asset = await raw('/assets/index-3f9a1c.js', { 'Accept-Encoding': 'br' });
    expect(asset.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(asset.body).toString()).toBe(SCRIPT);

    // Problem documents too (JSON; this one is long enough to be worth compressing).
    const refusal = await raw(`/api/v1/${'x'.repeat(2000)}`, { 'Accept-Encoding': 'gzip' });
    expect({ status: refusal.status, encoding: refusal.headers['content-encoding'] }).toEqual({ status: 404, encoding: 'gzip' });
    expect(JSON.parse(gunzipSync(refusal.body).toString()).code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('the field app when it is not built', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: false, env: { WEB_DIST_DIR: join(tmpdir(), 'pasokan-no-such-dist') } });
  });
  afterAll(() => t.close());

  it('says at / how to build it, and the API still works', async () => {
    const response = await t.http().get('/').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toContain('npm run build');
    expect((await t.http().get('/health').expect(200)).body.status).toBe('ok');
    expect((await t.http().get('/api/v1/no-such-thing').expect(404)).body.code).toBe('ROUTE_NOT_FOUND');
  });
});
