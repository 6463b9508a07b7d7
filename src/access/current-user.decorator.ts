import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AuthUser } from './roles';

/** The authenticated user of the request, put there by the AuthGuard. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  return context.switchToHttp().getRequest<{ user: AuthUser }>().user;
});
