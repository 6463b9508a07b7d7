import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export const STOCK_STATUSES: Schemas['StockStatusResponse']['status'][] = ['stockout', 'below_min', 'ok', 'above_max', 'no_consumption'];
export const CATEGORIES = ['needle_syringe', 'swab', 'condom', 'lubricant', 'iec', 'naloxone', 'other'] as const;
export const POINT_TYPES: Schemas['PointResponse']['type'][] = ['district_health_office', 'ngo_office', 'drop_in_centre', 'puskesmas', 'hospital', 'outreach', 'other'];
export const FUNDING_SOURCES = ['APBN', 'APBD', 'GLOBAL_FUND', 'OTHER_DONOR'] as const;
export const REQUEST_STATUSES: Schemas['ResupplyRequestResponse']['status'][] = ['submitted', 'approved', 'partially_shipped', 'shipped', 'received', 'rejected', 'cancelled'];
export const ALERT_TYPES: Schemas['AlertResponse']['type'][] = ['stockout', 'below_min', 'lot_expiring', 'expired_on_hand', 'obsolete_edition', 'shipment_overdue', 'request_overdue'];
