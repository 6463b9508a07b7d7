import { ValidationError } from 'class-validator';
import { closestField, editDistance, flattenValidationErrors, unacceptableShape } from './validation';

const error = (property: string, constraints?: Record<string, string>, children: ValidationError[] = [], value: unknown = 'x'): ValidationError =>
  Object.assign(new ValidationError(), { property, constraints, children, value });

describe('unacceptableShape', () => {
  it('names the field that holds a null byte, however deep', () => {
    expect(unacceptableShape({ note: 'ok', lines: [{ lotNumber: 'A\u0000B' }] })).toEqual({
      field: 'lines[0].lotNumber',
      message: 'must not contain a null character (\\u0000)',
    });
    expect(unacceptableShape({ ['na\u0000me']: 'x' })?.field).toBe('na\\u0000me');
  });

  it('names a reserved key wherever it is', () => {
    const body = JSON.parse('{"lines":[{"productId":"x","__proto__":{"isAdmin":true}}]}');
    expect(unacceptableShape(body)).toEqual({ field: 'lines[0].__proto__', message: 'property __proto__ should not exist' });
    expect(unacceptableShape({ note: 'toString', lines: [] })).toBeUndefined();
  });

  it('stops at absurd nesting without overflowing the stack', () => {
    const nested = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(unacceptableShape({ username: nested })?.message).toMatch(/nested more than 16 levels/);
  });
});

describe('flattenValidationErrors', () => {
  it('names nested fields and array items the way a client wrote them', () => {
    const tree = [
      error('note', { maxLength: 'note must be shorter' }),
      error('lines', undefined, [error('0', undefined, [error('quantity', { min: 'quantity must be at least 1' }, [], 0)])]),
    ];
    expect(flattenValidationErrors(tree)).toEqual([
      { field: 'note', messages: ['note must be shorter'] },
      { field: 'lines[0].quantity', messages: ['quantity must be at least 1'] },
    ]);
  });
});

describe('messages a person can act on', () => {
  it('says a missing field is required, once', () => {
    const missing = Object.assign(error('code', { isString: 'code must be a string', minLength: 'code must be longer', maxLength: 'code must be shorter' }), { value: undefined });
    expect(flattenValidationErrors([missing])).toEqual([{ field: 'code', messages: ['is required'] }]);
  });

  it('says a value of the wrong type once, and what it should be', () => {
    const text = error('quantity', { isInt: 'quantity must be a whole number', min: 'quantity must not be less than 1' }, [], '12');
    expect(flattenValidationErrors([text])).toEqual([{ field: 'quantity', messages: ['must be a whole number, not text'] }]);
    const lines = error('lines', { isArray: 'lines must be an array', nestedValidation: 'each value in nested property lines must be either object or array' }, [], 'x');
    expect(flattenValidationErrors([lines])).toEqual([{ field: 'lines', messages: ['must be a list, not text'] }]);
  });

  it('keeps the rule that failed when the type is right', () => {
    const small = error('quantity', { min: 'quantity must not be less than 1' }, [], 0);
    expect(flattenValidationErrors([small])).toEqual([{ field: 'quantity', messages: ['quantity must not be less than 1'] }]);
  });

  it('suggests the closest known field for a slip, and only for a slip', () => {
    expect(closestField('quantiy', ['productId', 'quantity', 'lotId'])).toBe('quantity');
    expect(closestField('productid', ['productId', 'quantity'])).toBe('productId');
    expect(closestField('reversedMovementId', ['reversesMovementId', 'type'])).toBe('reversesMovementId');
    expect(closestField('regency', ['regencyCode', 'type'])).toBe('regencyCode');
    expect(closestField('colour', ['productId', 'quantity', 'lotId'])).toBeUndefined();
    expect(editDistance('lotid', 'lotdi')).toBe(1);
  });
});
