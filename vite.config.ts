/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { msw } from 'msw/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { LANGUAGE_CACHE } from './src/shared/offline/app-caches.ts';
import { defaultLanguage, languageCodes } from './src/shared/i18n/languages.ts';
import { nodeTests } from './test/node-tests.ts';

const testFiles = ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'test/unit/**/*.test.{ts,tsx}'];

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const apiTarget = process.env.MOCK_API_URL ?? `http://127.0.0.1:${port('MOCK_API_PORT', 4174)}`;
const buildId = process.env.BUILD_ID ?? new Date().toISOString();

/**
 * Texts are split per language: a chunk holding only one language's texts (our locales/<lng>/*.json
 * or zod's locales/<lng>.js) goes to assets/<lng>/<hash>.js (short: the paths of all of them are
 * part of the first download). Dutch (the default) is precached with the app; the other languages
 * are cached at runtime once chosen (see docs/decisions/007-precache-per-language.md).
 */
// zod's English messages are not among them: zod's core imports them statically (its default), so
// wherever the bundler puts them, they are part of the app (and precached), never a lazy language chunk
const localeModule = /[\\/](?:src[\\/]locales[\\/]([a-z]{2})[\\/][\w-]+\.json|zod[\\/]v4[\\/]locales[\\/](?!en\.js)([a-z]{2})\.js)$/;
function localeChunkName(moduleIds: readonly string[]): string | null {
  const lngs = new Set(moduleIds.map((id) => {
    const m = localeModule.exec(id);
    return m ? (m[1] ?? m[2]) : null;
  }));
  const [lng] = lngs;
  return lngs.size === 1 && lng ? `assets/${lng}/[hash:7].js` : null;
}
const otherLanguages = languageCodes.filter((code) => code !== defaultLanguage);
const otherLanguageChunk = new RegExp(`/assets/(?:${otherLanguages.join('|')})/[\\w-]+\\.js$`);
/**
 * The build fails when a chunk of another language's texts is imported statically (then the app
 * would need it before anyone chose that language, and offline it would not be there).
 */
function otherLanguagesStayLazy(): Plugin {
  return {
    name: 'werkmap:other-languages-stay-lazy',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const eager = file.imports.filter((name) => otherLanguageChunk.test(`/${name}`));
        if (eager.length === 0) continue;
        const what = eager.map((name) => {
          const chunk = bundle[name];
          return `${name} (${chunk?.type === 'chunk' ? chunk.moduleIds.map((id) => id.replace(/^.*node_modules[\\/]|^.*[\\/]src[\\/]/, '')).join(', ') : '?'})`;
        });
        this.error(`${file.fileName} imports ${what.join(', ')} statically; another language's texts must stay lazy`);
      }
    },
  };
}

export default defineConfig({
  define: {
    __BUILD_ID__: JSON.stringify(buildId),
  },
  plugins: [
    react(),
    msw(),
    otherLanguagesStayLazy(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      devOptions: { enabled: false },
      // what the shell shows offline: the favicon (also drawn by the CSS), the apple-touch-icon and the
      // maskable icon; the browser fetches the manifest's other sizes itself when installing
      includeAssets: ['icons/icon.svg', 'icons/icon-192.png', 'icons/icon-maskable-512.png'],
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Werkmap — werk zoeken met je gemeente',
        short_name: 'Werkmap',
        description: 'Houd je sollicitaties bij, maak je cv en houd contact met je e-coach. Werkt ook zonder internet.',
        lang: 'nl',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#00587a',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // the shell and every route's chunks (and workers), with the Dutch texts; not the other languages' texts
        globPatterns: ['**/*.{js,css,html,woff2}'],
        globIgnores: otherLanguages.map((lng) => `**/assets/${lng}/*.js`),
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/__mock\//],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // another language's texts, once chosen (the app fetches all of them then, see i18n.ts)
            urlPattern: otherLanguageChunk,
            handler: 'CacheFirst',
            options: {
              cacheName: LANGUAGE_CACHE,
              // file names carry a content hash: an entry never changes, a new build brings new names
              // and the least recently used (an old build's) go once there are more than this
              expiration: { maxEntries: 64, purgeOnQuotaError: true },
            },
          },
        ],
      },
    }),
  ],
  server: {
    port: port('PORT', 5173),
    strictPort: true,
    host: '127.0.0.1',
  },
  preview: {
    port: port('PREVIEW_PORT', 4173),
    strictPort: true,
    host: '127.0.0.1',
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  // Web Workers (the portfolio import's zip.worker.ts) are built as ES modules, as they are started
  // (`{ type: 'module' }`); they go to assets/ like every chunk, so the precache below
  // (globPatterns) has them and an import works offline too (test/e2e/portfolio.spec.ts)
  worker: {
    format: 'es',
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) => localeChunkName(chunk.moduleIds) ?? 'assets/[name]-[hash].js',
      },
    },
  },
  test: {
    restoreMocks: true,
    testTimeout: 30000,
    pool: 'threads',
    // Vitest's default is one core fewer than the machine has (for its main process): one worker
    // on CI's 2 cores. The main process is mostly idle once the modules are transformed: with two
    // workers 23 component test files took 112 s instead of 218 s for the same CPU time (59 s).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // two projects, one run: pure tests in Node without the set-up; the rest in jsdom with
    // test/setup.ts (the mock server, the contract check, the per-test reset). See test/node-tests.ts.
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', include: nodeTests } },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./test/setup.ts'],
          include: testFiles,
          exclude: nodeTests,
        },
      },
    ],
  },
});
