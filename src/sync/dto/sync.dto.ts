import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';
import { ProblemSchema } from '../../common/problem/problem.schema';
import { MovementResponse, RecordMovementRequest } from '../../stock/dto/movement.dto';

export const MAX_SYNC_MOVEMENTS = 500;
export const SYNC_OUTCOMES = ['recorded', 'replayed', 'refused'] as const;
export type SyncOutcome = (typeof SYNC_OUTCOMES)[number];

/** One movement of a batch: the body of `POST /points/{pointId}/movements` plus the point it is recorded at. */
export class SyncMovementRequest extends RecordMovementRequest {
  @ApiProperty({ format: 'uuid', example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10', description: 'The point the movement is recorded at' })
  pointId!: string;
}

export class SyncMovementsRequest {
  @ApiProperty({
    type: [SyncMovementRequest],
    minItems: 1,
    maxItems: MAX_SYNC_MOVEMENTS,
    description:
      'Applied in this order, each in its own transaction, with the rules and idempotency of the single endpoint. ' +
      'Each item must be an object with a UUID `id` and `pointId` (otherwise the whole request is refused with 400); ' +
      'anything else wrong in an item refuses that item only, with the problem document the single endpoint would answer.',
  })
  @IsArray({ message: 'movements must be an array of movements' })
  @ArrayMinSize(1, { message: 'send at least one movement' })
  @ArrayMaxSize(MAX_SYNC_MOVEMENTS, { message: `send at most ${MAX_SYNC_MOVEMENTS} movements per request` })
  // Items are validated one by one by the sync service (a bad item refuses that item, not the batch).
  movements!: unknown[];
}

export class SyncMovementResult {
  @ApiProperty({ format: 'uuid', example: '1f7b6c1e-4a8f-4d0e-9b51-3c2a7a9e5d10', description: 'The movement id as sent' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10' })
  pointId!: string;

  @ApiProperty({
    enum: SYNC_OUTCOMES,
    example: 'recorded',
    description: 'recorded: written now; replayed: already recorded with this id and the same request; refused: not recorded, see `problem`',
  })
  outcome!: SyncOutcome;

  @ApiProperty({ type: 'integer', example: 201, description: 'The status the single endpoint would have answered: 201, 200 for a replay, or the 4xx of the problem' })
  status!: number;

  @ApiPropertyOptional({ type: MovementResponse, description: 'The movement as recorded (recorded and replayed)' })
  movement?: MovementResponse;

  @ApiPropertyOptional({ type: ProblemSchema, description: 'Why it was refused: the problem document the single endpoint would have answered' })
  problem?: ProblemSchema;
}

export class SyncMovementsResponse {
  @ApiProperty({ type: [SyncMovementResult], description: 'One result per movement sent, in the same order' })
  results!: SyncMovementResult[];
}
