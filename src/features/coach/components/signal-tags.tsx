import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { StatusTag, type StatusTone } from '#src/shared/ui/status-tag.tsx';
import { SIGNAL_SEVERITY, type Severity } from '../caseload-export.ts';
import type { Signal } from '../schemas.ts';
import '#src/shared/ui/styles/coach.css';

const TONE: Record<Severity, StatusTone> = { high: 'error', medium: 'warning', low: 'info' };
const ICON: Record<Severity, string> = { high: '▲', medium: '◆', low: '●' };

/** One signal: its severity in words, an icon and a colour, then what it is. */
export function SignalTag({ signal }: { signal: Signal }) {
  const { t } = useTranslation('coach');
  const severity = SIGNAL_SEVERITY[signal];
  return (
    <StatusTag tone={TONE[severity]}>
      <span aria-hidden="true" className="signal__icon">
        {ICON[severity]}
      </span>{' '}
      {t('signals.withSeverity', { severity: t(`severity.${severity}`), signal: t(`signals.${signal}`) })}
    </StatusTag>
  );
}

/** The signals as words (never colour alone); "Geen signalen" when there are none. */
export function SignalTags({ signals }: { signals: readonly Signal[] }) {
  const { t } = useTranslation('coach');
  if (signals.length === 0) return <span className="muted">{t('signals.none')}</span>;
  return (
    <ul className="signal-list">
      {signals.map((signal) => (
        <li key={signal}>
          <SignalTag signal={signal} />
        </li>
      ))}
    </ul>
  );
}

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

/** The text of one compact tag: the signals of one severity ("Hoog: Bericht open, 14 dagen niets"). */
export type CompactSignalText = (severity: Severity, signals: readonly Signal[]) => string;

/** `CompactSignalText` in the language of `t` (a table keeps its answers: `compactSignalTexts`). */
export function compactSignalText(t: TFunction<'coach'>): CompactSignalText {
  return (severity, signals) => t('signals.withSeverity', { severity: t(`severity.${severity}`), signal: signals.map((s) => t(`signalsShort.${s}`)).join(', ') });
}

/**
 * The caseload's compact form: one tag per severity present ("▲ Hoog: Bericht open, 14 dagen
 * niets"), short names, so a row stays one or two lines high. The client page shows them in full.
 * `text`: the tags' texts, when a table of many rows keeps them (issue 15); else made here.
 */
export function CompactSignals({ signals, text }: { signals: readonly Signal[]; text?: CompactSignalText }) {
  const { t } = useTranslation('coach');
  if (signals.length === 0) return <span className="muted">{t('signals.none')}</span>;
  const tagText = text ?? compactSignalText(t);
  return (
    <ul className="signal-list signal-list--compact">
      {SEVERITIES.filter((severity) => signals.some((s) => SIGNAL_SEVERITY[s] === severity)).map((severity) => (
        <li key={severity}>
          <StatusTag tone={TONE[severity]}>
            <span aria-hidden="true" className="signal__icon">
              {ICON[severity]}
            </span>{' '}
            {tagText(
              severity,
              signals.filter((s) => SIGNAL_SEVERITY[s] === severity),
            )}
          </StatusTag>
        </li>
      ))}
    </ul>
  );
}

/** The icon of a signal's severity (for the totals above the table). */
export const severityIcon = (signal: Signal) => ICON[SIGNAL_SEVERITY[signal]];
export const severityTone = (signal: Signal) => TONE[SIGNAL_SEVERITY[signal]];
