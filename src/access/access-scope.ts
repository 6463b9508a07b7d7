import { DomainError } from '../common/problem/problem';
import { AuthUser } from './roles';

/** The minimum a scope decision needs to know about a point. */
export interface PointRef {
  id: string;
  regencyCode: string;
}

/**
 * The one place that decides which points a user may see and manage. Admins see everything; district officers
 * every point of their regencies; point staff and outreach officers only their own points. Modules ask this class
 * instead of re-implementing the rule, and list queries use `pointCondition` so nothing out of scope is ever read.
 */
export class AccessScope {
  constructor(readonly user: AuthUser) {}

  get isAdmin(): boolean {
    return this.user.role === 'admin';
  }

  canSeePoint(point: PointRef): boolean {
    switch (this.user.role) {
      case 'admin':
        return true;
      case 'district_officer':
        return this.user.regencyCodes.includes(point.regencyCode);
      default:
        return this.user.pointIds.includes(point.id);
    }
  }

  /**
   * Recording stock movements at a point: its own staff and outreach officers, district officers at the district
   * health offices of their regencies, administrators anywhere.
   */
  canRecordStockAt(point: PointRef & { type: string }): boolean {
    switch (this.user.role) {
      case 'admin':
        return true;
      case 'district_officer':
        return point.type === 'district_health_office' && this.user.regencyCodes.includes(point.regencyCode);
      default:
        return this.user.pointIds.includes(point.id);
    }
  }

  /**
   * Sending a shipment from a point: whoever records stock there, and district officers from any point of their
   * regencies (deciding where stock goes is the district health office's job under the SIHA rules: redistribution and
   * lateral transfers). Handing out to clients stays with the people who record at the point.
   */
  canDispatchFrom(point: PointRef & { type: string }): boolean {
    return this.canRecordStockAt(point) || (this.user.role === 'district_officer' && this.user.regencyCodes.includes(point.regencyCode));
  }

  /**
   * A lateral transfer (between points that do not supply each other) needs the approval of the district health
   * office: only a district officer covering both points' regencies, or an administrator, may send one. Shipments
   * along the supply chain (to a point this one supplies, or back to its supplier) need no approval.
   */
  canSendLateral(from: PointRef, to: PointRef): boolean {
    if (this.user.role === 'admin') return true;
    return this.user.role === 'district_officer' && [from, to].every((point) => this.user.regencyCodes.includes(point.regencyCode));
  }

  /** The point, for recording stock: 404 when it is out of sight, 403 when it can be seen but not written to. */
  stockPointToRecord<T extends PointRef & { type: string }>(point: T | undefined, id: string): T {
    const visible = this.visiblePoint(point, id);
    if (!this.canRecordStockAt(visible)) {
      throw new DomainError('OUT_OF_SCOPE', 'You can see this point but not record stock movements for it.');
    }
    return visible;
  }

  /** Creating and editing point records: admins anywhere, district officers within their regencies. */
  canManagePointsIn(regencyCode: string): boolean {
    if (this.user.role === 'admin') return true;
    return this.user.role === 'district_officer' && this.user.regencyCodes.includes(regencyCode);
  }

  /** Closing a month (no more movements dated in it): admins anywhere, district officers in their regencies. */
  canCloseMonthsIn(regencyCode: string): boolean {
    return this.canManagePointsIn(regencyCode);
  }

  /**
   * A SQL condition limiting rows to points in scope. `pointId` and `regencyCode` are the column expressions to
   * test; `params` receives the values, and the returned text uses `$n` placeholders numbered after them.
   */
  pointCondition(columns: { pointId: string; regencyCode: string }, params: unknown[]): string {
    switch (this.user.role) {
      case 'admin':
        return 'TRUE';
      case 'district_officer':
        params.push(this.user.regencyCodes);
        return `${columns.regencyCode} = ANY($${params.length}::text[])`;
      default:
        params.push(this.user.pointIds);
        return `${columns.pointId} = ANY($${params.length}::uuid[])`;
    }
  }

  /**
   * A list filtered by a regency the district officer does not cover would answer an empty list, which reads as
   * "nothing there" (no shortages, no expiries): refuse it instead. Staff and outreach officers are scoped by point,
   * so a regency filter only narrows their own points.
   */
  assertRegencyFilter(regencyCode: string | undefined): void {
    if (regencyCode === undefined || this.user.role !== 'district_officer' || this.user.regencyCodes.includes(regencyCode)) return;
    throw new DomainError('OUT_OF_SCOPE', `You cover regency ${this.user.regencyCodes.join(', ')}, not ${regencyCode}; its figures are for its own district officer.`, {
      errors: [{ field: 'regencyCode', messages: [`not one of your regencies (${this.user.regencyCodes.join(', ')})`] }],
    });
  }

  /** As `assertRegencyFilter`, for a province: a district officer must cover at least one of its regencies. */
  assertProvinceFilter(provinceCode: string | undefined): void {
    if (provinceCode === undefined || this.user.role !== 'district_officer') return;
    if (this.user.regencyCodes.some((code) => code.startsWith(`${provinceCode}.`))) return;
    throw new DomainError('OUT_OF_SCOPE', `You cover regency ${this.user.regencyCodes.join(', ')}, none of it in province ${provinceCode}.`, {
      errors: [{ field: 'provinceCode', messages: [`none of your regencies (${this.user.regencyCodes.join(', ')}) is in it`] }],
    });
  }

  /** The point if the user may see it; otherwise the 404 they get, so existence is not revealed. */
  visiblePoint<T extends PointRef>(point: T | undefined, id: string): T {
    if (!point || !this.canSeePoint(point)) {
      throw new DomainError('POINT_NOT_FOUND', `There is no distribution point ${id} that you can see.`);
    }
    return point;
  }
}
