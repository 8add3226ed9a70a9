import { describe, expect, it } from 'vitest';
import entreeV1 from './data/entree-v1.json' with { type: 'json' };
import { entreeV2 } from '#mocks/seed-intake.ts';
import { validateDefinition } from './engine.ts';
import { migrateAnswers } from './migrate.ts';
import type { Answers, IntakeDefinition, Question } from './schemas.ts';

const check = validateDefinition(entreeV1);
if (!check.ok) throw new Error(check.errors.join('\n'));
const v1: IntakeDefinition = check.definition;
const v2 = entreeV2(v1);
const TODAY = '2026-07-01';

/** v1 with one question changed. */
function changed(id: string, patch: (q: Question) => Question): IntakeDefinition {
  return { ...v1, version: 3, sections: v1.sections.map((s) => ({ ...s, questions: s.questions.map((q) => (q.id === id ? patch(q) : q)) })) };
}

type Case = [name: string, to: IntakeDefinition, answers: Answers, expected: { kept: string[]; needsAgain: string[]; removed: string[] }];

const cases: Case[] = [
  ['unchanged questions keep every kind of answer', v2,
    { lastWork: 'lt6m', experienceYears: 8, lastJob: 'Kok', lastJobEnd: '2026-02-01', dutchSpeaking: 3, care: 'no', transport: ['bike'], hours: 32, anythingElse: null, healthHours: { unknown: true } },
    { kept: ['lastWork', 'experienceYears', 'lastJob', 'lastJobEnd', 'dutchSpeaking', 'care', 'transport', 'hours', 'anythingElse', 'healthHours'], needsAgain: [], removed: [] }],
  ['a question that is gone is dropped, not asked again', v2, { desiredJob: 'Kok' }, { kept: [], needsAgain: [], removed: ['desiredJob'] }],
  ['an option that is gone: asked again', v2, { sectors: ['office', 'other'] }, { kept: [], needsAgain: ['sectors'], removed: [] }],
  ['options that still exist are kept', v2, { sectors: ['office'] }, { kept: ['sectors'], needsAgain: [], removed: [] }],
  ['another type (date → text): asked again', v2, { startDate: '2026-09-01' }, { kept: [], needsAgain: ['startDate'], removed: [] }],
  ['"Ik weet het niet" on another type: asked again', v2, { startDate: { unknown: true } }, { kept: [], needsAgain: ['startDate'], removed: [] }],
  ['an answer to a question neither version has is dropped', v2, { strayQuestion: 'x' }, { kept: [], needsAgain: [], removed: ['strayQuestion'] }],
  ['a number outside the new range: asked again',
    changed('hours', (q) => ({ ...q, max: 36 }) as Question), { hours: 40 }, { kept: [], needsAgain: ['hours'], removed: [] }],
  ['a number inside the new range is kept',
    changed('hours', (q) => ({ ...q, max: 36 }) as Question), { hours: 36 }, { kept: ['hours'], needsAgain: [], removed: [] }],
  ['"Ik weet het niet" no longer allowed: asked again',
    changed('experienceYears', (q) => ({ ...q, allowUnknown: false })), { experienceYears: { unknown: true } }, { kept: [], needsAgain: ['experienceYears'], removed: [] }],
  ['an optional question left empty that became required: asked again',
    changed('anythingElse', (q) => ({ ...q, optional: false })), { anythingElse: null }, { kept: [], needsAgain: ['anythingElse'], removed: [] }],
  ['a scale point that is gone: asked again',
    changed('wantsWork', (q) => (q.type === 'scale' ? { ...q, points: q.points.filter((p) => p.value !== 5) } : q)), { wantsWork: 5, confidence: 5 },
    { kept: ['confidence'], needsAgain: ['wantsWork'], removed: [] }],
  ['a text now longer than allowed: asked again',
    changed('lastJob', (q) => ({ ...q, maxLength: 5 }) as Question), { lastJob: 'Administratief medewerker' }, { kept: [], needsAgain: ['lastJob'], removed: [] }],
  ['a single choice whose option is gone: asked again',
    changed('housing', (q) => (q.type === 'single' ? { ...q, options: q.options.filter((o) => o.value !== 'temporary') } : q)), { housing: 'temporary' },
    { kept: [], needsAgain: ['housing'], removed: [] }],
  ['nothing answered yet', v2, {}, { kept: [], needsAgain: [], removed: [] }],
];

describe('moving a draft to a new version', () => {
  it('entree v2 is a valid definition', () => {
    expect(validateDefinition(v2)).toMatchObject({ ok: true });
  });

  it.each(cases)('%s', (_name, to, answers, expected) => {
    const result = migrateAnswers(v1, to, answers, TODAY);
    expect(Object.keys(result.answers).sort()).toEqual([...expected.kept].sort());
    for (const id of expected.kept) expect(result.answers[id]).toEqual(answers[id]);
    expect(result.needsAgain.sort()).toEqual([...expected.needsAgain].sort());
    expect(result.removed.sort()).toEqual([...expected.removed].sort());
  });

  it('never changes an answer, only keeps or drops it', () => {
    const answers: Answers = { sectors: ['office', 'other'], hours: 20, desiredJob: 'Kok' };
    const result = migrateAnswers(v1, v2, answers, TODAY);
    expect(result.answers).toEqual({ hours: 20 });
    expect(answers).toEqual({ sectors: ['office', 'other'], hours: 20, desiredJob: 'Kok' });
  });
});
