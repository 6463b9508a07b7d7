/** A point as the hand-over rule reads it. */
interface SharpsPoint {
  id: string;
  type: string;
  regencyCode: string;
  active: boolean;
  supplierPointId: string | null;
}

/**
 * Whether `to` may take `from`'s full sharps containers: an active other point of the same regency that destroys
 * sharps (`destructionTypes`, SHARPS_DESTRUCTION_POINT_TYPES), or `from`'s own supplier (an outreach kit bringing them
 * back to its drop-in centre). PointsService.sharpsReceivers lists the same points.
 */
export function takesSharps(to: SharpsPoint, from: SharpsPoint, destructionTypes: string[]): boolean {
  return to.active && to.id !== from.id && to.regencyCode === from.regencyCode && (destructionTypes.includes(to.type) || to.id === from.supplierPointId);
}
