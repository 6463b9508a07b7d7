import { Controller, Get, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/public.decorator';
import { liveness } from './liveness';

@ApiTags('health')
@Public()
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({
    summary: 'Liveness: the process is up and can recover by itself (503 when it cannot: restart it)',
    description: 'A database that is only unreachable fails readiness, not liveness; an embedded PostgreSQL that could not be started again fails liveness.',
  })
  live() {
    return this.health.check([
      () => {
        const failures = liveness.failures();
        const recovery = this.indicators.check('recovery');
        return Object.keys(failures).length === 0 ? recovery.up() : recovery.down(failures);
      },
    ]);
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: the database answers (503 when it does not)' })
  ready() {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 2000 })]);
  }
}
