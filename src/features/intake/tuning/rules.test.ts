import { describe, expect, it } from 'vitest';
import entreeV1 from '../definition/data/entree-v1.json' with { type: 'json' };
import { assertDefinition } from '../definition/engine.ts';
import type { IntakeDefinition } from '../definition/schemas.ts';
import { applyTuning, publishedId, republish, thresholdLeaves, tuningOf, versionLog, versionOfId } from './rules.ts';
import { ruleTuningSchema, type RuleTuning } from './schemas.ts';

const def: IntakeDefinition = assertDefinition(entreeV1);
const copy = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function applied(tuning: RuleTuning): IntakeDefinition {
  const result = applyTuning(def, tuning);
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.definition;
}

describe('the editor model ↔ the definition', () => {
  it('maps the shipped definition to the editor and back without a change', () => {
    const tuning = tuningOf(def);
    expect(ruleTuningSchema.parse(tuning)).toEqual(tuning);
    expect(applied(tuning)).toEqual(def);
  });

  it('lists the numbers of a decision row in the order they appear', () => {
    const selfReliant = def.decision.rules.find((r) => r.id === 'selfReliant')!;
    expect(thresholdLeaves(selfReliant).map((l) => [l.source, l.operator, l.value])).toEqual([
      [{ score: 'kunnen' }, 'gte', 5],
      [{ score: 'willen' }, 'gte', 4],
      [{ score: 'netwerk' }, 'gte', 2],
      [{ barrierCount: true }, 'equals', 0],
    ]);
    expect(tuningOf(def).decision.find((r) => r.ruleId === 'educationFirst')?.thresholds).toEqual([27]);
  });

  const cases: Array<[string, (t: RuleTuning) => void, (d: IntakeDefinition) => unknown, unknown]> = [
    ['a threshold', (t) => void (t.decision.find((r) => r.ruleId === 'selfReliant')!.thresholds[0] = 4), (d) => d.decision.rules.find((r) => r.id === 'selfReliant')?.when, { all: [{ score: 'kunnen', gte: 4 }, { score: 'willen', gte: 4 }, { score: 'netwerk', gte: 2 }, { barrierCount: true, equals: 0 }] }],
    ['a weight', (t) => void (t.weights.find((w) => w.ruleId === 'workRecent')!.add.kunnen = 4), (d) => d.scoring.find((r) => r.id === 'workRecent')?.add, { kunnen: 4 }],
    ['a band', (t) => void (t.dimensions[0]!.highFrom = 6), (d) => d.dimensions[0], { ...def.dimensions[0], highFrom: 6 }],
    ['an outcome', (t) => void Object.assign(t.decision[4]!, { serviceLine: 'selfReliant', rung: 5 }), (d) => [d.decision.rules[4]?.serviceLine, d.decision.rules[4]?.rung], ['selfReliant', 5]],
    ['the order (a row moved up)', (t) => void t.decision.splice(2, 0, ...t.decision.splice(3, 1)), (d) => d.decision.rules.map((r) => r.id), ['educationFirst', 'isolatedWithBarriers', 'selfReliant', 'manyBarriers', 'supportNearWork', 'support']],
    ['otherwise', (t) => void (t.otherwise = { serviceLine: 'guidedSupport', rung: 3 }), (d) => d.decision.otherwise, { serviceLine: 'guidedSupport', rung: 3 }],
  ];
  it.each(cases)('changes %s and nothing else; the editor reads it back', (_name, change, read, expected) => {
    const tuning = copy(tuningOf(def));
    change(tuning);
    const next = applied(tuning);
    expect(read(next)).toEqual(expected);
    expect(next.sections).toEqual(def.sections);
    expect(tuningOf(next)).toEqual(tuning);
  });

  it('refuses what does not fit the definition, at the field', () => {
    const unknown = copy(tuningOf(def));
    unknown.decision[1]!.ruleId = 'nope';
    expect(applyTuning(def, unknown)).toMatchObject({ ok: false, fieldErrors: { 'decision.1.ruleId': ['validation.tuning.unknownRule'], decision: ['validation.tuning.rowsChanged'] } });
    const count = copy(tuningOf(def));
    count.decision[0]!.thresholds.push(3);
    expect(applyTuning(def, count)).toMatchObject({ ok: false, fieldErrors: { 'decision.0.thresholds': ['validation.tuning.thresholdCount'] } });
  });

  it('checks the result like every definition', () => {
    const broken = copy(def);
    broken.scoring[0]!.when = { question: 'lastWork', equals: 'yesterday' };
    const result = applyTuning(broken, tuningOf(broken));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.fieldErrors).toEqual({ tuning: ['validation.tuning.definition'] });
      expect(result.details.join()).toMatch(/has no answer "yesterday"/);
    }
  });

  it('refuses a band whose low end is above its high end, in plain words at the field', () => {
    const tuning = copy(tuningOf(def));
    tuning.dimensions[1]!.lowBelow = 9;
    const parsed = ruleTuningSchema.safeParse(tuning);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['dimensions.1.highFrom', 'validation.tuning.bandOrder']]);
  });
});

describe('the log of versions and a rollback', () => {
  const tuned = copy(tuningOf(def));
  tuned.decision.find((r) => r.ruleId === 'selfReliant')!.thresholds[0] = 4;
  const v2 = { ...applied(tuned), version: 2, publishedAt: '2026-11-02' };

  it('lists every version newest first with who, when and why (the first came with the app)', () => {
    const kees = { id: 'admin-kees', name: 'Kees Brouwer' };
    const log = versionLog([def, v2], [{ definitionVersion: 2, publishedAt: '2026-11-02T10:00:00.000Z', publishedBy: kees, reason: 'Zelfdoeners vanaf kunnen 4', rollbackOf: null }]);
    expect(log).toEqual([
      { id: 'v2', definitionVersion: 2, publishedAt: '2026-11-02T10:00:00.000Z', publishedBy: kees, reason: 'Zelfdoeners vanaf kunnen 4', rollbackOf: null },
      { id: 'v1', definitionVersion: 1, publishedAt: '2026-01-05T00:00:00.000Z', publishedBy: null, reason: null, rollbackOf: null },
    ]);
  });

  it('publishes an earlier version again as the next one: its rules on the current questions', () => {
    const current = { ...v2, title: { ...v2.title, nl: 'Entreevragenlijst (nieuw)' } };
    const result = republish(current, def, 3, '2026-12-01');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.definition).toMatchObject({ version: 3, publishedAt: '2026-12-01', title: current.title });
    expect(tuningOf(result.definition)).toEqual(tuningOf(def));
  });

  it('tells a published id from a draft id', () => {
    expect(publishedId(12)).toBe('v12');
    expect(versionOfId('v12')).toBe(12);
    expect(versionOfId('v0')).toBeNull();
    expect(versionOfId('0b5c3e8a-2f7e-4b8e-9d0a-1c2b3d4e5f60')).toBeNull();
  });
});
