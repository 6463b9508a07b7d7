import type { PointType } from '../points/point-types';
import type { ProductCategory } from '../products/product-categories';

/**
 * Minimum and maximum stock, in months of consumption, by point type, where a point sets no level of its own.
 * A district health office holds buffer stock for its regency; an outreach kit carries a few weeks.
 */
export const DEFAULT_STOCK_LEVELS: Record<PointType, { minMonths: number; maxMonths: number }> = {
  district_health_office: { minMonths: 3, maxMonths: 6 },
  puskesmas: { minMonths: 1, maxMonths: 3 },
  hospital: { minMonths: 1, maxMonths: 3 },
  ngo_office: { minMonths: 1, maxMonths: 3 },
  drop_in_centre: { minMonths: 1, maxMonths: 2 },
  outreach: { minMonths: 0.5, maxMonths: 1 },
  other: { minMonths: 1, maxMonths: 3 },
};

const HARM_REDUCTION: ProductCategory[] = ['needle_syringe', 'swab', 'condom', 'lubricant', 'iec'];

/**
 * What a point of each type is expected to carry, by product category, where it sets no stock levels of its own (its
 * own levels then list its products). A product it is expected to carry shows as a stock-out when it has none, from
 * the day the point opens. Restricted products only where the point may hold them.
 */
export const DEFAULT_PRODUCT_CATEGORIES: Record<PointType, ProductCategory[]> = {
  district_health_office: [...HARM_REDUCTION, 'naloxone', 'other'],
  puskesmas: [...HARM_REDUCTION, 'naloxone'],
  hospital: [...HARM_REDUCTION, 'naloxone'],
  ngo_office: HARM_REDUCTION,
  drop_in_centre: HARM_REDUCTION,
  outreach: HARM_REDUCTION,
  other: [],
};

/**
 * A starting estimate of monthly use per product, by point type and category, for a point with too little history of
 * its own and no expected use set (a low-confidence AMC, replaced by the point's own figures as they come). None for a
 * district health office, whose use is what it ships to the points it supplies.
 */
export const DEFAULT_MONTHLY_USE: Record<PointType, Partial<Record<ProductCategory, number>>> = {
  district_health_office: {},
  puskesmas: { needle_syringe: 300, swab: 300, condom: 200, lubricant: 100, iec: 50, naloxone: 10 },
  hospital: { needle_syringe: 200, swab: 200, condom: 100, lubricant: 50, iec: 30, naloxone: 20 },
  ngo_office: { needle_syringe: 500, swab: 500, condom: 300, lubricant: 150, iec: 100 },
  drop_in_centre: { needle_syringe: 600, swab: 600, condom: 300, lubricant: 150, iec: 100 },
  outreach: { needle_syringe: 150, swab: 150, condom: 100, lubricant: 50, iec: 30 },
  other: {},
};
