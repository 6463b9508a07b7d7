import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError } from '../common/problem/problem';
import { PasswordHasher } from '../users/password-hasher';
import { UsersService } from '../users/users.service';
import { DeviceSessionsService } from './device-sessions.service';
import { LoginResponse } from './dto/login.dto';
import { RefreshResponse } from './dto/session.dto';
import { LoginThrottle } from './login-throttle';
import { AuthUser } from '../access/roles';

interface TokenPayload {
  sub: string;
  /** When the password was last changed or the account deactivated (ms): a token from before no longer matches. */
  pwv: number;
  /** The device session: a revoked session's tokens stop working at once. */
  sid?: string;
}

@Injectable()
export class AuthService {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly sessions: DeviceSessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.throttle = new LoginThrottle(config.loginRateLimit);
  }

  /** `address` is the client's address as Express reads it (proxy headers only from TRUSTED_PROXIES). */
  async login(username: string, password: string, address: string, deviceName?: string): Promise<LoginResponse> {
    const retryAfter = this.throttle.retryAfterSeconds(username, address);
    if (retryAfter > 0) {
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        `Too many wrong passwords for this account. Try again in ${retryAfter} seconds; trying earlier does not help.`,
        { retryAfter },
      );
    }
    const credentials = await this.users.findCredentials(username);
    const valid = await this.passwords.verify(credentials?.passwordHash, password);
    if (!credentials || !valid) {
      this.throttle.recordFailure(username, address);
      throw new DomainError('INVALID_CREDENTIALS', 'The username or password is wrong.');
    }
    this.throttle.recordSuccess(username, address);
    const record = await this.users.findForAuthentication(credentials.id);
    if (!record?.active) {
      throw new DomainError('ACCOUNT_DEACTIVATED', 'This account is deactivated. Ask your district officer or administrator.');
    }
    const session = await this.sessions.open(record.user.id, deviceName);
    return {
      accessToken: await this.accessToken(record.user.id, record.passwordChangedAt, session.sessionId),
      expiresIn: this.config.jwt.expiresInSeconds,
      refreshToken: session.refreshToken,
      refreshExpiresAt: session.refreshExpiresAt.toISOString(),
      sessionId: session.sessionId,
      user: await this.users.byId(record.user.id),
    };
  }

  /** A new access token for a device session; the refresh token stays the same (not rotated). */
  async refresh(refreshToken: string): Promise<RefreshResponse> {
    const session = await this.sessions.refresh(refreshToken);
    const record = await this.users.findForAuthentication(session.userId);
    // A deactivation ends the sessions (trigger); this only covers the moment between the two.
    if (!record?.active) throw new DomainError('SESSION_REVOKED', 'This account was deactivated. Ask your district officer or administrator.');
    return {
      accessToken: await this.accessToken(record.user.id, record.passwordChangedAt, session.sessionId),
      expiresIn: this.config.jwt.expiresInSeconds,
      refreshExpiresAt: session.refreshExpiresAt.toISOString(),
    };
  }

  private accessToken(userId: string, passwordChangedAt: Date, sessionId: string): Promise<string> {
    const payload: TokenPayload = { sub: userId, pwv: passwordChangedAt.getTime(), sid: sessionId };
    return this.jwt.signAsync(payload, { expiresIn: this.config.jwt.expiresInSeconds });
  }

  /**
   * Checks a bearer token and loads the user fresh from the database, so a deactivated account, a changed password or
   * a revoked device session stops working at once rather than when the token expires.
   */
  async authenticate(token: string): Promise<AuthUser> {
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch {
      throw new DomainError('INVALID_TOKEN', 'Your session has expired or is not valid. Log in again.');
    }
    if (typeof payload.sub !== 'string' || (payload.sid !== undefined && typeof payload.sid !== 'string')) {
      throw new DomainError('INVALID_TOKEN', 'Your session is not valid. Log in again.');
    }
    const [record, sessionRefusal] = await Promise.all([
      this.users.findForAuthentication(payload.sub),
      payload.sid === undefined ? undefined : this.sessions.refusal(payload.sid, payload.sub),
    ]);
    if (!record) throw new DomainError('INVALID_TOKEN', 'Your session is not valid. Log in again.');
    if (!record.active) {
      throw new DomainError('ACCOUNT_DEACTIVATED', 'This account is deactivated. Ask your district officer or administrator.');
    }
    if (payload.pwv !== record.passwordChangedAt.getTime()) {
      throw new DomainError('INVALID_TOKEN', 'Your password was changed or your account deactivated since you logged in. Log in again.');
    }
    if (sessionRefusal) throw sessionRefusal;
    return payload.sid === undefined ? record.user : { ...record.user, sessionId: payload.sid };
  }
}
