import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, nginxHeaders, readConfigFile, securityHeaders } from '../../deploy/security-headers.ts';

/**
 * The headers Werkmap is served with are defined once (deploy/security-headers.ts): `vite preview`
 * sends them (vite.config.ts; test/e2e/municipality.spec.ts reads them from the server), and the
 * nginx example of docs/deploy.md is generated from them. This test keeps the example in step.
 */
const werkstad = readConfigFile('public/config.json');

describe('security headers', () => {
  it('are the strict policy of issue 18 for the default configuration', () => {
    expect(securityHeaders(werkstad)).toEqual({
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; worker-src 'self'; manifest-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'self'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': expect.stringMatching(/^camera=\(self\), clipboard-write=\(self\), (?:[a-z-]+=\(\)(?:, |$))+$/),
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });

  it('let the app reach an API and OpenID providers on other origins, and nothing else', () => {
    const policy = contentSecurityPolicy({
      api: { baseUrl: 'https://api.zuiderveen.example/werkmap/' },
      oidc: { ...werkstad.oidc, clients: { issuer: 'https://broker.example/oidc', clientId: 'x' }, employees: { issuer: '/oidc/medewerkers', clientId: 'y' } },
    });
    expect(policy).toContain("connect-src 'self' https://api.zuiderveen.example https://broker.example;");
    expect(policy).toMatch(/form-action 'self' https:\/\/broker\.example$/);
    expect(policy).not.toMatch(/unsafe|\*/);
  });

  it('the nginx example says the same (regenerate: node deploy/security-headers.ts > deploy/nginx/werkmap-headers.conf)', () => {
    const generated = nginxHeaders(werkstad);
    expect(readFileSync('deploy/nginx/werkmap-headers.conf', 'utf8')).toBe(generated);
    const guide = readFileSync('docs/deploy.md', 'utf8');
    for (const line of generated.split('\n').filter((l) => l.startsWith('add_header'))) expect(guide).toContain(line);
    expect(guide).toContain(readFileSync('deploy/nginx/werkmap.conf', 'utf8').trim());
  });
});
