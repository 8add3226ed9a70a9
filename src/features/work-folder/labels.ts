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
