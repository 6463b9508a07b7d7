import i18next from 'i18next';

/** The shift screens, one lazily loaded chunk: both need the same helpers, and only points with outreach kits open them. */
export { ShiftPage } from './ShiftPage';
export { ShiftsPage } from './ShiftsPage';

// Their translations come with them (web/src/i18n/i18n.ts leaves them out of the first load).
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/shifts.json', { eager: true });
for (const [path, module] of Object.entries(files)) {
  const language = /\/locales\/(\w+)\//.exec(path)?.[1];
  if (language) i18next.addResourceBundle(language, 'shifts', module.default, true, true);
}
