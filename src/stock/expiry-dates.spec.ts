import { daysBetween, isExpired, localDate, normaliseExpiryDate } from './expiry-dates';

describe('expiry dates', () => {
  it('reads YYYY-MM as the last day of the month, leap years included', () => {
    expect(normaliseExpiryDate('2028-02')).toBe('2028-02-29');
    expect(normaliseExpiryDate('2027-02')).toBe('2027-02-28');
    expect(normaliseExpiryDate('2027-12')).toBe('2027-12-31');
    expect(normaliseExpiryDate('2027-04')).toBe('2027-04-30');
  });

  it('refuses dates that do not exist', () => {
    expect(normaliseExpiryDate('2027-02-30')).toBeUndefined();
    expect(normaliseExpiryDate('2027-13')).toBeUndefined();
    expect(normaliseExpiryDate('2027-00-10')).toBeUndefined();
    expect(normaliseExpiryDate('27-02')).toBeUndefined();
    expect(normaliseExpiryDate('2028-02-29')).toBe('2028-02-29');
  });

  it('takes "today" in the point\'s own time zone', () => {
    const instant = new Date('2026-11-30T15:30:00Z');
    expect(localDate(instant, 'Asia/Jakarta')).toBe('2026-11-30'); // 22:30 WIB
    expect(localDate(instant, 'Asia/Makassar')).toBe('2026-11-30'); // 23:30 WITA
    expect(localDate(instant, 'Asia/Jayapura')).toBe('2026-12-01'); // 00:30 WIT, the next day
  });

  it('keeps a lot usable through its expiry day', () => {
    expect(isExpired('2026-11-30', '2026-11-30')).toBe(false);
    expect(isExpired('2026-11-30', '2026-12-01')).toBe(true);
    expect(daysBetween('2026-11-23', '2026-11-30')).toBe(7);
    expect(daysBetween('2026-12-01', '2026-11-30')).toBe(-1);
  });
});
