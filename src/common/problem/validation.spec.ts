import { ValidationError } from 'class-validator';
import { flattenValidationErrors } from './validation';

const error = (property: string, constraints?: Record<string, string>, children: ValidationError[] = []): ValidationError =>
  Object.assign(new ValidationError(), { property, constraints, children });

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
