import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { ErrorSummary, RadioGroup } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { FormTextareaField } from '#src/shared/ui/textarea-field.tsx';
import { usePendingFor } from '#src/shared/offline/react.ts';
import { serviceLineSchema, type ServiceLine } from '#src/shared/lib/domain.ts';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { useDefinition } from '../api/get-definition.ts';
import { useIntake } from '../api/get-intake.ts';
import { intakeDecisionLane } from '../api/keys.ts';
import { useDecideIntake } from '../api/decide-intake.ts';
import { useRequestQuestionnaire } from '../api/request-questionnaire.ts';
import { band } from '../definition/engine.ts';
import { DIMENSIONS, type IntakeDefinition } from '../definition/schemas.ts';
import { decisionReasonMissing, intakeDecisionInputSchema, type IntakeOverview, type IntakeSubmission, type QuestionnaireId } from '../schemas.ts';
import { formatDateTime } from '../components/answer-text.tsx';
import { AnswerList } from '../components/answer-list.tsx';
import { useLocalized } from '../use-intake-view.ts';
import { SaveError } from '#src/shared/ui/save-error.tsx';
import '#src/shared/ui/styles/coach.css';

/** The form's own check: a line must be chosen (nothing is pre-selected), and a reason given when it is not the proposal. */
function decisionFormSchema(proposed: string) {
  return z
    .object({
      serviceLine: z.union([serviceLineSchema, z.literal('')]),
      reason: intakeDecisionInputSchema.shape.reason,
    })
    .check((ctx) => {
      if (ctx.value.serviceLine === '') ctx.issues.push({ code: 'custom', input: ctx.value.serviceLine, path: ['serviceLine'], message: 'validation.decision.lineRequired' });
      else if (decisionReasonMissing({ serviceLine: ctx.value.serviceLine, reason: ctx.value.reason }, proposed))
        ctx.issues.push({ code: 'custom', input: ctx.value.reason, path: ['reason'], message: 'validation.decision.reasonRequired' });
    });
}
type DecisionValues = { serviceLine: ServiceLine | ''; reason: string };

function DecisionForm({ submission, onSaved }: { submission: IntakeSubmission; onSaved: () => void }) {
  const { write: decide } = useDecideIntake(submission.clientId);
  const { t } = useTranslation('intake');
  const proposed = submission.result.proposal.serviceLine;
  const { register, control, submit, summary, message } = useAppForm<DecisionValues>({
    // nothing chosen: the coach decides, the proposal is only shown with its reasons
    defaultValues: { serviceLine: '', reason: '' },
    schema: decisionFormSchema(proposed) as unknown as z.ZodType<DecisionValues, DecisionValues>,
    idPrefix: 'decision',
    ns: 'intake',
  });
  const chosen = useWatch({ control, name: 'serviceLine' });
  return (
    <form
      noValidate
      className="form"
      onSubmit={submit(async ({ serviceLine, reason }) => {
        if (serviceLine === '') return;
        if (!(await decide({ payload: { clientId: submission.clientId, input: { serviceLine, reason: reason.trim() } }, baseVersion: submission.version }))) return;
        onSaved();
      })}
    >
      <ErrorSummary {...summary(['serviceLine', 'reason'])} />
      <RadioGroup
        id="decision-serviceLine"
        legend={t('coach.lineLegend')}
        choices={serviceLineSchema.options.map((line) => ({
          value: line,
          label: `${t(`lines.${line}.name`)}${line === proposed ? ` ${t('coach.proposedMark')}` : ''}`,
        }))}
        error={message('serviceLine')}
        {...register('serviceLine')}
      />
      <FormTextareaField
        control={control}
        name="reason"
        id="decision-reason"
        label={chosen && chosen !== proposed ? t('coach.reasonRequired') : t('coach.reason')}
        hint={t('coach.reasonHint')}
        error={message('reason')}
        maxLength={1000}
      />
      <div className="button-row">
        <Button type="submit">{t('coach.save')}</Button>
      </div>
    </form>
  );
}

/** A client's questionnaire as the coach reads it: the overview, and the definition its submission was made on. */
function useSubmitted(clientId: string, questionnaireId: QuestionnaireId) {
  const query = useIntake(clientId, questionnaireId);
  const definitionQuery = useDefinition(questionnaireId, query.data?.submission?.definitionVersion);
  return { query, definitionQuery };
}

/** Where a questionnaire stands when nothing is handed in yet. */
function NotSubmitted({ overview, children }: { overview: IntakeOverview; children: ReactNode }) {
  const { t } = useTranslation('intake');
  return (
    <>
      <p>
        <StatusTag tone={overview.status === 'inProgress' ? 'info' : 'neutral'}>{t(`status.${overview.status}`)}</StatusTag>
      </p>
      {children}
    </>
  );
}

function SubmittedOn({ submission }: { submission: IntakeSubmission }) {
  const { t, i18n } = useTranslation('intake');
  const { submittedAt, submittedBy, definitionVersion } = submission;
  return <p>{t('coach.submittedOn', { date: formatDateTime(submittedAt, i18n.language), name: submittedBy.name, version: definitionVersion })}</p>;
}

/** The barriers the client named (by their label in the definition). */
function BarrierList({ barriers, definition }: { barriers: readonly string[]; definition: IntakeDefinition }) {
  const localized = useLocalized();
  return (
    <ul>
      {barriers.map((b) => (
        <li key={b}>{localized(definition.barriers.find((x) => x.id === b)?.label) || b}</li>
      ))}
    </ul>
  );
}

/**
 * The proposed service line and rung, and why: the entree's card (heading level 2) and the
 * participation's (level 3). `note` comes right under the proposal, `children` after the reasons.
 */
function ProposalCard({
  submission,
  title,
  level,
  testId,
  note,
  children,
}: {
  submission: IntakeSubmission;
  title: string;
  level: 2 | 3;
  testId: string;
  note?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation('intake');
  const localized = useLocalized();
  const { proposal, reasons } = submission.result;
  const [Title, Sub] = level === 2 ? (['h2', 'h3'] as const) : (['h3', 'h4'] as const);
  return (
    <section className="summary-card" data-testid={testId}>
      <Title className="summary-card__title">{title}</Title>
      <p className="summary-card__big">
        {t('coach.proposal', { line: t(`lines.${proposal.serviceLine}.name`), rung: proposal.rung, rungName: t(`rungs.${proposal.rung}` as 'rungs.1') })}
      </p>
      {note}
      {reasons.length > 0 ? (
        <>
          <Sub>{t('coach.factorsTitle')}</Sub>
          <ul>
            {reasons.map((f) => (
              <li key={f.ruleId}>{localized(f.reason)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {children}
    </section>
  );
}

/** The aanvullende vragenlijst (maatschappelijke participatie): where it stands, its outcome and answers. */
function ParticipationSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation('intake');
  const { query, definitionQuery } = useSubmitted(clientId, 'participation');
  return (
    <section data-testid="coach-participation">
      <h2>{t('participation.title')}</h2>
      <QueryState query={query}>
        {(overview) =>
          overview.submission ? (
            <QueryState query={definitionQuery}>{(definition) => <ParticipationOutcome submission={overview.submission as IntakeSubmission} definition={definition} />}</QueryState>
          ) : (
            <NotSubmitted overview={overview}>
              <p>{t('participation.coachNotSubmitted')}</p>
              <ParticipationRequest clientId={clientId} overview={overview} />
            </NotSubmitted>
          )
        }
      </QueryState>
    </section>
  );
}

/** Asking the client for the aanvullende vragenlijst: done, waiting to be sent, or the button. */
function ParticipationRequest({ clientId, overview }: { clientId: string; overview: IntakeOverview }) {
  const { t, i18n } = useTranslation('intake');
  const { write: request, pending, error } = useRequestQuestionnaire(clientId);
  if (overview.request) {
    return (
      <p data-testid="participation-requested">
        {t('participation.requested', { name: overview.request.requestedBy.name, date: formatDateTime(overview.request.requestedAt, i18n.language) })}
      </p>
    );
  }
  if (pending.length > 0) {
    return (
      <Notice kind="warning" live="polite">
        <p>{t('participation.requestWaiting')}</p>
      </Notice>
    );
  }
  if (overview.status !== 'notStarted') return null;
  return (
    <>
      <Button variant="secondary" onClick={() => void request({ payload: { clientId } })}>
        {t('participation.request')}
      </Button>
      <SaveError error={error} />
    </>
  );
}

function ParticipationOutcome({ submission: s, definition }: { submission: IntakeSubmission; definition: IntakeDefinition }) {
  const { t } = useTranslation('intake');
  const localized = useLocalized();
  const { proposal, barriers } = s.result;
  return (
    <>
      <SubmittedOn submission={s} />
      <ProposalCard
        submission={s}
        title={t('participation.coachOutcome')}
        level={3}
        testId="coach-participation-outcome"
        note={proposal.ruleId ? <p>{localized(definition.decision.rules.find((r) => r.id === proposal.ruleId)?.description)}</p> : null}
      >
        {barriers.length > 0 ? (
          <>
            <h4>{t('coach.barriersTitle')}</h4>
            <BarrierList barriers={barriers} definition={definition} />
          </>
        ) : null}
      </ProposalCard>
      <AnswerList definition={definition} answers={s.answers} facts={s.facts} />
    </>
  );
}

/** The entree's scores per dimension, with their band. */
function ScoreTable({ submission, definition }: { submission: IntakeSubmission; definition: IntakeDefinition }) {
  const { t } = useTranslation('intake');
  const localized = useLocalized();
  return (
    <div className="table-wrapper">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('coach.dimension')}</th>
            <th scope="col">{t('coach.score')}</th>
          </tr>
        </thead>
        <tbody>
          {DIMENSIONS.map((d) => {
            const value = submission.result.dimensions[d] ?? 0;
            return (
              <tr key={d}>
                <th scope="row">{localized(definition.dimensions.find((x) => x.id === d)?.label)}</th>
                <td>
                  {value} ({t(`coach.band.${band(definition, d, value)}`)})
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The coach's decision on the entree: what was decided (and a way to change it), or the form. */
function Decision({ submission: s }: { submission: IntakeSubmission }) {
  const { t, i18n } = useTranslation('intake');
  const pending = usePendingFor(intakeDecisionLane(s.clientId));
  const [editing, setEditing] = useState(false);
  return (
    <>
      <h2>{t('coach.decideTitle')}</h2>
      {pending.length > 0 ? (
        <Notice kind="warning" live="polite">
          <p>{t('coach.waiting')}</p>
        </Notice>
      ) : null}
      {s.decision && !editing ? (
        <>
          <p data-testid="coach-decision">
            {t('coach.decided', { line: t(`lines.${s.decision.serviceLine}.name`), name: s.decision.decidedBy.name, date: formatDateTime(s.decision.decidedAt, i18n.language) })}
          </p>
          <p dir="auto">{s.decision.reason}</p>
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t('coach.changeDecision')}
          </Button>
        </>
      ) : pending.length === 0 ? (
        <>
          <p>{t('coach.decideLead')}</p>
          <DecisionForm submission={s} onSaved={() => setEditing(false)} />
        </>
      ) : null}
    </>
  );
}

/** The answers (and scores) beside the decision panel, which stays in view from 64em. */
function EntreeOutcome({ overview, submission: s, definition }: { overview: IntakeOverview; submission: IntakeSubmission; definition: IntakeDefinition }) {
  const { t } = useTranslation('intake');
  return (
    <div className="decision-layout">
      <div className="decision-layout__main">
        <p>
          <StatusTag tone={s.decision ? 'success' : 'info'}>{t(`status.${overview.status}`)}</StatusTag>
        </p>
        <SubmittedOn submission={s} />
        {s.helper ? <p dir="auto">{t('coach.helper', { helper: [s.helper.name, s.helper.organisation].filter(Boolean).join(', ') })}</p> : null}
        <h2>{t('coach.scoresTitle')}</h2>
        <ScoreTable submission={s} definition={definition} />
        <h3>{t('coach.barriersTitle')}</h3>
        {s.result.barriers.length === 0 ? <p>{t('coach.noBarriers')}</p> : <BarrierList barriers={s.result.barriers} definition={definition} />}
        <h2>{t('coach.answersTitle')}</h2>
        <AnswerList definition={definition} answers={s.answers} facts={s.facts} includeUnanswered />
      </div>
      <aside className="decision-layout__panel" aria-label={t('coach.panelTitle')}>
        <ProposalCard
          submission={s}
          title={t('coach.proposalTitle')}
          level={2}
          testId="coach-proposal"
          note={s.result.proposal.track === 'education' ? <p>{t('coach.educationTrack')}</p> : null}
        />
        <Decision submission={s} />
      </aside>
    </div>
  );
}

/** The coach's view of one client's intake: answers, scores, proposal with factors, and the decision. */
export function Component() {
  const { t } = useTranslation(['intake', 'coach']);
  const { clientId = '' } = useParams();
  const { query, definitionQuery } = useSubmitted(clientId, 'entree');
  return (
    <Page title={t('coach.title', { name: query.data?.clientName ?? '' })}>
      <p>
        <Link to={`/coach/clienten/${encodeURIComponent(clientId)}`}>{t('coach.back')}</Link>
      </p>
      <QueryState query={query}>
        {(overview) =>
          overview.submission ? (
            <QueryState query={definitionQuery}>
              {(definition) => <EntreeOutcome overview={overview} submission={overview.submission as IntakeSubmission} definition={definition} />}
            </QueryState>
          ) : (
            <NotSubmitted overview={overview}>
              <p>{t('coach.notSubmitted')}</p>
            </NotSubmitted>
          )
        }
      </QueryState>
      <ParticipationSection clientId={clientId} />
    </Page>
  );
}
