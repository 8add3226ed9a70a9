import { z } from 'zod';

/**
 * zod compiles a fast parser for objects with `new Function` when the page allows it, and probes
 * that with a `new Function('')` at the first object schema. Under our Content-Security-Policy
 * (`script-src 'self'`, no 'unsafe-eval') the probe fails quietly but the browser still reports a
 * violation (docs/deploy.md). `jitless` skips the probe and the compiler. It must run before any
 * object schema is made: imported first by the first zod user of each entry (the configuration's
 * schema at start, the portfolio's zip worker).
 */
z.config({ jitless: true });
