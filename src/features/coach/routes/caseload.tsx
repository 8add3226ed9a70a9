import { memo, useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { TextField } from '#src/shared/ui/form.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import type { ServiceLine } from '#src/shared/lib/domain.ts';
import { useCaseload } from '../api/caseload.ts';
import { filterCaseload, nextSort, NO_CASELOAD_FILTERS, sortCaseload, type CaseloadFilters, type CaseloadSort, type SortKey } from '../caseload-view.ts';
import { SIGNALS, type CaseloadEntry } from '../schemas.ts';
import { SignalTags } from '../components/signal-tags.tsx';
import { useFormatDate } from '#src/shared/lib/format.ts';

const LINES: ServiceLine[] = ['selfReliant', 'guidedSupport', 'socialParticipation'];

function SortHeader({ column, sort, onSort, label }: { column: SortKey; sort: CaseloadSort; onSort: (key: SortKey) => void; label: string }) {
  const active = sort.key === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className="sort-button__icon">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** One row; memoised so sorting and filtering only move rows, the formatter comes from the table. */
const Row = memo(function Row({ client, date }: { client: CaseloadEntry; date: (iso: string) => string }) {
  const { t } = useTranslation('coach');
  const base = `/coach/clienten/${encodeURIComponent(client.clientId)}`;
  return (
    <tr>
      <th scope="row">
        <Link to={base} dir="auto" className="caseload__name">
          {client.name}
        </Link>
        <span className="caseload__quick">
          <Link to={`${base}/vragenlijst`} aria-label={`${t('caseload.intakeLink')} ${client.name}`}>
            {t('caseload.intakeLink')}
          </Link>
          <Link to={`${base}/werkmap`} aria-label={`${t('caseload.workFolderLink')} ${client.name}`}>
            {t('caseload.workFolderLink')}
          </Link>
        </span>
      </th>
      <td>{client.serviceLine ? t(`serviceLine.${client.serviceLine}`) : t('serviceLine.none')}</td>
      <td>
        {t(`searchPeriod.${client.searchPeriodStatus}`)}
        {client.searchPeriodEnd ? <span className="caseload__sub">{t('searchPeriod.until', { date: date(client.searchPeriodEnd) })}</span> : null}
      </td>
      <td>
        {client.progress.required > 0 ? (
          <>
            {t('caseload.progress', { done: client.progress.count, required: client.progress.required })}
            {client.progress.count >= client.progress.required ? (
              <span className="caseload__sub">
                <StatusTag tone="success">{t('caseload.normMet')}</StatusTag>
              </span>
            ) : null}
          </>
        ) : (
          t('caseload.noNorm')
        )}
      </td>
      <td>{client.lastActivityAt ? date(client.lastActivityAt) : t('caseload.never')}</td>
      <td>{client.lastContactAt ? date(client.lastContactAt) : t('caseload.never')}</td>
      <td>{client.unreadMessages}</td>
      <td>
        {client.openTasks}
        {client.overdueTasks > 0 ? (
          <span className="caseload__sub">
            <StatusTag tone="error">{t('caseload.overdue', { n: client.overdueTasks })}</StatusTag>
          </span>
        ) : null}
      </td>
      <td>
        <SignalTags signals={client.signals} />
      </td>
    </tr>
  );
});

/** The e-coach's home: their caseload as a sortable, filterable table. */
export function Component() {
  const { t, i18n } = useTranslation('coach');
  const query = useCaseload();
  const date = useFormatDate({ dateStyle: 'medium' });
  const [sort, setSort] = useState<CaseloadSort>({ key: 'signals', direction: 'descending' });
  const [filters, setFilters] = useState<CaseloadFilters>(NO_CASELOAD_FILTERS);
  const deferredFilters = useDeferredValue(filters);
  const clients = query.data?.clients;
  const lineLabel = (line: ServiceLine | null) => (line ? t(`serviceLine.${line}`) : t('serviceLine.none'));
  const rows = useMemo(
    () => (clients ? sortCaseload(filterCaseload(clients, deferredFilters), sort, lineLabel, i18n.language) : []),
    // lineLabel follows the language
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [clients, deferredFilters, sort, i18n.language],
  );
  const onSort = (key: SortKey) => setSort((current) => nextSort(current, key));
  const columns: Array<[SortKey, string]> = [
    ['serviceLine', t('caseload.columns.serviceLine')],
    ['searchPeriodEnd', t('caseload.columns.searchPeriod')],
    ['progress', t('caseload.columns.progress')],
    ['lastActivityAt', t('caseload.columns.lastActivity')],
    ['lastContactAt', t('caseload.columns.lastContact')],
    ['unreadMessages', t('caseload.columns.unread')],
    ['openTasks', t('caseload.columns.tasks')],
    ['signals', t('caseload.columns.signals')],
  ];
  return (
    <Page title={t('caseload.title')}>
      <QueryState query={query} lines={8}>
        {(caseload) =>
          caseload.clients.length === 0 ? (
            <p>{t('caseload.empty')}</p>
          ) : (
            <>
              <div role="search" className="caseload-filters" aria-label={t('caseload.filters')}>
                <TextField
                  id="caseload-query"
                  type="search"
                  label={t('caseload.search')}
                  value={filters.query}
                  autoComplete="off"
                  onChange={(event) => setFilters((f) => ({ ...f, query: event.target.value }))}
                />
                <SelectField
                  id="caseload-line"
                  label={t('caseload.columns.serviceLine')}
                  value={filters.serviceLine}
                  onChange={(event) => setFilters((f) => ({ ...f, serviceLine: event.target.value as CaseloadFilters['serviceLine'] }))}
                  options={[
                    { value: '', label: t('caseload.all') },
                    ...LINES.map((line) => ({ value: line, label: t(`serviceLine.${line}`) })),
                    { value: 'none', label: t('serviceLine.none') },
                  ]}
                />
                <SelectField
                  id="caseload-signal"
                  label={t('caseload.signal')}
                  value={filters.signal}
                  onChange={(event) => setFilters((f) => ({ ...f, signal: event.target.value as CaseloadFilters['signal'] }))}
                  options={[{ value: '', label: t('caseload.all') }, ...SIGNALS.map((s) => ({ value: s, label: t(`signals.${s}`) }))]}
                />
              </div>
              <p role="status" className="caseload__count">
                {t('caseload.shown', { shown: rows.length, total: caseload.clients.length })}
              </p>
              {/* a scrolling region must be reachable by keyboard to scroll it (WCAG 2.1.1) */}
              {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
              <div className="table-scroll" role="region" aria-labelledby="caseload-caption" tabIndex={0}>
                <table className="table caseload">
                  <caption id="caseload-caption" className="table__caption">
                    {t('caseload.caption', { count: caseload.clients.length })}
                    <span className="caseload__sub">
                      {t('caseload.sortedBy', {
                        column: sort.key === 'name' ? t('caseload.columns.name') : (columns.find(([key]) => key === sort.key)?.[1] ?? ''),
                        direction: t(`caseload.${sort.direction}`),
                      })}
                    </span>
                  </caption>
                  <thead>
                    <tr>
                      <SortHeader column="name" sort={sort} onSort={onSort} label={t('caseload.columns.name')} />
                      {columns.map(([key, label]) => (
                        <SortHeader key={key} column={key} sort={sort} onSort={onSort} label={label} />
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((client) => (
                      <Row key={client.clientId} client={client} date={date} />
                    ))}
                  </tbody>
                </table>
              </div>
              {rows.length === 0 ? <p>{t('caseload.noMatch')}</p> : null}
            </>
          )
        }
      </QueryState>
    </Page>
  );
}
