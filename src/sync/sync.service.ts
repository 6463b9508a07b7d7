import { Injectable } from '@nestjs/common';
import { AuthUser } from '../access/roles';
import { invalidFields } from '../common/problem/problem';
import { problemFor } from '../common/problem/problem-details.filter';
import { createValidationPipe } from '../common/problem/validation';
import { RecordMovementRequest } from '../stock/dto/movement.dto';
import { MovementsService } from '../stock/movements.service';
import { SyncMovementResult } from './dto/sync.dto';
import { envelopeErrors } from './sync-envelope';

type SyncItem = Record<string, unknown> & { id: string; pointId: string };

/**
 * Records a batch of movements captured offline. Each one goes through exactly the single endpoint's path (the same
 * validation pipe, then MovementsService.record in its own transaction), in the order sent, so the rules and the
 * idempotency are the same and a later movement sees the stock an earlier one received. A refused movement is
 * answered with the problem document its own request would have had and does not stop the others; a server-side
 * failure (database unreachable, a bug) ends the whole request, and the client resends the batch (replays are free).
 */
@Injectable()
export class SyncService {
  private readonly validation = createValidationPipe();

  constructor(private readonly movements: MovementsService) {}

  async syncMovements(actor: AuthUser, movements: unknown[], requestId: string | undefined): Promise<SyncMovementResult[]> {
    const errors = envelopeErrors(movements);
    if (errors.length > 0) throw invalidFields(errors);
    const results: SyncMovementResult[] = [];
    // One at a time, in order: a distribution may draw on the receipt just before it.
    for (const item of movements as SyncItem[]) results.push(await this.syncOne(actor, item, requestId));
    return results;
  }

  private async syncOne(actor: AuthUser, item: SyncItem, requestId: string | undefined): Promise<SyncMovementResult> {
    const { pointId, ...body } = item;
    try {
      const request = (await this.validation.transform(body, { type: 'body', metatype: RecordMovementRequest, data: '' })) as RecordMovementRequest;
      const { movement, replayed } = await this.movements.record(actor, pointId, request);
      return { id: item.id, pointId, outcome: replayed ? 'replayed' : 'recorded', status: replayed ? 200 : 201, movement };
    } catch (error) {
      const { problem } = problemFor(error, `/api/v1/points/${pointId}/movements`, requestId, { write: true });
      if (problem.status >= 500) throw error;
      return { id: item.id, pointId, outcome: 'refused', status: problem.status, problem: problem as SyncMovementResult['problem'] };
    }
  }
}
