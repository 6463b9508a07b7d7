import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';

/** How fresh a read is: "Updated …", or "Copy on this phone from … (no connection)" when it is the stored copy. */
export function CopyAge({ answer, timeZone }: { answer: { savedAt: string; fromCache: boolean } | undefined; timeZone: string }) {
  const { t } = useTranslation('stock');
  const language = useLanguage();
  if (!answer) return null;
  const when = formatDateTime(answer.savedAt, language, timeZone);
  return (
    <p className="muted" role="status">
      {answer.fromCache ? t('savedCopy', { when }) : t('upToDate', { when })}
    </p>
  );
}
