import { LoginThrottle } from './login-throttle';

describe('login throttle', () => {
  let clock: number;
  const make = () => new LoginThrottle({ limit: 3, windowSeconds: 60, accountLimit: 5, accountWindowSeconds: 600 }, () => clock);
  beforeEach(() => (clock = 1_000_000));

  it('blocks a username at an address after the limit of failures, for what is left of the window', () => {
    const throttle = make();
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(throttle.retryAfterSeconds('ani', '10.0.0.1')).toBe(0);
      throttle.recordFailure('ani', '10.0.0.1');
      clock += 10_000;
    }
    // Failures at 0 s, 10 s and 20 s; now 30 s: the first ages out at 60 s.
    expect(throttle.retryAfterSeconds('ani', '10.0.0.1')).toBe(30);
  });

  it('does not extend the block when the client keeps retrying', () => {
    const throttle = make();
    for (let attempt = 0; attempt < 3; attempt++) throttle.recordFailure('ani', '10.0.0.1');
    const waits: number[] = [];
    for (let second = 0; second < 60; second += 5) {
      waits.push(throttle.retryAfterSeconds('ani', '10.0.0.1'));
      clock += 5_000;
    }
    expect(waits).toEqual([60, 55, 50, 45, 40, 35, 30, 25, 20, 15, 10, 5]);
    expect(throttle.retryAfterSeconds('ani', '10.0.0.1')).toBe(0);
  });

  it('never counts successful logins: colleagues behind one address all get in', () => {
    const throttle = make();
    for (let attempt = 0; attempt < 3; attempt++) throttle.recordFailure('budi', '10.0.0.1');
    expect(throttle.retryAfterSeconds('budi', '10.0.0.1')).toBeGreaterThan(0);
    for (let colleague = 0; colleague < 10; colleague++) {
      expect(throttle.retryAfterSeconds(`colleague${colleague}`, '10.0.0.1')).toBe(0);
      throttle.recordSuccess(`colleague${colleague}`, '10.0.0.1');
    }
  });

  it('stops guessing one account from many addresses at the account limit', () => {
    const throttle = make();
    for (let address = 1; address <= 5; address++) {
      expect(throttle.retryAfterSeconds('Admin', `10.0.0.${address}`)).toBe(0);
      throttle.recordFailure('admin', `10.0.0.${address}`);
    }
    expect(throttle.retryAfterSeconds('admin', '192.168.1.1')).toBe(600);
  });

  it('forgets an address’s failures for a username after a correct password, but not the account’s', () => {
    const throttle = make();
    throttle.recordFailure('ani', '10.0.0.1');
    throttle.recordFailure('ani', '10.0.0.1');
    throttle.recordSuccess('ani', '10.0.0.1');
    throttle.recordFailure('ani', '10.0.0.1');
    throttle.recordFailure('ani', '10.0.0.1');
    expect(throttle.retryAfterSeconds('ani', '10.0.0.1')).toBe(0);
    throttle.recordFailure('ani', '10.0.0.2');
    // Five failures of the account in all: blocked everywhere.
    expect(throttle.retryAfterSeconds('ani', '10.0.0.3')).toBe(600);
  });
});
