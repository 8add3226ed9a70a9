// zod's core only, not its schema API
import { config } from 'zod/v4/core';

/**
 * zod compiles a fast parser for objects with `new Function` when the page allows it, and probes
 * that with a `new Function('')` at the first object schema. Under our Content-Security-Policy
 * (`script-src 'self'`, no 'unsafe-eval') the probe fails quietly but the browser still reports a
 * violation (docs/deploy.md). `jitless` skips the probe and the compiler. It must run before any
 * object schema is made: loaded first by the app (src/app/boot.tsx), imported first by the
 * portfolio's zip worker and by the configuration's schema (for Node).
 */
config({ jitless: true });
