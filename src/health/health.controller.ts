import { Controller, Get, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/public.decorator';
import { ReadDatabase } from '../database/replicas/read-database';
import { liveness } from './liveness';

@ApiTags('health')
@Public()
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly reads: ReadDatabase,
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
  @ApiOperation({
    summary: 'Readiness: the database answers (503 when it does not)',
    description:
      'With read replicas configured (DATABASE_REPLICA_URLS), `details.replicas.replicas` lists each one: streaming, lagging, down or ' +
      'not_a_replica, and how old its figures are (lagMs). A replica that is behind or down never makes the service unready: reads go to the primary.',
  })
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () => {
        const replicas = this.reads.health();
        return this.indicators.check('replicas').up(replicas.length === 0 ? { configured: 0 } : { configured: replicas.length, replicas });
      },
    ]);
  }
}
