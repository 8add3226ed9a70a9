import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { downloadCsv, toCsv } from '#src/shared/files/csv.ts';
import type { FigureText } from '../figure-text.ts';

/**
 * A figure's numbers as a real table (the accessible version of its chart) with a CSV download of
 * exactly the text shown. `diagonal`: the sorting table marks where proposal and decision agree.
 */
export function DataTable({ text, caption, fileName, diagonal = false }: { text: FigureText; caption: string; fileName: string; diagonal?: boolean }) {
  const { t } = useTranslation('management');
  const rows = text.totals ? [...text.rows, text.totals] : text.rows;
  const download = () => downloadCsv(toCsv(text.header, rows), fileName);
  return (
    <>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (axe scrollable-region-focusable) */}
      <div className="table-wrapper" role="region" aria-label={t('tableRegion', { title: caption })} tabIndex={0}>
        <table className="table figure-table">
          <caption className="table__caption">
            {caption}
          </caption>
          <thead>
            <tr>
              {text.header.map((cell, i) => (
                <th key={i} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {text.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={c} className={diagonal && c === r + 1 ? 'figure-table__agree' : undefined}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
          {text.totals ? (
            <tfoot>
              <tr>
                {text.totals.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={c}>{cell}</td>
                  ),
                )}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
      <Button variant="secondary" className="no-print" onClick={download}>
        {t('csv')}
        <span className="visually-hidden">: {caption}</span>
      </Button>
    </>
  );
}
