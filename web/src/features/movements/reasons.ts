import type { MovementBody } from '../outbox/outbox-types';

export type AdjustmentReason = NonNullable<MovementBody['lines'][number]['reason']>;

/** Whether a reason adds stock (+1), removes it (-1), or either (0: a correction): the server's rule, shown up front. */
export const REASON_DIRECTION: Record<AdjustmentReason, 1 | -1 | 0> = {
  damaged: -1,
  quality_problem: -1,
  lost: -1,
  stolen: -1,
  expired_write_off: -1,
  found: 1,
  correction: 0,
};

export const ADJUSTMENT_REASONS = Object.keys(REASON_DIRECTION) as AdjustmentReason[];

/** Reasons that may explain a change of this sign for a lot that is (or is not) expired. */
export function reasonsFor(change: number, expired: boolean): AdjustmentReason[] {
  return ADJUSTMENT_REASONS.filter((reason) => {
    const direction = REASON_DIRECTION[reason];
    if (direction !== 0 && direction !== Math.sign(change)) return false;
    if (change < 0 && expired) return reason === 'expired_write_off' || reason === 'correction';
    if (reason === 'expired_write_off') return expired;
    return true;
  });
}

/** The signed change a line makes to its lot's stock. */
export function signedChange(reason: AdjustmentReason, quantity: number): number {
  return reason === 'correction' ? quantity : REASON_DIRECTION[reason] * quantity;
}
