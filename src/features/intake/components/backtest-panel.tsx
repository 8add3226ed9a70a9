import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { TableScroll } from '#src/shared/ui/table-scroll.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { todayIso, addDays } from '#src/shared/lib/dates.ts';
import { serviceLineSchema, type ServiceLine } from '#src/shared/lib/domain.ts';
import type { IntakeDefinition } from '../definition/schemas.ts';
import { findQuestion } from '../definition/engine.ts';
import { percentage } from '../tuning/backtest.ts';
import type { Agreement, BacktestInput, BacktestResult, LineTable } from '../tuning/schemas.ts';
import { useBacktest } from '../api/rule-versions.ts';
import { useAnswerText } from './answer-text.tsx';
import { useLocalized } from '../use-intake-view.ts';

const LINES = serviceLineSchema.options;
const PERIODS = [3, 6, 12] as const;

function periodOf(months: number): BacktestInput {
  const to = todayIso();
  return { from: addDays(to, -Math.round(months * 30.44)), to };
}

function AgreementTable({ before, after, id }: { before: Agreement; after: Agreement; id: string }) {
  const { t } = useTranslation('intake');
  const cell = (part: number, whole: number) => {
    const pct = percentage(part, whole);
    return pct === null ? t('tuning.backtest.noDecisions') : t('tuning.backtest.share', { pct, part, whole });
  };
  return (
    <table className="table">
      <caption id={id}>{t('tuning.backtest.agreementCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('tuning.backtest.decidedLine')}</th>
          <th scope="col">{t('tuning.backtest.now')}</th>
          <th scope="col">{t('tuning.backtest.draft')}</th>
        </tr>
      </thead>
      <tbody>
        {LINES.map((line) => (
          <tr key={line}>
            <th scope="row">{t(`lines.${line}.name`)}</th>
            <td>{cell(before.perLine[line].agreed, before.perLine[line].decided)}</td>
            <td>{cell(after.perLine[line].agreed, after.perLine[line].decided)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('tuning.backtest.all')}</th>
          <td>{cell(before.agreed, before.decided)}</td>
          <td>{cell(after.agreed, after.decided)}</td>
        </tr>
      </tbody>
    </table>
  );
}

function LineMatrix({ table, caption, id }: { table: LineTable; caption: string; id: string }) {
  const { t } = useTranslation('intake');
  return (
    <table className="table">
      <caption id={id}>{caption}</caption>
      <thead>
        <tr>
          <td />
          {LINES.map((line) => (
            <th key={line} scope="col">
              {t('tuning.backtest.proposed', { line: t(`lines.${line}.name`) })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {LINES.map((decided) => (
          <tr key={decided}>
            <th scope="row">{t('tuning.backtest.decided', { line: t(`lines.${decided}.name`) })}</th>
            {LINES.map((proposed) => (
              <td key={proposed}>{table[decided][proposed]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Result({ result, base }: { result: BacktestResult; base: IntakeDefinition }) {
  const { t } = useTranslation('intake');
  const answerText = useAnswerText();
  const localized = useLocalized();
  const line = (value: ServiceLine | null) => (value ? t(`lines.${value}.name`) : t('tuning.backtest.notDecided'));
  return (
    <div className="backtest" role="status">
      <p>
        <strong>{t('tuning.backtest.changed', { changed: result.changed, total: result.submissions })}</strong>
      </p>
      <TableScroll labelledBy="backtest-agreement">
        <AgreementTable id="backtest-agreement" before={result.before.agreement} after={result.after.agreement} />
      </TableScroll>
      <TableScroll labelledBy="backtest-now">
        <LineMatrix id="backtest-now" table={result.before.table} caption={t('tuning.backtest.matrixNow')} />
      </TableScroll>
      <TableScroll labelledBy="backtest-draft">
        <LineMatrix id="backtest-draft" table={result.after.table} caption={t('tuning.backtest.matrixDraft')} />
      </TableScroll>
      {result.cases.length > 0 ? (
        <>
          <h3>{t('tuning.backtest.casesTitle')}</h3>
          <p className="field__hint">{t('tuning.backtest.casesHint')}</p>
          <ul className="card-list">
            {result.cases.map((c) => (
              <li key={c.pseudonym} className="card-list__item">
                <h4 className="summary-card__title">{c.pseudonym}</h4>
                <p>
                  {t('tuning.backtest.caseLine', {
                    before: `${line(c.before.serviceLine)} (${c.before.rung})`,
                    after: `${line(c.after.serviceLine)} (${c.after.rung})`,
                    decided: line(c.decided),
                  })}
                </p>
                <ul>
                  {c.answers.map((a) => {
                    const found = findQuestion(base, a.questionId);
                    return found ? (
                      <li key={a.questionId}>
                        {localized(found.question.text)} <strong>{answerText(found.question, a.answer)}</strong>
                      </li>
                    ) : null;
                  })}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** Runs the backtest of a draft or a published version on a period and shows what would change. */
export function BacktestPanel({ id, version, base }: { id: string; version: number; base: IntakeDefinition }) {
  const { t } = useTranslation('intake');
  const [months, setMonths] = useState<number>(12);
  const [period, setPeriod] = useState<BacktestInput | null>(null);
  const query = useBacktest(id, version, period);
  return (
    <section aria-labelledby="backtest-heading">
      <h2 id="backtest-heading">{t('tuning.backtest.title')}</h2>
      <p>{t('tuning.backtest.lead')}</p>
      <SelectField
        id="backtest-period"
        label={t('tuning.backtest.period')}
        value={String(months)}
        onChange={(event) => setMonths(Number(event.target.value))}
        options={PERIODS.map((n) => ({ value: String(n), label: t('tuning.backtest.months', { n }) }))}
      />
      <Button className="backtest-run" variant="secondary" busy={query.isFetching} onClick={() => setPeriod(periodOf(months))}>
        {t('tuning.backtest.run')}
      </Button>
      {period ? <QueryState query={query}>{(result) => <Result result={result} base={base} />}</QueryState> : null}
    </section>
  );
}
