import { useTranslation } from 'react-i18next';

/** Loading, or why there is nothing to show (no connection and no copy on the phone yet). */
export function LoadState({ query }: { query: { isPending: boolean; isError: boolean } }) {
  const { t } = useTranslation();
  if (query.isError)
    return (
      <p className="error" role="alert">
        {t('nothingStored')}
      </p>
    );
  return (
    <p className="muted" role="status">
      {t('loading')}
    </p>
  );
}
