import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, localDate } from './format';

describe('Indonesian formatting', () => {
  it('groups thousands with a dot in Indonesian and a comma in English', () => {
    expect(formatNumber(1250, 'id')).toBe('1.250');
    expect(formatNumber(1250, 'en')).toBe('1,250');
  });

  it('writes dates the Indonesian way', () => {
    expect(formatDate('2026-12-02', 'id')).toBe('2 Des 2026');
    expect(formatDate('2026-08-17', 'id')).toBe('17 Agu 2026');
    expect(formatDate('2026-12-02', 'en')).toBe('2 Dec 2026');
  });

  it("shows a moment in the point's own time zone, named WIB, WITA or WIT", () => {
    // 23:30 UTC on 1 Dec is already 2 Dec in Lombok (UTC+8) and Papua (UTC+9), still 2 Dec 06.30 in Jakarta (UTC+7).
    const instant = '2026-12-01T23:30:00Z';
    expect(formatDateTime(instant, 'id', 'Asia/Jakarta')).toBe('2 Des 2026, 06.30 WIB');
    expect(formatDateTime(instant, 'id', 'Asia/Makassar')).toBe('2 Des 2026, 07.30 WITA');
    expect(formatDateTime(instant, 'id', 'Asia/Jayapura')).toBe('2 Des 2026, 08.30 WIT');
  });

  it("gives the point's local date", () => {
    expect(localDate(new Date('2026-12-01T16:30:00Z'), 'Asia/Jakarta')).toBe('2026-12-01');
    expect(localDate(new Date('2026-12-01T16:30:00Z'), 'Asia/Makassar')).toBe('2026-12-02');
  });
});
