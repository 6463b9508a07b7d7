import type { TFunction } from 'i18next';
import { formatDate, formatNumber, type Language } from '../../i18n/format';
import type { ExpiryRow, ShortageRow } from './api';

/** Months of stock and AMC read best with one decimal (0,9 bulan; 408,9 per bulan). */
export function formatFigure(value: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}

/**
 * The figures behind a shortage row, as sentences a non-specialist can follow: where the average monthly use comes
 * from and how sure it is, months of stock, and how the suggested quantity is reached.
 */
export function explainShortage(row: ShortageRow, t: TFunction, language: Language): string[] {
  const n = (value: number) => formatNumber(value, language);
  const f = (value: number) => formatFigure(value, language);
  const { amc } = row;
  const lines: string[] = [];
  const period = amc.periodStart && amc.periodEnd ? { from: formatDate(String(amc.periodStart), language), to: formatDate(lastDayBefore(String(amc.periodEnd)), language) } : undefined;
  switch (amc.method) {
    case 'history':
    case 'short_history':
      lines.push(t('district:explain.amcHistory', { consumed: n(amc.consumed), days: n(amc.days), from: period?.from ?? '', to: period?.to ?? '', amc: f(amc.amc) }));
      if (amc.stockoutDays > 0) lines.push(t('district:explain.stockoutAdjusted', { days: n(amc.stockoutDays), factor: formatFigure(amc.stockoutAdjustment, language, 2) }));
      break;
    case 'expected':
      lines.push(t('district:explain.amcExpected', { amc: f(amc.amc) }));
      break;
    case 'type_default':
      lines.push(t('district:explain.amcDefault', { amc: f(amc.amc) }));
      break;
    default:
      lines.push(t('district:explain.amcNone'));
  }
  lines.push(t(`district:explain.confidence.${amc.confidence}`));
  const months = row.monthsOfStock;
  if (months !== null) lines.push(t('district:explain.monthsOfStock', { usable: n(row.usable), amc: f(amc.amc), months: f(months), min: f(row.minMonths), max: f(row.maxMonths) }));
  else lines.push(t('district:explain.noMonths', { usable: n(row.usable) }));
  if (row.suggestedQuantity > 0) {
    lines.push(
      t('district:explain.suggested', {
        max: f(row.maxMonths),
        amc: f(amc.amc),
        usable: n(row.usable),
        inTransit: n(row.inTransitInbound),
        raw: n(Math.max(0, Math.ceil(row.maxMonths * amc.amc - row.usable - row.inTransitInbound))),
        pack: n(row.packSize),
        suggested: n(row.suggestedQuantity),
      }),
    );
  } else lines.push(t('district:explain.nothingToSend'));
  if (row.quantityExpiringBeforeUse > 0) lines.push(t('district:explain.expiringBeforeUse', { quantity: n(row.quantityExpiringBeforeUse) }));
  return lines;
}

/** What an expiry row means: how much will be left on the expiry date at the point's pace of use. */
export function explainExpiry(row: ExpiryRow, t: TFunction, language: Language): string {
  const n = (value: number) => formatNumber(value, language);
  if (row.status === 'expired') return t('district:explain.expired', { quantity: n(row.quantity) });
  if (row.monthlyConsumption <= 0) return t('district:explain.atRiskNoUse', { quantity: n(row.quantity) });
  return t('district:explain.atRisk', { use: formatFigure(row.monthlyConsumption, language), days: n(row.daysToExpiry), atRisk: n(row.quantityAtRisk) });
}

/** The AMC period's end is exclusive: the last day counted is the day before. */
function lastDayBefore(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
