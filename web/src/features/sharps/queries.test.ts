import { describe, expect, it } from 'vitest';
import type { SharpsRecord } from '../outbox/outbox-types';
import { containersKnown } from './queries';

const record = (type: SharpsRecord['body']['type'], containers: number, status: SharpsRecord['status'] = 'pending'): SharpsRecord => ({
  id: `${type}-${containers}-${status}`,
  pointId: 'p',
  username: 'u',
  kind: 'sharps',
  status,
  createdAt: '2026-12-03T00:00:00Z',
  attempts: 0,
  body: { id: 'x', type, occurredAt: '2026-12-03T00:00:00Z', containers },
});

describe('containersKnown', () => {
  it("adds the returns waiting on the phone and takes off the hand-overs and destructions, never below zero", () => {
    expect(containersKnown(1, [record('return', 2), record('handover', 1)])).toBe(2);
    expect(containersKnown(0, [record('destruction', 3)])).toBe(0);
  });

  it('leaves out refused records: the server recorded nothing for them', () => {
    expect(containersKnown(1, [record('return', 5, 'refused')])).toBe(1);
  });
});
