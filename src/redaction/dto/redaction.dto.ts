import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';

export const REDACTABLE_ENTITIES = ['movement', 'shipment', 'resupply_request', 'point', 'product', 'user', 'stock_levels'] as const;
export type RedactableEntity = (typeof REDACTABLE_ENTITIES)[number];

export class RedactionRequest {
  @ApiProperty({
    enum: REDACTABLE_ENTITIES,
    example: 'movement',
    description:
      'movement: its note and source; shipment: its note and its movements’ notes; resupply_request: its note, ' +
      'rejection reason, line notes, approval comments and the same text in its history; point, product, user, ' +
      'stock_levels: names, notes and comments in their audit log entries. Every kind also covers audit entries of the id.',
  })
  @IsIn(REDACTABLE_ENTITIES as unknown as string[], { message: `entityType must be one of: ${REDACTABLE_ENTITIES.join(', ')}` })
  entityType!: RedactableEntity;

  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  @IsUUID('all', { message: 'entityId must be a UUID' })
  entityId!: string;
}

export class RedactedText {
  @ApiProperty({ example: 'movements' })
  table!: string;

  @ApiProperty({ example: 'note' })
  column!: string;

  @ApiProperty({ example: 1, description: 'Rows whose text became "[redacted]"' })
  rows!: number;
}

export class RedactionResponse {
  @ApiProperty({ example: '1042', description: 'The audit log entry that records this redaction' })
  auditEntryId!: string;

  @ApiProperty({ enum: REDACTABLE_ENTITIES, example: 'movement' })
  entityType!: RedactableEntity;

  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  entityId!: string;

  @ApiProperty({ type: [RedactedText] })
  redacted!: RedactedText[];
}
