import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError } from '../common/problem/problem';
import { AuthService } from './auth.service';
import { IS_PUBLIC, REQUIRED_ROLES } from './public.decorator';
import { AuthUser, Role } from '../access/roles';

/**
 * Registered globally: every route needs a valid bearer token unless marked @Public(), and routes marked @Roles()
 * are limited to those roles. Scope (which points) is decided by the services through AccessScope.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new DomainError('AUTHENTICATION_REQUIRED', 'Log in first and send the token as "Authorization: Bearer <token>".');
    }
    request.user = await this.auth.authenticate(token);

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.includes(request.user.role)) {
      throw new DomainError('FORBIDDEN_ROLE', `This needs one of these roles: ${roles.join(', ')}. You are ${request.user.role}.`);
    }
    return true;
  }
}
