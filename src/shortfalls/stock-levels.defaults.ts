import type { PointType } from '../points/point-types';

/**
 * Minimum and maximum stock, in months of consumption, by point type, where a point sets no level of its own.
 * A district health office holds buffer stock for its regency; an outreach kit carries a few weeks.
 */
export const DEFAULT_STOCK_LEVELS: Record<PointType, { minMonths: number; maxMonths: number }> = {
  district_health_office: { minMonths: 3, maxMonths: 6 },
  puskesmas: { minMonths: 1, maxMonths: 3 },
  ngo_office: { minMonths: 1, maxMonths: 3 },
  drop_in_centre: { minMonths: 1, maxMonths: 2 },
  outreach: { minMonths: 0.5, maxMonths: 1 },
  other: { minMonths: 1, maxMonths: 3 },
};
