/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { createServer, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { LANGUAGE_CACHE, SCREENS_CACHE, WARM_LIST } from './src/shared/offline/app-caches.ts';
import { defaultLanguage, languageCodes, onDemandNamespaces, staffNamespaces } from './src/shared/i18n/languages.ts';
import { nodeTests } from './test/node-tests.ts';
import { bootScript, DEFERRED_SHELL } from './src/app/prerender/fits.ts';
import { readConfigFile, securityHeaders } from './deploy/security-headers.ts';

const testFiles = ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'test/unit/**/*.test.{ts,tsx}'];

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const apiTarget = process.env.MOCK_API_URL ?? `http://127.0.0.1:${port('MOCK_API_PORT', 4174)}`;
const buildId = process.env.BUILD_ID ?? new Date().toISOString();
/** The headers `vite preview` sends (npm run preview, the end-to-end tests): the same as docs/deploy.md's, for public/config.json. */
const previewHeaders = securityHeaders(readConfigFile(fileURLToPath(new URL('./public/config.json', import.meta.url))));

/**
 * What is never kept in the HTTP cache, as docs/deploy.md asks of a server: the service worker, the
 * configuration, and the HTML (a new build's file names arrive through it). The hashed assets may
 * be cached for a year. `vite preview` otherwise leaves this to its static server.
 */
function cacheHeadersInPreview(): Plugin {
  return {
    name: 'werkmap:cache-headers-in-preview',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (path.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        else if (!path.startsWith('/api/')) res.setHeader('Cache-Control', 'no-cache');
        next();
      });
    },
  };
}

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
/**
 * The outbox kinds (every file `src/app/outbox-kinds.ts` imports, and the app code they need that
 * the shell does not load already) go into ONE chunk, loaded after the first paint
 * (src/app/session-services.ts). Without this group the bundler splits them over ~30 small chunks
 * shared with the route chunks: ~30 requests at start competing with the first screen (issue 15).
 * Libraries (zod) stay in their own chunks, so a public page that needs one does not load the kinds.
 */
const outboxKindsFile = fileURLToPath(new URL('./src/app/outbox-kinds.ts', import.meta.url));
const mainFile = fileURLToPath(new URL('./src/app/main.tsx', import.meta.url));
/** The shell's second step (src/app/main.tsx runs React first, then this module's graph: `shellModules`). */
const bootFile = fileURLToPath(new URL('./src/app/boot.tsx', import.meta.url));
const reactModule = /[\\/]node_modules[\\/](?:react|react-dom|scheduler)[\\/]/;
const shellModules = new Set<string>();
const outboxKindsChunk = new Set<string>();
function collectOutboxKinds(): Plugin {
  return {
    name: 'werkmap:one-outbox-kinds-chunk',
    apply: 'build',
    buildEnd() {
      const closure = (start: string, into: Set<string>, stop?: Set<string>) => {
        const todo = [start];
        while (todo.length > 0) {
          const id = todo.pop() as string;
          if (into.has(id) || stop?.has(id)) continue;
          into.add(id);
          todo.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return into;
      };
      const shell = new Set<string>();
      for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isEntry) closure(id, shell);
      // and what main.tsx itself imports lazily before the first screen (the configuration's loader,
      // which shares the url helpers with the kinds): otherwise that chunk imports the kinds chunk,
      // and every page load fetched and ran all the kinds before reading config.json
      for (const lazy of this.getModuleInfo(mainFile)?.dynamicallyImportedIds ?? []) closure(lazy, shell);
      for (const lazy of this.getModuleInfo(bootFile)?.dynamicallyImportedIds ?? []) closure(lazy, shell);
      // the shell's second step, one chunk: what boot.tsx imports, beyond the entry and React
      const entry = closure(mainFile, new Set());
      shellModules.clear();
      for (const id of closure(bootFile, new Set(), entry)) if (!reactModule.test(id)) shellModules.add(id);
      outboxKindsChunk.clear();
      for (const id of closure(outboxKindsFile, new Set(), shell)) if (!/node_modules|^\0/.test(id)) outboxKindsChunk.add(id);
      // the client's code (`clientChunks` below): what the app reaches from its entry, statically or
      // lazily, without entering a staff or rarely used screen (nor a library or read only those need)
      clientChunks.clear();
      const atRuntime = (id: string) => [staffScreen, onDemandScreen, onDemandLibrary, staffRead].some((files) => files.test(id));
      // what the shell loads lazily besides the screens and their reads (the header's message and
      // notification counts, the push prompt, the acting banner) stays in small chunks: every page loads it
      const apart = new Set<string>();
      for (const id of shell) for (const lazy of this.getModuleInfo(id)?.dynamicallyImportedIds ?? []) if (!screenOrRead.test(lazy) && !atRuntime(lazy)) closure(lazy, apart);
      const seen = new Set<string>();
      const todo = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      while (todo.length > 0) {
        const id = todo.pop() as string;
        if (seen.has(id) || atRuntime(id)) continue;
        seen.add(id);
        const info = this.getModuleInfo(id);
        todo.push(...(info?.importedIds ?? []), ...(info?.dynamicallyImportedIds ?? []));
        const part = clientCode.exec(id);
        if (part && !shell.has(id) && !apart.has(id) && !outboxKindsChunk.has(id)) clientChunks.set(id, `client-${part[1]}`);
      }
      // the coach desk's first screen (`deskChunks` below): what its route module and its read import
      // statically, beyond the shell, the shell's lazy parts, the client features' chunks and the sign-in page's modules
      deskChunks.clear();
      const signIn = closure(signInFile, new Set(), shell);
      const desk = new Set<string>();
      for (const root of deskRoots) closure(root, desk, shell);
      // and what the shell's lazy parts a first render shows (the push prompt, the menu's counters)
      // import from the kinds (the push subscription's writes, the notifications' read): with them,
      // every signed-in page loaded and ran all the kinds before its first render
      const shellParts = new Set<string>();
      for (const id of shell) for (const lazy of this.getModuleInfo(id)?.dynamicallyImportedIds ?? []) if (lazy !== outboxKindsFile && !screenOrRead.test(lazy) && !atRuntime(lazy)) closure(lazy, shellParts, new Set([...shell, outboxKindsFile]));
      for (const id of shellParts) if (outboxKindsChunk.delete(id)) deskChunks.set(id, 'screen-common');
      // the client's werkmap (the other big first screen; its chunk holds the whole feature): the shared
      // code that chunk imports beyond those goes into one `client-common`
      const werkmap = new Set<string>();
      for (const [root, chunk] of clientChunks) if (chunk === 'client-work-folder') closure(root, werkmap, new Set([...shell, ...desk]));
      for (const id of werkmap) if (!/^\0|\.css$/.test(id) && !signIn.has(id) && !clientChunks.has(id) && !shellParts.has(id) && !outboxKindsChunk.has(id) && seen.has(id)) deskChunks.set(id, 'client-common');
      for (const id of desk) {
        const kind = outboxKindsChunk.delete(id);
        if (/^\0|\.css$/.test(id) || signIn.has(id) || clientChunks.has(id) || (apart.has(id) && !kind)) continue;
        // what only staff screens reach stays out of the precache; the rest is the client's code too, and
        // what the outbox kinds import (the caseload's schema, the dates) is loaded by everyone signed in
        deskChunks.set(id, kind || seen.has(id) ? 'screen-common' : 'coach-desk');
      }
    },
  };
}
/**
 * The client's screens in one chunk per feature (`client-cv`, `client-vacancies`…), not one per
 * module (issue 15, precache ≤ 400 KiB): every small chunk was gzipped on its own; ~130 of them were
 * 122 KiB of the precache where the same code together is 86. Every module in these chunks was
 * precached before too (nothing a client can do offline changes); a screen now loads its feature's
 * other screens with it. Left as they were: the shell and what main.tsx loads before the first
 * screen, what the shell loads lazily on every page (above), the outbox kinds, src/shared (grouped,
 * the sign-in page would load the forms, zod and the kinds with it), the account feature (the
 * sign-in page's chunk stays small), libraries, texts, and the staff and rarely used screens with
 * what only they import (not precached: `staffChunksAtRuntime`).
 */
const clientCode = /[\\/]src[\\/]features[\\/]((?!account[\\/])[\w-]+)[\\/][^\0]*\.tsx?$/;
const screenOrRead = /[\\/]src[\\/]features[\\/][\w-]+[\\/](?:routes|api)[\\/][\w-]+\.tsx?$/;
const clientChunks = new Map<string, string>();
/**
 * The coach desk (`/coach`, the e-coach's first screen) in two chunks, not eighteen (issue 15: on a
 * full page load over HTTP/1.1, six requests at a time, its small chunks queued and its texts behind
 * them): `coach-desk` holds what only staff screens import (not precached, like every staff chunk),
 * `screen-common` the shared code it needs that client screens use too (react-query's hooks, the query state,
 * the dates and the caseload's schema; precached, also loaded by the outbox kinds, which held it before,
 * so the desk no longer waits for all the kinds). The sign-in page's modules keep their chunks.
 * Likewise `client-common`: the shared code the client's werkmap chunk imports (the form library and
 * its parts, the date field, the sync tag…), one chunk instead of nine (precached; staff screens with forms load it too).
 */
const deskRoots = ['./src/app/coach-desk.tsx', './src/features/coach/api/caseload.ts'].map((file) => fileURLToPath(new URL(file, import.meta.url)));
const signInFile = fileURLToPath(new URL('./src/features/account/routes/sign-in.tsx', import.meta.url));
const deskChunks = new Map<string, string>();
/** With `screen-common`, the libraries' parts the shell does not use (react-query's hooks, zod's ISO dates: each its own small chunk otherwise, the shell's chunk holds the rest). */
const deskLibrary = /[\\/]node_modules[\\/](?:@tanstack[\\/](?:react-query|query-core)[\\/]|zod[\\/]v4[\\/]classic[\\/]iso\.js$)/;
/**
 * The sign-in page, prerendered into index.html at build time, so a first visit paints it from the
 * HTML (issue 15; docs/decisions/012-prerendered-sign-in.md). A step of its own, after the bundle:
 * it loads src/app/prerender/render.tsx through Vite's SSR loader (this same config, production mode),
 * renders the page in Dutch and puts the markup in `#root`; the app hydrates it (src/app/main.tsx).
 * With it goes the boot script: a small classic script, render-blocking in <head>, before the stylesheet (no inline
 * script: a strict CSP stays possible), which hides the prerendered page before the first paint when
 * the app will show something else (someone signed in, another route, another language).
 * PRERENDER=off builds without it (the HTML has an empty #root, as before).
 */
/**
 * Leaves the app's module script and module preloads inert in the HTML, followed by the boot script
 * (`boot`), which loads them (`startShell`): after the first paint when the prerendered page is shown,
 * at once otherwise. All of it before the stylesheet: a classic script after a stylesheet waits for
 * it, so a signed-in person's shell would be asked for only once the stylesheet had arrived.
 */
function deferShell(html: string, boot: string): string {
  const scripts: string[] = [];
  const preloads: string[] = [];
  const rest = html
    .replace(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g, (_tag, src: string) => {
      scripts.push(`<script type="${DEFERRED_SHELL.script}" crossorigin src="${src}"></script>`);
      return '';
    })
    .replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, (_tag, href: string) => {
      preloads.push(`<link rel="${DEFERRED_SHELL.preload}" crossorigin href="${href}">`);
      return '';
    });
  if (scripts.length !== 1 || /<script type="module"|rel="modulepreload"/.test(rest)) throw new Error('prerender: expected one module script (and its preloads) in index.html, in the form Vite writes them');
  const stylesheet = /\n\s*<link rel="stylesheet"/.exec(rest);
  if (!stylesheet) throw new Error('prerender: no stylesheet in index.html');
  return `${rest.slice(0, stylesheet.index)}\n    ${[...scripts, ...preloads, boot].join('\n    ')}${rest.slice(stylesheet.index)}`;
}

/**
 * index.html preloads the shell's two steps (React, then src/app/boot.tsx with what it imports), which
 * the small entry imports one after the other (src/app/main.tsx): fetched with the entry, not after it
 * ran. In Vite's own form, so `deferShell` holds them back on the prerendered sign-in page like the rest.
 */
function preloadBootSteps(): Plugin {
  return {
    name: 'werkmap:preload-boot-steps',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        const entry = ctx.chunk;
        if (!bundle || !entry) return html;
        const files = new Set<string>();
        const todo = [...entry.dynamicImports].filter((name) => {
          const chunk = bundle[name];
          return chunk?.type === 'chunk' && (chunk.moduleIds.includes(bootFile) || chunk.moduleIds.some((id) => reactModule.test(id)));
        });
        if (todo.length !== 2) throw new Error(`preloadBootSteps: expected the entry to import React and boot.tsx lazily, found ${todo.length}`);
        while (todo.length > 0) {
          const name = todo.pop() as string;
          const chunk = bundle[name];
          if (files.has(name) || chunk?.type !== 'chunk' || name === entry.fileName) continue;
          files.add(name);
          todo.push(...chunk.imports);
        }
        const script = /<script type="module" crossorigin src="[^"]+"><\/script>/.exec(html);
        if (!script) throw new Error('preloadBootSteps: no module script in index.html');
        const links = [...files].filter((name) => !html.includes(`href="/${name}"`)).map((name) => `\n    <link rel="modulepreload" crossorigin href="/${name}">`);
        const at = script.index + script[0].length;
        return `${html.slice(0, at)}${links.join('')}${html.slice(at)}`;
      },
    },
  };
}

function prerenderSignIn(): Plugin {
  const boot = bootScript();
  const bootFile = `assets/boot-${createHash('sha256').update(boot).digest('base64url').slice(0, 8)}.js`;
  return {
    name: 'werkmap:prerender-sign-in',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild && process.env.PRERENDER !== 'off',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: bootFile, source: boot });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const server = await createServer({
          configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
          mode: 'production',
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        let markup: string;
        try {
          const { renderSignIn } = (await server.ssrLoadModule('/src/app/prerender/render.tsx')) as { renderSignIn: () => Promise<string> };
          markup = await renderSignIn();
        } finally {
          await server.close();
        }
        if (!html.includes('<div id="root"></div>')) throw new Error('prerender: no empty <div id="root"></div> in index.html');
        if (/<script\b|\sstyle=/i.test(markup)) throw new Error('prerender: the markup has an inline script or style attribute (a strict CSP would block it)');
        return deferShell(html.replace('<div id="root"></div>', `<div id="root">${markup}</div>`), `<script src="/${bootFile}"></script>`);
      },
    },
  };
}

/**
 * The precache is for everyone, so it holds what a client needs (issue 15: at most 400 KiB gzip on a
 * first visit). The chunks that only the staff screens load — the e-coach's routes
 * (features/coach/routes, features/<feature>/routes/coach-*.tsx, proposals-coach.tsx, and the pages in
 * app/coach-*.tsx that combine several features), the regisseur werk's (routes/regisseur-*.tsx) and the teamleider's (routes/team-*.tsx) —
 * are left out of it and cached at runtime instead (SCREENS_CACHE below), warmed when such a person signs in (src/app/router.tsx, `warmScreensFor`).
 */
const staffScreen = /[\\/]src[\\/](?:features[\\/](?:coach[\\/]routes[\\/][\w-]+|[\w-]+[\\/]routes[\\/](?:coach|regisseur|team|beheer)-[\w-]+|vacancies[\\/]routes[\\/]proposals-coach)|app[\\/]coach-[\w-]+)\.tsx$/;
/**
 * Rarely used client screens, cached at runtime too and warmed for everyone signed in (`onDemand`
 * in src/app/router.tsx): the portfolio's export and import (the zip reader, 9 KiB gzip; its worker
 * stays precached, so an import started offline still runs), the CV's download and import (JSON
 * Resume), "Wat past bij mij?", why a search profile is what it is, the course page, the settings of
 * Meldingen (push needs the network; the settings themselves go through the outbox), who changed
 * and who may see one's data (mijn-gegevens/wijzigingen, /machtigingen); and, not warmed, the pages
 * that need the network anyway: the OpenID sign-in's return and the public
 * view of a shared portfolio (someone else's browser). Decision 012, "The precache".
 */
const onDemandScreen =
  /[\\/]src[\\/]features[\\/](?:portfolio[\\/]routes[\\/](?:keep|public-share)|cv[\\/]routes[\\/]exchange|vacancies[\\/]routes[\\/](?:what-fits|course|why)|account[\\/]routes[\\/]sign-in-callback|notifications[\\/]routes[\\/]notification-settings|my-data[\\/]routes[\\/](?:changes|authorisations))\.tsx$/;
/**
 * Libraries only one rarely used action needs, also left out of the precache and cached at runtime
 * when fetched: the Word export of a CV (`docx`, 67 KiB gzip; warmed when someone opens their CV
 * online, see src/features/cv/docx.ts); the vacancy explorer's search index (MiniSearch, ~5 KiB gzip;
 * warmed when the vacancies are fetched onto the device, src/features/vacancies/search.ts; until it
 * is there the explorer searches word for word).
 */
const onDemandLibrary = /[\\/](?:node_modules[\\/]docx[\\/]|src[\\/]features[\\/]vacancies[\\/]search-index\.ts$)/;
/** A chunk of only the coach's reads, which the route table starts with the screen's chunk (src/app/screen-data.ts): a staff chunk too. */
const staffRead = /[\\/]src[\\/]features[\\/]coach[\\/]api[\\/][\w-]+\.ts$/;
/**
 * The Dutch texts only staff screens use (`staffNamespaces`: coach, management), also cached at runtime
 * and warmed with the staff screens, and those only rarely used client screens use (`onDemandNamespaces`:
 * portfolioKeep, vacancyPages, cvExchange), warmed with those; the other languages' texts are never precached (decision 007).
 */
const staffTexts = new RegExp(`[\\\\/]src[\\\\/]locales[\\\\/]${defaultLanguage}[\\\\/](?:${[...staffNamespaces, ...onDemandNamespaces].join('|')})\\.json$`);
const staffOnlyFiles = new Set<string>();
/**
 * Whose screens `warmScreens` fetches into the cache (`WARM_LIST`, written with the build): the rarely
 * used client screens for everyone signed in (`onDemandScreen`, but not the OpenID return or a shared
 * portfolio's public view: they need the network anyway), and each staff role's own screens
 * (`staffScreen`, told apart by their file names).
 */
const notWarmed = /[\\/](?:sign-in-callback|public-share)\.tsx$/;
const staffOfOtherRoles = /[\\/]routes[\\/](?:regisseur|team|beheer)-[\w-]+\.tsx$/;
const warmedScreens: Record<string, (file: string) => boolean> = {
  everyone: (file) => onDemandScreen.test(file) && !notWarmed.test(file),
  coach: (file) => staffScreen.test(file) && !staffOfOtherRoles.test(file),
  jobBroker: (file) => staffScreen.test(file) && /[\\/]routes[\\/]regisseur-[\w-]+\.tsx$/.test(file),
  teamLead: (file) => staffScreen.test(file) && /[\\/]routes[\\/]team-[\w-]+\.tsx$/.test(file),
  functionalAdmin: (file) => staffScreen.test(file) && /[\\/]routes[\\/]beheer-[\w-]+\.tsx$/.test(file),
};
function staffChunksAtRuntime(): Plugin {
  return {
    name: 'werkmap:staff-chunks-at-runtime',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const isStaff = (chunk: (typeof chunks)[number]) =>
        (chunk.isDynamicEntry && Boolean(chunk.facadeModuleId && [staffScreen, onDemandScreen, onDemandLibrary].some((files) => files.test(chunk.facadeModuleId as string)))) ||
        (chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => staffRead.test(id))) ||
        // the coach desk's own chunk (its modules only staff screens reach; it has no single facade module)
        chunk.moduleIds.some((id) => deskChunks.get(id) === 'coach-desk');
      // the chunks `roots` load, statically or lazily, without passing through a chunk `stop` says
      const reach = (roots: typeof chunks, stop: (chunk: (typeof chunks)[number]) => boolean) => {
        const seen = new Set<string>();
        const todo = roots.map((chunk) => chunk.fileName);
        while (todo.length > 0) {
          const name = todo.pop() as string;
          const chunk = bundle[name];
          if (seen.has(name) || chunk?.type !== 'chunk') continue;
          seen.add(name);
          for (const next of [...chunk.imports, ...chunk.dynamicImports]) if (bundle[next]?.type === 'chunk' && !stop(bundle[next])) todo.push(next);
        }
        return seen;
      };
      // what the app loads without opening a staff (or rarely used) screen: the entry and all it may
      // load, also lazily (a library such a screen alone imports lazily, like the zip reader, is not in it)
      const others = reach(
        chunks.filter((chunk) => chunk.isEntry),
        isStaff,
      );
      staffOnlyFiles.clear();
      for (const name of reach(chunks.filter(isStaff), () => false)) if (!others.has(name)) staffOnlyFiles.add(name);
      // and their stylesheets (coach.css, management.css: imported by staff modules only), unless a chunk
      // the app loads otherwise brings the same file
      const css = (names: Iterable<string>) => [...names].flatMap((name) => [...((bundle[name] as (typeof chunks)[number] | undefined)?.viteMetadata?.importedCss ?? [])]);
      const othersCss = new Set(css(others));
      for (const file of css([...staffOnlyFiles])) if (!othersCss.has(file)) staffOnlyFiles.add(file);
      // the staff namespaces' Dutch texts: the shell's text loader reaches them, but only staff screens use them
      for (const chunk of chunks) if (chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => staffTexts.test(id))) staffOnlyFiles.add(chunk.fileName);
      // what `warmScreens` (src/app/warm-screens.ts) fetches into the screens' cache, for whom: a screen's
      // chunk and what it loads, also lazily (the coach desk's bulk forms, the zip reader), with their
      // stylesheets; not a library only one action needs (`onDemandLibrary`: the Word export, the search
      // index), nor through a precached chunk (the shell reaches every screen)
      const stop = (chunk: (typeof chunks)[number]) => !staffOnlyFiles.has(chunk.fileName) || Boolean(chunk.facadeModuleId && onDemandLibrary.test(chunk.facadeModuleId));
      const warm: Record<string, string[]> = {};
      for (const [who, belongs] of Object.entries(warmedScreens)) {
        const roots = chunks.filter((chunk) => chunk.isDynamicEntry && Boolean(chunk.facadeModuleId && belongs(chunk.facadeModuleId)));
        if (who === 'coach') roots.push(...chunks.filter((chunk) => chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => staffRead.test(id))));
        const names = reach(roots, stop);
        warm[who] = [...new Set([...names, ...css(names)])].filter((name) => staffOnlyFiles.has(name)).map((name) => `/${name}`).sort();
      }
      this.emitFile({ type: 'asset', fileName: WARM_LIST.slice(1), source: JSON.stringify(warm) });
    },
  };
}

/**
 * zod's JSON Schema writer (`toJSONSchema`, 33 KB of its core) without the app using it: every
 * schema type's class refers to it, so the bundler cannot leave it out, and every client downloads
 * and precaches it (issue 15). Only our tools call it (test/tools/openapi.ts, in Node). In the app's
 * build these two modules are replaced: the writer's functions throw, and of the processors only
 * `aggregateChecks` stays (a schema's `minLength`, `format`… read it). A zod update that moves things
 * fails the build here (a name it imports is missing) rather than at run time.
 */
const zodJsonSchemaModule = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors)\.js$/;
function zodWithoutJsonSchemaWriter(): Plugin {
  const exportedNames = (code: string) => [...code.matchAll(/^export (?:function|const) (\w+)/gm)].map((m) => m[1] as string);
  const stub = (name: string) => `export function ${name}() { throw new Error('zod: toJSONSchema is not part of this build (vite.config.ts)'); }`;
  return {
    name: 'werkmap:zod-without-json-schema-writer',
    apply: 'build',
    load(id) {
      const match = zodJsonSchemaModule.exec(id);
      if (!match) return null;
      const code = readFileSync(id, 'utf8');
      if (match[1] === 'to-json-schema') return [...exportedNames(code).map(stub), 'export { processSchema as process };'].join('\n');
      // the processors: the module up to the first processor (its imports, the check aggregation), then stubs
      const cut = code.indexOf('export const stringProcessor');
      if (cut < 0 || !code.includes('export function aggregateChecks')) this.error('zod changed: no aggregateChecks/stringProcessor in json-schema-processors.js');
      const kept = code.slice(0, cut);
      const names = exportedNames(code.slice(cut));
      const stubs = names.filter((name) => name !== 'allProcessors').map(stub);
      return `${kept}\n${stubs.join('\n')}\nexport const allProcessors = {};\n`;
    },
  };
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

// Vitest: the device's time zone is the municipality's, as in the end-to-end tests (`timezoneId`).
// The mock server's "today" is the Dutch calendar day; from 23:00 to 24:00 UTC (22:00 in summer) a
// run on a UTC machine had the app's "today" a day behind the server's, and seven tests failed. Set
// here, in Vitest's main process before its worker threads start (the time zone is the process's).
if (process.env.VITEST) process.env.TZ = 'Europe/Amsterdam';

export default defineConfig({
  define: {
    __BUILD_ID__: JSON.stringify(buildId),
  },
  plugins: [
    react(),
    otherLanguagesStayLazy(),
    zodWithoutJsonSchemaWriter(),
    collectOutboxKinds(),
    preloadBootSteps(),
    prerenderSignIn(),
    staffChunksAtRuntime(),
    cacheHeadersInPreview(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      devOptions: { enabled: false },
      // what the shell shows offline: the favicon (also drawn by the CSS), the apple-touch-icon and the
      // maskable icon; the browser fetches the manifest's other sizes itself when installing
      // and the municipality's configuration and logo, so the app opens offline (config.json is
      // answered network-first by public/config-sw.js, so a changed file arrives without a build)
      includeAssets: ['icons/icon.svg', 'icons/icon-192.png', 'icons/icon-maskable-512.png', 'config.json', 'gemeente/*.{svg,png,webp}'],
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
        // config.json network-first, before Workbox's own routes (it is in the precache too); then
        // push and notificationclick (issue 17): plain files in public/, see docs/architecture.md "The PWA"
        importScripts: ['/config-sw.js', '/push-sw.js'],
        // the OIDC client only signs in, renews and signs out, all online: not precached (issue 18)
        globIgnores: [...otherLanguages.map((lng) => `**/assets/${lng}/*.js`), '**/assets/oidc-client-ts-*.js'],
        // not the staff screens (staffChunksAtRuntime above): they are cached at runtime
        manifestTransforms: [async (entries) => ({ manifest: entries.filter((entry) => !staffOnlyFiles.has(entry.url.replace(/^\//, ''))), warnings: [] })],
        navigateFallback: 'index.html',
        // the OpenID providers' pages (/oidc, proxied to them) are never the app's
        navigateFallbackDenylist: [/^\/api\//, /^\/__mock\//, /^\/oidc\//],
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
          {
            // the staff screens' chunks, stylesheets and Dutch texts (and any other chunk not precached), once loaded
            urlPattern: new RegExp(`/assets/(?:${defaultLanguage}/)?[\\w-]+\\.(?:js|css)$`),
            handler: 'CacheFirst',
            options: {
              cacheName: SCREENS_CACHE,
              expiration: { maxEntries: 200, purgeOnQuotaError: true },
              // a file warmed by `fetch` (src/app/warm-screens.ts) is asked for later by a module script,
              // which sends an Origin header; a server that answers `Vary: Origin` (vite preview does)
              // would make that a miss offline. The files are immutable (hashed names): ignore Vary
              matchOptions: { ignoreVary: true },
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
    // `npm start` (test/tools/start.ts) runs the mock API server beside this one: the API, its
    // OpenID providers (at the app's origin, like a broker's would be) and its demo reset
    proxy:
      process.env.VITE_MOCKS === 'off'
        ? {}
        : {
            '/api': { target: apiTarget, changeOrigin: false },
            '/oidc': { target: apiTarget, changeOrigin: false },
            '/__mock': { target: apiTarget, changeOrigin: false },
          },
  },
  preview: {
    headers: previewHeaders,
    port: port('PREVIEW_PORT', 4173),
    strictPort: true,
    host: '127.0.0.1',
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      // the mock's OpenID providers (mocks/oidc/provider.ts), at the app's origin like a broker's would be
      '/oidc': { target: apiTarget, changeOrigin: false },
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
        codeSplitting: {
          groups: [
            { name: 'outbox-kinds', test: (id) => outboxKindsChunk.has(id), includeDependenciesRecursively: false },
            // the shell in two steps (src/app/main.tsx): React, then the rest in one chunk, not ten (fewer
            // requests before the first screen); index.html preloads both (`preloadBootSteps`)
            { name: 'react', test: reactModule },
            { name: 'shell', test: (id) => shellModules.has(id) },
            // the client's code, one chunk per feature (collectOutboxKinds computes which modules)
            { name: (id) => clientChunks.get(id) ?? null, debugName: 'client-features', includeDependenciesRecursively: false },
            // the coach desk's first screen (collectOutboxKinds computes which modules)
            { name: (id) => deskChunks.get(id) ?? (deskLibrary.test(id) ? 'screen-common' : null), debugName: 'coach-desk', includeDependenciesRecursively: false },
          ],
        },
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
