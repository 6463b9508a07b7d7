/** Kinds of movement a user records at a point. Shipment movements are created by the shipments module. */
export const MOVEMENT_TYPES = ['receipt', 'distribution', 'adjustment', 'stock_count', 'reversal', 'kit_assembly', 'kit_disassembly'] as const;
export type MovementType = (typeof MOVEMENT_TYPES)[number];
/** Every kind of ledger movement; each has its rule in src/stock/posting/rules (MovementRuleRegistry). */
/**
 * Used syringes returned, full sharps containers handed over for destruction, and their destruction: movements that
 * post to the sharps ledger (`sharps_lines`), never to stock (src/sharps, docs/needle-programme.md).
 */
export const SHARPS_MOVEMENT_TYPES = ['sharps_return', 'sharps_handover', 'sharps_destruction'] as const;
export type SharpsMovementType = (typeof SHARPS_MOVEMENT_TYPES)[number];
export const LEDGER_MOVEMENT_TYPES = [...MOVEMENT_TYPES, 'shipment_dispatch', 'shipment_receipt', 'shipment_cancel', ...SHARPS_MOVEMENT_TYPES] as const;
export type LedgerMovementType = (typeof LEDGER_MOVEMENT_TYPES)[number];

export const FUNDING_SOURCES = ['APBN', 'APBD', 'GLOBAL_FUND', 'OTHER_DONOR'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const ADJUSTMENT_REASONS = ['damaged', 'quality_problem', 'lost', 'stolen', 'found', 'expired_write_off', 'correction'] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

/** Whether a reason adds stock (+1), removes it (-1), or goes either way (0: a correction carries its own sign). */
export const REASON_DIRECTION: Record<AdjustmentReason, 1 | -1 | 0> = {
  damaged: -1,
  quality_problem: -1,
  lost: -1,
  stolen: -1,
  expired_write_off: -1,
  found: 1,
  correction: 0,
};

export function reasonFits(reason: AdjustmentReason, signedQuantity: number): boolean {
  const direction = REASON_DIRECTION[reason];
  return direction === 0 || Math.sign(signedQuantity) === direction;
}

/** How far in the future `occurredAt` may be, to allow for a device clock a little ahead. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
export const MAX_LINE_QUANTITY = 1_000_000;
/**
 * The most units of one product one point may receive, and the most it may hand out or send, in one local day
 * (reversals aside). A provincial warehouse moves far less; the limit keeps every aggregate (a month's consumption)
 * well inside its column and stops a typo of extra zeros from becoming a national figure.
 */
export const MAX_DAILY_QUANTITY = 10_000_000;

/** How returned syringes were counted: one by one, or estimated from how full the sharps containers were. */
export const SYRINGE_COUNT_METHODS = ['counted', 'estimated'] as const;
export type SyringeCountMethod = (typeof SYRINGE_COUNT_METHODS)[number];

/** How full sharps containers were destroyed (the Berita Acara Pemusnahan names it). */
export const DESTRUCTION_METHODS = ['incinerator', 'needle_destroyer', 'licensed_waste_carrier'] as const;
export type DestructionMethod = (typeof DESTRUCTION_METHODS)[number];

/** How a distribution reached people (counts only): at the point, on outreach, at a hotspot, or passed on by a peer collecting for others. */
export const DISTRIBUTION_CHANNELS = ['at_point', 'outreach', 'hotspot', 'peer_secondary'] as const;
export type DistributionChannel = (typeof DISTRIBUTION_CHANNELS)[number];

/** The kind of contact, as outreach sheets count it. A virtual contact (phone, chat) receives no needles. */
export const CONTACT_TYPES = ['individual', 'group', 'virtual'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

/** Why a distribution gives more needle-syringes per contact than NEEDLES_PER_CONTACT_CAP: a fixed list, never free text. */
export const ABOVE_CAP_REASONS = ['collecting_for_others', 'long_interval', 'group_supply'] as const;
export type AboveCapReason = (typeof ABOVE_CAP_REASONS)[number];

/** Why a person receives naloxone again (a refill): a fixed list, never free text. */
export const NALOXONE_REFILL_REASONS = ['used_on_overdose', 'lost', 'confiscated', 'expired'] as const;
export type NaloxoneRefillReason = (typeof NALOXONE_REFILL_REASONS)[number];
