import { memo, useCallback, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { TextField } from '#src/shared/ui/form.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { downloadBlob } from '#src/shared/files/download.ts';
import { todayIso } from '#src/shared/lib/dates.ts';
import type { ServiceLine } from '#src/shared/lib/domain.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { useFirstInView } from '#src/shared/ui/use-after-paint.ts';
import { useCaseload } from '../api/caseload.ts';
import { filterCaseload, nextSort, NO_CASELOAD_FILTERS, sortCaseload, type CaseloadFilters, type CaseloadSort, type SortKey } from '../caseload-view.ts';
import { CASELOAD_COLUMNS, caseloadCells, caseloadCsv, SIGNAL_SEVERITY, type CellTexts } from '../caseload-export.ts';
import { readCaseloadPrefs, writeCaseloadPrefs } from '../caseload-prefs.ts';
import { SIGNALS, type CaseloadEntry, type Signal } from '../schemas.ts';
import { CompactSignals, compactSignalText, severityIcon, severityTone, type CompactSignalText } from '../components/signal-tags.tsx';
import '#src/shared/ui/styles/coach.css';

const LINES: ServiceLine[] = ['selfReliant', 'guidedSupport', 'socialParticipation'];

/** Rows rendered before the first paint (more than a screenful); the rest right after it (issue 15). */
const FIRST_ROWS = 30;

/**
 * `text` with its answers kept per key: 150 rows repeat a few dozen texts (a service line, a
 * date, "3 van 4"), and each translation with values costs (issue 15).
 */
function remembered<T>(key: (value: T) => string, text: (value: T) => string): (value: T) => string {
  const kept = new Map<string, string>();
  return (value) => {
    const k = key(value);
    let out = kept.get(k);
    if (out === undefined) {
      out = text(value);
      kept.set(k, out);
    }
    return out;
  };
}

/** The clients the coach selected (among the rows shown); `done(text)` clears the selection and says what happened. */
export type SelectedClients = { clients: readonly { clientId: string; name: string }[]; done: (text: string) => void };

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

/** A count that is 0 shows as a dash (columns of zeros hide what matters); a screen reader hears "0". */
function Count({ text }: { text: string }) {
  if (text !== '0') return <>{text}</>;
  return (
    <>
      <span aria-hidden="true" className="muted">
        –
      </span>
      <span className="visually-hidden">0</span>
    </>
  );
}

/**
 * One compact row with one link (the client); its texts are the CSV's (`caseloadCells`). Memoised:
 * typing in the filter or ticking one box re-renders only the rows that changed (INP, issue 15).
 */
const Row = memo(function Row({ client, texts, signalText, selected, onSelect }: { client: CaseloadEntry; texts: CellTexts; signalText: CompactSignalText; selected: boolean; onSelect: (id: string, on: boolean) => void }) {
  const { t } = useTranslation('coach');
  const cells = caseloadCells(client, texts);
  const checkbox = `caseload-select-${client.clientId}`;
  return (
    <tr className={selected ? "caseload__row--selected" : undefined}>
      <td className="caseload__select">
        <input id={checkbox} type="checkbox" className="caseload__checkbox" checked={selected} onChange={(event) => onSelect(client.clientId, event.target.checked)} />
        <label htmlFor={checkbox} className="visually-hidden">
          {t('caseload.select', { name: client.name })}
        </label>
      </td>
      <th scope="row">
        <Link to={`/coach/clienten/${encodeURIComponent(client.clientId)}`} dir="auto" className="caseload__name">
          {client.name}
        </Link>
      </th>
      <td>{cells.serviceLine}</td>
      <td>{cells.searchPeriodEnd}</td>
      <td>{cells.progress}</td>
      <td>{cells.lastActivityAt}</td>
      <td>{cells.lastContactAt}</td>
      <td>
        <Count text={cells.unreadMessages} />
      </td>
      <td>{client.overdueTasks > 0 ? <StatusTag tone="error">{cells.openTasks}</StatusTag> : <Count text={cells.openTasks} />}</td>
      <td>
        <CompactSignals signals={client.signals} text={signalText} />
      </td>
    </tr>
  );
});

/** The table's rows: skipped by React while only the filter's text changes (the rows follow it deferred). */
const CaseloadRows = memo(function CaseloadRows({
  rows,
  texts,
  signalText,
  selected,
  onSelect,
}: {
  rows: readonly CaseloadEntry[];
  texts: CellTexts;
  signalText: CompactSignalText;
  selected: ReadonlySet<string>;
  onSelect: (id: string, on: boolean) => void;
}) {
  return (
    <tbody>
      {rows.map((client) => (
        <Row key={client.clientId} client={client} texts={texts} signalText={signalText} selected={selected.has(client.clientId)} onSelect={onSelect} />
      ))}
    </tbody>
  );
});

/** The totals per signal; each is a filter (pressed: only those clients). */
function SignalTotals({ clients, signal, onSignal }: { clients: readonly CaseloadEntry[]; signal: CaseloadFilters['signal']; onSignal: (signal: CaseloadFilters['signal']) => void }) {
  const { t } = useTranslation('coach');
  const counts = useMemo(() => new Map<Signal, number>(SIGNALS.map((s) => [s, clients.filter((c) => c.signals.includes(s)).length])), [clients]);
  return (
    <section aria-labelledby="caseload-totals" className="signal-totals">
      <h2 id="caseload-totals" className="signal-totals__title">
        {t('caseload.totalsTitle')}
      </h2>
      <ul className="signal-totals__list">
        {SIGNALS.map((s) => (
          <li key={s}>
            <button type="button" className={`signal-total status-tag status-tag--${severityTone(s)}`} aria-pressed={signal === s} onClick={() => onSignal(signal === s ? '' : s)}>
              <span aria-hidden="true">{severityIcon(s)}</span> {t(`signals.${s}`)} <span className="signal-total__count">{counts.get(s) ?? 0}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The e-coach's home for a working day: totals per signal that filter, a compact sortable table
 * (one link per row), rows to select for one message or task to all (`bulk`, composed by the app
 * from the messages and tasks features), and a CSV of exactly the rows shown.
 */
export function CaseloadPage({ bulk }: { bulk?: (selected: SelectedClients) => ReactNode }) {
  const { t, i18n } = useTranslation('coach');
  const { session, user } = useSession();
  const query = useCaseload();
  const date = useFormatDate({ dateStyle: 'medium' });
  const userId = user?.id ?? '';
  const keep = session !== null && !session.publicComputer;
  const [initial] = useState(() => (keep ? readCaseloadPrefs(userId) : null));
  const [sort, setSort] = useState<CaseloadSort>(initial?.sort ?? { key: 'signals', direction: 'descending' });
  const [filters, setFilters] = useState<CaseloadFilters>(initial ? { ...NO_CASELOAD_FILTERS, serviceLine: initial.serviceLine, signal: initial.signal } : NO_CASELOAD_FILTERS);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [doneText, setDoneText] = useState('');
  useEffect(() => {
    if (keep) writeCaseloadPrefs(userId, { sort, serviceLine: filters.serviceLine, signal: filters.signal });
  }, [keep, userId, sort, filters.serviceLine, filters.signal]);
  const deferredFilters = useDeferredValue(filters);
  const clients = query.data?.clients;
  const lineLabel = useCallback((line: ServiceLine | null) => (line ? t(`serviceLine.${line}`) : t('serviceLine.none')), [t]);
  const rows = useMemo(
    () => (clients ? sortCaseload(filterCaseload(clients, deferredFilters), sort, lineLabel, i18n.language) : []),
    [clients, deferredFilters, sort, lineLabel, i18n.language],
  );
  // the same object while the language stays, so the memoised rows are skipped
  const texts = useMemo<CellTexts>(
    () => ({
      serviceLine: remembered((entry) => String(entry.serviceLine), (entry) => lineLabel(entry.serviceLine)),
      searchPeriod: remembered(
        (entry) => `${entry.searchPeriodStatus} ${entry.searchPeriodEnd}`,
        (entry) =>
          entry.searchPeriodEnd && entry.searchPeriodStatus === 'running'
            ? t('searchPeriod.runningUntil', { date: date(entry.searchPeriodEnd) })
            : t(`searchPeriod.${entry.searchPeriodStatus}`),
      ),
      progress: remembered(
        (entry) => `${entry.progress.count}/${entry.progress.required}`,
        (entry) => (entry.progress.required > 0 ? t('caseload.progress', { count: entry.progress.count, required: entry.progress.required }) : t('caseload.noNorm')),
      ),
      date: remembered(
        (iso) => iso ?? '',
        (iso) => (iso ? date(iso) : t('caseload.never')),
      ),
      tasks: remembered(
        (entry) => `${entry.openTasks}/${entry.overdueTasks}`,
        (entry) => (entry.overdueTasks > 0 ? t('caseload.tasksOverdue', { open: entry.openTasks, count: entry.overdueTasks }) : String(entry.openTasks)),
      ),
      signal: remembered<Signal>(String, (signal) => t('signals.withSeverity', { severity: t(`severity.${SIGNAL_SEVERITY[signal]}`), signal: t(`signalsShort.${signal}`) })),
      noSignals: t('signals.none'),
    }),
    [t, date, lineLabel],
  );
  // the compact signal tags' texts, kept per severity and signals like the cells' (a few dozen for 150 rows)
  const signalText = useMemo<CompactSignalText>(() => {
    const text = compactSignalText(t);
    const kept = remembered<Parameters<CompactSignalText>>(([severity, signals]) => `${severity}:${signals.join()}`, ([severity, signals]) => text(severity, signals));
    return (severity, signals) => kept([severity, signals]);
  }, [t]);
  const headers: Record<SortKey, string> = {
    name: t('caseload.columns.name'),
    serviceLine: t('caseload.columns.serviceLine'),
    searchPeriodEnd: t('caseload.columns.searchPeriod'),
    progress: t('caseload.columns.progress'),
    lastActivityAt: t('caseload.columns.lastActivity'),
    lastContactAt: t('caseload.columns.lastContact'),
    unreadMessages: t('caseload.columns.unread'),
    openTasks: t('caseload.columns.tasks'),
    signals: t('caseload.columns.signals'),
  };
  // a screenful of rows first, the rest right after the first paint
  const firstRows = useFirstInView(rows, FIRST_ROWS, clients !== undefined);
  const onSort = (key: SortKey) => setSort((current) => nextSort(current, key));
  const chosen = rows.filter((row) => selected.has(row.clientId));
  const allShownSelected = rows.length > 0 && chosen.length === rows.length;
  const onSelect = useCallback((id: string, on: boolean) => {
    setDoneText('');
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const selectAll = (on: boolean) => {
    setDoneText('');
    setSelected(on ? new Set(rows.map((row) => row.clientId)) : new Set());
  };
  const exportCsv = () => downloadBlob(new Blob([caseloadCsv(headers, rows, texts)], { type: 'text/csv;charset=utf-8' }), t('caseload.exportFile', { date: todayIso() }));
  return (
    <Page title={t('caseload.title')}>
      <QueryState query={query} lines={8}>
        {(caseload) =>
          caseload.clients.length === 0 ? (
            <p>{t('caseload.empty')}</p>
          ) : (
            <>
              <p className="no-print">
                <a href="#caseload-table" className="caseload__skip">
                  {t('caseload.skipToTable')}
                </a>
              </p>
              <SignalTotals clients={caseload.clients} signal={filters.signal} onSignal={(signal) => setFilters((f) => ({ ...f, signal }))} />
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
              </div>
              <div className="caseload-actions">
                <p role="status" className="caseload__count">
                  {t('caseload.shown', { shown: rows.length, total: caseload.clients.length })}
                  {chosen.length > 0 ? ` · ${t('caseload.selected', { count: chosen.length })}` : ''}
                  {doneText && chosen.length === 0 ? ` · ${doneText}` : ''}
                </p>
                <Button variant="secondary" onClick={exportCsv} disabled={rows.length === 0}>
                  {t('caseload.export', { count: rows.length })}
                </Button>
              </div>
              {chosen.length > 0 && bulk ? (
                <section aria-labelledby="caseload-bulk" className="caseload-bulk">
                  <h2 id="caseload-bulk">{t('caseload.bulkTitle', { count: chosen.length })}</h2>
                  {bulk({ clients: chosen.map(({ clientId, name }) => ({ clientId, name })), done: (text) => {
                      setSelected(new Set());
                      setDoneText(text);
                    },
                  })}
                </section>
              ) : null}
              {/* a scrolling region must be reachable by keyboard to scroll it (WCAG 2.1.1) */}
              {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
              <div id="caseload-table" className="table-scroll" role="region" aria-labelledby="caseload-caption" tabIndex={0}>
                <table className="table caseload">
                  <caption id="caseload-caption" className="table__caption">
                    {t('caseload.caption', { count: caseload.clients.length })}
                    <span className="caseload__sub">
                      {t('caseload.sortedBy', { column: headers[sort.key], direction: t(`caseload.${sort.direction}`) })}
                    </span>
                  </caption>
                  <thead>
                    <tr>
                      <td className="caseload__select">
                        <input
                          id="caseload-select-all"
                          type="checkbox"
                          className="caseload__checkbox"
                          checked={allShownSelected}
                          ref={(box) => {
                            if (box) box.indeterminate = chosen.length > 0 && !allShownSelected;
                          }}
                          onChange={(event) => selectAll(event.target.checked)}
                        />
                        <label htmlFor="caseload-select-all" className="visually-hidden">
                          {t('caseload.selectAll')}
                        </label>
                      </td>
                      {CASELOAD_COLUMNS.map((key) => (
                        <SortHeader key={key} column={key} sort={sort} onSort={onSort} label={headers[key]} />
                      ))}
                    </tr>
                  </thead>
                  <CaseloadRows rows={firstRows} texts={texts} signalText={signalText} selected={selected} onSelect={onSelect} />
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
