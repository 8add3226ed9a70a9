import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { ErrorSummary, RadioGroup, type SummaryError } from '#src/shared/ui/form.tsx';
import { TextareaField } from '#src/shared/ui/textarea-field.tsx';
import { usePendingFor } from '#src/shared/offline/react.ts';
import { serviceLineSchema } from '#src/shared/lib/domain.ts';
import { useDefinition } from '../api/get-definition.ts';
import { useIntake } from '../api/get-intake.ts';
import { intakeDecisionLane } from '../api/keys.ts';
import { useDecideIntake } from '../api/decide-intake.ts';
import { useRequestQuestionnaire } from '../api/request-questionnaire.ts';
import { band, visibleQuestions } from '../definition/engine.ts';
import { DIMENSIONS } from '../definition/schemas.ts';
import { intakeDecisionInputSchema, type IntakeDecisionInput, type IntakeSubmission } from '../schemas.ts';
import { formatDateTime, useAnswerText } from '../components/answer-text.tsx';
import { AnswerList } from '../components/answer-list.tsx';
import { useLocalized } from '../use-intake-view.ts';

function DecisionForm({ submission, onSaved }: { submission: IntakeSubmission; onSaved: () => void }) {
  const { write: decide } = useDecideIntake(submission.clientId);
  const { t } = useTranslation('intake');
  const [attempt, setAttempt] = useState(0);
  const { register, control, handleSubmit, formState } = useForm<IntakeDecisionInput>({
    defaultValues: { serviceLine: submission.decision?.serviceLine ?? submission.result.proposal.serviceLine, reason: '' },
    resolver: zodResolver(intakeDecisionInputSchema),
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
    shouldFocusError: false,
  });
  const reasonError = formState.errors.reason?.message ? t(formState.errors.reason.message as 'validation.decision.reasonRequired') : undefined;
  const summary: SummaryError[] = reasonError ? [{ fieldId: 'decision-reason', message: reasonError }] : [];
  const proposed = submission.result.proposal.serviceLine;
  return (
    <form
      noValidate
      className="form"
      onSubmit={handleSubmit(
        async (input) => {
          if (!(await decide({ payload: { clientId: submission.clientId, input }, baseVersion: submission.version }))) return;
          onSaved();
        },
        () => setAttempt((n) => n + 1),
      )}
    >
      <ErrorSummary errors={summary} focusKey={attempt} />
      <RadioGroup
        id="decision-serviceLine"
        legend={t('coach.lineLegend')}
        choices={serviceLineSchema.options.map((line) => ({
          value: line,
          label: `${t(`lines.${line}.name`)}${line === proposed ? ` ${t('coach.proposedMark')}` : ''}`,
        }))}
        {...register('serviceLine')}
      />
      <Controller
        control={control}
        name="reason"
        render={({ field }) => (
          <TextareaField
            id="decision-reason"
            label={t('coach.reason')}
            hint={t('coach.reasonHint')}
            error={reasonError}
            maxLength={1000}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            name={field.name}
            ref={field.ref}
          />
        )}
      />
      <div className="button-row">
        <Button type="submit">{t('coach.save')}</Button>
      </div>
    </form>
  );
}

/** The aanvullende vragenlijst (maatschappelijke participatie): where it stands, its outcome and answers. */
function ParticipationSection({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation('intake');
  const localized = useLocalized();
  const query = useIntake(clientId, 'participation');
  const submission = query.data?.submission ?? null;
  const definitionQuery = useDefinition('participation', submission?.definitionVersion);
  const { write: request, pending } = useRequestQuestionnaire(clientId);
  const pendingRequest = pending.length > 0;
  const ask = async () => {
    await request({ payload: { clientId } });
  };
  return (
    <section data-testid="coach-participation">
      <h2>{t('participation.title')}</h2>
      <QueryState query={query}>
        {(overview) => {
          const s = overview.submission;
          if (!s) {
            return (
              <>
                <p>
                  <StatusTag tone={overview.status === 'inProgress' ? 'info' : 'neutral'}>{t(`status.${overview.status}`)}</StatusTag>
                </p>
                <p>{t('participation.coachNotSubmitted')}</p>
                {overview.request ? (
                  <p data-testid="participation-requested">
                    {t('participation.requested', { name: overview.request.requestedBy.name, date: formatDateTime(overview.request.requestedAt, i18n.language) })}
                  </p>
                ) : pendingRequest ? (
                  <Notice kind="warning" live="polite">
                    <p>{t('participation.requestWaiting')}</p>
                  </Notice>
                ) : overview.status === 'notStarted' ? (
                  <Button variant="secondary" onClick={() => void ask()}>
                    {t('participation.request')}
                  </Button>
                ) : null}
              </>
            );
          }
          const { proposal } = s.result;
          return (
            <QueryState query={definitionQuery}>
              {(definition) => (
                <>
                  <p>{t('coach.submittedOn', { date: formatDateTime(s.submittedAt, i18n.language), name: s.submittedBy.name, version: s.definitionVersion })}</p>
                  <div className="summary-card" data-testid="coach-participation-outcome">
                    <h3 className="summary-card__title">{t('participation.coachOutcome')}</h3>
                    <p className="summary-card__big">
                      {t('coach.proposal', { line: t(`lines.${proposal.serviceLine}.name`), rung: proposal.rung, rungName: t(`rungs.${proposal.rung}` as 'rungs.1') })}
                    </p>
                    {proposal.ruleId ? <p>{localized(definition.decision.rules.find((r) => r.id === proposal.ruleId)?.description)}</p> : null}
                    {s.result.reasons.length > 0 ? (
                      <>
                        <h4>{t('coach.factorsTitle')}</h4>
                        <ul>
                          {s.result.reasons.map((f) => (
                            <li key={f.ruleId}>{localized(f.reason)}</li>
                          ))}
                        </ul>
                      </>
                    ) : null}
                    {s.result.barriers.length > 0 ? (
                      <>
                        <h4>{t('coach.barriersTitle')}</h4>
                        <ul>
                          {s.result.barriers.map((b) => (
                            <li key={b}>{localized(definition.barriers.find((x) => x.id === b)?.label) || b}</li>
                          ))}
                        </ul>
                      </>
                    ) : null}
                  </div>
                  <AnswerList definition={definition} answers={s.answers} facts={s.facts} />
                </>
              )}
            </QueryState>
          );
        }}
      </QueryState>
    </section>
  );
}

/** The coach's view of one client's intake: answers, scores, proposal with factors, and the decision. */
export function Component() {
  const { t, i18n } = useTranslation(['intake', 'coach']);
  const { clientId = '' } = useParams();
  const localized = useLocalized();
  const answerText = useAnswerText();
  const query = useIntake(clientId, 'entree');
  const submission = query.data?.submission ?? null;
  const definitionQuery = useDefinition('entree', submission?.definitionVersion);
  const pending = usePendingFor(intakeDecisionLane(clientId));
  const [editing, setEditing] = useState(false);
  const name = query.data?.clientName ?? '';

  return (
    <Page title={t('coach.title', { name })}>
      <p>
        <Link to="/coach">{t('coach.back')}</Link>
      </p>
      <QueryState query={query}>
        {(overview) => {
          if (!overview.submission) {
            return (
              <>
                <p>
                  <StatusTag tone={overview.status === 'inProgress' ? 'info' : 'neutral'}>{t(`status.${overview.status}`)}</StatusTag>
                </p>
                <p>{t('coach.notSubmitted')}</p>
              </>
            );
          }
          const s = overview.submission;
          const { result } = s;
          return (
            <QueryState query={definitionQuery}>
              {(definition) => (
                <>
                  <p>
                    <StatusTag tone={s.decision ? 'success' : 'info'}>{t(`status.${overview.status}`)}</StatusTag>
                  </p>
                  <p>{t('coach.submittedOn', { date: formatDateTime(s.submittedAt, i18n.language), name: s.submittedBy.name, version: s.definitionVersion })}</p>
                  {s.helper ? <p dir="auto">{t('coach.helper', { helper: [s.helper.name, s.helper.organisation].filter(Boolean).join(', ') })}</p> : null}

                  <section className="summary-card" data-testid="coach-proposal">
                    <h2 className="summary-card__title">{t('coach.proposalTitle')}</h2>
                    <p className="summary-card__big">
                      {t('coach.proposal', {
                        line: t(`lines.${result.proposal.serviceLine}.name`),
                        rung: result.proposal.rung,
                        rungName: t(`rungs.${result.proposal.rung}` as 'rungs.1'),
                      })}
                    </p>
                    {result.proposal.track === 'education' ? <p>{t('coach.educationTrack')}</p> : null}
                    <h3>{t('coach.factorsTitle')}</h3>
                    <ul>
                      {result.reasons.map((f) => (
                        <li key={f.ruleId}>{localized(f.reason)}</li>
                      ))}
                    </ul>
                  </section>

                  <h2>{t('coach.scoresTitle')}</h2>
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
                          const value = result.dimensions[d] ?? 0;
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
                  <h3>{t('coach.barriersTitle')}</h3>
                  {result.barriers.length === 0 ? (
                    <p>{t('coach.noBarriers')}</p>
                  ) : (
                    <ul>
                      {result.barriers.map((b) => (
                        <li key={b}>{localized(definition.barriers.find((x) => x.id === b)?.label) || b}</li>
                      ))}
                    </ul>
                  )}

                  <h2>{t('coach.decideTitle')}</h2>
                  {pending.length > 0 ? (
                    <Notice kind="warning" live="polite">
                      <p>{t('coach.waiting')}</p>
                    </Notice>
                  ) : null}
                  {s.decision && !editing ? (
                    <>
                      <p data-testid="coach-decision">
                        {t('coach.decided', {
                          line: t(`lines.${s.decision.serviceLine}.name`),
                          name: s.decision.decidedBy.name,
                          date: formatDateTime(s.decision.decidedAt, i18n.language),
                        })}
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

                  <h2>{t('coach.answersTitle')}</h2>
                  {definition.sections.map((section) => {
                    const rows = visibleQuestions(definition, s.answers, s.facts).filter((v) => v.section.id === section.id);
                    if (rows.length === 0) return null;
                    return (
                      <section key={section.id}>
                        <h3>{localized(section.title)}</h3>
                        <dl className="summary-list">
                          {rows.map(({ question }) => (
                            <div className="summary-list__row" key={question.id}>
                              <dt className="summary-list__key">{localized(question.text)}</dt>
                              <dd className="summary-list__value" dir="auto">
                                {answerText(question, s.answers[question.id])}
                              </dd>
                            </div>
                          ))}
                        </dl>
                      </section>
                    );
                  })}
                </>
              )}
            </QueryState>
          );
        }}
      </QueryState>
      <ParticipationSection clientId={clientId} />
    </Page>
  );
}
