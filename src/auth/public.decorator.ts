import { SetMetadata } from '@nestjs/common';
import { Role } from '../access/roles';

export const IS_PUBLIC = 'pasokan:isPublic';
export const REQUIRED_ROLES = 'pasokan:roles';

/** Marks a route that needs no token (login, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Limits a route to some roles; scope rules are applied by the service on top. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);
