import { describe, expect, it } from 'vitest';
import entreeV1 from '../definition/data/entree-v1.json' with { type: 'json' };
import { assertDefinition, score } from '../definition/engine.ts';
import type { Answers, IntakeDefinition } from '../definition/schemas.ts';
import { zelfdoenerAnswers } from '../definition/test-answers.ts';
import type { ServiceLine } from '#src/shared/lib/domain.ts';
import { backtest, dayOf, type BacktestSubmission } from './backtest.ts';
import { applyTuning, tuningOf } from './rules.ts';
import type { RuleTuning } from './schemas.ts';

const def: IntakeDefinition = assertDefinition(entreeV1);
const ADULT = { age: 34 };
const PERIOD = { from: '2026-01-01', to: '2026-12-31' };

function submission(answers: Answers, decided: ServiceLine | null, submittedAt = '2026-06-01T10:00:00.000Z'): BacktestSubmission {
  const result = score(def, answers, ADULT);
  return {
    answers,
    facts: ADULT,
    submittedAt,
    result,
    decision: decided
      ? { serviceLine: decided, reason: '', proposedServiceLine: result.proposal.serviceLine, decidedBy: { id: 'coach-marieke', name: 'Marieke Bakker' }, decidedAt: submittedAt, definitionVersion: 1 }
      : null,
  };
}

function tuned(change: (t: RuleTuning) => void): IntakeDefinition {
  const tuning = JSON.parse(JSON.stringify(tuningOf(def))) as RuleTuning;
  change(tuning);
  const result = applyTuning(def, tuning);
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.definition;
}

// kunnen 4 (one point short of a zelfdoener in version 1)
const kunnen4: Answers = { ...zelfdoenerAnswers, lastWork: 'y2to5', education: 'vmbo', drivingLicence: 'no' };
const strong: Answers = zelfdoenerAnswers;
const isolated: Answers = { ...zelfdoenerAnswers, social: 'rarely', contacts: 'none', healthLimits: 'much', healthHours: 10 };

const qualifiedLow = tuned((t) => void (t.weights.find((w) => w.ruleId === 'qualified')!.add.kunnen = -6));

const pseudonyms = () => {
  let n = 0;
  return () => `C-${String(++n).padStart(4, '0')}`;
};

describe('backtest', () => {
  it('sets up the cases it needs', () => {
    expect(score(def, kunnen4, ADULT)).toMatchObject({ dimensions: { kunnen: 4 }, proposal: { serviceLine: 'guidedSupport' } });
    expect(score(def, strong, ADULT).proposal.serviceLine).toBe('selfReliant');
    expect(score(def, isolated, ADULT).proposal.serviceLine).toBe('socialParticipation');
  });

  const history = [
    submission(kunnen4, 'selfReliant'),
    submission(kunnen4, 'guidedSupport'),
    submission(strong, 'selfReliant'),
    submission(isolated, 'guidedSupport'),
    submission(kunnen4, null),
  ];

  const cases: Array<[string, IntakeDefinition, { changed: number; before: number; after: number }]> = [
    ['the same rules change nothing', def, { changed: 0, before: 2, after: 2 }],
    ['kunnen from 4 moves exactly the three kunnen-4 cases', tuned((t) => void (t.decision.find((r) => r.ruleId === 'selfReliant')!.thresholds[0] = 4)), { changed: 3, before: 2, after: 2 }],
    ['kunnen from 12 moves only the strong case (kunnen 11)', tuned((t) => void (t.decision.find((r) => r.ruleId === 'selfReliant')!.thresholds[0] = 12)), { changed: 1, before: 2, after: 1 }],
    ['a weight: a startkwalificatie counts −6 instead of 2', qualifiedLow, { changed: 1, before: 2, after: 1 }],
  ];
  it.each(cases)('%s', (_name, draft, expected) => {
    const result = backtest(draft, history, PERIOD, pseudonyms());
    expect(result.submissions).toBe(5);
    expect(result.changed).toBe(expected.changed);
    expect(result.cases).toHaveLength(expected.changed);
    expect(result.before.agreement).toMatchObject({ agreed: expected.before, decided: 4 });
    expect(result.after.agreement).toMatchObject({ agreed: expected.after, decided: 4 });
  });

  it('fills the 3×3 tables (decision × proposal) and the agreement per line', () => {
    const draft = tuned((t) => void (t.decision.find((r) => r.ruleId === 'selfReliant')!.thresholds[0] = 4));
    const result = backtest(draft, history, PERIOD, pseudonyms());
    expect(result.before.table.selfReliant).toEqual({ selfReliant: 1, guidedSupport: 1, socialParticipation: 0 });
    expect(result.after.table.selfReliant).toEqual({ selfReliant: 2, guidedSupport: 0, socialParticipation: 0 });
    expect(result.after.table.guidedSupport).toEqual({ selfReliant: 1, guidedSupport: 0, socialParticipation: 1 });
    expect(result.before.agreement.perLine.guidedSupport).toEqual({ agreed: 1, decided: 2 });
    expect(result.after.agreement.perLine.guidedSupport).toEqual({ agreed: 0, decided: 2 });
    expect(result.after.agreement.perLine.selfReliant).toEqual({ agreed: 2, decided: 2 });
  });

  it('shows a changed case with a pseudonym, both proposals and only the choice answers that drove it', () => {
    const [changed] = backtest(qualifiedLow, history, PERIOD, pseudonyms()).cases;
    expect(changed).toMatchObject({ pseudonym: 'C-0001', before: { serviceLine: 'selfReliant', rung: 6 }, after: { serviceLine: 'guidedSupport', rung: 5 }, decided: 'selfReliant' });
    const ids = changed?.answers.map((a) => a.questionId) ?? [];
    expect(ids).toContain('education');
    expect(ids).toContain('lastWork');
    // free text and dates never leave the server
    expect(ids).not.toContain('lastJob');
    expect(ids).not.toContain('lastJobEnd');
  });

  it('counts only the period, by the Dutch calendar day', () => {
    expect(dayOf('2026-05-31T22:30:00.000Z')).toBe('2026-06-01');
    const edge = [submission(strong, 'selfReliant', '2026-05-31T22:30:00.000Z'), submission(strong, 'selfReliant', '2026-05-31T21:30:00.000Z')];
    expect(backtest(def, edge, { from: '2026-06-01', to: '2026-06-30' }, pseudonyms()).submissions).toBe(1);
  });
});
