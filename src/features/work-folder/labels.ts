import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkFolderConfig } from './schemas.ts';

/** A type's name: the translation of a known id, else the configuration's Dutch name. */
export function useTypeLabel(config: Pick<WorkFolderConfig, 'types'> | undefined) {
  const { t } = useTranslation('workFolder');
  return useCallback(
    (typeId: string) => {
      const fallback = config?.types.find((type) => type.id === typeId)?.label ?? typeId;
      return t(`types.${typeId}` as 'types.vacancy', { defaultValue: fallback });
    },
    [config, t],
  );
}

/** "3 maart 2026" in the current language. */
export function useFormatDate(style: 'long' | 'medium' = 'long') {
  const { i18n } = useTranslation();
  return useCallback(
    (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: style }).format(new Date(iso.length === 10 ? `${iso}T12:00:00` : iso)),
    [i18n.language, style],
  );
}
