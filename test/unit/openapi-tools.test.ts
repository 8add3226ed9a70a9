import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Standard OpenAPI tools read docs/openapi.json as a backend team would (issue 13): Redocly CLI
 * (recommended rules and test/redocly.yaml), Spectral (spectral:oas, test/.spectral.yaml) and
 * openapi-typescript, whose types must type-check. Each runs as a child process on the committed
 * document (test/unit/openapi.test.ts checks it is up to date); a failure shows what the tool said.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const DOCUMENT = join(ROOT, 'docs', 'openapi.json');
const bin = (path: string) => join(ROOT, 'node_modules', path);

type Run = { code: number; stdout: string; stderr: string };

function run(script: string, args: string[], cwd = ROOT): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [script, ...args],
      {
        cwd,
        timeout: 120_000,
        maxBuffer: 32 * 1024 * 1024,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const said = (result: Run) => `exit ${result.code}\n${result.stdout}\n${result.stderr}`.trim();

// each tool takes 1–5 s alone; more on a busy 2-core machine
describe('standard OpenAPI tools read docs/openapi.json', { timeout: 120_000 }, () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'werkmap-openapi-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('Redocly CLI lint: no errors and no warnings', async () => {
    const result = await run(bin('@redocly/cli/bin/cli.js'), ['lint', DOCUMENT, '--config', 'test/redocly.yaml', '--format=json']);
    let report: { totals: { errors: number; warnings: number }; problems: Array<{ ruleId: string; severity: string; message: string; location: Array<{ pointer?: string }> }> };
    try {
      report = JSON.parse(result.stdout) as typeof report;
    } catch {
      return expect.fail(`redocly lint gave no report:\n${said(result)}`);
    }
    const problems = report.problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer ?? '?'})`);
    expect(problems, `redocly lint docs/openapi.json --config test/redocly.yaml\n${problems.join('\n')}`).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(result.code, said(result)).toBe(0);
  });

  it('Spectral (spectral:oas): no errors and no warnings', async () => {
    const result = await run(bin('@stoplight/spectral-cli/dist/index.js'), ['lint', DOCUMENT, '--ruleset', 'test/.spectral.yaml', '--format', 'json', '--fail-severity', 'warn']);
    // the JSON report, then (on success) a line saying there is nothing to report
    const json = /^\s*\[[\s\S]*\]/.exec(result.stdout)?.[0];
    if (json === undefined) return expect.fail(`spectral lint gave no report:\n${said(result)}`);
    const results = JSON.parse(json) as Array<{ code: string; severity: number; message: string; path: string[] }>;
    const severities = ['error', 'warning', 'info', 'hint'];
    const problems = results
      .filter((r) => r.severity <= 1)
      .map((r) => `${severities[r.severity] ?? r.severity} ${r.code}: ${r.message} (${r.path.join('.')})`);
    expect(problems, `spectral lint docs/openapi.json --ruleset test/.spectral.yaml\n${problems.join('\n')}`).toEqual([]);
    expect(result.code, said(result)).toBe(0);
  });

  it('openapi-typescript generates types that type-check', async () => {
    // a .ts file (openapi-typescript writes only types), so --skipLibCheck skips TypeScript's lib
    // files and still checks every generated line
    const types = join(dir, 'api.ts');
    const generated = await run(bin('openapi-typescript/bin/cli.js'), [DOCUMENT, '--output', types]);
    expect(generated.code, `openapi-typescript docs/openapi.json\n${said(generated)}`).toBe(0);
    // a few uses a typed client would make: a path's response body, a request body, a component
    await writeFile(
      join(dir, 'use.ts'),
      [
        "import type { components, operations, paths } from './api';",
        "type Profile = paths['/clients/{clientId}/profile']['get']['responses'][200]['content']['application/json'];",
        "type ProfileInput = NonNullable<operations['putProfile']['requestBody']>['content']['application/json'];",
        "type Problem = components['schemas']['Problem'];",
        "type Condition = components['schemas']['IntakeCondition'];",
        "export const problem: Problem = { title: 'Not found', status: 404, code: 'not-found' };",
        "export const condition: Condition = { all: [{ question: 'q1', answered: true }, { not: { fact: 'age', gte: 27 } }] };",
        'export type Uses = [Profile, ProfileInput];',
        '',
      ].join('\n'),
    );
    // outside the project (no tsconfig, no @types): only the generated file and its use
    const checked = await run(bin('typescript/bin/tsc'), ['--noEmit', '--strict', '--target', 'ES2022', '--module', 'ESNext', '--moduleResolution', 'bundler', '--skipLibCheck', 'use.ts'], dir);
    expect(checked.code, `tsc --noEmit on the generated types\n${said(checked)}`).toBe(0);
  });
});
