import '#src/shared/lib/zod-strict-csp.ts';
import { z } from 'zod';
import { languageCodes } from '#src/shared/i18n/languages.ts';
import { safeWebUrl } from '#src/shared/lib/url.ts';
import { CONFIG_DEFAULTS } from './config-defaults.ts';
import { indicatorIds, indicatorSettings } from './indicator-defaults.ts';

/**
 * The one schema of `/config.json` (docs/deploy.md describes every field). Only `municipality.name`
 * is required; a part left out takes its default (config-defaults.ts). The messages
 * are for the administrator who writes the file (shown in the browser's console), so they are
 * English and name the field.
 */

const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The same origin ('/api', '/gemeente/logo.svg') or a web address (https, or http for a test on one's own machine). */
const sameOriginOrWeb = () =>
  z.string().refine((value) => (value.startsWith('/') && !value.startsWith('//')) || safeWebUrl(value) !== null, {
    error: 'a path on this site ("/…") or an https address',
  });

const issuerSchema = z.strictObject({
  issuer: sameOriginOrWeb(),
  clientId: z.string().min(1, { error: 'must not be empty' }),
});

const webAddress = z.string().refine((value) => safeWebUrl(value) !== null, { error: 'an https address' });
const contactSchema = z.strictObject({
  phone: z.string().regex(/^[0-9 +()-]{3,20}$/, { error: 'digits, spaces, +, ( ) and - only' }).optional(),
  email: z.email({ error: 'an e-mail address' }).optional(),
  website: webAddress.optional(),
});

/** Theme colours: a token's name without `--werkmap-` (e.g. "color-primary") and a hex colour. */
const colourTokens = z.record(
  z.string().regex(/^color-[a-z0-9-]+$/, { error: 'a theme token is named "color-…" (the tokens of src/shared/ui/styles/tokens.css without "--werkmap-")' }),
  z.string().regex(HEX_COLOUR, { error: 'a theme colour is a hex colour such as "#00587a"' }),
);

/** A baseline or target: a number (a percentage 0–100, days, clients per fte), or null for none. */
const indicatorValue = z.number().min(0).nullable();

export const appConfigSchema = z.strictObject({
  municipality: z.strictObject({
    name: z.string().trim().min(1, { error: 'must not be empty' }).max(80),
    /** Shown beside the name; an image on this site (CSP img-src 'self'). */
    logo: z.string().regex(/^\/(?!\/)[\w./-]+\.(?:svg|png|webp)$/, { error: 'a path on this site to an .svg, .png or .webp file' }).optional(),
    contact: contactSchema.optional(),
    privacyContact: contactSchema.optional(),
  }),
  api: z.strictObject({ baseUrl: sameOriginOrWeb() }).default(CONFIG_DEFAULTS.api),
  oidc: z
    .strictObject({
      clients: issuerSchema.default(CONFIG_DEFAULTS.oidc.clients),
      employees: issuerSchema.default(CONFIG_DEFAULTS.oidc.employees),
      scopes: z
        .array(z.string().regex(/^[\x21\x23-\x5b\x5d-\x7e]+$/))
        .refine((scopes) => scopes.includes('openid'), { error: 'must include "openid"' })
        .default(() => [...CONFIG_DEFAULTS.oidc.scopes]),
    })
    .default(() => ({ ...CONFIG_DEFAULTS.oidc, scopes: [...CONFIG_DEFAULTS.oidc.scopes] })),
  languages: z
    .array(z.enum(languageCodes, { error: `one of ${languageCodes.join(', ')}` }))
    .refine((list) => list.includes('nl'), { error: 'must include "nl" (Dutch is the source of every text)' })
    .refine((list) => new Set(list).size === list.length, { error: 'a language is listed twice' })
    .default(() => [...CONFIG_DEFAULTS.languages]),
  features: z
    .strictObject({ vacancies: z.boolean().optional(), portfolio: z.boolean().optional(), messages: z.boolean().optional() })
    .default({})
    .transform((switches) => ({ ...CONFIG_DEFAULTS.features, ...switches })),
  theme: z
    .strictObject({ light: colourTokens.default({}), dark: colourTokens.default({}) })
    .default(() => ({ light: {}, dark: {} })),  /** The team lead's dashboard: baselines, targets and the caseload norm; what is left out keeps its default. */
  management: z
    .strictObject({
      caseloadNormPerFte: z.number().positive({ error: 'clients per full-time coach, more than 0' }).optional(),
      indicators: z
        .partialRecord(
          z.enum(indicatorIds),
          z.strictObject({ baseline: indicatorValue.optional(), target: indicatorValue.optional() }),
        )
        .optional(),
    })
    .default({})
    .transform((overrides) => indicatorSettings(overrides)),
});

export type AppConfig = z.output<typeof appConfigSchema>;

/** The file checked: the configuration, or one line per problem (field path and what is wrong). */
export function parseAppConfig(raw: unknown): { ok: true; config: AppConfig } | { ok: false; message: string } {
  const result = appConfigSchema.safeParse(raw);
  if (result.success) return { ok: true, config: result.data };
  const lines = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || '(the file)';
    // a wrong key of a record (a theme token's name) carries its reason inside
    const message = issue.code === 'invalid_key' ? issue.issues.map((inner) => inner.message).join('; ') : issue.message;
    return `- ${path}: ${message}`;
  });
  return { ok: false, message: `/config.json is not valid:\n${lines.join('\n')}` };
}
