import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { ERROR_CODES } from './error-codes';

class FieldErrorSchema {
  @ApiProperty({ example: 'regencyCode' })
  field!: string;

  @ApiProperty({ example: ['regencyCode must match the pattern NN.NN, for example 32.01'] })
  messages!: string[];
}

/** Documents the problem document every error answer carries. */
export class ProblemSchema {
  @ApiProperty({ example: 'urn:pasokan:problem:validation-failed' })
  type!: string;

  @ApiProperty({ example: 'The request is not valid' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiProperty({ example: 'Please correct these fields. regencyCode: regencyCode must match the pattern NN.NN' })
  detail!: string;

  @ApiProperty({ enum: Object.keys(ERROR_CODES), example: 'VALIDATION_FAILED' })
  code!: string;

  @ApiPropertyOptional({ example: '/api/v1/points' })
  instance?: string;

  @ApiPropertyOptional({ example: '5b0e6f0e-8a0b-4f43-9c43-3a4cf0b1b3f0' })
  requestId?: string;

  @ApiPropertyOptional({ type: [FieldErrorSchema] })
  errors?: FieldErrorSchema[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field',
  401: 'No token, an expired or invalid token, or a deactivated account',
  403: 'Your role or scope does not allow this',
  404: 'Not found, or outside your scope',
  409: 'Conflicts with existing data (for example a code already in use)',
  422: 'Well-formed but refers to something that cannot be used',
  413: 'The body is larger than the server accepts',
  429: 'Too many attempts',
  503: 'The database is not reachable; nothing more was recorded; retry',
};

/** `@ApiProblems(400, 401, 404)` documents the problem answers an endpoint may give. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Problem',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemSchema' } } },
      }),
    ),
  );
}
