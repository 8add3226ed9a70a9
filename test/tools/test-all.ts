/**
 * `npm test`: type-check, lint, unit and component tests, then the end-to-end tests in
 * real Chromium. Every step runs; the exit code is non-zero when any step failed.
 */
import { run } from './run.ts';

const steps: { name: string; command: string; args: string[] }[] = [
  { name: 'type-check', command: 'npm', args: ['run', '--silent', 'typecheck'] },
  { name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
  { name: 'unit and component tests', command: 'npm', args: ['run', '--silent', 'test:unit'] },
  { name: 'end-to-end tests', command: 'npm', args: ['run', '--silent', 'test:e2e'] },
];

const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}`);
  const started = Date.now();
  const code = await run(step.command, step.args);
  results.push({ name: step.name, ok: code === 0, seconds: Math.round((Date.now() - started) / 1000) });
}
console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
