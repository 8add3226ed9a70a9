import type { ConditionLeaf, Condition, IntakeDefinition, DecisionRule, Dimension } from '../definition/schemas.ts';
import { validateDefinition } from '../definition/engine.ts';
import type { PublishedVersion, RuleTuning } from './schemas.ts';

/**
 * The structured editor's model of a definition's rules and back (pure, shared by the app and
 * the mock server): `tuningOf(definition)` gives the numbers a beheerder may change;
 * `applyTuning(definition, tuning)` puts them back and checks the result like every definition
 * (`validateDefinition`). Question texts, conditions' sources and operators stay as they are:
 * the editor changes numbers and the order of the decision table, not the logic's shape.
 */

const NUMERIC = ['gt', 'gte', 'lt', 'lte'] as const;
type NumericOperator = (typeof NUMERIC)[number] | 'equals' | 'notEquals';

/** A number in a decision row's condition: which source it compares and how. */
export type ThresholdLeaf = { source: { score: Dimension } | { barrierCount: true } | { fact: 'age' }; operator: NumericOperator; value: number };

function sourceOf(leaf: ConditionLeaf): ThresholdLeaf['source'] | null {
  if (leaf.score !== undefined) return { score: leaf.score };
  if (leaf.barrierCount) return { barrierCount: true };
  if (leaf.fact !== undefined) return { fact: leaf.fact };
  return null;
}

function numericOperatorOf(leaf: ConditionLeaf): NumericOperator | null {
  for (const op of NUMERIC) if (typeof leaf[op] === 'number') return op;
  if (typeof leaf.equals === 'number') return 'equals';
  if (typeof leaf.notEquals === 'number') return 'notEquals';
  return null;
}

/**
 * Walks a condition and calls `visit` for every number the editor may change (a score, the
 * number of barriers or the age compared with a number), in the order they appear; `visit`
 * returns the value to put in its place.
 */
function mapThresholds(condition: Condition, visit: (leaf: ThresholdLeaf) => number): Condition {
  if ('all' in condition) return { all: condition.all.map((c) => mapThresholds(c, visit)) };
  if ('any' in condition) return { any: condition.any.map((c) => mapThresholds(c, visit)) };
  if ('not' in condition) return { not: mapThresholds(condition.not, visit) };
  const source = sourceOf(condition);
  const operator = numericOperatorOf(condition);
  if (!source || !operator) return condition;
  const value = visit({ source, operator, value: condition[operator] as number });
  return { ...condition, [operator]: value };
}

/** The numbers of one decision row's condition (what its `thresholds` hold), in order. */
export function thresholdLeaves(rule: DecisionRule): ThresholdLeaf[] {
  const out: ThresholdLeaf[] = [];
  mapThresholds(rule.when, (leaf) => {
    out.push(leaf);
    return leaf.value;
  });
  return out;
}

/** The editor's model of a definition's rules. */
export function tuningOf(def: IntakeDefinition): RuleTuning {
  return {
    dimensions: def.dimensions.map(({ id, lowBelow, highFrom }) => ({ id, lowBelow, highFrom })),
    weights: def.scoring.filter((rule) => Object.keys(rule.add ?? {}).length > 0).map((rule) => ({ ruleId: rule.id, add: { ...rule.add } })),
    decision: def.decision.rules.map((rule) => ({
      ruleId: rule.id,
      serviceLine: rule.serviceLine,
      rung: rule.rung,
      thresholds: thresholdLeaves(rule).map((leaf) => leaf.value),
    })),
    otherwise: { serviceLine: def.decision.otherwise.serviceLine, rung: def.decision.otherwise.rung },
  };
}

export type ApplyResult = { ok: true; definition: IntakeDefinition } | { ok: false; fieldErrors: Record<string, string[]>; details: string[] };

/**
 * The definition with the tuning's numbers and row order, checked like every definition. Field
 * errors are keyed by the tuning's paths (`decision.2.thresholds`), the form's field names.
 */
export function applyTuning(def: IntakeDefinition, tuning: RuleTuning): ApplyResult {
  const fieldErrors: Record<string, string[]> = {};
  const fail = (path: string, key: string) => {
    fieldErrors[path] = [...(fieldErrors[path] ?? []), key];
  };

  const bands = new Map(tuning.dimensions.map((d) => [d.id, d]));
  if (bands.size !== def.dimensions.length || def.dimensions.some((d) => !bands.has(d.id))) fail('dimensions', 'validation.tuning.dimensions');
  const dimensions = def.dimensions.map((d) => {
    const band = bands.get(d.id);
    return band ? { ...d, lowBelow: band.lowBelow, highFrom: band.highFrom } : d;
  });

  const scoringIds = new Set(def.scoring.map((r) => r.id));
  const weights = new Map<string, RuleTuning['weights'][number]>();
  tuning.weights.forEach((weight, index) => {
    if (!scoringIds.has(weight.ruleId) || weights.has(weight.ruleId)) fail(`weights.${index}.ruleId`, 'validation.tuning.unknownRule');
    weights.set(weight.ruleId, weight);
  });
  const scoring = def.scoring.map((rule) => {
    const weight = weights.get(rule.id);
    return weight ? { ...rule, add: { ...weight.add } } : rule;
  });

  const rows = new Map(def.decision.rules.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const decisionRules: DecisionRule[] = [];
  tuning.decision.forEach((row, index) => {
    const rule = rows.get(row.ruleId);
    if (!rule || seen.has(row.ruleId)) {
      fail(`decision.${index}.ruleId`, 'validation.tuning.unknownRule');
      return;
    }
    seen.add(row.ruleId);
    if (thresholdLeaves(rule).length !== row.thresholds.length) fail(`decision.${index}.thresholds`, 'validation.tuning.thresholdCount');
    let next = 0;
    const when = mapThresholds(rule.when, (leaf) => row.thresholds[next++] ?? leaf.value);
    decisionRules.push({ ...rule, when, serviceLine: row.serviceLine, rung: row.rung });
  });
  if (seen.size !== rows.size) fail('decision', 'validation.tuning.rowsChanged');

  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors, details: [] };
  const check = validateDefinition({
    ...def,
    dimensions,
    scoring,
    decision: { rules: decisionRules, otherwise: { ...def.decision.otherwise, ...tuning.otherwise } },
  });
  if (!check.ok) return { ok: false, fieldErrors: { tuning: ['validation.tuning.definition'] }, details: check.errors };
  return { ok: true, definition: check.definition };
}

/**
 * A rollback: the earlier version's rules (bands, scoring, decision table) on the current
 * definition's questions, as the next version. Checked like every definition (an earlier rule may
 * read a question that is gone).
 */
export function republish(current: IntakeDefinition, earlier: IntakeDefinition, version: number, publishedAt: string): ApplyResult {
  const check = validateDefinition({
    ...current,
    version,
    publishedAt,
    dimensions: earlier.dimensions,
    scoring: earlier.scoring,
    decision: earlier.decision,
  });
  if (!check.ok) return { ok: false, fieldErrors: { tuning: ['validation.tuning.definition'] }, details: check.errors };
  return { ok: true, definition: check.definition };
}

/** The id a published version has in `/intake/rule-versions/{id}`. */
export const publishedId = (version: number) => `v${version}`;
/** The version of a published id (`v3` → 3), or null for a draft's id. */
export function versionOfId(id: string): number | null {
  const match = /^v([1-9]\d{0,5})$/.exec(id);
  return match ? Number(match[1]) : null;
}

export type LogEntry = Omit<PublishedVersion, 'id' | 'publishedAt'> & { publishedAt: string };

/**
 * The log of published versions, newest first: every version of the definition, with who
 * published it, when and why (a version without a log entry came with the app).
 */
export function versionLog(definitions: readonly Pick<IntakeDefinition, 'version' | 'publishedAt'>[], entries: readonly LogEntry[]): PublishedVersion[] {
  const byVersion = new Map(entries.map((e) => [e.definitionVersion, e]));
  return [...definitions]
    .sort((a, b) => b.version - a.version)
    .map((d) => {
      const entry = byVersion.get(d.version);
      return {
        id: publishedId(d.version),
        definitionVersion: d.version,
        publishedAt: entry?.publishedAt ?? `${d.publishedAt}T00:00:00.000Z`,
        publishedBy: entry?.publishedBy ?? null,
        reason: entry?.reason ?? null,
        rollbackOf: entry?.rollbackOf ?? null,
      };
    });
}
