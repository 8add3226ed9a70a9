import {
  CONDITION_OPERATORS,
  DIMENSIONS,
  intakeDefinitionSchema,
  isUnknownAnswer,
  type Answer,
  type Answers,
  type Condition,
  type ConditionLeaf,
  type Dimension,
  type Facts,
  type IntakeDefinition,
  type LocalizedText,
  type Question,
  type Section,
  type Track,
} from './schemas.ts';
import type { ServiceLine } from '#src/shared/lib/domain.ts';
import { graphemeLength } from '#src/shared/lib/text.ts';

/**
 * The pure engine of the questionnaire: checking a definition, which questions apply,
 * progress, removing answers to questions that no longer apply, validating one answer,
 * and scoring. The app and the (mock) server use the same code, so a proposal is the same
 * wherever it is made.
 */

export const NO_FACTS: Facts = { age: null };

// ---------------------------------------------------------------------------
// Checking a definition
// ---------------------------------------------------------------------------

export type DefinitionCheck = { ok: true; definition: IntakeDefinition } | { ok: false; errors: string[] };

type Located = { question: Question; section: Section; index: number };

function leavesOf(condition: Condition): ConditionLeaf[] {
  if ('all' in condition) return condition.all.flatMap(leavesOf);
  if ('any' in condition) return condition.any.flatMap(leavesOf);
  if ('not' in condition) return leavesOf(condition.not);
  return [condition];
}

function optionValues(question: Question): (string | number)[] | null {
  if (question.type === 'single' || question.type === 'multiple') return question.options.map((o) => o.value);
  if (question.type === 'yesNo') return ['yes', 'no'];
  if (question.type === 'scale') return question.points.map((p) => p.value);
  return null;
}

function checkLeaf(
  leaf: ConditionLeaf,
  where: string,
  questions: Map<string, Located>,
  barriers: Set<string>,
  allowed: { scores: boolean },
  errors: string[],
): void {
  if (leaf.question !== undefined) {
    const target = questions.get(leaf.question);
    if (!target) {
      errors.push(`${where}: refers to unknown question "${leaf.question}"`);
      return;
    }
    const q = target.question;
    const values = optionValues(q);
    const listed = [leaf.equals, leaf.notEquals, ...(leaf.in ?? []), leaf.includes].filter((v) => v !== undefined);
    if (values) {
      for (const value of listed) {
        if (!values.includes(value)) errors.push(`${where}: question "${q.id}" has no answer "${value}"`);
      }
    }
    if (leaf.includes !== undefined && q.type !== 'multiple') errors.push(`${where}: "includes" is only for multiple choice ("${q.id}" is ${q.type})`);
    const numeric = leaf.gt ?? leaf.gte ?? leaf.lt ?? leaf.lte;
    if (numeric !== undefined && q.type !== 'number' && q.type !== 'scale') {
      errors.push(`${where}: gt/gte/lt/lte need a number or scale question ("${q.id}" is ${q.type})`);
    }
    if (leaf.unknown !== undefined && !q.allowUnknown) errors.push(`${where}: question "${q.id}" has no "Ik weet het niet"`);
  }
  if (!allowed.scores && (leaf.score !== undefined || leaf.barrier !== undefined || leaf.barrierCount !== undefined)) {
    errors.push(`${where}: a show condition can only use earlier answers and facts, not scores or barriers`);
  }
  if (leaf.barrier !== undefined && !barriers.has(leaf.barrier)) errors.push(`${where}: refers to unknown barrier "${leaf.barrier}"`);
  if (leaf.fact !== undefined && (leaf.equals !== undefined || leaf.in !== undefined || leaf.includes !== undefined)) {
    const ok = typeof leaf.equals === 'number' || (leaf.in ?? []).every((v) => typeof v === 'number');
    if (!ok) errors.push(`${where}: fact "${leaf.fact}" is a number`);
  }
}

/** Cycles in the "shown if" graph (question -> the questions its condition reads). */
function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next) && graph.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

/**
 * Checks a definition before anything of it is shown: the shape (zod) and the references
 * (unknown ids, answers that do not exist, conditions on later or circular questions).
 * A definition with any error is refused as a whole.
 */
export function validateDefinition(raw: unknown): DefinitionCheck {
  const parsed = intakeDefinitionSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(definition)'}: ${issue.message}`) };
  }
  const def = parsed.data;
  const errors: string[] = [];
  const questions = new Map<string, Located>();
  const sectionIds = new Set<string>();
  let index = 0;
  for (const section of def.sections) {
    if (sectionIds.has(section.id)) errors.push(`section "${section.id}": the id is used twice`);
    sectionIds.add(section.id);
    for (const question of section.questions) {
      if (questions.has(question.id)) errors.push(`question "${question.id}": the id is used twice`);
      questions.set(question.id, { question, section, index: index++ });
      const values = optionValues(question);
      if (values && new Set(values).size !== values.length) errors.push(`question "${question.id}": an answer value is used twice`);
      if (question.type === 'number' && question.min > question.max) errors.push(`question "${question.id}": min is more than max`);
      if (question.type === 'date' && question.notInFuture && question.notInPast) errors.push(`question "${question.id}": a date cannot be neither past nor future`);
    }
  }
  const barriers = new Set(def.barriers.map((b) => b.id));
  if (barriers.size !== def.barriers.length) errors.push('barriers: an id is used twice');
  if (new Set(def.dimensions.map((d) => d.id)).size !== 3) errors.push('dimensions: kunnen, willen and netwerk each once');

  // show conditions: only earlier questions and facts; no cycles
  const graph = new Map<string, string[]>();
  const firstIndexOf = (section: Section) => questions.get(section.questions[0]?.id ?? '')?.index ?? 0;
  for (const section of def.sections) {
    if (section.showIf) {
      const where = `section "${section.id}" showIf`;
      for (const leaf of leavesOf(section.showIf)) {
        checkLeaf(leaf, where, questions, barriers, { scores: false }, errors);
        const target = leaf.question === undefined ? undefined : questions.get(leaf.question);
        if (target && target.section === section) errors.push(`${where}: refers to question "${target.question.id}" in the same section`);
        else if (target && target.index >= firstIndexOf(section)) errors.push(`${where}: refers to later question "${target.question.id}"`);
      }
    }
    for (const question of section.questions) {
      const refs: string[] = [];
      if (question.showIf) {
        for (const leaf of leavesOf(question.showIf)) {
          checkLeaf(leaf, `question "${question.id}" showIf`, questions, barriers, { scores: false }, errors);
          if (leaf.question !== undefined) refs.push(leaf.question);
        }
      }
      graph.set(question.id, refs);
    }
  }
  const cycles = findCycles(graph);
  const inCycle = new Set(cycles.flat());
  for (const cycle of cycles) errors.push(`circular condition: ${cycle.map((id) => `"${id}"`).join(' -> ')}`);
  for (const [id, refs] of graph) {
    const own = questions.get(id);
    for (const ref of refs) {
      const target = questions.get(ref);
      if (!own || !target || (inCycle.has(id) && inCycle.has(ref))) continue;
      if (target.index >= own.index) errors.push(`question "${id}" showIf: refers to later question "${ref}" (a question can only depend on earlier answers)`);
    }
  }

  const ruleIds = new Set<string>();
  for (const rule of def.scoring) {
    if (ruleIds.has(rule.id)) errors.push(`scoring rule "${rule.id}": the id is used twice`);
    ruleIds.add(rule.id);
    for (const leaf of leavesOf(rule.when)) {
      checkLeaf(leaf, `scoring rule "${rule.id}"`, questions, barriers, { scores: false }, errors);
    }
    if (rule.barrier !== undefined && !barriers.has(rule.barrier)) errors.push(`scoring rule "${rule.id}": unknown barrier "${rule.barrier}"`);
  }
  const decisionIds = new Set<string>();
  for (const row of def.decision.rules) {
    if (decisionIds.has(row.id)) errors.push(`decision rule "${row.id}": the id is used twice`);
    decisionIds.add(row.id);
    for (const leaf of leavesOf(row.when)) checkLeaf(leaf, `decision rule "${row.id}"`, questions, barriers, { scores: true }, errors);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, definition: def };
}

/** Throws with the error list when the definition is broken (for data that must be right). */
export function assertDefinition(raw: unknown): IntakeDefinition {
  const check = validateDefinition(raw);
  if (!check.ok) throw new Error(`Invalid questionnaire definition:\n- ${check.errors.join('\n- ')}`);
  return check.definition;
}

// ---------------------------------------------------------------------------
// Conditions
// ---------------------------------------------------------------------------

export type EvaluationContext = {
  answers: Answers;
  facts: Facts;
  scores?: Record<Dimension, number>;
  barriers?: ReadonlySet<string>;
};

function isAnswered(answer: Answer | undefined): boolean {
  return answer !== undefined && answer !== null && answer !== '' && !(Array.isArray(answer) && answer.length === 0);
}

function compareLeaf(leaf: ConditionLeaf, ctx: EvaluationContext): boolean {
  if (leaf.barrier !== undefined) return (ctx.barriers?.has(leaf.barrier) ?? false) === leaf.present;
  let value: Answer | undefined;
  if (leaf.question !== undefined) value = ctx.answers[leaf.question];
  else if (leaf.fact !== undefined) value = ctx.facts[leaf.fact] ?? undefined;
  else if (leaf.score !== undefined) value = ctx.scores?.[leaf.score] ?? 0;
  else if (leaf.barrierCount) value = ctx.barriers?.size ?? 0;

  if (leaf.answered !== undefined) return isAnswered(value) === leaf.answered;
  if (leaf.unknown !== undefined) return isUnknownAnswer(value) === leaf.unknown;
  if (value === undefined || value === null || isUnknownAnswer(value)) {
    // nothing known: only "not equals" holds
    return leaf.notEquals !== undefined;
  }
  if (leaf.includes !== undefined) return Array.isArray(value) && value.includes(leaf.includes);
  if (Array.isArray(value)) {
    if (leaf.in !== undefined) return value.some((v) => leaf.in?.includes(v));
    return false;
  }
  if (leaf.equals !== undefined) return value === leaf.equals;
  if (leaf.notEquals !== undefined) return value !== leaf.notEquals;
  if (leaf.in !== undefined) return leaf.in.includes(value);
  if (typeof value !== 'number') return false;
  if (leaf.gt !== undefined) return value > leaf.gt;
  if (leaf.gte !== undefined) return value >= leaf.gte;
  if (leaf.lt !== undefined) return value < leaf.lt;
  if (leaf.lte !== undefined) return value <= leaf.lte;
  return false;
}

export function evaluate(condition: Condition, ctx: EvaluationContext): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, ctx));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, ctx));
  if ('not' in condition) return !evaluate(condition.not, ctx);
  return compareLeaf(condition, ctx);
}

// ---------------------------------------------------------------------------
// Which questions apply
// ---------------------------------------------------------------------------

export type VisibleQuestion = { question: Question; section: Section };

/**
 * The questions that apply, in order. Conditions read only the answers of questions that
 * apply themselves, so hiding a question also hides what depended on it.
 */
export function visibleQuestions(def: IntakeDefinition, answers: Answers, facts: Facts = NO_FACTS): VisibleQuestion[] {
  const effective: Answers = {};
  const out: VisibleQuestion[] = [];
  for (const section of def.sections) {
    if (section.showIf && !evaluate(section.showIf, { answers: effective, facts })) continue;
    for (const question of section.questions) {
      if (question.showIf && !evaluate(question.showIf, { answers: effective, facts })) continue;
      out.push({ question, section });
      const answer = answers[question.id];
      if (answer !== undefined) effective[question.id] = answer;
    }
  }
  return out;
}

/** Only the answers of questions that apply (what is submitted). */
export function pruneHiddenAnswers(def: IntakeDefinition, answers: Answers, facts: Facts = NO_FACTS): Answers {
  const out: Answers = {};
  for (const { question } of visibleQuestions(def, answers, facts)) {
    const answer = answers[question.id];
    if (answer !== undefined) out[question.id] = answer;
  }
  return out;
}

/** Has the person dealt with this question (an optional one left empty counts)? */
export function hasAnswer(question: Question, answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  if (answer === null || answer === '' || (Array.isArray(answer) && answer.length === 0)) return question.optional === true;
  return true;
}

export type Progress = { answered: number; total: number; complete: boolean };

/** Counts only the questions that apply now. */
export function progress(def: IntakeDefinition, answers: Answers, facts: Facts = NO_FACTS): Progress {
  const visible = visibleQuestions(def, answers, facts);
  const answered = visible.filter(({ question }) => hasAnswer(question, answers[question.id])).length;
  return { answered, total: visible.length, complete: answered === visible.length };
}

/** Where to continue: the first question that applies and has no answer yet. */
export function nextUnanswered(def: IntakeDefinition, answers: Answers, facts: Facts = NO_FACTS): Question | null {
  return visibleQuestions(def, answers, facts).find(({ question }) => !hasAnswer(question, answers[question.id]))?.question ?? null;
}

export function findQuestion(def: IntakeDefinition, id: string): VisibleQuestion | null {
  for (const section of def.sections) {
    const question = section.questions.find((q) => q.id === id);
    if (question) return { question, section };
  }
  return null;
}

// ---------------------------------------------------------------------------
// One answer
// ---------------------------------------------------------------------------

/** i18n keys (namespace `intake`) for what is wrong with one answer. */
export type AnswerProblem =
  | 'validation.answer.required'
  | 'validation.answer.choose'
  | 'validation.answer.chooseOne'
  | 'validation.answer.number'
  | 'validation.answer.wholeNumber'
  | 'validation.answer.range'
  | 'validation.answer.tooLong'
  | 'validation.answer.date'
  | 'validation.answer.dateFuture'
  | 'validation.answer.datePast'
  | 'validation.answer.unknownNotAllowed';

/** Today's date (device or server) as YYYY-MM-DD, passed in so the engine stays pure. */
export function checkAnswer(question: Question, answer: Answer | undefined, today: string): AnswerProblem | null {
  if (answer === undefined || answer === null || answer === '' || (Array.isArray(answer) && answer.length === 0)) {
    if (question.optional) return null;
    return question.type === 'single' || question.type === 'yesNo' || question.type === 'scale' || question.type === 'multiple'
      ? 'validation.answer.choose'
      : 'validation.answer.required';
  }
  if (isUnknownAnswer(answer)) return question.allowUnknown ? null : 'validation.answer.unknownNotAllowed';
  switch (question.type) {
    case 'single':
      return typeof answer === 'string' && question.options.some((o) => o.value === answer) ? null : 'validation.answer.choose';
    case 'yesNo':
      return answer === 'yes' || answer === 'no' ? null : 'validation.answer.choose';
    case 'scale':
      return typeof answer === 'number' && question.points.some((p) => p.value === answer) ? null : 'validation.answer.choose';
    case 'multiple': {
      if (!Array.isArray(answer) || !answer.every((v) => question.options.some((o) => o.value === v))) return 'validation.answer.choose';
      const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.value);
      if (answer.length > 1 && answer.some((v) => exclusive.includes(v))) return 'validation.answer.chooseOne';
      return null;
    }
    case 'number':
      if (typeof answer !== 'number' || !Number.isFinite(answer)) return 'validation.answer.number';
      if (!Number.isInteger(answer)) return 'validation.answer.wholeNumber';
      return answer < question.min || answer > question.max ? 'validation.answer.range' : null;
    case 'date': {
      if (typeof answer !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(answer)) return 'validation.answer.date';
      const date = new Date(`${answer}T00:00:00Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== answer || answer < '1900-01-01') return 'validation.answer.date';
      if (question.notInFuture && answer > today) return 'validation.answer.dateFuture';
      if (question.notInPast && answer < today) return 'validation.answer.datePast';
      return null;
    }
    case 'text':
    case 'longText':
      if (typeof answer !== 'string') return 'validation.answer.required';
      if (!question.optional && answer.trim() === '') return 'validation.answer.required';
      return graphemeLength(answer) > question.maxLength ? 'validation.answer.tooLong' : null;
  }
}

/** Every problem of a whole set of answers, keyed `answers.<questionId>` (for a submission). */
export function checkAnswers(def: IntakeDefinition, answers: Answers, facts: Facts, today: string): Record<string, AnswerProblem[]> {
  const errors: Record<string, AnswerProblem[]> = {};
  for (const { question } of visibleQuestions(def, answers, facts)) {
    const problem = checkAnswer(question, answers[question.id], today);
    if (problem) errors[`answers.${question.id}`] = [problem];
  }
  return errors;
}

// ---------------------------------------------------------------------------
// Scoring and the proposal
// ---------------------------------------------------------------------------

export type Factor = {
  ruleId: string;
  questionIds: string[];
  /** Points per dimension this answer gave. */
  add: Partial<Record<Dimension, number>>;
  barrier: string | null;
  reason: LocalizedText;
  /** How strongly it weighed: total points, a barrier counts 3. */
  weight: number;
  direction: 'up' | 'down';
};

export type Proposal = {
  serviceLine: ServiceLine;
  rung: number;
  track: Track | null;
  /** The decision table row that matched, or null for "otherwise". */
  ruleId: string | null;
};

export type ScoreResult = {
  dimensions: Record<Dimension, number>;
  barriers: string[];
  /** Every answer that counted, strongest first. */
  factors: Factor[];
  /** The strongest reasons for this proposal (at most three). */
  reasons: Factor[];
  proposal: Proposal;
};

const BARRIER_WEIGHT = 3;

export function score(def: IntakeDefinition, answers: Answers, facts: Facts = NO_FACTS): ScoreResult {
  const applicable = pruneHiddenAnswers(def, answers, facts);
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
  const barriers = new Set<string>();
  const factors: Factor[] = [];
  for (const rule of def.scoring) {
    if (!evaluate(rule.when, { answers: applicable, facts })) continue;
    let sum = 0;
    for (const [dimension, points] of Object.entries(rule.add ?? {}) as [Dimension, number][]) {
      dimensions[dimension] += points;
      sum += points;
    }
    if (rule.barrier) barriers.add(rule.barrier);
    const weight = Math.abs(sum) + (rule.barrier ? BARRIER_WEIGHT : 0);
    factors.push({
      ruleId: rule.id,
      questionIds: [...new Set(leavesOf(rule.when).flatMap((l) => (l.question ? [l.question] : [])))],
      add: rule.add ?? {},
      barrier: rule.barrier ?? null,
      reason: rule.reason,
      weight,
      direction: rule.barrier || sum < 0 ? 'down' : 'up',
    });
  }
  // stable: equal weights keep the definition's order
  factors.sort((a, b) => b.weight - a.weight);
  const ctx = { answers: applicable, facts, scores: dimensions, barriers };
  const row = def.decision.rules.find((r) => evaluate(r.when, ctx));
  const outcome = row ?? def.decision.otherwise;
  const proposal: Proposal = { serviceLine: outcome.serviceLine, rung: outcome.rung, track: outcome.track ?? null, ruleId: row?.id ?? null };
  const wanted = proposal.serviceLine === 'selfReliant' ? 'up' : 'down';
  const fitting = factors.filter((f) => f.direction === wanted);
  const reasons = (fitting.length > 0 ? fitting : factors).slice(0, 3);
  return { dimensions, barriers: [...barriers], factors, reasons, proposal };
}

/** Low / middle / high for a dimension score, by the definition's thresholds. */
export function band(def: IntakeDefinition, dimension: Dimension, value: number): 'low' | 'middle' | 'high' {
  const meta = def.dimensions.find((d) => d.id === dimension);
  if (!meta) return 'middle';
  if (value < meta.lowBelow) return 'low';
  if (value >= meta.highFrom) return 'high';
  return 'middle';
}

/** Every operator a condition may use (for documentation and editors). */
export const OPERATORS = CONDITION_OPERATORS;
