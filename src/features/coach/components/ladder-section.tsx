import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { scaleLinear, scaleTime } from 'd3-scale';
import { Button } from '#src/shared/ui/button.tsx';
import { ErrorSummary } from '#src/shared/ui/form.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { FormTextareaField } from '#src/shared/ui/textarea-field.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { SaveError } from '#src/shared/ui/save-error.tsx';
import { SyncTag } from '#src/shared/ui/sync-tag.tsx';
import { TableScroll } from '#src/shared/ui/table-scroll.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { recordSyncState } from '#src/shared/offline/sync-state.ts';
import { useLadder } from '../api/get-ladder.ts';
import { useSetRung } from '../api/set-rung.ts';
import { LADDER_REASON_MAX, LADDER_RUNGS, ladderInputSchema, type Ladder, type LadderEntry, type LadderInput } from '../schemas.ts';
import '#src/shared/ui/styles/coach.css';

const WIDTH = 320;
const HEIGHT = 150;
const PAD = { left: 28, right: 12, top: 10, bottom: 24 };

/** The rung as a number from the select (an empty choice is "choose a rung"). */
const formSchema = z.object({
  rung: z.string().min(1, { error: 'validation.ladder.rung' }).transform(Number).pipe(ladderInputSchema.shape.rung),
  reason: ladderInputSchema.shape.reason,
});
type FormValues = z.input<typeof formSchema>;

/**
 * The rung over time as a step chart drawn from d3 scales (a picture of the table below it,
 * `role="img"` with the summary as its name); the table holds the same history with the source,
 * who and why. Oldest first; the last step runs on to today.
 */
function StepChart({ history, summary }: { history: readonly LadderEntry[]; summary: string }) {
  const date = useFormatDate({ dateStyle: 'medium' });
  const [now] = useState(() => Date.now());
  const first = history[0];
  if (!first) return null;
  const end = new Date(Math.max(now, Date.parse(history.at(-1)?.at ?? first.at) + 86_400_000));
  const x = scaleTime().domain([new Date(first.at), end]).range([PAD.left, WIDTH - PAD.right]);
  const y = scaleLinear().domain([1, 6]).range([HEIGHT - PAD.bottom, PAD.top]);
  let path = '';
  history.forEach((entry, i) => {
    const at = x(new Date(entry.at));
    path += i === 0 ? `M${at},${y(entry.rung)}` : `H${at}V${y(entry.rung)}`;
  });
  path += `H${x(end)}`;
  return (
    <svg className="step-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
      {LADDER_RUNGS.map((rung) => (
        <g key={rung}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(rung)} y2={y(rung)} className="step-chart__grid" />
          <text x={PAD.left - 8} y={y(rung) + 4} textAnchor="end" className="step-chart__label">
            {rung}
          </text>
        </g>
      ))}
      <path d={path} className="step-chart__line" />
      {history.map((entry) => (
        <circle key={`${entry.at}-${entry.source}`} cx={x(new Date(entry.at))} cy={y(entry.rung)} r={4} className="step-chart__point" />
      ))}
      <text x={PAD.left} y={HEIGHT - 6} className="step-chart__label">
        {date(first.at)}
      </text>
      <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end" className="step-chart__label">
        {date(end.toISOString())}
      </text>
    </svg>
  );
}

/** The six rungs as choices, with their names ("3 – Deelname aan georganiseerde activiteiten"). */
export function useRungChoices() {
  const { t } = useTranslation('coach');
  return LADDER_RUNGS.map((rung) => ({ value: String(rung), label: t('ladder.rungName', { rung, name: t(`ladder.names.${rung}`) }) }));
}

function SetRungForm({ ladder }: { ladder: Ladder }) {
  const { t } = useTranslation('coach');
  const rungs = useRungChoices();
  const { write, error } = useSetRung(ladder.clientId);
  const { register, control, submit, reset, summary, message, formState } = useAppForm<FormValues, LadderInput>({
    defaultValues: { rung: '', reason: '' },
    schema: formSchema,
    idPrefix: 'ladder',
  });
  const save = async (input: LadderInput) => {
    const record = await write({ payload: { clientId: ladder.clientId, input }, baseVersion: ladder.version });
    if (record) reset({ rung: '', reason: '' });
  };
  return (
    <form noValidate className="form" aria-label={t('ladder.set')} onSubmit={submit(save)}>
      <h3>{t('ladder.set')}</h3>
      <ErrorSummary {...summary(['rung', 'reason'])} />
      <SelectField
        id="ladder-rung"
        label={t('ladder.rung')}
        error={message('rung')}
        options={[{ value: '', label: t('ladder.choose') }, ...rungs]}
        {...register('rung')}
      />
      <FormTextareaField control={control} name="reason" id="ladder-reason" label={t('ladder.reason')} hint={t('ladder.reasonHint')} error={message('reason')} maxLength={LADDER_REASON_MAX} rows={3} />
      <Button type="submit" busy={formState.isSubmitting}>
        {t('ladder.save')}
      </Button>
      <SaveError error={error} />
    </form>
  );
}

/** The participatieladder on the coach's client page: chart, table, and setting a rung with a reason (through the outbox). */
export function LadderSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation('coach');
  const query = useLadder(clientId);
  const { pending } = useSetRung(clientId);
  const dateTime = useFormatDate({ dateStyle: 'medium', time: true });
  const captionId = useId();
  return (
    <section aria-labelledby="ladder-heading" className="ladder">
      <h2 id="ladder-heading">{t('ladder.title')}</h2>
      <QueryState query={query}>
        {(ladder) => {
          const waiting = pending.at(-1);
          const summary =
            ladder.rung === null
              ? t('ladder.none')
              : t('ladder.summary', { rung: ladder.rung, name: t(`ladder.names.${ladder.rung as 1}`), count: ladder.history.length });
          return (
            <>
              <p id={captionId}>{summary}</p>
              {waiting ? (
                <p>
                  {t('ladder.pending', { rung: waiting.payload.input.rung })} <SyncTag sync={recordSyncState(waiting)} />
                </p>
              ) : null}
              {ladder.history.length > 0 ? (
                <>
                  <StepChart history={ladder.history} summary={summary} />
                  <TableScroll labelledBy={captionId}>
                    <table className="table">
                      <caption className="visually-hidden">{t('ladder.caption')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('ladder.columns.at')}</th>
                          <th scope="col">{t('ladder.columns.rung')}</th>
                          <th scope="col">{t('ladder.columns.source')}</th>
                          <th scope="col">{t('ladder.columns.reason')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {[...ladder.history].reverse().map((entry) => (
                          <tr key={`${entry.at}-${entry.source}`}>
                            <th scope="row">{dateTime(entry.at)}</th>
                            <td>{t('ladder.rungName', { rung: entry.rung, name: t(`ladder.names.${entry.rung as 1}`) })}</td>
                            <td>{entry.by ? t('ladder.sourceBy', { source: t(`ladder.sources.${entry.source}`), name: entry.by.name }) : t(`ladder.sources.${entry.source}`)}</td>
                            <td dir="auto">{entry.reason ?? '—'}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </TableScroll>
                </>
              ) : null}
              <SetRungForm ladder={ladder} />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
