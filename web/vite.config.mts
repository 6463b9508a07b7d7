import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The field app: built to web/dist, served by the service at `/` (the API stays under /api). Vite 8's own transform
 * compiles the TSX (tsconfig "jsx": "react-jsx"). The service worker precaches the app shell so a reload with no
 * network opens the app; API answers are kept by the app itself in IndexedDB, not by the service worker.
 */
export default defineConfig({
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2020' },
  server: { proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' } },
  plugins: [
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['icons/icon.svg', 'icons/icon-192.png'],
      manifest: {
        name: 'pasokan — stok pengurangan dampak buruk',
        short_name: 'pasokan',
        description: 'Stok dan distribusi alat pengurangan dampak buruk di titik layanan, juga tanpa sinyal.',
        lang: 'id',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#f6f8f7',
        theme_color: '#0b6e4f',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The barcode reader's WebAssembly (1 MB; only for browsers without a native BarcodeDetector, which Chrome on
        // Android has) is not precached: every install would pay for it on 3G. It is cached the first time the
        // scanner uses it, and from then on works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        runtimeCaching: [{ urlPattern: /\/assets\/[^/]+\.wasm$/, handler: 'CacheFirst', options: { cacheName: 'pasokan-wasm', expiration: { maxEntries: 2 } } }],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/health/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
