import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { DateField } from '#src/shared/ui/date-field.tsx';
import { RadioGroup, TextField, useErrorText } from '#src/shared/ui/form.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { datePartsSchema, isoToParts, type DateParts } from '#src/shared/lib/dates.ts';
import { newId } from '../api/keys.ts';
import { useRevokeShare, useShare } from '../api/share.ts';
import { defaultShareEnd, latestShareEnd, shareEndErrors, shareState } from '../rules.ts';
import type { ShareAudience } from '../schemas.ts';
import type { ShareView } from '../use-portfolio-view.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { SyncTag } from '#src/shared/ui/sync-tag.tsx';

export function linkUrl(token: string): string {
  return `${location.origin}/gedeeld/${encodeURIComponent(token)}`;
}

/**
 * Share chosen items with the coach or by link, until an end date (three months proposed, at
 * most a year). With `collection`, a name for the set is asked too.
 */
export function ShareForm({ itemIds, today, collection = false, onShared }: { itemIds: string[]; today: string; collection?: boolean; onShared?: () => void }) {
  const { t } = useTranslation(['portfolio', 'sync', 'common']);
  const errorText = useErrorText('portfolio');
  const formatDate = useFormatDate();
  const share = useShare();
  const id = useId();
  const [audience, setAudience] = useState<ShareAudience | ''>('');
  const [name, setName] = useState('');
  const [end, setEnd] = useState<DateParts>(() => isoToParts(defaultShareEnd(today)));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [done, setDone] = useState(false);
  // a new form after each share: the radios are uncontrolled, so they start empty again
  const [formKey, setFormKey] = useState(0);

  const submit = async () => {
    const next: Record<string, string | undefined> = {};
    if (!audience) next.audience = t('validation.portfolio.audience');
    const parsedEnd = datePartsSchema({ required: true }).safeParse(end);
    if (!parsedEnd.success) next.endsOn = errorText(parsedEnd.error.issues[0]?.message);
    else if (parsedEnd.data) next.endsOn = errorText(shareEndErrors(parsedEnd.data, today)[0]);
    if (itemIds.length === 0) next.items = t('validation.portfolio.noItems');
    setErrors(next);
    setDone(false);
    share.clearError();
    if (Object.values(next).some(Boolean) || !audience || !parsedEnd.success || !parsedEnd.data) return;
    const saved = await share.write({
      payload: { shareId: newId(), input: { audience, name: collection && name.trim() ? name.trim() : null, itemIds, endsOn: parsedEnd.data } },
    });
    if (!saved) return;
    setDone(true);
    setAudience('');
    setName('');
    setEnd(isoToParts(defaultShareEnd(today)));
    setFormKey((k) => k + 1);
    onShared?.();
  };

  return (
    <form
      key={formKey}
      noValidate
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {errors.items ? (
        <p className="utrecht-form-field-error-message" role="alert">
          {errors.items}
        </p>
      ) : null}
      <RadioGroup
        id={`${id}-audience`}
        name={`${id}-audience`}
        legend={t('share.audience')}
        error={errors.audience}
        choices={[
          { value: 'coach', label: t('share.withCoach') },
          { value: 'link', label: t('share.byLink') },
        ]}
        onChange={(event) => setAudience(event.target.value as ShareAudience)}
      />
      {collection ? <TextField id={`${id}-name`} label={`${t('share.name')} ${t('form.optional')}`} hint={t('share.nameHint')} value={name} onChange={(e) => setName(e.target.value)} /> : null}
      <DateField
        id={`${id}-end`}
        legend={t('share.until')}
        hint={t('share.untilHint', { latest: formatDate(latestShareEnd(today)) })}
        error={errors.endsOn}
        value={end}
        onChange={setEnd}
      />
      {share.error ? <p role="alert">{share.error}</p> : null}
      <Button type="submit">{t('share.submit')}</Button>
      {done ? (
        <p role="status" className="field__hint">
          {t('share.done')}
        </p>
      ) : null}
    </form>
  );
}

function CopyLink({ token }: { token: string }) {
  const { t } = useTranslation('portfolio');
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="share-link">
      <TextField id={id} label={t('share.link')} value={linkUrl(token)} readOnly dir="ltr" onFocus={(e) => e.target.select()} />
      <Button
        variant="secondary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(linkUrl(token));
            setCopied(true);
          } catch {
            setCopied(false);
          }
        }}
      >
        {t('share.copy')}
      </Button>
      {copied ? (
        <span role="status" className="field__hint">
          {' '}
          {t('share.copied')}
        </span>
      ) : null}
    </div>
  );
}

/** The shares (of one item, or all), each with its end date, state and a revoke button. */
export function ShareList({ shares, today, titles }: { shares: ShareView[]; today: string; titles?: Map<string, string> }) {
  const { t } = useTranslation(['portfolio', 'sync', 'common']);
  const formatDate = useFormatDate();
  const { write, error } = useRevokeShare();
  if (shares.length === 0) return <p>{t('share.none')}</p>;

  const revoke = (share: ShareView) => write({ payload: { shareId: share.id } });

  return (
    <>
      {error ? <p role="alert">{error}</p> : null}
      <ul className="share-list">
        {shares.map((share) => {
          const state = shareState(share, today);
          const who = share.audience === 'coach' ? t('share.toCoach') : t('share.toLink');
          return (
            <li key={share.id} className="share-list__item">
              <p className="share-list__title">
                <strong>{who}</strong>
                {share.name ? (
                  <>
                    {': '}
                    <span dir="auto">{share.name}</span>
                  </>
                ) : null}{' '}
                <StatusTag tone={state === 'active' ? 'success' : 'neutral'}>
                  {state === 'active' ? t('share.activeUntil', { date: formatDate(share.endsOn) }) : t(`share.state.${state}`)}
                </StatusTag>{' '}
                {share.sync !== 'sent' ? <SyncTag sync={share.sync} /> : null}
              </p>
              {titles && share.itemIds.length > 0 ? (
                <p className="field__hint" dir="auto">
                  {share.itemIds.map((i) => titles.get(i) ?? '…').join(', ')}
                </p>
              ) : null}
              {state === 'active' && share.audience === 'link' ? share.token ? <CopyLink token={share.token} /> : <p className="field__hint">{t('share.linkLater')}</p> : null}
              {state === 'active' ? (
                <Button variant="secondary" onClick={() => void revoke(share)}>
                  {t('share.revoke', { who })}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function AccessLogList({ entries, titles }: { entries: Array<{ id: string; itemId: string; viewer: 'coach' | 'link'; viewerName: string | null; what: 'item' | 'file'; at: string }>; titles?: Map<string, string> }) {
  const { t } = useTranslation('portfolio');
  const formatDate = useFormatDate({ time: true });
  if (entries.length === 0) return <p>{t('accessLog.none')}</p>;
  return (
    <ul className="access-log">
      {entries.map((e) => (
        <li key={e.id}>
          {t(e.what === 'file' ? 'accessLog.file' : 'accessLog.item', {
            who: e.viewer === 'coach' ? (e.viewerName ?? t('share.toCoach')) : t('accessLog.viaLink'),
            date: formatDate(e.at),
          })}
          {titles ? (
            <>
              {' — '}
              <span dir="auto">{titles.get(e.itemId) ?? ''}</span>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
