/** Indonesia's three time zones. "Today" at a point is its province's local date. */
export const INDONESIAN_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type IndonesianTimeZone = (typeof INDONESIAN_TIME_ZONES)[number];

/** Provinces on Central Indonesia Time (WITA, UTC+8): Bali, Nusa Tenggara, South/East/North Kalimantan, Sulawesi. */
const WITA_PROVINCES = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);

/**
 * Time zone of a province from its Kemendagri code: Maluku and Papua (8x, 9x) are on WIT (UTC+9), the provinces
 * above on WITA (UTC+8), Sumatra, Java and West/Central Kalimantan on WIB (UTC+7).
 */
export function provinceTimeZone(provinceCode: string): IndonesianTimeZone {
  if (provinceCode.startsWith('8') || provinceCode.startsWith('9')) return 'Asia/Jayapura';
  if (WITA_PROVINCES.has(provinceCode)) return 'Asia/Makassar';
  return 'Asia/Jakarta';
}
