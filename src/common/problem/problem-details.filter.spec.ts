import { QueryFailedError } from 'typeorm';
import { classifyError } from './problem-details.filter';

const driverFailure = (message: string, code?: string) => new QueryFailedError('COMMIT', [], Object.assign(new Error(message), code ? { code } : {}));

describe('what a client is told when the database fails', () => {
  // As pg and PostgreSQL report a connection lost before, during or after COMMIT.
  const lost = [
    new Error('Connection terminated unexpectedly'),
    driverFailure('terminating connection due to administrator command', '57P01'),
    driverFailure('Client was closed and is not queryable'),
    new Error('Client has encountered a connection error and is not queryable'),
    Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
  ];

  it.each(lost.map((error) => [error.message, error]))('a write that lost the database (%s) is told to send the same request again', (_message, error) => {
    const classified = classifyError(error, { write: true });
    expect(classified.code).toBe('DATABASE_UNAVAILABLE');
    expect(classified.detail).toMatch(/may or may not have been recorded/);
    expect(classified.detail).toMatch(/same id/);
    expect(classified.detail).not.toMatch(/Nothing was recorded/);
    expect(classified.extensions).toEqual({ retrySameRequest: true });
  });

  it('a read that lost the database is told to try again, with no promise about writes', () => {
    const classified = classifyError(lost[0]);
    expect(classified.code).toBe('DATABASE_UNAVAILABLE');
    expect(classified.detail).not.toMatch(/recorded/);
  });

  it('a statement cancelled by statement_timeout is a 503 REQUEST_TIMED_OUT, not a 500', () => {
    expect(classifyError(driverFailure('canceling statement due to statement timeout', '57014')).code).toBe('REQUEST_TIMED_OUT');
  });
});
