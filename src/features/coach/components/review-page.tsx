import { useEffect, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { ErrorSummary, RadioGroup } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { FormTextareaField } from '#src/shared/ui/textarea-field.tsx';
import { SaveError } from '#src/shared/ui/save-error.tsx';
import { useCoachClient } from '../api/get-client.ts';
import { useHoldReview } from '../api/hold-review.ts';
import { useLadder } from '../api/get-ladder.ts';
import { useRungChoices } from './ladder-section.tsx';
import { newId } from '../api/keys.ts';
import { OBLIGATION_ANSWERS, REASON_MAX, REVIEW_DECISIONS, REVIEW_OBLIGATIONS, reviewInputSchema, rungSchema, type CoachClient, type ReviewInput } from '../schemas.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { todayIso } from '#src/shared/lib/dates.ts';

type Values = { obligations: Record<(typeof REVIEW_OBLIGATIONS)[number], string | null>; decision: string | null; reason: string; rung: string | null };
/** As typed (a radio group with nothing chosen gives '' or null) -> the API's input. */
const chosen = z.string().nullable().transform((v) => v ?? '');
/**
 * The rung is required: it is preselected with the current one, so a coach who sees no change
 * confirms it with no extra step, and the ladder's history gets a dated entry from every review;
 * only when no rung is known yet must the coach choose one.
 */
const rungChosen = chosen.pipe(z.string().min(1, { error: 'validation.review.rung.required' })).transform(Number);
const formSchema = z
  .object({ obligations: z.object({ applications: chosen, workFolder: chosen, reachable: chosen }), decision: chosen, reason: z.string(), rung: rungChosen })
  .pipe(reviewInputSchema.extend({ rung: rungSchema }));

function ReviewForm({ client }: { client: CoachClient }) {
  const { t } = useTranslation('coach');
  const { write, error } = useHoldReview(client.clientId);
  const ladder = useLadder(client.clientId).data;
  const current = ladder?.rung ?? null;
  const rungs = useRungChoices();
  const [saved, setSaved] = useState(false);
  const { register, control, submit, reset, resetField, getFieldState, summary, message, formState } = useAppForm<Values, ReviewInput>({
    defaultValues: { obligations: { applications: '', workFolder: '', reachable: '' }, decision: '', reason: '', rung: current === null ? '' : String(current) },
    schema: formSchema,
    idPrefix: 'review',
  });
  const decision = useWatch({ control, name: 'decision' });
  // the ladder may arrive after the form: preselect its rung unless the coach chose one already
  useEffect(() => {
    if (current !== null && !getFieldState('rung').isDirty) resetField('rung', { defaultValue: String(current) });
  }, [current, getFieldState, resetField]);

  const save = async (input: ReviewInput) => {
    // the ladder's version the rung was chosen on: a rung change queued after this review is re-based past it
    if (!(await write({ payload: { clientId: client.clientId, reviewId: newId(), input }, baseVersion: ladder?.version }))) return;
    reset();
    setSaved(true);
  };

  return (
    <form
      noValidate
      aria-labelledby="review-form-heading"
      onSubmit={submit(save, () => setSaved(false))}
    >
      <h2 id="review-form-heading">{t('review.formTitle')}</h2>
      <ErrorSummary {...summary([...REVIEW_OBLIGATIONS.map((o) => ({ name: `obligations.${o}`, id: `review-${o}` })), 'decision', 'reason', 'rung'])} />
      <h3>{t('review.obligationsTitle')}</h3>
      {REVIEW_OBLIGATIONS.map((obligation) => (
        <RadioGroup
          key={obligation}
          id={`review-${obligation}`}
          legend={t(`review.obligations.${obligation}`)}
          error={message(`obligations.${obligation}`)}
          choices={OBLIGATION_ANSWERS.map((a) => ({ value: a, label: t(`review.answers.${a}`) }))}
          {...register(`obligations.${obligation}`)}
        />
      ))}
      <h3>{t('review.decisionTitle')}</h3>
      <RadioGroup
        id="review-decision"
        legend={t('review.decision')}
        error={message('decision')}
        choices={REVIEW_DECISIONS.map((d) => ({ value: d, label: t(`review.decisions.${d}`) }))}
        {...register('decision')}
      />
      {decision === 'guidedSupport' ? <Notice kind="warning" title={t('review.moveWarning')} /> : null}
      <FormTextareaField control={control} name="reason" id="review-reason" label={t('review.reason')} hint={t('review.reasonHint')} error={message('reason')} maxLength={REASON_MAX} rows={4} />
      <h3>{t('review.rungTitle')}</h3>
      <RadioGroup id="review-rung" legend={t('review.rung')} hint={current === null ? t('review.rungHintNone') : t('review.rungHint')} error={message('rung')} choices={rungs} {...register('rung')} />
      <Button type="submit" busy={formState.isSubmitting}>
        {t('review.save')}
      </Button>
      <SaveError error={error} />
      {saved ? (
        <p role="status" className="field__hint">
          {t('review.savedOnDevice')}
        </p>
      ) : null}
    </form>
  );
}

/**
 * The three-month review of a zelfdoener: were the obligations met; stay or move to
 * klantondersteuning, with a reason. `normHistory` (the app composes it from the werkmap) shows
 * the norm per period before the coach answers "genoeg gesolliciteerd?".
 */
export function ReviewPage({ normHistory }: { normHistory?: (clientId: string) => ReactNode }) {
  const { t } = useTranslation('coach');
  const { clientId = '' } = useParams();
  const query = useCoachClient(clientId);
  const date = useFormatDate({ dateStyle: 'medium' });
  const dateTime = useFormatDate({ dateStyle: 'medium', time: true });
  const { pending } = useHoldReview(clientId);
  return (
    <Page title={query.data ? t('review.title', { name: query.data.name }) : t('review.titleUnknown')} back={{ to: `/coach/clienten/${encodeURIComponent(clientId)}`, label: t('review.back') }}>
      <QueryState query={query}>
        {(client) => (
          <>
            <p>
              {t('review.intro')}
              {client.reviewDueOn ? ` ${t('review.dueOn', { date: date(client.reviewDueOn) })}` : ''}
            </p>
            {pending.map((record) => {
              const { input } = record.payload;
              return (
                <Notice key={record.id} kind="info" title={t('review.pendingTitle')}>
                  <p>
                    {t(`review.decisions.${input.decision}`)} <StatusTag tone="neutral">{t('notes.pending')}</StatusTag>
                  </p>
                </Notice>
              );
            })}
            {normHistory && client.serviceLine === 'selfReliant' ? (
              <section aria-labelledby="review-norm-history">
                <h2 id="review-norm-history">{t('review.normHistory')}</h2>
                {normHistory(client.clientId)}
              </section>
            ) : null}
            {client.serviceLine === 'selfReliant' && client.reviewDueOn && client.reviewDueOn > todayIso() ? (
              <Notice kind="info" title={t('review.notDueTitle')}>
                <p>{t('review.notDue', { date: date(client.reviewDueOn) })}</p>
              </Notice>
            ) : null}
            {client.serviceLine === 'selfReliant' ? (
              <ReviewForm client={client} />
            ) : (
              <Notice kind="info" title={t('review.notSelfReliant', { line: client.serviceLine ? t(`serviceLine.${client.serviceLine}`) : t('serviceLine.none') })} />
            )}
            {client.reviews.length > 0 ? (
              <section aria-labelledby="earlier-reviews">
                <h2 id="earlier-reviews">{t('review.earlier')}</h2>
                <ul className="card-list">
                  {client.reviews.map((review) => (
                    <li key={review.id} className="card-list__item">
                      <p>
                        <strong>{t(`review.decisions.${review.decision}`)}</strong> · {dateTime(review.reviewedAt)} · {review.reviewedBy.name}
                      </p>
                      <p dir="auto" className="note__text">
                        {review.reason}
                      </p>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </>
        )}
      </QueryState>
    </Page>
  );
}
