import { score } from '../definition/engine.ts';
import type { Dimension, IntakeDefinition } from '../definition/schemas.ts';
import type { IntakeSubmission } from '../schemas.ts';
import type { Agreement, BacktestResult, ChangedCase, LineTable } from './schemas.ts';
import { serviceLineSchema, type ServiceLine } from '#src/shared/lib/domain.ts';

/**
 * The backtest (pure, run by the server; the tests use it too): the entreevragenlijst's
 * submissions of a period scored again with a draft's rules, against the proposal each client
 * got and the coach's decision. The changed cases carry no name, id or BSN: a pseudonym made for
 * this backtest only, both proposals, the coach's line, and only the answers that drove the
 * change — never free text or dates.
 */

export type BacktestSubmission = Pick<IntakeSubmission, 'answers' | 'facts' | 'result' | 'decision' | 'submittedAt'>;

const LINES: readonly ServiceLine[] = serviceLineSchema.options;
/** Question types whose answers are a choice or a number: safe to show without the person. */
const SHOWN_TYPES = new Set(['single', 'multiple', 'yesNo', 'scale', 'number']);

function emptyTable(): LineTable {
  return Object.fromEntries(LINES.map((row) => [row, Object.fromEntries(LINES.map((col) => [col, 0]))])) as LineTable;
}

function emptyAgreement(): Agreement {
  return { agreed: 0, decided: 0, perLine: Object.fromEntries(LINES.map((l) => [l, { agreed: 0, decided: 0 }])) as Agreement['perLine'] };
}

function count(agreement: Agreement, table: LineTable, decided: ServiceLine, proposed: ServiceLine): void {
  const agreed = decided === proposed ? 1 : 0;
  agreement.decided += 1;
  agreement.agreed += agreed;
  agreement.perLine[decided].decided += 1;
  agreement.perLine[decided].agreed += agreed;
  table[decided][proposed] += 1;
}

/** The day (YYYY-MM-DD) a submission was handed in, in the municipality's time zone. */
export function dayOf(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** The questions whose answers drove the change: rules that touch a dimension whose score moved, or whose points changed. */
function drivers(before: BacktestSubmission['result'], after: ReturnType<typeof score>): string[] {
  const moved = new Set((Object.keys(after.dimensions) as Dimension[]).filter((d) => after.dimensions[d] !== before.dimensions[d]));
  const beforeAdd = new Map(before.factors.map((f) => [f.ruleId, JSON.stringify(f.add)]));
  const afterAdd = new Map(after.factors.map((f) => [f.ruleId, JSON.stringify(f.add)]));
  const factors = [...before.factors, ...after.factors].filter(
    (f) => Object.keys(f.add).some((d) => moved.has(d as Dimension)) || beforeAdd.get(f.ruleId) !== afterAdd.get(f.ruleId),
  );
  // only a threshold or the table's order changed: the answers behind the strongest reasons
  const chosen = factors.length > 0 ? factors : after.reasons;
  return [...new Set(chosen.flatMap((f) => f.questionIds))];
}

export function backtest(
  draft: IntakeDefinition,
  submissions: readonly BacktestSubmission[],
  period: { from: string; to: string },
  pseudonym: () => string,
): BacktestResult {
  const questionTypes = new Map(draft.sections.flatMap((s) => s.questions.map((q) => [q.id, q.type] as const)));
  const before = { agreement: emptyAgreement(), table: emptyTable() };
  const after = { agreement: emptyAgreement(), table: emptyTable() };
  const cases: ChangedCase[] = [];
  let total = 0;
  for (const submission of submissions) {
    const day = dayOf(submission.submittedAt);
    if (day < period.from || day > period.to) continue;
    total += 1;
    const old = submission.result.proposal;
    const next = score(draft, submission.answers, submission.facts);
    const decided = submission.decision?.serviceLine ?? null;
    if (decided) {
      count(before.agreement, before.table, decided, submission.decision?.proposedServiceLine ?? old.serviceLine);
      count(after.agreement, after.table, decided, next.proposal.serviceLine);
    }
    if (next.proposal.serviceLine === old.serviceLine && next.proposal.rung === old.rung) continue;
    const answers = drivers(submission.result, next)
      .filter((id) => SHOWN_TYPES.has(questionTypes.get(id) ?? '') && submission.answers[id] !== undefined)
      .map((questionId) => ({ questionId, answer: submission.answers[questionId] ?? null }));
    cases.push({
      pseudonym: pseudonym(),
      before: { serviceLine: old.serviceLine, rung: old.rung },
      after: { serviceLine: next.proposal.serviceLine, rung: next.proposal.rung },
      decided,
      answers,
    });
  }
  // sorted by pseudonym: the order tells nothing about who handed in when
  cases.sort((a, b) => a.pseudonym.localeCompare(b.pseudonym));
  return { from: period.from, to: period.to, submissions: total, changed: cases.length, before, after, cases };
}

/** Agreement as a whole percentage, or null when nobody was decided on. */
export function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100);
}
