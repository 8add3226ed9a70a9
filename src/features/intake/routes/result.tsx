import { Link, Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { useDefinition } from '../api/get-definition.ts';
import { visibleQuestions } from '../definition/engine.ts';
import type { Answers, IntakeDefinition } from '../definition/schemas.ts';
import type { HelperInfo, IntakeSubmission } from '../schemas.ts';
import { referenceFor } from '../reference.ts';
import { formatDateTime, useAnswerText } from '../components/answer-text.tsx';
import { useIntakeView, useLocalized } from '../use-intake-view.ts';

function AnswerCopy({ definition, answers }: { definition: IntakeDefinition; answers: Answers }) {
  const localized = useLocalized();
  const answerText = useAnswerText();
  const visible = visibleQuestions(definition, answers);
  return (
    <>
      {definition.sections.map((section) => {
        const rows = visible.filter((v) => v.section.id === section.id && answers[v.question.id] !== undefined);
        if (rows.length === 0) return null;
        return (
          <section key={section.id}>
            <h3>{localized(section.title)}</h3>
            <dl className="summary-list">
              {rows.map(({ question }) => (
                <div className="summary-list__row" key={question.id}>
                  <dt className="summary-list__key">{localized(question.text)}</dt>
                  <dd className="summary-list__value" dir="auto">
                    {answerText(question, answers[question.id])}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </>
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

/** The confirmation: reference, date, the proposal (or the decision) and a printable copy. */
export function Component() {
  const { t } = useTranslation('intake');
  const view = useIntakeView();
  const waiting = view.pendingSubmission;
  const submission = view.submitted;
  const version = submission?.definitionVersion ?? waiting?.payload.definitionVersion;
  const definitionQuery = useDefinition(version);

  if (!waiting && !submission) {
    if (view.overviewQuery.isPending) return <QueryState query={view.overviewQuery}>{() => null}</QueryState>;
    return <Navigate to="/vragenlijst" replace />;
  }
  const answers = submission?.answers ?? waiting?.payload.answers ?? {};
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
          <p>{t('result.proposalLater')}</p>
        </>
      ) : null}
      {submission ? <Proposal submission={submission} /> : null}
      <h2>{t('result.answersTitle')}</h2>
      <p className="no-print">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('result.print')}
        </Button>
      </p>
      <QueryState query={definitionQuery}>{(definition) => <AnswerCopy definition={definition} answers={answers} />}</QueryState>
      <p className="no-print">
        <Link to="/start">{t('result.home')}</Link>
      </p>
    </Page>
  );
}
