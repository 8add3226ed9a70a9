import { downloadBlob } from './download.ts';

/**
 * CSV made on the device (the coach's caseload, the teamleider's tables): nothing is sent anywhere.
 */

/** One CSV field (RFC 4180): quoted when it holds a separator, a quote or a line break; a leading = + - @ is defused for spreadsheets. */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";,\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A CSV document (semicolons, as Dutch spreadsheets expect; CRLF line ends; a BOM so Excel reads UTF-8). */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(';')).join('\r\n')}\r\n`;
}

/** Offers a CSV document as a file download. */
export function downloadCsv(csv: string, fileName: string): void {
  downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
}
