import { Link, Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { useDefinition } from '../api/get-definition.ts';
import { useIntake } from '../api/get-intake.ts';
import type { HelperInfo, IntakeOverview, IntakeSubmission } from '../schemas.ts';
import { referenceFor } from '../reference.ts';
import { formatDateTime } from '../components/answer-text.tsx';
import { AnswerList } from '../components/answer-list.tsx';
import { questionnairePaths, useQuestionnaireId } from '../questionnaire.ts';
import { useIntakeView, useLocalized } from '../use-intake-view.ts';

/**
 * When the line is (or is proposed as) maatschappelijke participatie: the way to the
 * aanvullende vragenlijst, or where it stands.
 */
function ParticipationLink({ overview }: { overview: IntakeOverview | undefined }) {
  const { t } = useTranslation('intake');
  const paths = questionnairePaths('participation');
  const status = overview?.status ?? 'notStarted';
  const done = status === 'submitted' || status === 'decided';
  return (
    <section className="summary-card no-print" data-testid="participation-link">
      <h2 className="summary-card__title">{t('participation.title')}</h2>
      <p>{done ? t('participation.linkDone') : overview?.request ? t('participation.linkRequested') : t('participation.linkLead')}</p>
      <p>
        <Link className={done ? undefined : 'button-link'} to={done ? paths.result : paths.start}>
          {done ? t('participation.linkResult') : status === 'inProgress' ? t('participation.linkContinue') : t('participation.linkStart')}
        </Link>
      </p>
    </section>
  );
}

function Proposal({ submission }: { submission: IntakeSubmission }) {
  const { t, i18n } = useTranslation('intake');
  const localized = useLocalized();
  const { proposal, reasons } = submission.result;
  const decision = submission.decision;
  const line = proposal.serviceLine;
  return (
    <>
      {decision ? (
        <section className="summary-card" data-testid="intake-decision">
          <h2 className="summary-card__title">{t('result.decisionTitle')}</h2>
          <p className="summary-card__big">{t('result.decisionIs', { line: t(`lines.${decision.serviceLine}.name`) })}</p>
          <p>{t(`lines.${decision.serviceLine}.explain`)}</p>
          <h3>{t('result.decisionReason')}</h3>
          <p dir="auto">{decision.reason}</p>
          <p className="field__hint">{t('result.decisionBy', { name: decision.decidedBy.name, date: formatDateTime(decision.decidedAt, i18n.language) })}</p>
          <h3>{t('result.nextTitle')}</h3>
          <p>{t(`lines.${decision.serviceLine}.next`)}</p>
        </section>
      ) : null}
      <section data-testid="intake-proposal">
        <h2>
          {t('result.proposalTitle')} {decision ? null : <StatusTag tone="info">{t('status.submitted')}</StatusTag>}
        </h2>
        <p className="summary-card__big">{t('result.proposalIs', { line: t(`lines.${line}.name`) })}</p>
        <p>{t(`lines.${line}.explain`)}</p>
        {proposal.track === 'education' ? <p>{t('lines.education')}</p> : null}
        {reasons.length > 0 ? (
          <>
            <p>{t('result.because')}</p>
            <ul>
              {reasons.map((reason) => (
                <li key={reason.ruleId}>{localized(reason.reason)}</li>
              ))}
            </ul>
          </>
        ) : null}
        {decision ? null : (
          <>
            <Notice kind="info">
              <p>{t('result.proposalNote')}</p>
            </Notice>
            <h3>{t('result.nextTitle')}</h3>
            <p>{t(`lines.${line}.next`)}</p>
          </>
        )}
      </section>
    </>
  );
}

function Receipt({ reference, at, helper }: { reference: string; at: string; helper: HelperInfo | null }) {
  const { t, i18n } = useTranslation('intake');
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt className="summary-list__key">{t('result.reference')}</dt>
        <dd className="summary-list__value" data-testid="intake-reference">
          {reference}
        </dd>
      </div>
      <div className="summary-list__row">
        <dt className="summary-list__key">{t('result.date')}</dt>
        <dd className="summary-list__value">{formatDateTime(at, i18n.language)}</dd>
      </div>
      {helper ? (
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('result.helpedBy')}</dt>
          <dd className="summary-list__value" dir="auto">
            {[helper.name, helper.organisation].filter(Boolean).join(', ')}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/**
 * The confirmation: reference, date, the proposal (or the decision) and a printable copy.
 * The participatieladder rung is for the coach and is not shown here.
 */
export function Component() {
  const { t } = useTranslation('intake');
  const view = useIntakeView(useQuestionnaireId());
  const participation = view.questionnaireId === 'participation';
  const waiting = view.pendingSubmission;
  const submission = view.submitted;
  const version = submission?.definitionVersion ?? waiting?.payload.definitionVersion;
  const definitionQuery = useDefinition(view.questionnaireId, version);
  // the aanvullende vragenlijst: for maatschappelijke participatie, or when the coach asked for it
  const participationQuery = useIntake(view.clientId, 'participation', { enabled: !participation && submission !== null });

  if (!waiting && !submission) {
    if (view.overviewQuery.isPending) return <QueryState query={view.overviewQuery}>{() => null}</QueryState>;
    return <Navigate to={view.paths.start} replace />;
  }
  const answers = submission?.answers ?? waiting?.payload.answers ?? {};
  const line = submission ? (submission.decision?.serviceLine ?? submission.result.proposal.serviceLine) : null;
  const offerParticipation = !participation && (line === 'socialParticipation' || Boolean(participationQuery.data?.request));
  return (
    <Page title={submission ? t('result.titleSent') : t('result.titleWaiting')}>
      {submission ? (
        <Receipt reference={submission.reference} at={submission.submittedAt} helper={submission.helper} />
      ) : waiting ? (
        <>
          <Notice kind="warning" live="polite">
            <p>{t('result.waiting')}</p>
          </Notice>
          <Receipt reference={referenceFor(waiting.payload.submissionId)} at={waiting.payload.submittedAt} helper={waiting.payload.helper} />
          {participation ? null : <p>{t('result.proposalLater')}</p>}
        </>
      ) : null}
      {participation ? (
        <section data-testid="participation-next">
          <h2>{t('result.nextTitle')}</h2>
          <p>{t('participation.next')}</p>
        </section>
      ) : submission ? (
        <Proposal submission={submission} />
      ) : null}
      {offerParticipation ? <ParticipationLink overview={participationQuery.data} /> : null}
      <h2>{t('result.answersTitle')}</h2>
      <p className="no-print">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('result.print')}
        </Button>
      </p>
      <QueryState query={definitionQuery}>{(definition) => <AnswerList definition={definition} answers={answers} />}</QueryState>
      <p className="no-print">
        <Link to="/start">{t('result.home')}</Link>
      </p>
    </Page>
  );
}
