import { useTranslation } from 'react-i18next';
import { switchLanguage, useLanguage } from '../i18n/i18n';

/** Bahasa Indonesia by default; English one tap away. Each button names its language in that language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language')}>
      <button type="button" lang="id" aria-pressed={language === 'id'} onClick={() => void switchLanguage('id')}>
        Bahasa Indonesia
      </button>
      <button type="button" lang="en" aria-pressed={language === 'en'} onClick={() => void switchLanguage('en')}>
        English
      </button>
    </div>
  );
}
