import { describe, expect, it } from 'vitest';
import entreeV1 from './data/entree-v1.json' with { type: 'json' };
import {
  checkAnswer,
  evaluate,
  nextUnanswered,
  progress,
  pruneHiddenAnswers,
  score,
  validateDefinition,
  visibleQuestions,
} from './engine.ts';
import type { Answers, IntakeDefinition, Question } from './schemas.ts';
import { zelfdoenerAnswers } from './test-answers.ts';

const check = validateDefinition(entreeV1);
if (!check.ok) throw new Error(check.errors.join('\n'));
const def: IntakeDefinition = check.definition;
const ADULT = { age: 34 };
const YOUNG = { age: 23 };
const TODAY = '2026-03-10';

const strong = zelfdoenerAnswers;

const clone = (overrides: Answers): Answers => ({ ...strong, ...overrides });

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('the shipped definition', () => {
  it('passes every check', () => {
    expect(check.ok).toBe(true);
  });

  it('covers every topic of the issue', () => {
    const ids = def.sections.flatMap((s) => s.questions.map((q) => q.id));
    for (const id of ['lastWork', 'experienceYears', 'education', 'inSchool', 'dutchSpeaking', 'healthLimits', 'care', 'money', 'housing', 'transport', 'drivingLicence', 'digital', 'wantsWork', 'confidence', 'strengths', 'contacts', 'expectation', 'sectors', 'hours']) {
      expect(ids).toContain(id);
    }
    const types = new Set(def.sections.flatMap((s) => s.questions.map((q) => q.type)));
    expect([...types].sort()).toEqual(['date', 'longText', 'multiple', 'number', 'scale', 'single', 'text', 'yesNo']);
  });
});

describe('validateDefinition', () => {
  it('refuses a broken shape with the path of each problem', () => {
    const broken = copy(entreeV1) as Record<string, unknown>;
    delete broken.version;
    const result = validateDefinition(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((e) => e.startsWith('version:'))).toBe(true);
  });

  const cases: Array<[string, (d: IntakeDefinition) => void, RegExp]> = [
    ['an unknown question id in a condition', (d) => void (d.sections[0]!.questions[1]!.showIf = { question: 'nope', equals: 'x' }), /unknown question "nope"/],
    ['an answer the question does not have', (d) => void (d.sections[0]!.questions[1]!.showIf = { question: 'lastWork', equals: 'yesterday' }), /has no answer "yesterday"/],
    ['a condition on a later question', (d) => void (d.sections[0]!.questions[0]!.showIf = { question: 'hours', gte: 3 }), /later question "hours"/],
    [
      'circular conditions',
      (d) => {
        d.sections[0]!.questions[1]!.showIf = { question: 'lastJob', answered: true };
        d.sections[0]!.questions[2]!.showIf = { question: 'experienceYears', answered: true };
      },
      /circular condition: "experienceYears" -> "lastJob" -> "experienceYears"/,
    ],
    ['a question that depends on itself', (d) => void (d.sections[0]!.questions[1]!.showIf = { question: 'experienceYears', gte: 1 }), /circular condition/],
    ['a duplicate question id', (d) => void (d.sections[1]!.questions[0]!.id = 'lastWork'), /"lastWork": the id is used twice/],
    ['a scoring rule with an unknown barrier', (d) => void (d.scoring[0]!.barrier = 'weather'), /unknown barrier "weather"/],
    ['a show condition on a score', (d) => void (d.sections[1]!.questions[0]!.showIf = { score: 'kunnen', gte: 1 }), /not scores or barriers/],
    ['a decision on an unknown barrier', (d) => void (d.decision.rules[0]!.when = { barrier: 'weather', present: true }), /unknown barrier "weather"/],
    ['"Ik weet het niet" in a condition where it is not offered', (d) => void (d.sections[1]!.questions[1]!.showIf = { question: 'lastWork', unknown: true }), /has no "Ik weet het niet"/],
    ['a section condition on its own question', (d) => void (d.sections[1]!.showIf = { question: 'education', equals: 'none' }), /same section/],
  ];
  it.each(cases)('refuses %s with a clear message', (_name, breakIt, message) => {
    const broken = copy(def);
    breakIt(broken);
    const result = validateDefinition(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });

  it('refuses a condition with two operators', () => {
    const broken = copy(def) as unknown as { sections: { questions: { showIf?: unknown }[] }[] };
    broken.sections[0]!.questions[1]!.showIf = { question: 'lastWork', equals: 'now', in: ['now'] };
    expect(validateDefinition(broken).ok).toBe(false);
  });
});

describe('conditions', () => {
  const facts = { age: 30 };
  it.each([
    [{ question: 'a', equals: 'x' }, { a: 'x' }, true],
    [{ question: 'a', equals: 'x' }, { a: 'y' }, false],
    [{ question: 'a', equals: 'x' }, {}, false],
    [{ question: 'a', notEquals: 'x' }, {}, true],
    [{ question: 'a', in: ['x', 'y'] }, { a: 'y' }, true],
    [{ question: 'a', includes: 'x' }, { a: ['x', 'z'] }, true],
    [{ question: 'a', in: ['x'] }, { a: ['z', 'x'] }, true],
    [{ question: 'a', gte: 3 }, { a: 3 }, true],
    [{ question: 'a', gt: 3 }, { a: 3 }, false],
    [{ question: 'a', lt: 3 }, { a: { unknown: true } }, false],
    [{ question: 'a', unknown: true }, { a: { unknown: true } }, true],
    [{ question: 'a', answered: true }, { a: null }, false],
    [{ question: 'a', answered: true }, { a: [] }, false],
    [{ fact: 'age', lt: 27 }, {}, false],
    [{ all: [{ question: 'a', equals: 'x' }, { fact: 'age', gte: 30 }] }, { a: 'x' }, true],
    [{ any: [{ question: 'a', equals: 'q' }, { fact: 'age', gte: 31 }] }, { a: 'x' }, false],
    [{ not: { question: 'a', equals: 'x' } }, { a: 'x' }, false],
  ] as const)('%j with %j is %s', (condition, answers, expected) => {
    expect(evaluate(condition as never, { answers: answers as Answers, facts })).toBe(expected);
  });
});

describe('visible questions, progress and pruning', () => {
  it('skips the follow-up questions that do not apply', () => {
    const ids = visibleQuestions(def, { lastWork: 'never' }, ADULT).map((v) => v.question.id);
    expect(ids).not.toContain('experienceYears');
    expect(ids).not.toContain('lastJobEnd');
    expect(ids).not.toContain('inSchool');
    expect(visibleQuestions(def, { lastWork: 'lt6m' }, ADULT).map((v) => v.question.id)).toContain('lastJobEnd');
  });

  it('shows the school section only under 27 without a startkwalificatie', () => {
    const ids = (answers: Answers, facts: { age: number | null }) => visibleQuestions(def, answers, facts).map((v) => v.question.id);
    expect(ids({ education: 'vmbo' }, YOUNG)).toContain('inSchool');
    expect(ids({ education: 'vmbo' }, ADULT)).not.toContain('inSchool');
    expect(ids({ education: 'mbo2plus' }, YOUNG)).not.toContain('inSchool');
    expect(ids({ education: 'vmbo' }, { age: null })).not.toContain('inSchool');
    expect(ids({ education: 'vmbo', inSchool: 'no' }, YOUNG)).toContain('wantsSchool');
    expect(ids({ education: 'vmbo', inSchool: 'yes' }, YOUNG)).not.toContain('wantsSchool');
  });

  it('counts only the questions that apply', () => {
    const start = progress(def, {}, ADULT);
    expect(start.answered).toBe(0);
    const afterRecent = progress(def, { lastWork: 'lt6m' }, ADULT);
    expect(afterRecent.total).toBe(start.total + 3);
    const afterNever = progress(def, { lastWork: 'never' }, ADULT);
    expect(afterNever.answered).toBe(1);
    expect(afterNever.total).toBe(afterRecent.total - 3);
    const withCare = progress(def, { lastWork: 'never', care: 'yes' }, ADULT);
    expect(withCare.total).toBe(afterNever.total + 1);
    expect(withCare.answered).toBe(2);
  });

  it('counts an optional question left empty as done, a required one not', () => {
    const full = progress(def, strong, ADULT);
    expect(full).toEqual({ answered: full.total, total: full.total, complete: true });
    const missing = progress(def, clone({ hours: null }), ADULT);
    expect(missing.complete).toBe(false);
    expect(nextUnanswered(def, clone({ hours: null }), ADULT)?.id).toBe('hours');
  });

  it('removes the answers of questions that no longer apply, also further down the chain', () => {
    const answers = clone({ care: 'yes', careArranged: 'no', lastWork: 'never' });
    const pruned = pruneHiddenAnswers(def, answers, ADULT);
    expect(pruned).not.toHaveProperty('experienceYears');
    expect(pruned).not.toHaveProperty('lastJob');
    expect(pruned).not.toHaveProperty('lastJobEnd');
    expect(pruned.careArranged).toBe('no');
    const noCare = pruneHiddenAnswers(def, { ...answers, care: 'no' }, ADULT);
    expect(noCare).not.toHaveProperty('careArranged');
  });

  it('resumes at the first question without an answer', () => {
    expect(nextUnanswered(def, {}, ADULT)?.id).toBe('lastWork');
    expect(nextUnanswered(def, { lastWork: 'never' }, ADULT)?.id).toBe('education');
    expect(nextUnanswered(def, strong, ADULT)).toBeNull();
  });
});

describe('score and the decision table', () => {
  type Case = [name: string, answers: Answers, facts: { age: number | null }, line: string, rung: number, track?: string];
  const cases: Case[] = [
    ['a zelfdoener', strong, ADULT, 'selfReliant', 6],
    ['a zelfdoener whose age is unknown', strong, { age: null }, 'selfReliant', 6],
    ['strong but one barrier (no fixed home)', clone({ housing: 'none' }), ADULT, 'guidedSupport', 5],
    ['strong but a small network', clone({ contacts: 'none', toldOthers: 'no' }), ADULT, 'guidedSupport', 5],
    ['kunnen exactly at the threshold (5) is still zelfdoener', clone({ lastWork: 'm6to24', experienceYears: 2, drivingLicence: 'no', digital: ['email'], interview: 2, applyAlone: 3 }), ADULT, 'selfReliant', 6],
    ['kunnen one below the threshold (4)', clone({ lastWork: 'm6to24', experienceYears: 2, drivingLicence: 'no', digital: ['email'], interview: 2, applyAlone: 2 }), ADULT, 'guidedSupport', 5],
    ['willen low, kunnen high', clone({ wantsWork: 3, searching: 'once', confidence: 3, expectation: 'y1' }), ADULT, 'guidedSupport', 4],
    ['not willing at all', clone({ wantsWork: 1, searching: 'notYet', confidence: 1, expectation: 'notPossible' }), ADULT, 'socialParticipation', 3],
    ['health a big barrier and low kunnen', clone({ lastWork: 'never', healthLimits: 'much', healthHours: 8, education: 'none' }), ADULT, 'socialParticipation', 2],
    ['three barriers', clone({ money: 'much', debtHelp: 'no', housing: 'none', care: 'yes', careArranged: 'no' }), ADULT, 'socialParticipation', 2],
    ['isolated with another barrier', clone({ social: 'rarely', digital: ['none'] }), ADULT, 'socialParticipation', 1],
    ['isolated alone is not enough for rung 1', clone({ social: 'rarely' }), ADULT, 'guidedSupport', 5],
    ['under 27 without startkwalificatie: school first', clone({ education: 'vmbo', inSchool: 'no', wantsSchool: 'yes' }), YOUNG, 'guidedSupport', 3, 'education'],
    ['under 27 and already at school', clone({ education: 'none', inSchool: 'yes' }), YOUNG, 'guidedSupport', 3, 'education'],
    ['under 27 with startkwalificatie: the normal table', strong, YOUNG, 'selfReliant', 6],
    ['27 exactly: not the school branch', clone({ education: 'vmbo' }), { age: 27 }, 'selfReliant', 6],
    ['under 27 without startkwalificatie but too ill for school', clone({ education: 'vmbo', inSchool: 'no', wantsSchool: 'no', healthLimits: 'much', lastWork: 'never' }), YOUNG, 'socialParticipation', 2],
    ['"Ik weet het niet" counts neither way', clone({ experienceYears: { unknown: true }, education: { unknown: true }, healthLimits: { unknown: true }, expectation: { unknown: true } }), ADULT, 'selfReliant', 6],
    ['"Ik weet het niet" on education lowers kunnen below the threshold', clone({ education: { unknown: true }, lastWork: 'm6to24', experienceYears: 2, interview: 2, drivingLicence: 'no', digital: ['email'] }), ADULT, 'guidedSupport', 5],
  ];
  it.each(cases)('%s', (_name, answers, facts, line, rung, track) => {
    const result = score(def, answers, facts);
    expect(result.proposal.serviceLine).toBe(line);
    expect(result.proposal.rung).toBe(rung);
    expect(result.proposal.track).toBe(track ?? null);
  });

  it('adds up the dimensions and lists the strongest reasons for the line', () => {
    const result = score(def, strong, ADULT);
    expect(result.dimensions).toEqual({ kunnen: 11, willen: 8, netwerk: 5 });
    expect(result.barriers).toEqual([]);
    expect(result.reasons.map((f) => f.ruleId)).toEqual(['workRecent', 'wantsWorkMuch', 'knowsPeople']);
    expect(result.reasons.every((f) => f.direction === 'up')).toBe(true);
    expect(result.proposal.ruleId).toBe('selfReliant');
  });

  it('explains a support line with barriers and what holds back', () => {
    const result = score(def, clone({ money: 'much', debtHelp: 'no', housing: 'none', care: 'yes', careArranged: 'no' }), ADULT);
    expect(result.barriers.sort()).toEqual(['care', 'housing', 'money']);
    expect(result.reasons).toHaveLength(3);
    expect(result.reasons.every((f) => f.direction === 'down')).toBe(true);
  });

  it('does not count answers of questions that no longer apply', () => {
    // an answer left behind from before "never worked" was chosen
    const result = score(def, clone({ lastWork: 'never', experienceYears: 30 }), ADULT);
    expect(result.factors.map((f) => f.ruleId)).not.toContain('experienced');
  });
});

describe('checkAnswer', () => {
  const q = (id: string) => def.sections.flatMap((s) => s.questions).find((x) => x.id === id) as Question;
  it.each([
    ['lastWork', undefined, 'validation.answer.choose'],
    ['lastWork', 'lt6m', null],
    ['lastWork', 'someday', 'validation.answer.choose'],
    ['lastWork', { unknown: true }, 'validation.answer.unknownNotAllowed'],
    ['education', { unknown: true }, null],
    ['hours', 0, 'validation.answer.range'],
    ['hours', 41, 'validation.answer.range'],
    ['hours', 12.5, 'validation.answer.wholeNumber'],
    ['hours', 40, null],
    ['hours', null, 'validation.answer.required'],
    ['lastJobEnd', '2026-02-30', 'validation.answer.date'],
    ['lastJobEnd', '2026-04-01', 'validation.answer.dateFuture'],
    ['startDate', '2026-03-09', 'validation.answer.datePast'],
    ['startDate', '2026-03-10', null],
    ['transport', ['bike', 'none'], 'validation.answer.chooseOne'],
    ['transport', [], 'validation.answer.choose'],
    ['sectors', [], null],
    ['lastJob', 'x'.repeat(101), 'validation.answer.tooLong'],
    ['lastJob', '   ', 'validation.answer.required'],
    ['desiredJob', null, null],
    ['dutchSpeaking', 5, 'validation.answer.choose'],
    ['drivingLicence', 'yes', null],
  ] as const)('%s = %j -> %s', (id, answer, expected) => {
    expect(checkAnswer(q(id), answer as never, TODAY)).toBe(expected);
  });

  it('counts characters as people see them (graphemes, as the counter)', () => {
    expect(checkAnswer(q('lastJob'), '👍🏽'.repeat(100), TODAY)).toBeNull();
    expect(checkAnswer(q('lastJob'), '👍🏽'.repeat(101), TODAY)).toBe('validation.answer.tooLong');
  });
});
