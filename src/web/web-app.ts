import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { static as serveStatic } from 'express';
import { join } from 'node:path';
import { DomainError } from '../common/problem/problem';
import { problemFor } from '../common/problem/problem-details.filter';

/** Vite writes content-hashed files here: their name changes with their content, so they can be cached for good. */
const HASHED_ASSETS = /^\/assets\//;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html, the service worker, the manifest, icons: always revalidated, so a new build reaches phones. */
const REVALIDATE = 'no-cache';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>pasokan</title></head>
<body><h1>pasokan</h1>
<p>The field app is not built yet. Run <code>npm run build</code> (or <code>npm start</code>, which builds it) and reload this page.</p>
<p>Aplikasi lapangan belum dibangun. Jalankan <code>npm run build</code> lalu muat ulang halaman ini.</p>
<p>The API and its documentation are at <a href="/api/docs">/api/docs</a>.</p></body></html>
`;

/** Addresses of the service (the API with its docs, the health checks): Nest answers them, 404s included. */
const isServiceAddress = (path: string) => path === '/api' || path.startsWith('/api/') || path === '/health' || path === '/health/ready';

/** Every other address is the app's: what it does not have is a 404 problem document, as in the API. */
function notFound(request: Request, response: Response): void {
  const error = new DomainError('ROUTE_NOT_FOUND', `There is nothing at ${request.method} ${request.path}. The app is at /, the API under /api (see /api/docs).`);
  const { problem } = problemFor(error, request.originalUrl, request.id === undefined ? undefined : String(request.id), { write: false });
  response.status(problem.status).type('application/problem+json').json(problem);
}

/**
 * Serves the built field app (web/dist) at `/`: its files (hashed assets cached for a year, everything else
 * revalidated), and index.html for `/` and for any other page address a browser asks for (Accept: text/html), so
 * the app's own routes survive a reload. When the app is not built, `/` explains how to build it. Anything else outside
 * /api and /health is a 404 problem document.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string): void {
  const files = serveStatic(distDir, {
    index: false,
    cacheControl: false,
    setHeaders: (response, path) => {
      const relative = path.slice(distDir.length).replace(/\\/g, '/');
      response.setHeader('Cache-Control', HASHED_ASSETS.test(relative) ? IMMUTABLE : REVALIDATE);
    },
  });
  const indexFile = join(distDir, 'index.html');

  app.use((request: Request, response: Response, next: NextFunction) => {
    if (isServiceAddress(request.path)) return next();
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(request, response);
    files(request, response, () => {
      const page = request.path === '/' || (request.headers.accept ?? '').includes('text/html');
      if (!page) return notFound(request, response);
      response.sendFile(indexFile, { cacheControl: false, headers: { 'Cache-Control': REVALIDATE } }, (error?: Error) => {
        if (!error || response.headersSent) return;
        response.status(request.path === '/' ? 200 : 404).setHeader('Cache-Control', REVALIDATE);
        response.type('html').send(NOT_BUILT_PAGE);
      });
    });
  });
}
