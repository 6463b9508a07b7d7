import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Language } from './format';

/** Every namespace of every language, one JSON file each (locales/<language>/<namespace>.json). */
/**
 * The district workspace's, administration's and outreach shifts' namespaces are loaded with their own code
 * (features/district, admin, shifts): the field app's first load never carries them.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>(['../locales/*/*.json', '!../locales/*/district.json', '!../locales/*/admin.json', '!../locales/*/shifts.json'], {
  eager: true,
});

export const LANGUAGES: Language[] = ['id', 'en'];
const STORAGE_KEY = 'pasokan.language';

export const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, module] of Object.entries(files)) {
  const [, language, namespace] = /\/locales\/(\w+)\/(\w[\w-]*)\.json$/.exec(path) ?? [];
  if (!language) continue;
  (resources[language] ??= {})[namespace] = module.default;
}

function savedLanguage(): Language {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'id';
}

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: savedLanguage(),
    fallbackLng: false,
    defaultNS: 'common',
    ns: Object.keys(resources.id ?? {}),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
}

export async function switchLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The current language, for number and date formatting. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'id';
}
