import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes), which follow the OWASP recommendation. */
@Injectable()
export class PasswordHasher {
  /** A hash of a random string, verified against when a username is unknown so both paths take the same time. */
  private readonly decoy = argon2.hash(`decoy-${Math.random()}`, { type: argon2.argon2id });

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    if (hash === undefined) {
      await argon2.verify(await this.decoy, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
