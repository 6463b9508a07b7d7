import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';

@Module({
  imports: [
    UsersModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A key object, made once: given a string, jsonwebtoken first tries to read it as a public key on every
      // verification and throws, which cost about 5% of the CPU of each request.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(requiredSecret(config), 'utf8')),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthModule {}

/** main.ts fills in the stored secret when JWT_SECRET is unset; an application is never built without one. */
function requiredSecret(config: AppConfig): string {
  if (!config.jwt.secret) throw new Error('No token secret: set JWT_SECRET (main.ts otherwise uses the one stored in the data folder).');
  return config.jwt.secret;
}
