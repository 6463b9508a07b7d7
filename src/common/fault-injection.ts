import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/**
 * Test-only switch for the crash tests: with NODE_ENV=test and FAULT_INJECTION=true, a request carrying
 * `X-Fault-Injection: kill-after-commit` makes the process die (SIGKILL) after its movement committed and before the
 * answer is sent, as a power cut would. In any other configuration it does nothing.
 */
@Injectable()
export class FaultInjection {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  afterCommit(request: Request): void {
    if (this.config.nodeEnv !== 'test' || !this.config.faultInjection) return;
    if (request.headers['x-fault-injection'] === 'kill-after-commit') process.kill(process.pid, 'SIGKILL');
  }
}
