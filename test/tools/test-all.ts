/**
 * `npm test`: type-check, lint, unit and component tests, then the end-to-end tests in
 * real Chromium. Every step runs; the exit code is non-zero when any step failed.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { run, runQuiet } from './run.ts';

const unitReport = 'test-results/unit.json';
const e2eReport = `test-results/e2e-${process.env.E2E_OUT_DIR ?? 'dist'}.json`;
rmSync(unitReport, { force: true });
rmSync(e2eReport, { force: true });

type Step = { name: string; command: string; args: string[] };
// Steps in one group run at the same time (their output is shown when each ends, in this order):
// type-check and lint are single-threaded, so on a 2-core machine together they take as long as
// the slower one. The unit tests and the end-to-end tests use every core themselves.
const groups: Step[][] = [
  [
    { name: 'type-check', command: 'npm', args: ['run', '--silent', 'typecheck'] },
    { name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
  ],
  [
    {
      name: 'unit and component tests',
      command: 'npx',
      args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`],
    },
  ],
  [{ name: 'end-to-end tests', command: 'npm', args: ['run', '--silent', 'test:e2e'] }],
];

const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const group of groups) {
  const started = Date.now();
  if (group.length === 1) {
    const [step] = group as [Step];
    console.log(`\n=== ${step.name}`);
    const code = await run(step.command, step.args);
    results.push({ name: step.name, ok: code === 0, seconds: Math.round((Date.now() - started) / 1000) });
    continue;
  }
  console.log(`\n(${group.map((step) => step.name).join(', ')}: at the same time)`);
  const done = group.map((step) => runQuiet(step.command, step.args).then((result) => ({ ...result, seconds: Math.round((Date.now() - started) / 1000) })));
  for (const [index, step] of group.entries()) {
    const { code, output, seconds } = await done[index]!;
    console.log(`\n=== ${step.name}`);
    process.stdout.write(output);
    results.push({ name: step.name, ok: code === 0, seconds });
  }
}
console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;

/** Test counts from the runners' JSON reports (Vitest and Playwright). */
function counts(): { passed: number; failed: number; skipped: number } {
  const total = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(unitReport)) {
    const r = JSON.parse(readFileSync(unitReport, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
    total.passed += r.numPassedTests;
    total.failed += r.numFailedTests;
    total.skipped += r.numPendingTests;
  }
  if (existsSync(e2eReport)) {
    const r = JSON.parse(readFileSync(e2eReport, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
    total.passed += r.stats.expected + r.stats.flaky;
    total.failed += r.stats.unexpected;
    total.skipped += r.stats.skipped;
  }
  return total;
}
/** The names of the tests that failed, with the first line of their error, so the end of the log says which. */
function failures(): string[] {
  const lines: string[] = [];
  if (existsSync(unitReport)) {
    const r = JSON.parse(readFileSync(unitReport, 'utf8')) as {
      testResults: { name: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages?: string[] }[] }[];
    };
    for (const file of r.testResults) {
      const failedTests = file.assertionResults.filter((t) => t.status === 'failed');
      for (const t of failedTests) lines.push(`${file.name.replace(process.cwd() + '/', '')} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
      if (failedTests.length === 0 && file.message) lines.push(`${file.name.replace(process.cwd() + '/', '')}: ${firstLine(file.message)}`);
    }
  }
  if (existsSync(e2eReport)) {
    type Spec = { title: string; file: string; tests: { results: { status: string; error?: { message?: string } }[] }[] };
    type Suite = { title: string; specs?: Spec[]; suites?: Suite[] };
    const walk = (suite: Suite, path: string[]) => {
      for (const spec of suite.specs ?? []) {
        for (const t of spec.tests) {
          const last = t.results.at(-1);
          if (last && last.status !== 'passed' && last.status !== 'skipped') {
            lines.push(`${spec.file} › ${[...path, spec.title].join(' › ')}: ${firstLine(last.error?.message)}`);
          }
        }
      }
      for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
    };
    const r = JSON.parse(readFileSync(e2eReport, 'utf8')) as { suites: Suite[] };
    for (const suite of r.suites) walk(suite, []);
  }
  return lines;
}
function firstLine(message: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  return (message ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim() !== '')?.trim().slice(0, 300) ?? '';
}
const failedTests = failures();
if (failedTests.length > 0) {
  console.log('failed:');
  for (const line of failedTests) console.log(`  ${line}`);
}
const c = counts();
console.log(`steps: ${results.length - failed} of ${results.length} passed`);
console.log(`tests: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
