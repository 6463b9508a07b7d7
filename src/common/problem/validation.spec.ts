import { ValidationError } from 'class-validator';
import { flattenValidationErrors, unacceptableShape } from './validation';

const error = (property: string, constraints?: Record<string, string>, children: ValidationError[] = []): ValidationError =>
  Object.assign(new ValidationError(), { property, constraints, children });

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
      error('lines', undefined, [error('0', undefined, [error('quantity', { min: 'quantity must be at least 1' })])]),
    ];
    expect(flattenValidationErrors(tree)).toEqual([
      { field: 'note', messages: ['note must be shorter'] },
      { field: 'lines[0].quantity', messages: ['quantity must be at least 1'] },
    ]);
  });
});
