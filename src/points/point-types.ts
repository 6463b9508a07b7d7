export const POINT_TYPES = ['district_health_office', 'ngo_office', 'drop_in_centre', 'puskesmas', 'hospital', 'outreach', 'other'] as const;
export type PointType = (typeof POINT_TYPES)[number];
