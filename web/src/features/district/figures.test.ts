import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import id from '../../locales/id/district.json';
import en from '../../locales/en/district.json';
import type { ExpiryRow, ShortageRow } from './api';
import { explainExpiry, explainShortage } from './figures';

const row = {
  status: 'below_min',
  usable: 350,
  inTransitInbound: 0,
  minMonths: 1,
  maxMonths: 3,
  monthsOfStock: 0.86,
  packSize: 100,
  suggestedQuantity: 900,
  quantityExpiringBeforeUse: 0,
  amc: { method: 'history', confidence: 'high', amc: 408.89, consumed: 920, days: 92, stockoutDays: 23, stockoutAdjustment: 1.3333, periodStart: '2026-08-01', periodEnd: '2026-11-01' },
} as unknown as ShortageRow;

describe('the figures behind a row, in words', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'id', resources: { id: { district: id }, en: { district: en } }, interpolation: { escapeValue: false } });
  });

  it('explains an AMC from history with stock-out days, months of stock and the suggestion, in Indonesian', () => {
    expect(explainShortage(row, i18next.getFixedT('id'), 'id')).toEqual([
      'Pemakaian rata-rata 408,9 per bulan: 920 dipakai dalam 92 hari (1 Agu 2026 – 31 Okt 2026).',
      'Selama 23 hari stok kosong, jadi pemakaian dinaikkan ×1,33 (yang tidak bisa dibagikan saat stok kosong tetap dihitung sebagai kebutuhan).',
      'Keyakinan tinggi: dari tiga bulan penuh riwayat titik ini.',
      'Stok 350 ÷ 408,9 per bulan = cukup untuk 0,9 bulan (minimum 1, maksimum 3 bulan).',
      'Saran kirim: 3 bulan × 408,9 − stok 350 − di jalan 0 = 877, dibulatkan ke kemasan isi 100: 900.',
    ]);
  });

  it('says when the AMC is only a default, in English', () => {
    const guessed = { ...row, monthsOfStock: null, suggestedQuantity: 0, amc: { ...row.amc, method: 'type_default', confidence: 'low', amc: 150, stockoutDays: 0 } } as unknown as ShortageRow;
    expect(explainShortage(guessed, i18next.getFixedT('en'), 'en')).toEqual([
      'Not enough history and no expected use set: the default for this type of point is used, 150 a month.',
      "Low confidence: a default figure, not what this point really uses.",
      'Stock 350; without use, how long it lasts cannot be computed.',
      'Nothing to send: stock and shipments on the way already reach the maximum.',
    ]);
  });

  it('explains the quantity at risk of an expiring lot', () => {
    const lot = { status: 'expiring', quantity: 3651, quantityAtRisk: 1500, monthlyConsumption: 620.5, daysToExpiry: 75 } as ExpiryRow;
    expect(explainExpiry(lot, i18next.getFixedT('id'), 'id')).toBe('Dengan pemakaian 620,5 per bulan, dalam 75 hari sekitar 1.500 masih tersisa saat kedaluwarsa.');
  });
});

describe('months typed in a stock level', () => {
  it('reads a decimal comma or point, and nothing as nothing', async () => {
    const { parseMonths } = await import('./StockLevels');
    expect([parseMonths('1,5'), parseMonths('1.5'), parseMonths(' 3 '), parseMonths(''), parseMonths('abc')]).toEqual([1.5, 1.5, 3, undefined, undefined]);
  });
});
