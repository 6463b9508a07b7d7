export const ROLES = ['admin', 'district_officer', 'point_staff', 'outreach_officer'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user as every module sees it: who, which role, and the scope that role is limited to. */
export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  /** Regencies a district officer covers. */
  regencyCodes: string[];
  /** Points a point staff member or outreach officer works at. */
  pointIds: string[];
  /** The device session the access token belongs to (tokens issued before sessions existed have none). */
  sessionId?: string;
}
