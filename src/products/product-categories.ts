export const PRODUCT_CATEGORIES = ['needle_syringe', 'swab', 'condom', 'lubricant', 'iec', 'naloxone', 'other'] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

/**
 * What one unit of a needle_syringe product is: a complete needle-syringe set, or a detachable needle or a barrel on its
 * own. Coverage counts complete sets (docs/needle-programme.md): sets, plus the lesser of needles and barrels.
 */
export const SYRINGE_CONTENTS = ['set', 'needle', 'barrel'] as const;
export type SyringeContent = (typeof SYRINGE_CONTENTS)[number];

/**
 * Days before expiry at which stock is flagged, longest window first, when a product sets none of its own.
 * Alcohol swabs dry out and IEC leaflets go out of date by edition, so their windows are shorter.
 */
export const DEFAULT_EXPIRY_WARNING_DAYS: Record<ProductCategory, number[]> = {
  needle_syringe: [180, 90, 30],
  swab: [120, 60, 30],
  condom: [180, 90, 30],
  lubricant: [180, 90, 30],
  iec: [90, 30],
  naloxone: [180, 90, 30],
  other: [180, 90, 30],
};

/** Naloxone is restricted by default: only point types allowed by configuration may hold it. */
export function restrictedByDefault(category: ProductCategory): boolean {
  return category === 'naloxone';
}
