import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { isApiError } from '#src/shared/api/errors.ts';
import { todayIso } from '#src/shared/lib/dates.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { serviceLineSchema, type ServiceLine } from '#src/shared/lib/domain.ts';
import { periodChoices, periodOf, type PeriodKind } from '../period.ts';
import { useAppConfig } from '#src/shared/config/app-config.ts';
import { indicatorSettings } from '../indicators.ts';
import { useFigures, type FiguresQuery } from '../api/get-figures.ts';
import { FigureSection } from '../components/figure-section.tsx';
import '#src/shared/ui/styles/management.css';

const KINDS: PeriodKind[] = ['month', 'quarter', 'year'];

/**
 * The teamleider's dashboard (issue 21): their team's figures for a month, quarter or year, for
 * all coaches or one, all lines or one. Aggregates only; the server applies the small-cell rule.
 */
export function Component() {
  const { t, i18n } = useTranslation('management');
  const date = useFormatDate({ dateStyle: 'long' });
  const today = todayIso();
  const choices = useMemo(() => periodChoices(today), [today]);
  // baselines, targets and the caseload norm: the municipality's (config.json `management`)
  const settings = indicatorSettings(useAppConfig().management);
  const number = useMemo(() => {
    const format = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
    return (value: number) => format.format(value);
  }, [i18n.language]);
  const month = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { month: 'short', timeZone: 'UTC' });
    return (ym: string) => format.format(new Date(`${ym}-15T12:00:00Z`));
  }, [i18n.language]);
  const periodName = (id: string) => {
    if (id.length === 4) return id;
    if (id[5] === 'Q') return t('quarterName', { quarter: id[6], year: id.slice(0, 4) });
    return new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${id}-15T12:00:00Z`));
  };

  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [period, setPeriod] = useState(periodOf(today, 'quarter'));
  const [coach, setCoach] = useState('');
  const [line, setLine] = useState('');
  const [query, setQuery] = useState<FiguresQuery>({ period, coach: null, line: null });
  const figures = useFigures(query);
  const coaches = figures.data?.coaches ?? [];

  const show = (event: FormEvent) => {
    event.preventDefault();
    setQuery({ period, coach: coach || null, line: (line || null) as ServiceLine | null });
  };
  const tooFew = isApiError(figures.error) && figures.error.code === 'too-few-people';

  return (
    <Page title={t('title')} lead={figures.data ? t('lead', { team: figures.data.team.name }) : undefined}>
      <form className="figures-filter no-print" onSubmit={show} aria-label={t('filters.legend')}>
        <SelectField
          label={t('filters.kind')}
          value={kind}
          onChange={(event) => {
            const next = event.target.value as PeriodKind;
            setKind(next);
            setPeriod(choices[next][0] as string);
          }}
          options={KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
        />
        <SelectField label={t('filters.period')} value={period} onChange={(event) => setPeriod(event.target.value)} options={choices[kind].map((value) => ({ value, label: periodName(value) }))} />
        <SelectField
          label={t('filters.coach')}
          value={coach}
          onChange={(event) => setCoach(event.target.value)}
          options={[{ value: '', label: t('filters.allCoaches') }, ...coaches.map((c) => ({ value: c.id, label: c.name }))]}
        />
        <SelectField
          label={t('filters.line')}
          value={line}
          onChange={(event) => setLine(event.target.value)}
          options={[{ value: '', label: t('filters.allLines') }, ...serviceLineSchema.options.map((value) => ({ value, label: t(`label.${value}`) }))]}
        />
        <Button type="submit">{t('filters.show')}</Button>
      </form>
      {tooFew ? (
        <Notice kind="warning" live="polite">
          <p>{t('tooFew')}</p>
        </Notice>
      ) : (
        <QueryState query={figures}>
          {(data) => (
            <>
              <div className="figures-shown">
                <p role="status">
                  {t('shown', { period: periodName(data.period.id), start: date(data.period.start), end: date(data.period.end) })}
                  {data.filters.coach ? ` ${t('shownCoach', { coach: data.coaches.find((c) => c.id === data.filters.coach)?.name ?? '' })}` : null}
                  {data.filters.line ? ` ${t('shownLine', { line: t(`label.${data.filters.line}`) })}` : null}
                </p>
                <p>{t('smallKey')}</p>
                <Button variant="secondary" className="no-print" onClick={() => window.print()}>
                  {t('print')}
                </Button>
              </div>
              {data.figures.map((figure) => (
                <FigureSection key={figure.id} figure={figure} data={data} settings={settings} number={number} month={month} />
              ))}
            </>
          )}
        </QueryState>
      )}
    </Page>
  );
}
