import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError } from '../common/problem/problem';
import { PasswordHasher } from '../users/password-hasher';
import { UsersService } from '../users/users.service';
import { LoginResponse } from './dto/login.dto';
import { LoginThrottle } from './login-throttle';
import { AuthUser } from './roles';

interface TokenPayload {
  sub: string;
  /** When the password was last changed or the account deactivated (ms): a token from before no longer matches. */
  pwv: number;
}

@Injectable()
export class AuthService {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordHasher,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.throttle = new LoginThrottle(config.loginRateLimit);
  }

  /** `address` is the client's address as Express reads it (proxy headers only from TRUSTED_PROXIES). */
  async login(username: string, password: string, address: string): Promise<LoginResponse> {
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
    const payload: TokenPayload = { sub: record.user.id, pwv: record.passwordChangedAt.getTime() };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: this.config.jwt.expiresInSeconds });
    return { accessToken, expiresIn: this.config.jwt.expiresInSeconds, user: await this.users.get({ ...record.user, role: 'admin' }, record.user.id) };
  }

  /**
   * Checks a bearer token and loads the user fresh from the database, so a deactivated account or a changed password
   * stops working at once rather than when the token expires.
   */
  async authenticate(token: string): Promise<AuthUser> {
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch {
      throw new DomainError('INVALID_TOKEN', 'Your session has expired or is not valid. Log in again.');
    }
    const record = typeof payload.sub === 'string' ? await this.users.findForAuthentication(payload.sub) : undefined;
    if (!record) throw new DomainError('INVALID_TOKEN', 'Your session is not valid. Log in again.');
    if (!record.active) {
      throw new DomainError('ACCOUNT_DEACTIVATED', 'This account is deactivated. Ask your district officer or administrator.');
    }
    if (payload.pwv !== record.passwordChangedAt.getTime()) {
      throw new DomainError('INVALID_TOKEN', 'Your password was changed or your account deactivated since you logged in. Log in again.');
    }
    return record.user;
  }
}
