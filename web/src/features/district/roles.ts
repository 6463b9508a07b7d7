import type { User } from '../auth/session';

/** District officers and administrators work in the district workspace; everyone else in the field app. */
export function usesWorkspace(user: User): boolean {
  return user.role === 'district_officer' || user.role === 'admin';
}
