import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Until the service serves web/dist itself (the app-server work), the browser tests put this in front of it: the
 * built app at `/` (index.html for unknown paths, as an SPA) and everything under /api and /health passed to the
 * service, so the app and the API share one origin as they will in production.
 */
export async function serveApp(dist: string, serviceUrl: string): Promise<{ url: string; close: () => Promise<void> }> {
  const service = new URL(serviceUrl);
  const server: Server = createServer((incoming, outgoing) => {
    const path = decodeURIComponent((incoming.url ?? '/').split('?')[0]);
    if (path.startsWith('/api/') || path.startsWith('/health')) {
      const forward = request(
        { hostname: service.hostname, port: service.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      forward.on('error', () => outgoing.writeHead(502).end());
      incoming.pipe(forward);
      return;
    }
    let file = join(dist, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(path)) return void outgoing.writeHead(404).end();
      file = join(dist, 'index.html');
    }
    const hashed = file.includes(`${join(dist, 'assets')}`);
    // Compressed like the service's answers, so load times are what a phone gets.
    const gzip = /\bgzip\b/.test(String(incoming.headers['accept-encoding'] ?? '')) && extname(file) !== '.png';
    outgoing.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    const body = createReadStream(file);
    if (gzip) body.pipe(createGzip()).pipe(outgoing);
    else body.pipe(outgoing);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
