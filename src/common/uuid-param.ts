import { Param, ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from './problem/problem';

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export const UuidParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new DomainError('VALIDATION_FAILED', `${name} in the address must be a UUID.`, {
          errors: [{ field: name, messages: [`${name} must be a UUID`] }],
        }),
    }),
  );
