import { ValidationPipe } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { DomainError, FieldError } from './problem';

/** Flattens class-validator's tree into `lines[0].quantity`-style paths. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const isIndex = /^\d+$/.test(error.property);
    const field = parent === '' ? error.property : isIndex ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    const own: FieldError[] = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * Strict input: unknown fields are refused (not silently dropped), values are converted to their declared types,
 * and every invalid field is listed in the problem document.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      const summary = fieldErrors.map((error) => `${error.field}: ${error.messages.join(', ')}`).join('; ');
      return new DomainError('VALIDATION_FAILED', `Please correct these fields. ${summary}`, { errors: fieldErrors });
    },
  });
}
