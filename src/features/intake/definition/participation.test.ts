import { describe, expect, it } from 'vitest';
import participationV1 from './data/participation-v1.json' with { type: 'json' };
import { progress, score, validateDefinition, visibleQuestions } from './engine.ts';
import type { Answers, IntakeDefinition } from './schemas.ts';

/**
 * The aanvullende vragenlijst for maatschappelijke participatie: the same engine, its own data.
 * Its decision table can flag "kan werken": the proposal moves to klantondersteuning
 * (guidedSupport) so a coach checks whether paid work with support fits better.
 */

const check = validateDefinition(participationV1);
if (!check.ok) throw new Error(check.errors.join('\n'));
const def: IntakeDefinition = check.definition;
const FACTS = { age: 45 };

/** Someone who wants volunteer work, with little energy and a few barriers. */
const base: Answers = {
  interests: ['volunteering', 'dayActivities'],
  likes: ['people'],
  hoursPerWeek: 8,
  workAbility: 'later',
  energy: 2,
  travelAlone: 'yes',
  volunteerNow: 'no',
  motivation: 4,
  goal: 'meetPeople',
  obstacles: ['health'],
  obstacleNote: null,
  needs: ['quiet', 'breaks'],
  needsNote: null,
  startDate: { unknown: true },
};

describe('the participation definition', () => {
  it('passes the checks, in Dutch and English, with its own id and version', () => {
    expect(def.id).toBe('participation');
    expect(def.version).toBe(1);
    const sections = def.sections.map((s) => s.id);
    expect(sections).toEqual(['wishes', 'possibilities', 'motivation', 'barriers', 'organisation']);
    const interests = def.sections[0]!.questions.find((q) => q.id === 'interests');
    expect(interests?.type === 'multiple' && interests.options.map((o) => o.value)).toEqual([
      'dayActivities',
      'volunteering',
      'shelteredWork',
      'training',
      'notSure',
    ]);
  });

  it('asks where someone volunteers only when they do', () => {
    const ids = (answers: Answers) => visibleQuestions(def, answers, FACTS).map((v) => v.question.id);
    expect(ids(base)).not.toContain('volunteerWhere');
    expect(ids({ ...base, volunteerNow: 'yes' })).toContain('volunteerWhere');
    expect(progress(def, base, FACTS)).toMatchObject({ total: 14 });
  });

  const table: Array<{ name: string; answers: Answers; line: string; rung: number; rule: string | null }> = [
    { name: 'volunteer work fits', answers: base, line: 'socialParticipation', rung: 4, rule: 'unpaidWork' },
    {
      name: 'kan werken: able with help, enough hours and energy, wants work',
      answers: { ...base, workAbility: 'yes', hoursPerWeek: 20, energy: 3, goal: 'towardsWork' },
      line: 'guidedSupport',
      rung: 5,
      rule: 'canWork',
    },
    {
      name: 'kan werken at the edge: kunnen exactly 5 (3 + 1 travel + 1 energy)',
      answers: { ...base, workAbility: 'yes', energy: 3 },
      line: 'guidedSupport',
      rung: 5,
      rule: 'canWork',
    },
    {
      name: 'just below the edge: kunnen 4 stays in participation',
      answers: { ...base, workAbility: 'yes', energy: 2 },
      line: 'socialParticipation',
      rung: 4,
      rule: 'unpaidWork',
    },
    {
      name: 'able, but two barriers: no "kan werken"',
      answers: { ...base, workAbility: 'yes', hoursPerWeek: 20, energy: 3, obstacles: ['health', 'mental'] },
      line: 'socialParticipation',
      rung: 4,
      rule: 'unpaidWork',
    },
    {
      name: 'able, but not motivated: no "kan werken"',
      answers: { ...base, workAbility: 'yes', hoursPerWeek: 20, energy: 3, motivation: 2 },
      line: 'socialParticipation',
      rung: 3,
      rule: null,
    },
    {
      name: 'three barriers: contacts outside the home first',
      answers: { ...base, obstacles: ['health', 'money', 'travel'] },
      line: 'socialParticipation',
      rung: 2,
      rule: 'manyBarriers',
    },
    {
      name: 'paid work not possible, "Ik weet het niet" elsewhere',
      answers: { ...base, workAbility: 'no', hoursPerWeek: { unknown: true }, obstacles: ['nothing'] },
      line: 'socialParticipation',
      rung: 3,
      rule: null,
    },
  ];

  it.each(table)('$name → $line, rung $rung', ({ answers, line, rung, rule }) => {
    const result = score(def, answers, FACTS);
    expect(result.proposal).toMatchObject({ serviceLine: line, rung, ruleId: rule });
  });

  it('keeps the answers behind "kan werken" as factors for the coach', () => {
    const result = score(def, { ...base, workAbility: 'yes', hoursPerWeek: 20, energy: 3, goal: 'towardsWork' }, FACTS);
    const factors = result.factors.map((r) => r.reason.nl);
    expect(factors).toContain('je denkt dat je betaald werk kunt doen met hulp');
  });
});
