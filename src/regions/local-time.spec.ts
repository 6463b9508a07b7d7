import { instantAt } from './local-time';

describe('instantAt: a client\'s time read at a point', () => {
  it('reads a time without offset on the point\'s wall clock: WIB, WITA, WIT', () => {
    expect(instantAt('2026-12-01T10:00:00', 'Asia/Jakarta').toISOString()).toBe('2026-12-01T03:00:00.000Z');
    expect(instantAt('2026-12-01T10:00:00', 'Asia/Makassar').toISOString()).toBe('2026-12-01T02:00:00.000Z');
    expect(instantAt('2026-12-01T10:00:00', 'Asia/Jayapura').toISOString()).toBe('2026-12-01T01:00:00.000Z');
    expect(instantAt('2026-12-01T00:30', 'Asia/Jayapura').toISOString()).toBe('2026-11-30T15:30:00.000Z');
  });

  it('reads a bare date as the start of that local day', () => {
    expect(instantAt('2026-12-01', 'Asia/Jakarta').toISOString()).toBe('2026-11-30T17:00:00.000Z');
    expect(instantAt('2026-12-01', 'Asia/Makassar').toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('keeps an explicit offset whatever the point', () => {
    expect(instantAt('2026-12-01T10:00:00+07:00', 'Asia/Jayapura').toISOString()).toBe('2026-12-01T03:00:00.000Z');
    expect(instantAt('2026-12-01T10:00:00Z', 'Asia/Makassar').toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(instantAt('2026-12-01T10:00:00.250-02:00', 'Asia/Jakarta').toISOString()).toBe('2026-12-01T12:00:00.250Z');
  });
});
