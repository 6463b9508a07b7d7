import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { Observable, tap } from 'rxjs';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/**
 * Test-only switch for the crash tests: with NODE_ENV=test and FAULT_INJECTION=true, a request carrying
 * `X-Fault-Injection: kill-after-commit` makes the process die (SIGKILL) once its handler has its answer, which every
 * write builds inside its transaction: so after the commit and before the answer is sent, as a power cut would. Any
 * route: movements, shipments and their steps, resupply requests and decisions. In any other configuration it does
 * nothing.
 */
@Injectable()
export class FaultInjection implements NestInterceptor {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const enabled = this.config.nodeEnv === 'test' && this.config.faultInjection;
    const request = context.switchToHttp().getRequest<Request>();
    if (!enabled || request.headers['x-fault-injection'] !== 'kill-after-commit') return next.handle();
    return next.handle().pipe(tap(() => process.kill(process.pid, 'SIGKILL')));
  }
}
